// WHO-5: the five questions are installed once; a completed WHO-5 check-in adds `wellbeing.who5` (0-100)
// to the profile and a low score raises `wellbeing_low` for the coach.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkins } from '../../src/db/schema/index.js';
import { type FakeTwilio, startFakeTwilio } from '../support/fake-twilio.js';
import { createClient, createCoach, type Pols, startPols, uniqueMobile, waitFor, twilioEnv } from '../support/harness.js';
import { messageSid, postTwilio } from '../support/twilio-webhook.js';

const KEYS = ['who5.1', 'who5.2', 'who5.3', 'who5.4', 'who5.5'];
let twilioFake: FakeTwilio;
let pols: Pols;

beforeAll(async () => {
  twilioFake = await startFakeTwilio();
  pols = await startPols({ env: { ...twilioEnv(twilioFake, '+3197010000005') } });
  const installed = await pols.call('POST', '/v1/question-sets/who5');
  expect([200, 201]).toContain(installed.statusCode);
});
afterAll(async () => {
  await pols?.close();
  await twilioFake?.close();
});

const sentTo = (phone: string) => twilioFake.messages.filter((m) => m.to === phone);

async function who5Client() {
  const coach = await createCoach(pols);
  const phone = uniqueMobile();
  const client = await createClient(pols, { firstName: 'Nicole', phone, coachId: coach.id, consent: { sms: true } }, coach.token);
  const asked = await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: KEYS } });
  expect(asked.statusCode).toBe(202);
  await waitFor(() => sentTo(phone)[0], 'the first WHO-5 question');
  const checkinId: string = asked.json().id;
  // The provider has it; the check-in opens when its send is recorded, just after.
  await waitFor(async () => (await checkinState(checkinId)) === 'open', 'the check-in to open');
  return { coach, client, phone, checkinId };
}

const profileOf = async (clientId: string) => (await pols.call('GET', `/v1/clients/${clientId}/profile`)).json();
const checkinState = async (id: string) => (await pols.runtime.ctx.db.select().from(checkins).where(eq(checkins.id, id)))[0]!.state;

describe('installing WHO-5', () => {
  it('creates the five 0-5 questions once and lists them on every call (operator only)', async () => {
    const again = await pols.call('POST', '/v1/question-sets/who5');
    expect(again.statusCode).toBe(200);
    const body = again.json();
    expect(body.created).toBe(0);
    expect(body.questions.map((q: { key: string }) => q.key)).toEqual(KEYS);
    for (const q of body.questions) expect(q).toMatchObject({ type: 'scale', min: 0, max: 5, text: { nl: expect.stringContaining('0 tot 5') } });
    const listed = (await pols.call('GET', '/v1/questions')).json().questions.filter((q: { key: string }) => KEYS.includes(q.key));
    expect(listed.map((q: { id: string }) => q.id).sort()).toEqual(body.questions.map((q: { id: string }) => q.id).sort());

    const coach = await createCoach(pols);
    expect((await pols.call('POST', '/v1/question-sets/who5', { token: coach.token })).statusCode).toBe(403);
  });
});

describe('scoring a WHO-5 check-in', () => {
  it('scores five SMS answers after the last one and flags a low score', async () => {
    const { client, phone, checkinId } = await who5Client();
    for (let i = 0; i < 5; i++) {
      await waitFor(() => sentTo(phone)[i], `question ${i + 1}`);
      expect((await profileOf(client.id)).traits['wellbeing.who5']).toBeUndefined();
      expect((await postTwilio(pols, twilioFake.authToken, { MessageSid: messageSid(), From: phone, Body: i === 4 ? '2' : '1' })).statusCode).toBe(200);
    }
    expect(await checkinState(checkinId)).toBe('answered');
    const profile = await profileOf(client.id);
    expect(profile.traits['wellbeing.who5']).toMatchObject({ value: 24, source: 'system' });
    expect(profile.traits['wellbeing.who5.item5'].value).toBe(2);
    expect(profile.flags.map((f: { kind: string }) => f.kind)).toContain('wellbeing_low');
    const timeline = (await pols.call('GET', `/v1/clients/${client.id}/timeline`)).json();
    expect(timeline.events).toContainEqual(expect.objectContaining({ type: 'trait_changed', key: 'wellbeing.who5', value: 24 }));
  });

  it('scores answers a coach logs by phone without a flag for a good score', async () => {
    const { coach, client, checkinId } = await who5Client();
    for (const _key of KEYS) {
      const res = await pols.call('POST', `/v1/clients/${client.id}/answers`, { token: coach.token, body: { channel: 'phone', text: '4', checkinId } });
      expect(res.statusCode).toBe(201);
    }
    const profile = await profileOf(client.id);
    expect(profile.traits['wellbeing.who5'].value).toBe(80);
    expect(profile.flags.map((f: { kind: string }) => f.kind)).not.toContain('wellbeing_low');
  });

  it('scores again after a correction, and lifts the flag when the corrected score is fine', async () => {
    const { coach, client, checkinId } = await who5Client();
    const logged = [];
    for (const text of ['4', '4', '1', '4', '4']) {
      logged.push((await pols.call('POST', `/v1/clients/${client.id}/answers`, { token: coach.token, body: { channel: 'phone', text, checkinId } })).json());
    }
    let profile = await profileOf(client.id);
    expect(profile.traits['wellbeing.who5'].value).toBe(68);
    expect(profile.flags.map((f: { kind: string }) => f.kind)).toContain('wellbeing_low');

    const corrected = await pols.call('POST', `/v1/answers/${logged[2].id}/correction`, { token: coach.token, body: { value: 4 } });
    expect(corrected.statusCode).toBe(200);
    profile = await profileOf(client.id);
    expect(profile.traits['wellbeing.who5'].value).toBe(80);
    expect(profile.flags.map((f: { kind: string }) => f.kind)).not.toContain('wellbeing_low');
  });

  it('waits with the score while an item stayed unclear, and scores once the coach corrects it', async () => {
    const { coach, client, phone, checkinId } = await who5Client();
    for (const text of ['4', '4', '4', '4']) await pols.call('POST', `/v1/clients/${client.id}/answers`, { token: coach.token, body: { channel: 'phone', text, checkinId } });
    await waitFor(() => sentTo(phone)[4], 'the last question by SMS');
    await postTwilio(pols, twilioFake.authToken, { MessageSid: messageSid(), From: phone, Body: 'hmm' });
    await waitFor(() => sentTo(phone)[5], 'the clarification');
    await postTwilio(pols, twilioFake.authToken, { MessageSid: messageSid(), From: phone, Body: 'hmm' });
    expect(await checkinState(checkinId)).toBe('answered');
    let profile = await profileOf(client.id);
    expect(profile.traits['wellbeing.who5']).toBeUndefined();
    expect(profile.flags.map((f: { kind: string }) => f.kind)).toContain('unclear_answer');

    const timeline = (await pols.call('GET', `/v1/clients/${client.id}/timeline`)).json();
    const last = timeline.events.find((e: { type: string; needsReview: boolean }) => e.type === 'answer_received' && e.needsReview);
    expect((await pols.call('POST', `/v1/answers/${last.answerId}/correction`, { token: coach.token, body: { value: 3 } })).statusCode).toBe(200);
    profile = await profileOf(client.id);
    expect(profile.traits['wellbeing.who5'].value).toBe(76);
    expect(profile.flags.map((f: { kind: string }) => f.kind)).toEqual([]);
  });
});
