// A check-in survives a dead worker and an emptied Redis, and is never sent twice.
import { type ChildProcess, spawn } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/db/schema/index.js';
import { type FakeTwilio, startFakeTwilio } from '../support/fake-twilio.js';
import { createClient, createCoach, createScaleQuestion, emptyQueues, type Pols, startPols, uniqueMobile, waitFor, twilioEnv } from '../support/harness.js';
import { ADMIN_TOKEN, TEST_REDIS_URL } from '../support/test-env.js';

let fake: FakeTwilio;
let pols: Pols;
const children: ChildProcess[] = [];

beforeAll(async () => {
  fake = await startFakeTwilio();
  // The API only: the worker runs as a separate process that the tests kill.
  pols = await startPols({ workers: false, env: { ...twilioEnv(fake, '+3197010000004') } });
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});
afterAll(async () => {
  await pols?.close();
  await fake?.close();
});

function startWorkerProcess(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/worker.ts'], {
    cwd: process.cwd(),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: pols.runtime.ctx.config.DATABASE_URL,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: pols.runtime.ctx.config.QUEUE_PREFIX,
      POLS_ADMIN_TOKEN: ADMIN_TOKEN,
      PUBLIC_BASE_URL: 'https://pols.test',
      TWILIO_ACCOUNT_SID: fake.accountSid,
      TWILIO_AUTH_TOKEN: fake.authToken,
      TWILIO_FROM: '+3197010000004',
      TWILIO_API_BASE_URL: fake.url,
      JOB_LOCK_SECONDS: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return child;
}

async function askNewClient() {
  const coach = await createCoach(pols);
  const key = await createScaleQuestion(pols);
  const phone = uniqueMobile();
  const client = await createClient(pols, { firstName: 'Nicole', phone, coachId: coach.id, consent: { sms: true } });
  const res = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
  expect(res.statusCode).toBe(202);
  return { phone, clientId: client.id };
}

const rowsOf = (clientId: string) => pols.runtime.ctx.db.select().from(messages).where(eq(messages.clientId, clientId));
const sentTo = (phone: string) => fake.messages.filter((m) => m.to === phone).length;

describe('crash safety', () => {
  it('sends once after the worker was killed before sending and Redis lost the job', async () => {
    const { phone, clientId } = await askNewClient();
    // The check-in row and its message exist; no worker ran. Now the queue loses everything.
    await emptyQueues(pols);
    expect(sentTo(phone)).toBe(0);

    const first = startWorkerProcess();
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    startWorkerProcess();
    await waitFor(() => sentTo(phone) === 1, 'the SMS after the restart', 20_000);
    await new Promise((r) => setTimeout(r, 2_500));
    expect(sentTo(phone)).toBe(1);
    const [row] = await rowsOf(clientId);
    expect(row!.status).toBe('sent');
  });

  it('gives back the claim of a worker that died before calling the provider, and sends once; never one it had begun to send', async () => {
    const neverCalled = await askNewClient();
    const callBegun = await askNewClient();
    await emptyQueues(pols);
    // Two workers died ten minutes ago: one right after claiming its message, one during the provider call.
    const claimedAt = new Date(Date.now() - 10 * 60_000);
    await pols.runtime.ctx.db.update(messages).set({ status: 'sending', attempts: 1, sendingAt: claimedAt }).where(eq(messages.clientId, neverCalled.clientId));
    await pols.runtime.ctx.db.update(messages).set({ status: 'sending', attempts: 1, sendingAt: claimedAt, providerCallAt: claimedAt }).where(eq(messages.clientId, callBegun.clientId));

    startWorkerProcess();
    await waitFor(() => sentTo(neverCalled.phone) === 1, 'the SMS whose provider call never began', 20_000);
    await waitFor(async () => (await rowsOf(callBegun.clientId))[0]?.status === 'unknown', 'the interrupted send marked unknown');
    await new Promise((r) => setTimeout(r, 2_500));
    expect(sentTo(neverCalled.phone)).toBe(1);
    expect(sentTo(callBegun.phone)).toBe(0);
    const [row] = await rowsOf(neverCalled.clientId);
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('never sends twice when the worker dies in the middle of a send', async () => {
    const hold = fake.hold();
    const { phone, clientId } = await askNewClient();
    const worker = startWorkerProcess();
    await hold.waiting; // the worker called Twilio and waits for the answer
    worker.kill('SIGKILL');
    await new Promise((r) => worker.once('exit', r));
    hold.release(); // Twilio accepted the message after all
    await waitFor(() => sentTo(phone) === 1, 'the held SMS');

    startWorkerProcess();
    // The stalled job comes back after the 1 s lock and must find the message already claimed.
    await new Promise((r) => setTimeout(r, 4_000));
    expect(fake.messages.filter((m) => m.to === phone)).toHaveLength(1);
    const [row] = await rowsOf(clientId);
    expect(row!.status).toBe('sending');
    expect(row!.attempts).toBe(1);
  });
});
