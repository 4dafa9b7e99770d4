// The rules a schedule promises, on real Postgres and Redis with a pinned clock: late replies, one open
// question per channel, the coach's flags when nobody is reached or check-ins keep being missed, and what a
// worker that was down through a send time does. Replies arrive through the signed Twilio webhook.
import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/app/maintenance/reconcile.js';
import { deliverMessage } from '../../src/app/messages/deliver-message.js';
import { planSchedules } from '../../src/app/schedules/plan-schedules.js';
import { answers, checkinItems, checkins, messages } from '../../src/db/schema/index.js';
import { deliveryJobId } from '../../src/jobs/queues.js';
import { startWorkers, type Workers } from '../../src/jobs/workers.js';
import { type FakeTwilio, startFakeTwilio } from '../support/fake-twilio.js';
import { createClient, createCoach, createScaleQuestion, emptyQueues, type Pols, startPols, twilioEnv, uniqueEmail, uniqueMobile, waitFor } from '../support/harness.js';
import { messageSid, postTwilio } from '../support/twilio-webhook.js';

const FROM = '+3197010000006';
const MONDAY_0700 = '2026-11-23T06:00:00Z'; // Monday 07:00 in Amsterdam (UTC+1)

let fake: FakeTwilio;
let pols: Pols;
let clock = new Date(MONDAY_0700);

beforeAll(async () => {
  fake = await startFakeTwilio();
  pols = await startPols({ workers: false, now: () => clock, env: { ...twilioEnv(fake, FROM) } });
});
afterAll(async () => {
  await pols?.close();
  await fake?.close();
});
beforeEach(() => {
  clock = new Date(MONDAY_0700);
});

type Event = { type: string; [field: string]: unknown };

const ctx = () => pols.runtime.ctx;
const db = () => pols.runtime.ctx.db;
const at = (iso: string) => {
  clock = new Date(iso);
};
/** The same UTC time of day, `days` after Monday 23 November 2026. */
const day = (days: number, time: string) => `2026-11-${23 + days}T${time}Z`;

async function setup(extra: Record<string, unknown> = {}, clientExtra: Record<string, unknown> = {}) {
  const coach = await createCoach(pols);
  const key = await createScaleQuestion(pols);
  const phone = uniqueMobile();
  const client = await createClient(pols, { firstName: 'Nicole', phone, coachId: coach.id, consent: { sms: true }, ...clientExtra });
  const res = await pols.call('POST', '/v1/schedules', { body: { name: 'Dagelijks', questionKeys: [key], rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0', audience: { clientIds: [client.id] }, ...extra } });
  expect(res.statusCode, res.body).toBe(201);
  return { client, phone, key, coach };
}

const checkinsOf = (clientId: string) => db().select().from(checkins).where(eq(checkins.clientId, clientId)).orderBy(checkins.dueAt);
const messagesOf = (clientId: string) => db().select().from(messages).where(eq(messages.clientId, clientId)).orderBy(messages.sendAfter, messages.createdAt);
const answersOf = (clientId: string) => db().select().from(answers).where(eq(answers.clientId, clientId)).orderBy(answers.receivedAt);
const itemsOf = (checkinId: string) => db().select().from(checkinItems).where(eq(checkinItems.checkinId, checkinId)).orderBy(checkinItems.position);
/** Check-ins whose question is out and unanswered (planned ones for later days stay `pending`). */
const openOn = (clientId: string, channel: 'sms' | 'email') => db().select().from(checkins).where(and(eq(checkins.clientId, clientId), eq(checkins.channel, channel), eq(checkins.state, 'open')));
const sentTo = (phone: string) => fake.messages.filter((m) => m.to === phone);

/** What a worker would do with every queued message of this client at the pinned time. */
async function deliverDue(clientId: string) {
  for (const m of await messagesOf(clientId)) if (m.status === 'queued') await deliverMessage(ctx(), m.id);
}

async function replySms(phone: string, body: string) {
  const res = await postTwilio(pols, fake.authToken, { MessageSid: messageSid(), From: phone, To: FROM, Body: body });
  expect(res.statusCode, res.body).toBe(200);
}

async function timelineOf(clientId: string): Promise<Event[]> {
  const res = await pols.call('GET', `/v1/clients/${clientId}/timeline`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().events;
}

async function caseloadFlags(clientId: string, token?: string): Promise<string[]> {
  const res = await pols.call('GET', '/v1/caseload', token ? { token } : {});
  expect(res.statusCode, res.body).toBe(200);
  const entry = (res.json().clients as Array<{ clientId: string; openFlags: string[] }>).find((c) => c.clientId === clientId);
  expect(entry, 'client on the caseload').toBeTruthy();
  return entry!.openFlags;
}

async function profileFlags(clientId: string, token?: string): Promise<string[]> {
  const res = await pols.call('GET', `/v1/clients/${clientId}/profile`, token ? { token } : {});
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().flags as Array<{ kind: string }>).map((f) => f.kind);
}

/** One day of a 09:00 schedule with a two-hour expiry: planned, sent at 09:00, then left unanswered (or answered). */
async function runDay(days: number, clientId: string, phone: string, answer?: string) {
  at(day(days, '06:00:00'));
  await planSchedules(ctx());
  at(day(days, '08:00:05'));
  await deliverDue(clientId);
  if (answer) {
    at(day(days, '08:30:00'));
    await replySms(phone, answer);
  }
  at(day(days, '10:30:00'));
  await reconcile(ctx());
}

describe('a reply after expiry', () => {
  it('is kept and marked late, on the timeline, without reopening or answering the expired check-in', async () => {
    const { client, phone } = await setup({ expiresAfterMinutes: 120 });
    await planSchedules(ctx());
    at('2026-11-23T08:00:05Z');
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(1);
    at('2026-11-23T10:30:00Z'); // 11:30 local; expired at 11:00
    await reconcile(ctx());
    const [monday] = await checkinsOf(client.id);
    expect(monday!.state).toBe('expired');

    await replySms(phone, '3');

    const stored = await answersOf(client.id);
    expect(stored).toHaveLength(1);
    // Read against the question it answers, so the late value still reaches the profile.
    expect(stored[0]).toMatchObject({ rawText: '3', late: true, checkinId: monday!.id, checkinItemId: null, status: 'answered', value: 3 });
    const profile = (await pols.call('GET', `/v1/clients/${client.id}/profile`)).json();
    expect(profile.traits.wellbeing).toMatchObject({ value: 3, answerId: stored[0]!.id });
    const after = (await checkinsOf(client.id)).find((c) => c.id === monday!.id)!;
    expect(after.state).toBe('expired');
    expect(after.answeredAt).toBeNull();
    expect((await itemsOf(monday!.id)).map((i) => i.state)).toEqual(['asked']);
    // Nothing goes back to the client for a late reply: no clarification, no next question.
    expect((await messagesOf(client.id)).filter((m) => m.kind !== 'question')).toHaveLength(0);
    expect(sentTo(phone)).toHaveLength(1);

    const received = (await timelineOf(client.id)).filter((e) => e.type === 'answer_received');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ text: '3', late: true, checkinId: monday!.id, channel: 'sms' });
  });

  it('belongs to the check-in the client was sent, not to a later one that expired unsent', async () => {
    const { client, phone } = await setup({ expiresAfterMinutes: 120 });
    await planSchedules(ctx());
    at('2026-11-23T08:00:05Z');
    await deliverDue(client.id);
    // Tuesday's check-in is never sent (no worker ran through its send time) and expires unsent.
    at('2026-11-24T11:00:00Z');
    await reconcile(ctx());
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(1);
    const [monday, tuesday] = await checkinsOf(client.id);
    expect(monday!.sentAt).not.toBeNull();
    expect(tuesday!.sentAt).toBeNull();
    expect(tuesday!.state).toBe('expired');

    await replySms(phone, '4');

    const [late] = await answersOf(client.id);
    expect(late).toMatchObject({ late: true, checkinId: monday!.id });
  });
});

describe('one open question per client per channel', () => {
  it('refuses ask-now with 409 while a check-in is open on that channel, and allows another channel', async () => {
    const email = uniqueEmail('nicole');
    const { client, key } = await setup({}, { email, consent: { sms: true, email: true } });
    await planSchedules(ctx());
    at('2026-11-23T08:00:05Z');
    await deliverDue(client.id);
    expect((await openOn(client.id, 'sms')).map((c) => c.state)).toEqual(['open']);

    const onSms = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
    expect(onSms.statusCode, onSms.body).toBe(409);
    expect(onSms.json().message).toMatch(/open check-in on sms/);
    const explicitSms = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key], channel: 'sms' } });
    expect(explicitSms.statusCode).toBe(409);
    expect(await openOn(client.id, 'sms')).toHaveLength(1);

    const onEmail = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key], channel: 'email' } });
    expect(onEmail.statusCode, onEmail.body).toBe(202);
    expect(onEmail.json().channel).toBe('email');
    await deliverDue(client.id);
    expect(await openOn(client.id, 'email')).toHaveLength(1);
  });

  it('refuses a second ask-now while the first is still open', async () => {
    const { client, key } = await setup();
    at('2026-11-23T09:00:00Z');
    const first = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
    expect(first.statusCode, first.body).toBe(202);
    await deliverDue(client.id);
    const second = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
    expect(second.statusCode).toBe(409);
    expect(await openOn(client.id, 'sms')).toHaveLength(1);
  });

  it('lets a newer scheduled check-in supersede the older open one, so a bare "3" answers the newest', async () => {
    const { client, phone } = await setup({ expiresAfterMinutes: 36 * 60 });
    await planSchedules(ctx());
    at('2026-11-23T08:00:05Z');
    await deliverDue(client.id);
    at('2026-11-24T08:00:05Z'); // Monday's is still within its 36 hours
    await planSchedules(ctx());
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(2);

    const [monday, tuesday] = await checkinsOf(client.id);
    expect(monday).toMatchObject({ state: 'expired', closedReason: 'superseded by a newer check-in' });
    const open = await openOn(client.id, 'sms');
    expect(open.map((c) => c.id)).toEqual([tuesday!.id]);

    at('2026-11-24T08:10:00Z');
    await replySms(phone, '3');
    const [answer] = await answersOf(client.id);
    expect(answer).toMatchObject({ checkinId: tuesday!.id, late: false, status: 'answered', value: 3 });
    expect((await checkinsOf(client.id)).find((c) => c.id === tuesday!.id)!.state).toBe('answered');
    expect((await itemsOf(monday!.id)).map((i) => i.state)).toEqual(['asked']);
    expect((await itemsOf(tuesday!.id)).map((i) => i.state)).toEqual(['answered']);
  });

  it('lets a scheduled check-in supersede an open ask-now check-in', async () => {
    const { client, phone, key } = await setup();
    at('2026-11-23T07:30:00Z'); // 08:30 local, before the 09:00 schedule
    await planSchedules(ctx());
    const asked = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
    expect(asked.statusCode, asked.body).toBe(202);
    await deliverDue(client.id);
    at('2026-11-23T08:00:05Z');
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(2);

    const open = await openOn(client.id, 'sms');
    expect(open).toHaveLength(1);
    expect(open[0]!.id).not.toBe(asked.json().id);
    expect(open[0]!.scheduleId).not.toBeNull();

    await replySms(phone, '3');
    const [answer] = await answersOf(client.id);
    expect(answer).toMatchObject({ checkinId: open[0]!.id, late: false, value: 3 });
  });
});

describe('no channel reaches the client', () => {
  it('flags the coach when SMS, the only consented channel, fails permanently', async () => {
    const { client, phone, coach } = await setup();
    await planSchedules(ctx());
    at('2026-11-23T08:00:05Z');
    fake.failNext({ status: 400, code: 21614 }); // not a mobile number: permanent
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(0);

    const [first] = await checkinsOf(client.id);
    expect(first).toMatchObject({ state: 'failed', closedReason: 'unreachable' });
    expect((await messagesOf(client.id)).filter((m) => m.checkinId === first!.id).map((m) => [m.channel, m.status])).toEqual([['sms', 'failed']]);
    expect(await caseloadFlags(client.id, coach.token)).toContain('unreachable');
    expect(await profileFlags(client.id, coach.token)).toContain('unreachable');
  });

  it('flags the coach when no consented channel has an address', async () => {
    // Consent for e-mail but no address; a phone number but no consent for SMS.
    const { client, coach } = await setup({}, { consent: { sms: false, email: true } });
    expect(await caseloadFlags(client.id, coach.token)).not.toContain('unreachable');
    const report = await planSchedules(ctx());
    expect(report.unreachable).toBeGreaterThanOrEqual(1);
    expect(await checkinsOf(client.id)).toHaveLength(0);
    expect(await caseloadFlags(client.id, coach.token)).toContain('unreachable');
    expect(await profileFlags(client.id, coach.token)).toContain('unreachable');
  });
});

describe('missed check-ins in a row', () => {
  it('flags the client for personal contact after three missed check-ins', async () => {
    const { client, phone, coach } = await setup({ expiresAfterMinutes: 120 });
    await runDay(0, client.id, phone);
    await runDay(1, client.id, phone);
    expect(await caseloadFlags(client.id, coach.token)).not.toContain('missed_checkins');
    await runDay(2, client.id, phone);

    const missed = (await checkinsOf(client.id)).filter((c) => c.state === 'expired');
    expect(missed).toHaveLength(3);
    expect(sentTo(phone)).toHaveLength(3);
    expect(await caseloadFlags(client.id, coach.token)).toContain('missed_checkins');
    expect(await profileFlags(client.id, coach.token)).toContain('missed_checkins');
  });

  it('starts counting again after an answered check-in', async () => {
    const { client, phone, coach } = await setup({ expiresAfterMinutes: 120 });
    await runDay(0, client.id, phone);
    await runDay(1, client.id, phone, '4');
    await runDay(2, client.id, phone);
    await runDay(3, client.id, phone);
    expect((await checkinsOf(client.id)).slice(0, 4).map((c) => c.state)).toEqual(['expired', 'answered', 'expired', 'expired']);
    expect(await caseloadFlags(client.id, coach.token)).not.toContain('missed_checkins');

    await runDay(4, client.id, phone); // the third in a row since the answer
    expect(await caseloadFlags(client.id, coach.token)).toContain('missed_checkins');
  });

  it('does not count check-ins the client never received (expired unsent while no worker ran)', async () => {
    const { client, phone, coach } = await setup({ expiresAfterMinutes: 120 });
    for (const d of [0, 1, 2]) {
      at(day(d, '06:00:00'));
      await planSchedules(ctx());
      at(day(d, '10:30:00')); // past expiry, never delivered
      await reconcile(ctx());
    }
    expect((await checkinsOf(client.id)).filter((c) => c.state === 'expired')).toHaveLength(3);
    expect(sentTo(phone)).toHaveLength(0);
    expect(await caseloadFlags(client.id, coach.token)).not.toContain('missed_checkins');
  });
});

describe('a worker stopped through a send time', () => {
  let workers: Workers | null = null;

  beforeEach(async () => {
    // Only this test's jobs in Redis, so the worker moves nothing left behind by the tests above.
    await emptyQueues(pols);
  });
  afterEach(async () => {
    await workers?.close();
    workers = null;
  });

  async function startWorker() {
    const { config } = ctx();
    workers = await startWorkers(ctx(), pols.runtime.redis, pols.runtime.queues, { prefix: config.QUEUE_PREFIX, concurrency: 5, reconcileEveryMs: 3_600_000, planEveryMs: 3_600_000, lockMs: 30_000, smsPerSecond: 10 });
  }

  /**
   * Redis keeps real time, the test a pinned clock: when the pinned clock passes a delayed job's time,
   * the job is promoted, as real time would have made it due.
   */
  async function timeHasCome(message: { id: string; sendAfter: Date }) {
    const job = await pols.runtime.queues.deliverSms.getJob(deliveryJobId(message.id, message.sendAfter));
    expect(job, 'the delayed delivery job').toBeTruthy();
    await job!.promote();
  }

  const firstQuestion = async (clientId: string) => (await messagesOf(clientId)).find((m) => m.kind === 'question')!;

  it('sends late, exactly once, when the worker comes back the same afternoon', async () => {
    const { client, phone } = await setup();
    await planSchedules(ctx()); // 09:00 local is queued as a delayed job; then no worker runs
    const planned = await firstQuestion(client.id);
    expect(planned.sendAfter.toISOString()).toBe('2026-11-23T08:00:00.000Z');

    at('2026-11-23T13:00:00Z'); // 14:00 local
    await timeHasCome(planned);
    await startWorker();
    await waitFor(async () => (await messagesOf(client.id)).find((m) => m.id === planned.id && m.status === 'sent'), 'the late send recorded');
    await reconcile(ctx());
    await new Promise((r) => setTimeout(r, 300));

    expect(sentTo(phone)).toHaveLength(1);
    const [row] = (await messagesOf(client.id)).filter((m) => m.id === planned.id);
    expect(row!.sentAt!.toISOString()).toBe('2026-11-23T13:00:00.000Z');
    expect((await checkinsOf(client.id))[0]!.state).toBe('open');
  });

  it('defers a send the worker would make in quiet hours to 08:00, then sends it once', async () => {
    const { client, phone } = await setup({ expiresAfterMinutes: 26 * 60 });
    await planSchedules(ctx());
    const planned = await firstQuestion(client.id);

    at('2026-11-23T21:30:00Z'); // 22:30 local
    await timeHasCome(planned);
    await startWorker();
    const deferred = await waitFor(async () => (await messagesOf(client.id)).find((m) => m.id === planned.id && m.sendAfter.getTime() !== planned.sendAfter.getTime()), 'the deferral');
    expect(deferred.status).toBe('queued');
    expect(deferred.sendAfter.toISOString()).toBe('2026-11-24T07:00:00.000Z'); // 08:00 local
    expect(sentTo(phone)).toHaveLength(0);

    at('2026-11-24T07:00:05Z'); // 08:00:05 local, the next day
    await timeHasCome(deferred);
    await waitFor(async () => (await messagesOf(client.id)).find((m) => m.id === planned.id && m.status === 'sent'), 'the deferred send recorded');
    await reconcile(ctx());
    await new Promise((r) => setTimeout(r, 300));

    expect(sentTo(phone)).toHaveLength(1);
    const [row] = (await messagesOf(client.id)).filter((m) => m.id === planned.id);
    expect(row!.sentAt!.toISOString()).toBe('2026-11-24T07:00:05.000Z');
  });

  it('skips a send that would arrive after its expiry and records it as skipped with the reason', async () => {
    const { client, phone } = await setup({ expiresAfterMinutes: 120 });
    await planSchedules(ctx());
    const planned = await firstQuestion(client.id);

    at('2026-11-23T10:30:00Z'); // 11:30 local; the check-in expired at 11:00
    await timeHasCome(planned);
    await startWorker();
    const skipped = await waitFor(async () => (await messagesOf(client.id)).find((m) => m.id === planned.id && m.status === 'skipped'), 'the skip recorded');
    await reconcile(ctx());
    await new Promise((r) => setTimeout(r, 300));

    expect(sentTo(phone)).toHaveLength(0);
    expect(skipped.error).toMatch(/expir/);
    expect(skipped.sentAt).toBeNull();
    expect((await checkinsOf(client.id))[0]!.state).toBe('expired');
    const events = (await timelineOf(client.id)).filter((e) => e.messageId === planned.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'message_skipped', status: 'skipped', error: skipped.error });
  });
});
