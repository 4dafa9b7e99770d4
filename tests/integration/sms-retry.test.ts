// Transient Twilio failures are retried by the worker (honouring Retry-After) and the SMS goes out once.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { messages } from '../../src/db/schema/index.js';
import { type FakeTwilio, startFakeTwilio } from '../support/fake-twilio.js';
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

it('retries after a 429 with Retry-After and a 500, then sends once', async () => {
  const coach = await createCoach(pols);
  const key = await createScaleQuestion(pols);
  const phone = uniqueMobile();
  const client = await createClient(pols, { firstName: 'Nicole', phone, coachId: coach.id, consent: { sms: true } });
  fake.failNext({ status: 429, code: 20429, retryAfterSeconds: 1 }, { status: 500 });
  const started = Date.now();
  await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
  await waitFor(() => fake.messages.find((m) => m.to === phone), 'the SMS after two retries', 20_000);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  const row = await waitFor(async () => (await pols.runtime.ctx.db.select().from(messages).where(eq(messages.clientId, client.id))).find((m) => m.status === 'sent'), 'the message marked sent');
  expect(row.attempts).toBe(3);
  await new Promise((r) => setTimeout(r, 500));
  expect(fake.messages.filter((m) => m.to === phone)).toHaveLength(1);
});
