// `npm start` as a new user runs it: no database yet, no provider credentials, development defaults.
// It must create and migrate the database, serve the API, send an "ask now" to the local outbox, and
// stop cleanly on SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { DEV_ADMIN_TOKEN } from '../../src/config/config.js';
import { freePort } from '../support/free-port.js';
import { waitFor } from '../support/harness.js';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../support/test-env.js';

const dbName = `pols_start_${randomBytes(4).toString('hex')}`;
const dbUrl = (name: string) => Object.assign(new URL(TEST_DATABASE_URL), { pathname: `/${name}` }).toString();
let child: ChildProcess | undefined;

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  const admin = new pg.Client({ connectionString: dbUrl('postgres') });
  await admin.connect();
  await admin.query(`drop database if exists "${dbName}" with (force)`);
  await admin.end();
});

it('starts on a fresh database with safe defaults, sends to the outbox and stops on SIGTERM', async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: dbUrl(dbName), REDIS_URL: TEST_REDIS_URL, PORT: String(port), QUEUE_PREFIX: `start${randomBytes(4).toString('hex')}`, LOG_LEVEL: 'info' };
  const started = spawn(process.execPath, ['--import', 'tsx', 'src/main/all-in-one.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child = started;
  let log = '';
  started.stdout!.on('data', (d) => (log += d));
  started.stderr!.on('data', (d) => (log += d));

  await waitFor(async () => (await fetch(`${base}/readyz`).catch(() => null))?.ok || null, 'readiness of npm start', 60_000);
  expect(log).toContain('Pols is running');
  expect(log).toContain('local outbox');

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${DEV_ADMIN_TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };
  const coach = await call('POST', '/v1/coaches', { name: 'Sanne', email: 'sanne@start.test', phone: '+31201234567' });
  expect(coach.status).toBe(201);
  const question = await call('POST', '/v1/questions', { key: 'welzijn', type: 'scale', min: 1, max: 5, text: { nl: 'Hoe gaat het met je?' } });
  expect(question.status).toBe(201);
  const client = await call('POST', '/v1/clients', { firstName: 'Nicole', phone: '0612345678', coachId: coach.json.id, consent: { sms: true } });
  expect(client.status).toBe(201);
  expect((await call('POST', '/v1/checkins', { clientId: client.json.id, questionKeys: ['welzijn'] })).status).toBe(202);

  const sms = await waitFor(async () => {
    const outbox = (await call('GET', '/v1/outbox')).json as { messages: Array<{ channel: string; to: string; body: string }> };
    return outbox.messages.find((m) => m.channel === 'sms' && m.to === '+31612345678') ?? null;
  }, 'the SMS in the outbox');
  expect(sms.body).toContain('Hallo Nicole,');
  expect(sms.body).toContain('Groet, Sanne (je coach)');

  const exited = new Promise<number | null>((resolve) => started.once('exit', (code) => resolve(code)));
  started.kill('SIGTERM');
  expect(await exited).toBe(0);
}, 90_000);
