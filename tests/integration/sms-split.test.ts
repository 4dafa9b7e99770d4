// A reply split over several SMS is one answer: the parts are joined, normalized as a whole, and the
// check-in moves on once. A part that comes after a new prompt reached the client answers that prompt.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, checkins, messages } from '../../src/db/schema/index.js';
import { type FakeTwilio, startFakeTwilio } from '../support/fake-twilio.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, uniqueMobile, waitFor, twilioEnv } from '../support/harness.js';
import { messageSid, postTwilio } from '../support/twilio-webhook.js';

let twilioFake: FakeTwilio;
let pols: Pols;

beforeAll(async () => {
  twilioFake = await startFakeTwilio();
  pols = await startPols({ env: { ...twilioEnv(twilioFake, '+3197010000003') } });
});
afterAll(async () => {
  await pols?.close();
  await twilioFake?.close();
});

const db = () => pols.runtime.ctx.db;
const sms = (phone: string, body: string, sid = messageSid()) => postTwilio(pols, twilioFake.authToken, { MessageSid: sid, From: phone, Body: body });
const sentTo = (phone: string) => twilioFake.messages.filter((m) => m.to === phone);
const answersOf = (clientId: string) => db().select().from(answers).where(eq(answers.clientId, clientId)).orderBy(answers.receivedAt);
const messagesOf = (clientId: string) => db().select().from(messages).where(eq(messages.clientId, clientId)).orderBy(messages.createdAt);
const checkinOf = async (clientId: string) => (await db().select().from(checkins).where(eq(checkins.clientId, clientId)))[0]!;

async function askSms(keys: string[]) {
  const coach = await createCoach(pols);
  const phone = uniqueMobile();
  const client = await createClient(pols, { firstName: 'Nicole', phone, coachId: coach.id, consent: { sms: true } });
  const asked = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: keys } });
  expect(asked.statusCode).toBe(202);
  await waitFor(() => sentTo(phone)[0], 'the first question');
  // The provider has it; the check-in opens when its send is recorded, just after.
  await waitFor(async () => (await checkinOf(client.id)).state === 'open', 'the check-in to open');
  return { client, phone, coach };
}

/** Holds the next prompt back: the provider answers 429 (retry in a minute), so it stays queued. */
async function holdNextPrompt(clientId: string, kind: 'question' | 'clarification') {
  twilioFake.failNext({ status: 429, code: 20429, retryAfterSeconds: 60 });
  return async () =>
    waitFor(async () => {
      const rows = await db().select().from(messages).where(and(eq(messages.clientId, clientId), eq(messages.kind, kind)));
      return rows.find((m) => m.status === 'queued' && m.attempts >= 1);
    }, `the ${kind} to be held back`);
}

describe('a reply split over several SMS', () => {
  it('joins "slecht" and "geen oppas" into one answer with one value and both traits', async () => {
    const key = await createScaleQuestion(pols);
    const { client, phone } = await askSms([key]);

    expect((await sms(phone, 'slecht')).statusCode).toBe(200);
    expect((await sms(phone, 'geen oppas')).statusCode).toBe(200);

    const stored = await answersOf(client.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ rawText: 'slecht geen oppas', status: 'answered', value: 2, traits: { 'barrier.childcare': true } });
    const profile = (await pols.call('GET', `/v1/clients/${client.id}/profile`)).json();
    expect(profile.traits.wellbeing).toMatchObject({ value: 2, answerId: stored[0]!.id });
    expect(profile.traits['barrier.childcare']).toMatchObject({ value: true, answerId: stored[0]!.id });
    const timeline = (await pols.call('GET', `/v1/clients/${client.id}/timeline`)).json();
    expect(timeline.events.filter((e: { type: string }) => e.type === 'answer_received')).toHaveLength(1);
    expect((await checkinOf(client.id)).state).toBe('answered');
    await new Promise((r) => setTimeout(r, 300));
    expect(sentTo(phone)).toHaveLength(1);
  });

  it('moves a multi-question check-in on once when the next question has not gone out yet', async () => {
    const first = await createScaleQuestion(pols);
    const second = await createScaleQuestion(pols, undefined, 'energy');
    const { client, phone } = await askSms([first, second]);
    const secondHeld = await holdNextPrompt(client.id, 'question');

    await sms(phone, '4');
    await secondHeld();
    await sms(phone, 'geen oppas');

    const stored = await answersOf(client.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ rawText: '4 geen oppas', status: 'answered', value: 4, traits: { 'barrier.childcare': true } });
    expect((await checkinOf(client.id)).currentPosition).toBe(1);
    const prompts = (await messagesOf(client.id)).map((m) => [m.kind, m.itemPosition]);
    expect(prompts).toEqual([['question', 0], ['question', 1]]);
  });

  it('holds a still unclear whole without a second clarification, and drops the waiting one once it is clear', async () => {
    const key = await createScaleQuestion(pols);
    const { client, phone } = await askSms([key]);
    const clarificationHeld = await holdNextPrompt(client.id, 'clarification');

    await sms(phone, 'hmm');
    await clarificationHeld();
    await sms(phone, 'geen oppas');
    let stored = await answersOf(client.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ rawText: 'hmm geen oppas', status: 'unclear', traits: { 'barrier.childcare': true } });
    expect((await messagesOf(client.id)).filter((m) => m.kind === 'clarification')).toHaveLength(1);

    await sms(phone, '3');
    stored = await answersOf(client.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ rawText: 'hmm geen oppas 3', status: 'answered', value: 3 });
    expect((await checkinOf(client.id)).state).toBe('answered');
    const clarification = (await messagesOf(client.id)).find((m) => m.kind === 'clarification')!;
    expect(clarification.status).toBe('skipped');
    const profile = (await pols.call('GET', `/v1/clients/${client.id}/profile`)).json();
    expect(profile.traits.wellbeing.value).toBe(3);
    expect(profile.flags).toEqual([]);
  });

  it('treats an SMS after the next question went out as the answer to that question', async () => {
    const first = await createScaleQuestion(pols);
    const second = await createScaleQuestion(pols, undefined, 'energy');
    const { client, phone } = await askSms([first, second]);
    await sms(phone, '4');
    await waitFor(() => sentTo(phone)[1], 'the second question');
    await sms(phone, '2');
    const stored = await answersOf(client.id);
    expect(stored.map((a) => [a.rawText, a.value])).toEqual([['4', 4], ['2', 2]]);
  });

  it('does not join parts further apart than the merge window', async () => {
    const key = await createScaleQuestion(pols);
    const { client, phone } = await askSms([key]);
    await sms(phone, '4');
    await db().update(answers).set({ receivedAt: sql`${answers.receivedAt} - interval '91 seconds'` }).where(eq(answers.clientId, client.id));
    await sms(phone, 'geen oppas');
    const stored = await answersOf(client.id);
    expect(stored.map((a) => a.rawText)).toEqual(['4', 'geen oppas']);
  });

  it('never swallows STOP into the previous answer, and stores a repeated part once', async () => {
    const key = await createScaleQuestion(pols);
    const { client, phone } = await askSms([key]);
    await sms(phone, '4');
    const sid = messageSid();
    await sms(phone, 'geen oppas', sid);
    await sms(phone, 'geen oppas', sid);
    await sms(phone, 'stoppen');
    const stored = await answersOf(client.id);
    expect(stored.map((a) => [a.rawText, a.status])).toEqual([['4 geen oppas', 'answered'], ['stoppen', 'opt_out']]);
    await waitFor(() => sentTo(phone).find((m) => m.body.includes('geen sms meer')), 'the opt-out confirmation');
  });
});
