// Logs of a full loop never contain phone numbers, e-mail addresses, names or answer texts.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FakeTwilio, startFakeTwilio } from '../support/fake-twilio.js';
import { messageSid, postTwilio } from '../support/twilio-webhook.js';
import { createClient, type Pols, startPols, uniqueEmail, uniqueKey, uniqueMobile, waitFor, twilioEnv } from '../support/harness.js';

let fake: FakeTwilio;
let pols: Pols;
beforeAll(async () => {
  fake = await startFakeTwilio();
  pols = await startPols({ env: { ...twilioEnv(fake, '+3197010000003') } });
});
afterAll(async () => {
  await pols?.close();
  await fake?.close();
});

it('keeps personal data out of the logs of a full loop', async () => {
  const coachEmail = uniqueEmail('Wilhelmina');
  const coach = (await pols.call('POST', '/v1/coaches', { body: { name: 'Wilhelmina Zandvoort', email: coachEmail, phone: '+31201234567' } })).json();
  const key = uniqueKey('welzijn');
  await pols.call('POST', '/v1/questions', { body: { key, type: 'scale', min: 1, max: 5, text: { nl: 'Hoe gaat het?' } } });
  const phone = uniqueMobile();
  const email = uniqueEmail('Gerbrandina');
  const client = await createClient(pols, { firstName: 'Gerbrandina', lastName: 'Oosterhuis', phone, email, coachId: coach.id, consent: { sms: true, email: true } });
  await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key] } });
  await waitFor(() => fake.messages.find((m) => m.to === phone), 'sms');

  const reply = 'Gaat wel, mijn schoonmoeder Hendrika ligt in het ziekenhuis';
  const res = await postTwilio(pols, fake.authToken, { MessageSid: messageSid(), From: phone, Body: reply });
  expect(res.statusCode).toBe(200);
  await pols.call('GET', `/v1/clients/${client.id}/timeline`, { token: coach.token });
  await pols.call('GET', `/v1/clients/${client.id}/profile`, { token: coach.token });

  const log = pols.logs.text();
  expect(pols.logs.lines.length).toBeGreaterThan(5);
  expect(log).toContain('sms reply recorded');
  for (const secret of [phone, phone.slice(1), phone.slice(3), email, coachEmail, 'Gerbrandina', 'Oosterhuis', 'Wilhelmina', 'Zandvoort', 'Hendrika', 'schoonmoeder', 'Gaat wel']) {
    expect(log, `log contains ${secret}`).not.toContain(secret);
  }
});
