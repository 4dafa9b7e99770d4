// Transient Twilio failures are retried by the worker (honouring Retry-After) and the SMS goes out once.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { messages } from '../../src/db/schema/index.js';
import { type FakeTwilio, type PlannedFailure, startFakeTwilio } from '../support/fake-twilio.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, uniqueMobile, waitFor, twilioEnv } from '../support/harness.js';

let fake: FakeTwilio;
let pols: Pols;
beforeAll(async () => {
  fake = await startFakeTwilio();
  pols = await startPols({ env: { ...twilioEnv(fake, '+3197010000006') } });
});
afterAll(async () => {
  await pols?.close();
  await fake?.close();
});

/** Asks a new SMS client one question while the fake answers `failures` first; returns when the SMS is recorded sent. */
async function askThrough(...failures: PlannedFailure[]) {
  const coach = await createCoach(pols);
  const key = await createScaleQuestion(pols);
  const phone = uniqueMobile();
  const client = await createClient(pols, { firstName: 'Nicole', phone, coachId: coach.id, consent: { sms: true } });
  const firstRequest = fake.requestTimes.length;
  fake.failNext(...failures);
  await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
  await waitFor(() => fake.messages.find((m) => m.to === phone), 'the SMS after the retries', 25_000);
  const row = await waitFor(async () => (await pols.runtime.ctx.db.select().from(messages).where(eq(messages.clientId, client.id))).find((m) => m.status === 'sent'), 'the message marked sent');
  return { phone, row, times: fake.requestTimes.slice(firstRequest) };
}

it('waits the Retry-After of a 429 (5 s, longer than its own 2 s backoff) before the second attempt, then sends once', async () => {
  const { phone, row, times } = await askThrough({ status: 429, code: 20429, retryAfterSeconds: 5 });
  expect(times).toHaveLength(2);
  // The worker's own first backoff is 1.6–2.4 s; only honouring Retry-After puts ≥ 5 s between the attempts.
  expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(4_900);
  expect(row.attempts).toBe(2);
  await new Promise((r) => setTimeout(r, 500));
  expect(fake.messages.filter((m) => m.to === phone)).toHaveLength(1);
}, 30_000);

it('retries a 500 with its own backoff and sends once', async () => {
  const { phone, row, times } = await askThrough({ status: 500 });
  expect(times).toHaveLength(2);
  expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1_500);
  expect(row.attempts).toBe(2);
  await new Promise((r) => setTimeout(r, 500));
  expect(fake.messages.filter((m) => m.to === phone)).toHaveLength(1);
}, 30_000);
