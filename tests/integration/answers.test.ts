// Answers a coach logs after a phone call or a visit: same normalizer and trait history as an SMS reply.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkins } from '../../src/db/schema/index.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, uniqueMobile, waitFor } from '../support/harness.js';

let pols: Pols;
beforeAll(async () => {
  pols = await startPols();
});
afterAll(async () => pols?.close());

const checkinState = async (id: string) => (await pols.runtime.ctx.db.select().from(checkins).where(eq(checkins.id, id)))[0]!;

async function setup(name = 'Nicole') {
  const coach = await createCoach(pols, 'Sanne');
  const client = await createClient(pols, { firstName: name, phone: uniqueMobile(), coachId: coach.id, consent: { sms: true } }, coach.token);
  return { coach, client };
}

async function openCheckin(clientId: string, questionKeys: string[]) {
  const asked = await pols.call('POST', '/v1/checkins', { body: { clientId, questionKeys } });
  expect(asked.statusCode).toBe(202);
  const id: string = asked.json().id;
  await waitFor(async () => (await checkinState(id)).state === 'open', 'the check-in to be sent');
  return id;
}

describe('answers logged by a coach', () => {
  it('stores a phone answer to a question by key, with the coach as recorder, and updates the profile', async () => {
    const { coach, client } = await setup();
    const key = await createScaleQuestion(pols);
    const res = await pols.call('POST', `/v1/clients/${client.id}/answers`, {
      token: coach.token,
      body: { channel: 'phone', text: 'gaat wel, geen oppas deze week', questionKey: key, receivedAt: '2025-03-04T10:15:00+01:00' },
    });
    expect(res.statusCode).toBe(201);
    const answer = res.json();
    expect(answer).toMatchObject({ channel: 'phone', status: 'answered', value: 3, questionKey: key, recordedBy: coach.id, receivedAt: '2025-03-04T09:15:00.000Z', correction: null });
    expect(answer.traits['barrier.childcare']).toBe(true);
    expect(answer.confidence).toBeGreaterThan(0);

    const profile = (await pols.call('GET', `/v1/clients/${client.id}/profile`, { token: coach.token })).json();
    expect(profile.traits.wellbeing).toMatchObject({ value: 3, answerId: answer.id, source: 'answer' });
    expect(profile.traits['barrier.childcare'].value).toBe(true);
    const timeline = (await pols.call('GET', `/v1/clients/${client.id}/timeline`, { token: coach.token })).json();
    expect(timeline.events.find((e: { type: string }) => e.type === 'answer_received')).toMatchObject({ channel: 'phone', answerId: answer.id, value: 3 });

    const fetched = await pols.call('GET', `/v1/answers/${answer.id}`, { token: coach.token });
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(answer);
  });

  it('attaches a face-to-face answer to the current question of an open check-in and moves it on', async () => {
    const { coach, client } = await setup();
    const first = await createScaleQuestion(pols);
    const second = await createScaleQuestion(pols, undefined, 'energy');
    const checkinId = await openCheckin(client.id, [first, second]);

    const res = await pols.call('POST', `/v1/clients/${client.id}/answers`, { token: coach.token, body: { channel: 'in_person', text: '4', checkinId } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ checkinId, questionKey: first, value: 4, channel: 'in_person' });
    expect((await checkinState(checkinId)).currentPosition).toBe(1);

    // With both a check-in and a key, the key must be the current question.
    const wrong = await pols.call('POST', `/v1/clients/${client.id}/answers`, { token: coach.token, body: { channel: 'phone', text: '2', checkinId, questionKey: first } });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().message).toContain(`is not the current question`);

    const operator = await pols.call('POST', `/v1/clients/${client.id}/answers`, { body: { channel: 'phone', text: '2', checkinId, questionKey: second } });
    expect(operator.statusCode).toBe(201);
    expect(operator.json()).toMatchObject({ questionKey: second, value: 2, recordedBy: null });
    expect((await checkinState(checkinId)).state).toBe('answered');
    const profile = (await pols.call('GET', `/v1/clients/${client.id}/profile`)).json();
    expect(profile.traits.wellbeing.value).toBe(4);
    expect(profile.traits.energy.value).toBe(2);

    const closed = await pols.call('POST', `/v1/clients/${client.id}/answers`, { token: coach.token, body: { channel: 'phone', text: '3', checkinId } });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().message).toMatch(/is answered, not open/);
  });

  it('sends no clarification for an unclear logged answer but marks it for review', async () => {
    const { coach, client } = await setup();
    const key = await createScaleQuestion(pols);
    const checkinId = await openCheckin(client.id, [key]);
    const res = await pols.call('POST', `/v1/clients/${client.id}/answers`, { token: coach.token, body: { channel: 'phone', text: 'hmm', checkinId } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'unclear', value: null, needsReview: true });
    const state = await checkinState(checkinId);
    expect(state).toMatchObject({ state: 'open', currentPosition: 0 });
    const outbox = (await pols.call('GET', '/v1/outbox?limit=500')).json();
    expect(outbox.messages.filter((m: { clientId: string; kind: string }) => m.clientId === client.id && m.kind === 'clarification')).toHaveLength(0);
  });

  it('answers 404 for another coach’s client, its answers, and a check-in of another client', async () => {
    const { coach, client } = await setup();
    const other = await setup('Eric');
    const key = await createScaleQuestion(pols);
    const mine = await pols.call('POST', `/v1/clients/${client.id}/answers`, { token: coach.token, body: { channel: 'phone', text: '4', questionKey: key } });

    const foreign = await pols.call('POST', `/v1/clients/${client.id}/answers`, { token: other.coach.token, body: { channel: 'phone', text: '4', questionKey: key } });
    expect(foreign.statusCode).toBe(404);
    expect((await pols.call('GET', `/v1/answers/${mine.json().id}`, { token: other.coach.token })).statusCode).toBe(404);
    expect((await pols.call('POST', `/v1/answers/${mine.json().id}/correction`, { token: other.coach.token, body: { value: 2 } })).statusCode).toBe(404);

    const othersCheckin = await openCheckin(other.client.id, [key]);
    const res = await pols.call('POST', `/v1/clients/${client.id}/answers`, { token: coach.token, body: { channel: 'phone', text: '4', checkinId: othersCheckin } });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toBe('check-in not found');
  });

  it.each([
    ['an unknown channel', { channel: 'sms', text: '4' }, 'channel'],
    ['empty text', { channel: 'phone', text: '  ' }, 'text'],
    ['a bad check-in id', { channel: 'phone', text: '4', checkinId: 'x' }, 'checkinId'],
    ['a date without offset', { channel: 'phone', text: '4', receivedAt: '2026-11-23 10:00' }, 'receivedAt'],
    ['an unknown question key', { channel: 'phone', text: '4', questionKey: 'no-such-question' }, 'no-such-question'],
    ['a date in the future', { channel: 'phone', text: '4', receivedAt: '2999-01-01T00:00:00Z' }, 'future'],
  ])('rejects %s as 400 naming the problem', async (_name, body, problem) => {
    const { coach, client } = await setup();
    const res = await pols.call('POST', `/v1/clients/${client.id}/answers`, { token: coach.token, body });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(problem);
  });
});
