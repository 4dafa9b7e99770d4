// Boots a real Pols runtime (real Postgres, real Redis, real channel libraries) for integration tests.
import { randomBytes, randomInt } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { messages } from '../../src/db/schema/index.js';
import { startRuntime, type Runtime } from '../../src/main/runtime.js';
import type { FakeTwilio } from './fake-twilio.js';
import { captureLogs, type LogCapture } from './log-capture.js';
import { createTestDatabase } from './test-database.js';
import { ADMIN_TOKEN, testConfig } from './test-env.js';

export interface Pols {
  runtime: Runtime;
  logs: LogCapture;
  call(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, options?: { token?: string | null; body?: unknown }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startPols(options: { env?: Record<string, string | undefined>; workers?: boolean; inboundSmtp?: boolean; now?: () => Date } = {}): Promise<Pols> {
  const logs = captureLogs();
  const database = await createTestDatabase();
  const runtime = await startRuntime(testConfig({ DATABASE_URL: database.url, ...options.env }), { api: true, workers: options.workers ?? true, inboundSmtp: options.inboundSmtp ?? false, logger: logs.logger, ...(options.now ? { now: options.now } : {}) });
  await runtime.app!.ready();
  return {
    runtime,
    logs,
    call(method, url, opts = {}) {
      const token = opts.token === undefined ? ADMIN_TOKEN : opts.token;
      return runtime.app!.inject({
        method,
        url,
        headers: token ? { authorization: `Bearer ${token}` } : {},
        ...(opts.body !== undefined ? { payload: opts.body as object } : {}),
      });
    },
    async close() {
      await runtime.close();
      await database.drop();
    },
  };
}

export const uniqueKey = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;
/** A valid, unique Dutch mobile number, so tests sharing the database never match each other's clients. */
export const uniqueMobile = () => `+316${randomInt(1, 6)}${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
export const uniqueEmail = (name: string) => `${name.toLowerCase()}.${randomBytes(4).toString('hex')}@example.test`;

export async function createCoach(pols: Pols, name = 'Sanne'): Promise<{ id: string; token: string }> {
  const res = await pols.call('POST', '/v1/coaches', { body: { name, email: uniqueEmail(name), phone: '+31201234567' } });
  if (res.statusCode !== 201) throw new Error(`coach: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function createScaleQuestion(pols: Pols, key = uniqueKey('welzijn'), trait = 'wellbeing'): Promise<string> {
  const res = await pols.call('POST', '/v1/questions', {
    body: { key, type: 'scale', min: 1, max: 5, trait, text: { nl: 'Hoe gaat het met je? Antwoord met een cijfer van 1 tot 5.', en: 'How are you? Answer 1 to 5.' } },
  });
  if (res.statusCode !== 201) throw new Error(`question: ${res.statusCode} ${res.body}`);
  return key;
}

export async function createClient(pols: Pols, body: Record<string, unknown>, token?: string): Promise<{ id: string; phone: string | null; email: string | null }> {
  const res = await pols.call('POST', '/v1/clients', { body, ...(token ? { token } : {}) });
  if (res.statusCode !== 201) throw new Error(`client: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function waitFor<T>(probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The provider may have a message before Pols has recorded it as sent; tests that read state wait for both. */
export async function waitForSent(pols: Pols, clientId: string, count = 1): Promise<void> {
  await waitFor(async () => (await pols.runtime.ctx.db.select().from(messages).where(and(eq(messages.clientId, clientId), inArray(messages.status, ['sent', 'delivered'])))).length >= count, 'messages recorded as sent');
}

/** Empties every queue of this runtime, as when Redis loses its data. */
export async function emptyQueues(pols: Pols): Promise<void> {
  const { deliver, deliverSms, maintenance } = pols.runtime.queues;
  for (const queue of [deliver, deliverSms, maintenance]) await queue.obliterate({ force: true });
}

/** The environment that points Pols' SMS channel at a local fake Twilio. */
export const twilioEnv = (fake: FakeTwilio, from = '+3197010000001') => ({
  TWILIO_ACCOUNT_SID: fake.accountSid,
  TWILIO_AUTH_TOKEN: fake.authToken,
  TWILIO_FROM: from,
  TWILIO_API_BASE_URL: fake.url,
});
