// Schedules on real Postgres with a pinned clock: planning, quiet hours, late workers, expiry, reminders,
// the daily cap, pause, editing, an emptied Redis and channel fallback. Use-cases are driven directly
// (no worker), so the clock alone decides what is due.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverMessage } from '../../src/app/messages/deliver-message.js';
import { reconcile } from '../../src/app/maintenance/reconcile.js';
import { planSchedules } from '../../src/app/schedules/plan-schedules.js';
import { checkins, clientChannelStates, clients, messages, schedules } from '../../src/db/schema/index.js';
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

/** Delivery jobs in Redis (any state but finished) for these messages. */
async function jobsFor(messageIds: string[]) {
  const ids = new Set(messageIds);
  const jobs = await pols.runtime.queues.deliverSms.getJobs(['waiting', 'delayed', 'prioritized', 'active']);
  return jobs.filter((j) => ids.has(j.data.messageId));
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
    await reconcile(ctx());
    // Today's 09:00 is back in the queue; tomorrow's only once it is within the reconciler's horizon.
    const [today, tomorrow] = await messagesOf(client.id);
    expect((await jobsFor([today!.id, tomorrow!.id])).map((j) => j.data.messageId)).toEqual([today!.id]);
    await reconcile(ctx());
    expect(await jobsFor([today!.id])).toHaveLength(1);
    await deliverDue(client.id);
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(1);
  });

  it('after Redis is emptied mid-plan and two reconciles: one check-in, one message and one job per occurrence, one send', async () => {
    const a = await setup();
    const b = await setup();
    // Redis loses everything right after the first schedule's messages were enqueued, before the second's.
    const queue = ctx().queue;
    let flushed = false;
    ctx().queue = {
      ...queue,
      async enqueueDelivery(rows, now) {
        await queue.enqueueDelivery(rows, now);
        if (!flushed && rows.length) {
          flushed = true;
          await emptyQueues(pols);
        }
      },
    };
    try {
      await planSchedules(ctx(), { clientIds: [a.client.id, b.client.id] });
    } finally {
      ctx().queue = queue;
    }
    expect(flushed).toBe(true);
    clock = new Date('2026-11-23T08:00:05Z');
    await reconcile(ctx());
    await reconcile(ctx());

    for (const { client } of [a, b]) {
      const planned = await checkinsOf(client.id);
      expect(planned.map((c) => c.dueAt.toISOString())).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-24T08:00:00.000Z']);
      expect(new Set(planned.map((c) => c.occurrenceKey)).size).toBe(2);
      const rows = await messagesOf(client.id);
      expect(rows.map((m) => m.checkinId)).toEqual(planned.map((c) => c.id));
      // Today's message has exactly one job; no message has two.
      const jobs = await jobsFor(rows.map((m) => m.id));
      expect(jobs.filter((j) => j.data.messageId === rows[0]!.id)).toHaveLength(1);
      expect(new Set(jobs.map((j) => j.data.messageId)).size).toBe(jobs.length);
    }
    // Deliver every job there is, twice over (a duplicate job, a retry): one SMS per client.
    const due = await jobsFor([...(await messagesOf(a.client.id)), ...(await messagesOf(b.client.id))].map((m) => m.id));
    for (let round = 0; round < 2; round++) for (const job of due) await deliverMessage(ctx(), job.data.messageId);
    expect(sentTo(a.phone)).toHaveLength(1);
    expect(sentTo(b.phone)).toHaveLength(1);
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

describe('audience ids and a schedule that cannot be planned', () => {
  it('rejects a client or coach id that is not a UUID with a 400 naming the field', async () => {
    const key = await createScaleQuestion(pols);
    const base = { name: 'Namen', questionKeys: [key], rrule: 'FREQ=DAILY;BYHOUR=9' };
    const byName = await pols.call('POST', '/v1/schedules', { body: { ...base, audience: { clientIds: ['nicole'] } } });
    expect(byName.statusCode).toBe(400);
    expect(byName.json().message).toMatch(/audience\.clientIds\.0: A client id is a UUID/);
    const coach = await pols.call('POST', '/v1/schedules', { body: { ...base, audience: { coachId: 'sanne' } } });
    expect(coach.statusCode).toBe(400);
    expect(coach.json().message).toMatch(/audience\.coachId: A coach id is a UUID/);
  });

  it('plans the other schedules when one cannot be planned, and logs its id without personal data', async () => {
    const { client, key, phone } = await setup();
    // Rows stored before validation (or edited in the database): an impossible rule, and a name as client id.
    const [broken] = await db()
      .insert(schedules)
      .values({ name: 'Kapot', spec: { name: 'Kapot', questionKeys: [key], rrule: 'FREQ=FORTNIGHTLY', audience: { clientIds: [client.id] } }, createdAt: new Date('2000-01-01T00:00:00Z') })
      .returning();
    const [byName] = await db()
      .insert(schedules)
      .values({ name: 'Op naam', spec: { name: 'Op naam', questionKeys: [key], rrule: 'FREQ=DAILY;BYHOUR=9', audience: { clientIds: ['nicole', phone] } }, createdAt: new Date('2000-01-02T00:00:00Z') })
      .returning();
    try {
      const report = await planSchedules(ctx());
      expect(report.failed).toBe(1);
      expect((await checkinsOf(client.id)).map((c) => c.dueAt.toISOString())).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-24T08:00:00.000Z']);
      const failures = pols.logs.lines.filter((l) => l.includes('schedule not planned'));
      expect(failures).toHaveLength(1);
      expect(JSON.parse(failures[0]!)).toMatchObject({ scheduleId: broken!.id, err: expect.stringMatching(/FREQ/) });
      expect(pols.logs.text()).not.toContain(phone);
      expect(pols.logs.text()).not.toContain('nicole');

      const dry = await pols.call('GET', `/v1/schedules/${byName!.id}/dry-run?days=2&from=2026-11-23T00:00:00%2B01:00`);
      expect(dry.statusCode, dry.body).toBe(200);
      expect(dry.json().audience).toBe(0);
    } finally {
      await db().update(schedules).set({ deletedAt: clock }).where(inArray(schedules.id, [broken!.id, byName!.id]));
    }
  });
});

describe('editing a schedule with an overdue check-in', () => {
  it('keeps a check-in whose send time has passed but that is not sent yet, and still sends it once', async () => {
    const { client, key, scheduleId, phone } = await setup();
    await planSchedules(ctx());
    clock = new Date('2026-11-23T20:30:00Z'); // 21:30 local: the worker was down all day; the send waits for 08:00
    await deliverDue(client.id);
    const [monday] = await checkinsOf(client.id);
    expect((await messagesOf(client.id))[0]!.sendAfter.toISOString()).toBe('2026-11-24T07:00:00.000Z');

    const res = await pols.call('PUT', `/v1/schedules/${scheduleId}`, { body: { name: 'Later', questionKeys: [key], rrule: 'FREQ=DAILY;BYHOUR=11;BYMINUTE=30', audience: { clientIds: [client.id] } } });
    expect(res.statusCode, res.body).toBe(200);
    await planSchedules(ctx());
    const all = await checkinsOf(client.id);
    // Monday's stays as it was; Tuesday's 09:00 (future, unsent) is replaced by 11:30, and Wednesday's follows.
    expect(all.map((c) => [c.id === monday!.id, c.dueAt.toISOString()])).toEqual([
      [true, '2026-11-23T08:00:00.000Z'],
      [false, '2026-11-24T10:30:00.000Z'],
      [false, '2026-11-25T10:30:00.000Z'],
    ]);

    clock = new Date('2026-11-24T07:00:05Z');
    await deliverDue(client.id);
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(1);
    expect((await checkinsOf(client.id)).find((c) => c.id === monday!.id)!.state).toBe('open');
  });
});

describe('pause silences reminders and queued prompts', () => {
  it('sends no reminder to a paused client, and after resume only the reminders still to come', async () => {
    const { client, phone } = await setup({ reminder: { afterMinutes: 60, max: 2 } });
    await planSchedules(ctx());
    clock = new Date('2026-11-23T08:00:05Z');
    await deliverDue(client.id);
    expect((await pols.call('POST', `/v1/clients/${client.id}/pause`, { body: {} })).statusCode).toBe(200);
    clock = new Date('2026-11-23T09:01:00Z'); // the first reminder is due
    await reconcile(ctx());
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(1);
    expect((await messagesOf(client.id)).filter((m) => m.kind === 'reminder')).toHaveLength(0);

    clock = new Date('2026-11-23T09:30:00Z');
    expect((await pols.call('POST', `/v1/clients/${client.id}/resume`)).statusCode).toBe(200);
    await reconcile(ctx());
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(1); // the first reminder was used up during the pause
    clock = new Date('2026-11-23T10:01:00Z'); // the second reminder is due
    await reconcile(ctx());
    await deliverDue(client.id);
    await reconcile(ctx());
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(2);
    expect(sentTo(phone)[1]!.body).toContain('We hebben nog geen antwoord van je');
  });

  it('sends no reminder for an open check-in of a paused or deleted schedule', async () => {
    for (const stop of ['pause', 'delete'] as const) {
      clock = new Date('2026-11-23T06:00:00Z');
      const { client, phone, scheduleId } = await setup({ reminder: { afterMinutes: 60, max: 1 } });
      await planSchedules(ctx());
      clock = new Date('2026-11-23T08:00:05Z');
      await deliverDue(client.id);
      const res = stop === 'pause' ? await pols.call('POST', `/v1/schedules/${scheduleId}/pause`) : await pols.call('DELETE', `/v1/schedules/${scheduleId}`);
      expect(res.statusCode).toBeLessThan(300);
      clock = new Date('2026-11-23T09:01:00Z');
      await reconcile(ctx());
      await deliverDue(client.id);
      expect(sentTo(phone), stop).toHaveLength(1);
      expect((await messagesOf(client.id)).filter((m) => m.kind === 'reminder'), stop).toHaveLength(0);
      const [open] = await checkinsOf(client.id);
      expect(open!.state, stop).toBe('open'); // still open for an answer
    }
  });

  it('skips the queued fallback prompt of an open check-in when the client is paused', async () => {
    const { client, phone } = await setup({}, { email: uniqueEmail('nicole'), consent: { sms: true, email: true } });
    await planSchedules(ctx());
    clock = new Date('2026-11-23T08:00:05Z');
    fake.failNext({ status: 400, code: 21614 }); // SMS fails permanently: the same check-in goes to e-mail
    for (const m of await messagesOf(client.id)) if (m.status === 'queued' && m.sendAfter <= clock) await deliverMessage(ctx(), m.id);
    const fallback = (await messagesOf(client.id)).find((m) => m.channel === 'email' && m.kind === 'question');
    expect(fallback!.status).toBe('queued');

    expect((await pols.call('POST', `/v1/clients/${client.id}/pause`, { body: {} })).statusCode).toBe(200);
    await reconcile(ctx());
    await deliverDue(client.id);
    const rows = await messagesOf(client.id);
    expect(rows.find((m) => m.id === fallback!.id)).toMatchObject({ status: 'skipped', error: 'client paused', sentAt: null });
    expect(rows.filter((m) => m.status === 'sent')).toHaveLength(0);
    expect(sentTo(phone)).toHaveLength(0);
    // Tomorrow's planned check-in is gone, today's (asked, then failed over) stays as history.
    expect((await checkinsOf(client.id)).map((c) => c.dueAt.toISOString())).toEqual(['2026-11-23T08:00:00.000Z']);
  });
});

describe('audiences', () => {
  it('asks everyone with a tag, or all clients of a coach, and nobody else', async () => {
    const key = await createScaleQuestion(pols);
    const sanne = await createCoach(pols, 'Sanne');
    const joris = await createCoach(pols, 'Joris');
    const tag = `cohort-${Date.now()}`;
    const make = (coachId: string, tags: string[]) => createClient(pols, { firstName: 'Nicole', phone: uniqueMobile(), coachId, consent: { sms: true }, tags });
    const tagged = await make(sanne.id, [tag]);
    const taggedOfJoris = await make(joris.id, [tag, 'other']);
    const untaggedOfSanne = await make(sanne.id, []);
    const untaggedOfJoris = await make(joris.id, ['other']);

    const byTag = await pols.call('POST', '/v1/schedules', { body: { name: 'Cohort', questionKeys: [key], rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0', audience: { tag } } });
    expect(byTag.statusCode, byTag.body).toBe(201);
    await planSchedules(ctx(), { scheduleId: byTag.json().id });
    const planned = async (id: string) => (await checkinsOf(id)).length;
    expect([await planned(tagged.id), await planned(taggedOfJoris.id), await planned(untaggedOfSanne.id), await planned(untaggedOfJoris.id)]).toEqual([2, 2, 0, 0]);

    const byCoach = await pols.call('POST', '/v1/schedules', { body: { name: 'Sanne', questionKeys: [key], rrule: 'FREQ=DAILY;BYHOUR=14;BYMINUTE=0', audience: { coachId: sanne.id }, capPerDay: 1 } });
    expect(byCoach.statusCode, byCoach.body).toBe(201);
    await planSchedules(ctx(), { scheduleId: byCoach.json().id });
    // Sanne's untagged client is now asked; her tagged client already has today's and tomorrow's (the daily cap).
    expect([await planned(tagged.id), await planned(taggedOfJoris.id), await planned(untaggedOfSanne.id), await planned(untaggedOfJoris.id)]).toEqual([2, 2, 2, 0]);
  });
});

describe('a pause that begins while prompts are on their way', () => {
  it('skips a first prompt composed before the pause at delivery, and refuses ask-now until resumed', async () => {
    const { client, phone, key } = await setup();
    await planSchedules(ctx());
    // The pause lands between composing and delivering (e.g. from another process): only delivery can catch it.
    await ctx().db.update(clients).set({ pausedUntil: new Date('2026-12-01T00:00:00Z') }).where(eq(clients.id, client.id));
    clock = new Date('2026-11-23T08:00:05Z');
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(0);
    const [first] = (await messagesOf(client.id)).filter((m) => m.sendAfter <= clock);
    expect(first).toMatchObject({ status: 'skipped', error: 'client paused' });

    const asked = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
    expect(asked.statusCode).toBe(409);
    expect(asked.json().message).toContain('paused until 2026-12-01');
  });

  it('skips a first prompt of a schedule paused after it was composed', async () => {
    const { client, phone, scheduleId } = await setup();
    await planSchedules(ctx());
    await ctx().db.update(schedules).set({ state: 'paused' }).where(eq(schedules.id, scheduleId));
    clock = new Date('2026-11-23T08:00:05Z');
    await deliverDue(client.id);
    expect(sentTo(phone)).toHaveLength(0);
    const [first] = (await messagesOf(client.id)).filter((m) => m.sendAfter <= clock);
    expect(first).toMatchObject({ status: 'skipped', error: 'schedule paused' });
  });
});

describe('the per-client daily cap', () => {
  it('never lets two planning runs at once put two check-ins on one client day', async () => {
    const coach = await createCoach(pols);
    const key = await createScaleQuestion(pols);
    const people = await Promise.all(Array.from({ length: 12 }, () => createClient(pols, { firstName: 'Nicole', phone: uniqueMobile(), coachId: coach.id, consent: { sms: true } })));
    const audience = { clientIds: people.map((c) => c.id) };
    const ids: string[] = [];
    for (const [name, hour] of [['Ochtend', 9], ['Middag', 15]] as const) {
      const res = await pols.call('POST', '/v1/schedules', { body: { name, questionKeys: [key], rrule: `FREQ=DAILY;BYHOUR=${hour};BYMINUTE=0`, audience } });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
    // Two worker processes planning at the same moment, each its own schedule.
    await Promise.all(ids.map((scheduleId) => planSchedules(ctx(), { scheduleId })));
    const planned = await db().select().from(checkins).where(inArray(checkins.clientId, audience.clientIds));
    for (const person of people) {
      const days = planned.filter((c) => c.clientId === person.id).map((c) => c.dueAt.toISOString().slice(0, 10));
      expect(days.sort()).toEqual(['2026-11-23', '2026-11-24']);
    }
  });

  it('refuses a schedule that asks for more than the per-client cap, and caps one stored with more', async () => {
    const { client, key } = await setup({ rrule: 'FREQ=DAILY;BYHOUR=9,15;BYMINUTE=0' });
    const res = await pols.call('POST', '/v1/schedules', { body: { name: 'Vaak', questionKeys: [key], rrule: 'FREQ=DAILY;BYHOUR=9,15', audience: { clientIds: [client.id] }, capPerDay: 2 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/capPerDay: 2 is more than the 1 check-in per client per day.*CHECKINS_PER_CLIENT_PER_DAY/);

    // Stored before the rule (or with a higher deployment cap since lowered): still one a day.
    const [loose] = await db()
      .insert(schedules)
      .values({ name: 'Los', spec: { name: 'Los', questionKeys: [key], rrule: 'FREQ=DAILY;BYHOUR=12,18;BYMINUTE=0', audience: { clientIds: [client.id] }, capPerDay: 4 } })
      .returning();
    try {
      await planSchedules(ctx());
      expect((await checkinsOf(client.id)).map((c) => c.dueAt.toISOString())).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-24T08:00:00.000Z']);
      const preview = await pols.call('GET', `/v1/schedules/${loose!.id}/preview?clientId=${client.id}&count=2&from=2026-11-23T00:00:00%2B01:00`);
      expect(preview.json().occurrences).toEqual(['2026-11-23T12:00:00+01:00', '2026-11-24T12:00:00+01:00']);
      const dry = await pols.call('GET', `/v1/schedules/${loose!.id}/dry-run?days=2&from=2026-11-23T00:00:00%2B01:00`);
      expect(dry.json().totals.sms.checkins).toBe(2);
    } finally {
      await db().update(schedules).set({ deletedAt: clock }).where(eq(schedules.id, loose!.id));
    }
  });

  it('lets a schedule be stricter than a looser deployment cap', async () => {
    const config = ctx().config;
    const previous = config.CHECKINS_PER_CLIENT_PER_DAY;
    config.CHECKINS_PER_CLIENT_PER_DAY = 2;
    try {
      const twice = await setup({ rrule: 'FREQ=DAILY;BYHOUR=9,15;BYMINUTE=0' });
      const once = await setup({ rrule: 'FREQ=DAILY;BYHOUR=9,15;BYMINUTE=0', capPerDay: 1 });
      const tooMany = await pols.call('POST', '/v1/schedules', { body: { name: 'Drie', questionKeys: [twice.key], rrule: 'FREQ=DAILY;BYHOUR=9,12,15', audience: { tag: 'x' }, capPerDay: 3 } });
      expect(tooMany.statusCode).toBe(400);
      await planSchedules(ctx(), { clientIds: [twice.client.id, once.client.id] });
      expect(await checkinsOf(twice.client.id)).toHaveLength(4); // 09:00 and 15:00 on both days
      expect(await checkinsOf(once.client.id)).toHaveLength(2);
    } finally {
      config.CHECKINS_PER_CLIENT_PER_DAY = previous;
    }
  });
});
