// A coach's correction keeps the original, fixes the profile and timeline, resolves the unclear flag and
// teaches the organization's lexicon, so the next client who writes the same phrase is understood.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkins, coaches, lexiconEntries, organizations } from '../../src/db/schema/index.js';
import { type FakeTwilio, startFakeTwilio } from '../support/fake-twilio.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, uniqueKey, uniqueMobile, waitFor, twilioEnv } from '../support/harness.js';
import { messageSid, postTwilio } from '../support/twilio-webhook.js';

let twilioFake: FakeTwilio;
let pols: Pols;
/** Not in the normalizer's own vocabulary; only a correction can teach it. */
const PHRASE = 'gesloopt';

beforeAll(async () => {
  twilioFake = await startFakeTwilio();
  pols = await startPols({ env: { ...twilioEnv(twilioFake, '+3197010000002') } });
});
afterAll(async () => {
  await pols?.close();
  await twilioFake?.close();
});

/** Coaches in an organization of their own, so what this test teaches stays out of other tests. */
async function coachesInNewOrganization(count: number) {
  const db = pols.runtime.ctx.db;
  const [org] = await db.insert(organizations).values({ name: uniqueKey('org') }).returning();
  const created = [];
  for (let i = 0; i < count; i++) created.push(await createCoach(pols, i === 0 ? 'Sanne' : 'Joris'));
  await db.update(coaches).set({ organizationId: org!.id }).where(inArray(coaches.id, created.map((c) => c.id)));
  return { organizationId: org!.id, coaches: created };
}

async function askAndReply(coachToken: string, coachId: string, key: string, text: string) {
  const phone = uniqueMobile();
  const client = await createClient(pols, { firstName: 'Nicole', phone, coachId, consent: { sms: true } }, coachToken);
  const asked = await pols.call('POST', '/v1/checkins', { token: coachToken, body: { clientId: client.id, questionKeys: [key] } });
  await waitFor(() => twilioFake.messages.find((m) => m.to === phone), 'the question SMS');
  // The provider has it; the check-in opens when its send is recorded, just after.
  await waitFor(async () => (await pols.runtime.ctx.db.select().from(checkins).where(eq(checkins.id, asked.json().id)))[0]?.state === 'open', 'the check-in to open');
  const reply = await postTwilio(pols, twilioFake.authToken, { MessageSid: messageSid(), From: phone, Body: text });
  expect(reply.statusCode).toBe(200);
  const timeline = (await pols.call('GET', `/v1/clients/${client.id}/timeline`, { token: coachToken })).json();
  const answer = timeline.events.find((e: { type: string }) => e.type === 'answer_received');
  return { client, phone, answerId: answer.answerId as string, answer };
}

describe('correcting an answer', () => {
  it('keeps the original, updates profile and timeline, resolves the flag and teaches the organization', async () => {
    const { organizationId, coaches: [sanne, joris] } = await coachesInNewOrganization(2);
    const key = await createScaleQuestion(pols);
    const first = await askAndReply(sanne!.token, sanne!.id, key, PHRASE);
    expect(first.answer).toMatchObject({ status: 'unclear', value: null });
    // One clarification, then a second unclear reply flags it for the coach.
    await waitFor(() => twilioFake.messages.filter((m) => m.to === first.phone)[1], 'the clarification');
    await postTwilio(pols, twilioFake.authToken, { MessageSid: messageSid(), From: first.phone, Body: 'hmm' });
    const flagged = (await pols.call('GET', `/v1/clients/${first.client.id}/profile`, { token: sanne!.token })).json();
    expect(flagged.flags.map((f: { kind: string }) => f.kind)).toContain('unclear_answer');

    // Both unclear answers are reviewed; the flag goes once nothing waits for review.
    const timeline0 = (await pols.call('GET', `/v1/clients/${first.client.id}/timeline`, { token: sanne!.token })).json();
    const answers = timeline0.events.filter((e: { type: string }) => e.type === 'answer_received');
    expect(answers).toHaveLength(2);
    const hmm = answers.find((a: { text: string }) => a.text === 'hmm');
    const partial = await pols.call('POST', `/v1/answers/${first.answerId}/correction`, { token: sanne!.token, body: { value: 1 } });
    expect(partial.statusCode).toBe(200);
    expect(partial.json()).toMatchObject({
      id: first.answerId,
      status: 'answered',
      value: 1,
      text: PHRASE,
      original: { status: 'unclear', value: null },
      correction: { status: 'answered', value: 1, by: `coach:${sanne!.id}` },
      learned: PHRASE,
    });
    let profile = (await pols.call('GET', `/v1/clients/${first.client.id}/profile`, { token: sanne!.token })).json();
    expect(profile.flags.map((f: { kind: string }) => f.kind)).toContain('unclear_answer');
    expect((await pols.call('POST', `/v1/answers/${hmm.answerId}/correction`, { token: sanne!.token, body: { status: 'unclear', value: null } })).statusCode).toBe(200);
    profile = (await pols.call('GET', `/v1/clients/${first.client.id}/profile`, { token: sanne!.token })).json();
    expect(profile.flags.map((f: { kind: string }) => f.kind)).not.toContain('unclear_answer');
    expect(profile.traits.wellbeing).toMatchObject({ value: 1, answerId: first.answerId, source: 'coach', confidence: 1 });

    const timeline = (await pols.call('GET', `/v1/clients/${first.client.id}/timeline`, { token: sanne!.token })).json();
    const received = timeline.events.find((e: { type: string; answerId: string }) => e.type === 'answer_received' && e.answerId === first.answerId);
    expect(received).toMatchObject({ status: 'answered', value: 1, corrected: true, originalStatus: 'unclear', originalValue: null });
    expect(timeline.events).toContainEqual(expect.objectContaining({ type: 'answer_corrected', answerId: first.answerId, value: 1 }));
    expect(timeline.events).toContainEqual(expect.objectContaining({ type: 'trait_changed', key: 'wellbeing', value: 1 }));

    const [entry] = await pols.runtime.ctx.db.select().from(lexiconEntries).where(and(eq(lexiconEntries.organizationId, organizationId), eq(lexiconEntries.phrase, PHRASE)));
    expect(entry).toMatchObject({ questionType: 'scale', scaleMin: 1, scaleMax: 5, value: 1, sourceAnswerId: first.answerId });

    // Another client of the same organization (another coach, too) is now understood at once.
    const second = await askAndReply(joris!.token, joris!.id, key, 'Gesloopt');
    expect(second.answer).toMatchObject({ status: 'answered', value: 1 });
    // A client of another organization is not.
    const { coaches: [outsider] } = await coachesInNewOrganization(1);
    const third = await askAndReply(outsider!.token, outsider!.id, key, PHRASE);
    expect(third.answer.status).toBe('unclear');
  });

  it('replaces an earlier correction and keeps later answers on top of the profile', async () => {
    const { coaches: [sanne] } = await coachesInNewOrganization(1);
    const key = await createScaleQuestion(pols);
    const client = await createClient(pols, { firstName: 'Eric', phone: uniqueMobile(), coachId: sanne!.id, consent: { sms: true } }, sanne!.token);
    const log = (text: string, receivedAt: string) =>
      pols.call('POST', `/v1/clients/${client.id}/answers`, { token: sanne!.token, body: { channel: 'phone', text, questionKey: key, receivedAt } });
    const old = (await log('4', '2026-01-05T10:00:00+01:00')).json();
    await log('2', '2026-02-05T10:00:00+01:00');

    expect((await pols.call('POST', `/v1/answers/${old.id}/correction`, { token: sanne!.token, body: { value: 5 } })).statusCode).toBe(200);
    const again = await pols.call('POST', `/v1/answers/${old.id}/correction`, { body: { value: 3 } });
    expect(again.json()).toMatchObject({ value: 3, original: { value: 4 }, correction: { value: 3, by: 'operator' } });
    const profile = (await pols.call('GET', `/v1/clients/${client.id}/profile`, { token: sanne!.token })).json();
    expect(profile.traits.wellbeing.value).toBe(2);
    expect((await pols.call('GET', `/v1/answers/${old.id}`, { token: sanne!.token })).json()).toMatchObject({ status: 'answered', value: 3 });
  });

  it.each([
    ['a scale value out of range', { type: 'scale', min: 1, max: 5 }, { value: 7 }, 'outside the scale 1 to 5'],
    ['a text for a scale', { type: 'scale', min: 1, max: 5 }, { value: 'slecht' }, 'must be a number from 1 to 5'],
    ['a number for yes/no', { type: 'yes_no' }, { value: 1 }, 'true or false'],
    ['an unknown option', { type: 'choice', options: [{ value: 'bus', label: 'Bus' }, { value: 'fiets', label: 'Fiets' }] }, { value: 'auto' }, 'one of the options: bus, fiets'],
    ['a value with status unclear', { type: 'yes_no' }, { status: 'unclear', value: true }, 'value must be null when status is unclear'],
    ['no value for an answer', { type: 'yes_no' }, { value: null }, 'value is required'],
    ['an unknown status', { type: 'yes_no' }, { status: 'maybe', value: true }, 'status'],
  ])('rejects %s as 400 naming the problem', async (_name, question, body, problem) => {
    const key = uniqueKey('q');
    const created = await pols.call('POST', '/v1/questions', { body: { key, text: { nl: 'Vraag?' }, ...question } });
    expect(created.statusCode).toBe(201);
    const coach = await createCoach(pols);
    const client = await createClient(pols, { firstName: 'Kees', coachId: coach.id, consent: {} }, coach.token);
    const answer = (await pols.call('POST', `/v1/clients/${client.id}/answers`, { token: coach.token, body: { channel: 'phone', text: 'hmm', questionKey: key } })).json();
    const res = await pols.call('POST', `/v1/answers/${answer.id}/correction`, { token: coach.token, body });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(problem);
  });

  it('answers 404 for an unknown answer', async () => {
    const res = await pols.call('POST', '/v1/answers/00000000-0000-4000-8000-000000000000/correction', { body: { value: 1 } });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toBe('answer not found');
  });
});
