// The contract's commands, run as a user runs them.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoach, type Pols, startPols } from '../support/harness.js';

let pols: Pols;
beforeAll(async () => {
  pols = await startPols({ workers: false });
});
afterAll(async () => pols?.close());

const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/main/cli.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: pols.runtime.ctx.config.DATABASE_URL, QUEUE_PREFIX: pols.runtime.ctx.config.QUEUE_PREFIX, NODE_ENV: 'test' },
    timeout: 60_000,
  });

describe('cli', () => {
  it('normalize writes exactly one JSON line per input line and nothing else', () => {
    const input = [
      { id: 'a', question: { type: 'scale', min: 1, max: 5 }, text: 'gaat wel, maar geen oppas dinsdag' },
      { id: 'b', question: { type: 'yes_no' }, text: 'jazeker' },
      { id: 'c', question: { type: 'free_text' }, text: 'STOP' },
    ].map((l) => JSON.stringify(l)).join('\n');
    const run = cli(['normalize'], `${input}\n`);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({ id: 'a', status: 'answered', value: 3, traits: { 'barrier.childcare': true } }),
      expect.objectContaining({ id: 'b', status: 'answered', value: true }),
      expect.objectContaining({ id: 'c', status: 'opt_out', value: null }),
    ]);
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(['confidence', 'id', 'status', 'traits', 'value']);
  });

  it('normalize names a malformed line on stderr and exits non-zero', () => {
    const run = cli(['normalize'], '{"id":"x","text":"4"}\n');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('question');
  });

  it('migrate applies migrations and token issues a working coach token', async () => {
    expect(cli(['migrate']).status).toBe(0);
    const coach = await createCoach(pols);
    const coachRow = (await pols.call('GET', '/v1/clients', { token: coach.token })).statusCode;
    expect(coachRow).toBe(200);
    const run = cli(['token', coach.id]);
    expect(run.status).toBe(0);
    const token = run.stdout.trim();
    expect(token).toMatch(/^pols_coach_/);
    expect((await pols.call('GET', '/v1/clients', { token })).statusCode).toBe(200);
    expect(cli(['token', '00000000-0000-4000-8000-000000000000']).status).toBe(1);
  });

  it('demo asks Nicole by SMS and Eric by e-mail into the outbox, and plans a weekly check-in; running it again adds nothing', async () => {
    const first = cli(['demo']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('--- SMS to +31612345678');
    expect(first.stdout).toContain('Hallo Nicole,');
    expect(first.stdout).toContain('Hello Eric,');
    expect(first.stdout).toContain('Groet, Sanne (je coach)');
    expect(first.stdout).toMatch(/Nicole's next check-ins: \d{4}-\d\d-\d\dT09:00:00\+0[12]:00/);
    const outbox = (await pols.call('GET', '/v1/outbox')).json();
    const demoMessages = outbox.messages.filter((m: { to: string }) => m.to === '+31612345678' || m.to === 'eric.demo@pols.example');
    expect(demoMessages.map((m: { channel: string }) => m.channel).sort()).toEqual(['email', 'sms']);
    const schedules = (await pols.call('GET', '/v1/schedules')).json();
    expect(schedules.schedules.filter((s: { name: string }) => s.name.startsWith('Wekelijkse check-in'))).toHaveLength(1);

    const again = cli(['demo']);
    expect(again.status, again.stderr).toBe(0);
    expect((await pols.call('GET', '/v1/schedules')).json().schedules).toHaveLength(schedules.schedules.length);
    const clients = (await pols.call('GET', '/v1/clients')).json();
    expect(clients.clients.filter((c: { firstName: string }) => c.firstName === 'Nicole')).toHaveLength(1);
  }, 90_000);
});
