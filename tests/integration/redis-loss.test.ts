// Redis loses every key of Pols while the workers run (FLUSHALL, a failover to an empty replica).
// The BullMQ job schedulers live only in Redis, so the workers must bring them back on their own;
// the reconciler then re-sends what Postgres still holds as queued, exactly once.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/db/schema/index.js';
import { type FakeTwilio, startFakeTwilio } from '../support/fake-twilio.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, twilioEnv, uniqueMobile, waitFor } from '../support/harness.js';

const RECONCILE_SECONDS = 1;
let fake: FakeTwilio;
let pols: Pols;
let clock = new Date('2026-11-23T06:00:00Z'); // Monday 07:00 in Amsterdam

beforeAll(async () => {
  fake = await startFakeTwilio();
  pols = await startPols({
    workers: true,
    now: () => clock,
    env: { ...twilioEnv(fake, '+3197010000007'), RECONCILE_INTERVAL_SECONDS: String(RECONCILE_SECONDS), PLAN_INTERVAL_SECONDS: '3600' },
  });
});
afterAll(async () => {
  await pols?.close();
  await fake?.close();
});

/** Deletes every Redis key under this runtime's QUEUE_PREFIX, as FLUSHALL would, while the workers keep running. */
async function deleteQueueKeys(): Promise<number> {
  const redis = pols.runtime.redis;
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${pols.runtime.ctx.config.QUEUE_PREFIX}:*`, 'COUNT', 1000);
    if (keys.length) deleted += await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  return deleted;
}

const schedulerIds = async () => (await pols.runtime.queues.maintenance.getJobSchedulers()).map((s) => s.key).sort();
const sentTo = (phone: string) => fake.messages.filter((m) => m.to === phone);

describe('an emptied Redis while the workers run', () => {
  it('re-registers the job schedulers and sends a queued check-in whose job was lost exactly once', async () => {
    expect(await schedulerIds()).toEqual(['plan-schedules', 'reconcile']);
    const coach = await createCoach(pols);
    const key = await createScaleQuestion(pols);
    const phone = uniqueMobile();
    const client = await createClient(pols, { firstName: 'Nicole', phone, coachId: coach.id, consent: { sms: true } });
    const res = await pols.call('POST', '/v1/schedules', { body: { name: 'Dagelijks', questionKeys: [key], rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0', audience: { clientIds: [client.id] } } });
    expect(res.statusCode, res.body).toBe(201);
    // The planning job (real worker) writes today's and tomorrow's 09:00 and enqueues both as delayed jobs.
    await waitFor(async () => (await pols.runtime.queues.deliverSms.getDelayedCount()) === 2, 'two delayed delivery jobs');
    const rows = () => pols.runtime.ctx.db.select().from(messages).where(eq(messages.clientId, client.id)).orderBy(messages.sendAfter);
    expect((await rows()).map((m) => m.status)).toEqual(['queued', 'queued']);

    expect(await deleteQueueKeys()).toBeGreaterThan(0);
    expect(await pols.runtime.queues.deliverSms.getDelayedCount()).toBe(0);
    // Nobody restarts the worker: its watchdog brings the schedulers back within a reconcile interval.
    await waitFor(async () => (await schedulerIds()).length === 2, 'the job schedulers back in Redis', 5_000);
    expect(await schedulerIds()).toEqual(['plan-schedules', 'reconcile']);

    clock = new Date('2026-11-23T08:00:05Z'); // today's send time has come; its job is gone
    await waitFor(() => sentTo(phone).length === 1, 'the lost check-in sent by the reconciler', 10_000);
    await waitFor(async () => (await rows())[0]!.status === 'sent', 'the send recorded');
    // Several more reconcile runs and watchdog rounds: nothing is sent twice.
    await new Promise((r) => setTimeout(r, 3_500 * RECONCILE_SECONDS));
    expect(sentTo(phone)).toHaveLength(1);
    expect(fake.messages).toHaveLength(1);
    const [today, tomorrow] = await rows();
    expect(today!.status).toBe('sent');
    expect(today!.attempts).toBe(1);
    expect(tomorrow!.status).toBe('queued');
    // Tomorrow's message is back in the queue only once its send time is within the reconciler's horizon.
    expect(await schedulerIds()).toEqual(['plan-schedules', 'reconcile']);
  }, 30_000);

  it('keeps one scheduler of each kind, with its interval, however often the watchdog runs', async () => {
    await new Promise((r) => setTimeout(r, 2_500 * RECONCILE_SECONDS));
    const schedulers = await pols.runtime.queues.maintenance.getJobSchedulers();
    expect(schedulers.map((s) => [s.key, Number(s.every)]).sort()).toEqual([
      ['plan-schedules', 3_600_000],
      ['reconcile', RECONCILE_SECONDS * 1000],
    ]);
    // One pending run per scheduler, never a pile-up of repeats.
    const pending = await pols.runtime.queues.maintenance.getJobs(['delayed', 'waiting', 'prioritized']);
    expect(pending.filter((j) => j.name === 'schedules.plan' && j.repeatJobKey)).toHaveLength(1);
    expect(pending.filter((j) => j.name === 'maintenance.reconcile').length).toBeLessThanOrEqual(1);
  });
});
