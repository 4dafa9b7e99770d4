// Schedules on real Postgres with a pinned clock: planning, quiet hours, late workers, expiry, reminders,
// the daily cap, pause, editing, an emptied Redis and channel fallback. Use-cases are driven directly
// (no worker), so the clock alone decides what is due.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverMessage } from '../../src/app/messages/deliver-message.js';
import { reconcile } from '../../src/app/maintenance/reconcile.js';
import { planSchedules } from '../../src/app/schedules/plan-schedules.js';
import { checkins, clientChannelStates, messages } from '../../src/db/schema/index.js';
import { type FakeTwilio, startFakeTwilio } from '../support/fake-twilio.js';
import { createClient, createCoach, createScaleQuestion, emptyQueues, type Pols, startPols, uniqueEmail, uniqueMobile, twilioEnv } from '../support/harness.js';

let fake: FakeTwilio;
let pols: Pols;
let clock = new Date('2026-11-23T06:00:00Z'); // Monday 07:00 in Amsterdam

beforeAll(async () => {
  fake = await startFakeTwilio();
  pols = await startPols({ workers: false, now: () => clock, env: { ...twilioEnv(fake, '+3197010000005') } });
});
afterAll(async () => {
  await pols?.close();
  await fake?.close();
});
beforeEach(() => {
  clock = new Date('2026-11-23T06:00:00Z');
});

const ctx = () => pols.runtime.ctx;
const db = () => pols.runtime.ctx.db;

async function setup(extra: Record<string, unknown> = {}, clientExtra: Record<string, unknown> = {}) {
  const coach = await createCoach(pols);
  const key = await createScaleQuestion(pols);
  const phone = uniqueMobile();
  const client = await createClient(pols, { firstName: 'Nicole', phone, coachId: coach.id, consent: { sms: true }, ...clientExtra });
  const res = await pols.call('POST', '/v1/schedules', { body: { name: 'Wekelijks', questionKeys: [key], rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0', audience: { clientIds: [client.id] }, ...extra } });
  expect(res.statusCode, res.body).toBe(201);
  return { client, phone, key, scheduleId: res.json().id as string, coach };
}

const checkinsOf = (clientId: string) => db().select().from(checkins).where(eq(checkins.clientId, clientId)).orderBy(checkins.dueAt);
const messagesOf = (clientId: string) => db().select().from(messages).where(eq(messages.clientId, clientId)).orderBy(messages.sendAfter, messages.createdAt);
const sentTo = (phone: string) => fake.messages.filter((m) => m.to === phone);

async function deliverDue(clientId: string) {
  for (const m of await messagesOf(clientId)) if (m.status === 'queued') await deliverMessage(ctx(), m.id);
}

describe('schedule API', () => {
  it('rejects an invalid RRULE with a 400 that says why', async () => {
    const res = await pols.call('POST', '/v1/schedules', { body: { name: 'x', questionKeys: ['a'], rrule: 'FREQ=FORTNIGHTLY', audience: { tag: 'x' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/rrule/);
    expect(res.json().message).toMatch(/FREQ/);
  });

  it('pauses, resumes and deletes a schedule; only unsent planned check-ins go away', async () => {
    const { client, scheduleId } = await setup();
    await planSchedules(ctx());
    expect(await checkinsOf(client.id)).toHaveLength(2);
    expect((await pols.call('POST', `/v1/schedules/${scheduleId}/pause`)).json().state).toBe('paused');
    expect(await checkinsOf(client.id)).toHaveLength(0);
    await planSchedules(ctx());
    expect(await checkinsOf(client.id)).toHaveLength(0);
    expect((await pols.call('POST', `/v1/schedules/${scheduleId}/resume`)).json().state).toBe('active');
    await planSchedules(ctx());
    expect(await checkinsOf(client.id)).toHaveLength(2);
    expect((await pols.call('DELETE', `/v1/schedules/${scheduleId}`)).statusCode).toBe(204);
    expect((await pols.call('GET', `/v1/schedules/${scheduleId}`)).statusCode).toBe(404);
    await planSchedules(ctx());
    expect(await checkinsOf(client.id)).toHaveLength(0);
  });

  it('previews occurrences across the end of daylight saving time', async () => {
    const { client, scheduleId } = await setup();
    const res = await pols.call('GET', `/v1/schedules/${scheduleId}/preview?clientId=${client.id}&count=2&from=2026-10-24T12:00:00%2B02:00`);
    expect(res.json().occurrences).toEqual(['2026-10-25T09:00:00+01:00', '2026-10-26T09:00:00+01:00']);
  });

  it('previews occurrences across the start of daylight saving time', async () => {
    const { client, scheduleId } = await setup();
    const res = await pols.call('GET', `/v1/schedules/${scheduleId}/preview?clientId=${client.id}&count=3&from=2026-03-28T00:00:00%2B01:00`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().occurrences).toEqual(['2026-03-28T09:00:00+01:00', '2026-03-29T09:00:00+02:00', '2026-03-30T09:00:00+02:00']);
  });

  it('shows a dry run per channel per day', async () => {
    const { scheduleId } = await setup();
    const res = await pols.call('GET', `/v1/schedules/${scheduleId}/dry-run?days=3&from=2026-11-23T00:00:00%2B01:00`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().days).toHaveLength(3);
    expect(res.json().days[0].channels.sms.checkins).toBe(1);
  });
});

describe('planning and sending', () => {
  it('plans each occurrence once and sends it at its time, once', async () => {
    const { client, phone } = await setup();
    await planSchedules(ctx());
    await planSchedules(ctx());
    const planned = await checkinsOf(client.id);
    expect(planned.map((c) => c.dueAt.toISOString())).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-24T08:00:00.000Z']);

    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(0); // not due yet
    clock = new Date('2026-11-23T08:00:05Z');
    await deliverDue(client.id);
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(1);
  });

  it('defers a send that a late worker would make in quiet hours, then sends it at 08:00', async () => {
    const { client, phone } = await setup();
    await planSchedules(ctx());
    clock = new Date('2026-11-23T20:30:00Z'); // 21:30 local: the worker was down all day
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(0);
    const [first] = await messagesOf(client.id);
    expect(first!.status).toBe('queued');
    expect(first!.sendAfter.toISOString()).toBe('2026-11-24T07:00:00.000Z');
  });

  it('skips a prompt that would arrive after its expiry and counts the check-in as missed', async () => {
    const { client, phone } = await setup({ expiresAfterMinutes: 120 });
    await planSchedules(ctx());
    clock = new Date('2026-11-23T10:30:00Z'); // expired at 10:00Z
    await reconcile(ctx());
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(0);
    const [first] = await checkinsOf(client.id);
    expect(first!.state).toBe('expired');
  });

  it('reminds once after the set time when unanswered', async () => {
    const { client, phone } = await setup({ reminder: { afterMinutes: 60, max: 1 } });
    await planSchedules(ctx());
    clock = new Date('2026-11-23T08:00:05Z');
    await deliverDue(client.id);
    clock = new Date('2026-11-23T09:01:00Z');
    await reconcile(ctx());
    await deliverDue(client.id);
    await reconcile(ctx());
    await deliverDue(client.id);
    const received = sentTo(phone);
    expect(received).toHaveLength(2);
    expect(received[1]!.body).toContain('We hebben nog geen antwoord van je');
  });

  it('caps overlapping schedules at one check-in per client per day', async () => {
    const { client, key } = await setup();
    const second = await pols.call('POST', '/v1/schedules', { body: { name: 'Middag', questionKeys: [key], rrule: 'FREQ=DAILY;BYHOUR=15;BYMINUTE=0', audience: { clientIds: [client.id] } } });
    expect(second.statusCode).toBe(201);
    await planSchedules(ctx());
    const planned = await checkinsOf(client.id);
    expect(planned).toHaveLength(2); // two days in the horizon, one per day
    expect(new Set(planned.map((c) => c.dueAt.toISOString().slice(0, 10))).size).toBe(2);
  });

  it('plans nothing for a paused client and plans again after resume', async () => {
    const { client } = await setup();
    await planSchedules(ctx());
    expect(await checkinsOf(client.id)).toHaveLength(2);
    expect((await pols.call('POST', `/v1/clients/${client.id}/pause`, { body: {} })).statusCode).toBe(200);
    expect(await checkinsOf(client.id)).toHaveLength(0);
    await planSchedules(ctx());
    expect(await checkinsOf(client.id)).toHaveLength(0);
    await pols.call('POST', `/v1/clients/${client.id}/resume`);
    await planSchedules(ctx());
    expect(await checkinsOf(client.id)).toHaveLength(2);
  });

  it('re-plans only the future when a schedule is edited; sent history stays', async () => {
    const { client, key, scheduleId, phone } = await setup();
    await planSchedules(ctx());
    clock = new Date('2026-11-23T08:00:05Z');
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(1);
    const res = await pols.call('PUT', `/v1/schedules/${scheduleId}`, { body: { name: 'Later', questionKeys: [key], rrule: 'FREQ=DAILY;BYHOUR=11;BYMINUTE=30', audience: { clientIds: [client.id] } } });
    expect(res.statusCode, res.body).toBe(200);
    await planSchedules(ctx());
    const all = await checkinsOf(client.id);
    expect(all[0]!.dueAt.toISOString()).toBe('2026-11-23T08:00:00.000Z');
    expect(all[0]!.state).toBe('open');
    // Tomorrow's 09:00 was replaced by 11:30; today already had its check-in (the daily cap).
    expect(all.slice(1).map((c) => c.dueAt.toISOString())).toEqual(['2026-11-24T10:30:00.000Z']);
  });

  it('rebuilds the queue from Postgres after Redis is emptied, without duplicates', async () => {
    const { client, phone } = await setup();
    await planSchedules(ctx());
    await emptyQueues(pols);
    clock = new Date('2026-11-23T08:00:05Z');
    const report = await reconcile(ctx());
    expect(report.enqueued).toBeGreaterThanOrEqual(1);
    const waiting = await pols.runtime.queues.deliverSms.getJobCounts('waiting', 'delayed');
    expect((waiting.waiting ?? 0) + (waiting.delayed ?? 0)).toBeGreaterThanOrEqual(1);
    await reconcile(ctx());
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(1);
  });

  it('falls back to e-mail when SMS fails permanently', async () => {
    const { client, phone } = await setup({}, { email: uniqueEmail('nicole'), consent: { sms: true, email: true } });
    await planSchedules(ctx());
    clock = new Date('2026-11-23T08:00:05Z');
    fake.failNext({ status: 400, code: 21614 });
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(0);
    const rows = await messagesOf(client.id);
    expect(rows.find((m) => m.channel === 'sms' && m.status === 'failed')).toBeTruthy();
    expect(rows.find((m) => m.channel === 'email' && m.kind === 'question')).toBeTruthy();
    const [state] = await db().select().from(clientChannelStates).where(and(eq(clientChannelStates.clientId, client.id), eq(clientChannelStates.channel, 'sms')));
    expect(state!.unusableAt).not.toBeNull();
  });
});
