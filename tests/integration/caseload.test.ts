// The caseload puts the client who asked to be called, or is struggling, above the one doing fine.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FakeTwilio, startFakeTwilio } from '../support/fake-twilio.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, twilioEnv, uniqueMobile, waitFor, waitForSent } from '../support/harness.js';
import { messageSid, postTwilio } from '../support/twilio-webhook.js';

let fake: FakeTwilio;
let pols: Pols;
beforeAll(async () => {
  fake = await startFakeTwilio();
  pols = await startPols({ env: { ...twilioEnv(fake) } });
});
afterAll(async () => {
  await pols?.close();
  await fake?.close();
});

it('orders a coach’s clients by attention and shows only their own', async () => {
  const coach = await createCoach(pols, 'Sanne');
  const other = await createCoach(pols, 'Joris');
  const key = await createScaleQuestion(pols);
  const reply = async (firstName: string, text: string) => {
    const phone = uniqueMobile();
    const client = await createClient(pols, { firstName, phone, coachId: coach.id, consent: { sms: true } });
    await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
    await waitFor(() => fake.messages.find((m) => m.to === phone), 'question');
    await waitForSent(pols, client.id);
    await postTwilio(pols, fake.authToken, { MessageSid: messageSid(), From: phone, Body: text });
    return client.id;
  };
  const fine = await reply('Fenna', 'Heel goed, 5!');
  const struggling = await reply('Sem', '2, geen oppas en de deurwaarder stond voor de deur');
  const callMe = await reply('Bo', '3 maar kunt u mij bellen?');
  await createClient(pols, { firstName: 'Other', phone: uniqueMobile(), coachId: other.id, consent: { sms: true } });

  const res = await pols.call('GET', '/v1/caseload', { token: coach.token });
  expect(res.statusCode).toBe(200);
  const list = res.json().clients as Array<{ clientId: string; attention: number; openFlags: string[]; barriers: string[]; wellbeing: { value: number } | null }>;
  expect(list.map((c) => c.clientId)).toEqual([callMe, struggling, fine]);
  expect(list[0]!.openFlags).toContain('callback_requested');
  expect(list[1]!.barriers).toEqual(['barrier.childcare', 'barrier.debt']);
  expect(list[2]).toMatchObject({ wellbeing: { value: 5 }, openFlags: [], barriers: [] });

  // After the call the flag is handled and Bo drops below Sem; another coach cannot touch it.
  expect((await pols.call('POST', `/v1/clients/${callMe}/flags/callback_requested/resolve`, { token: other.token })).statusCode).toBe(404);
  expect((await pols.call('POST', `/v1/clients/${callMe}/flags/callback_requested/resolve`, { token: coach.token })).statusCode).toBe(200);
  expect((await pols.call('POST', `/v1/clients/${callMe}/flags/callback_requested/resolve`, { token: coach.token })).statusCode).toBe(404);
  const after = (await pols.call('GET', '/v1/caseload', { token: coach.token })).json().clients.map((c: { clientId: string }) => c.clientId);
  expect(after).toEqual([struggling, callMe, fine]);
});
