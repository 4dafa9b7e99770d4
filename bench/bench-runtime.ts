// What the app-level benchmarks share: a silent runtime on the bench database with its own queue
// prefix, and an audience of N SMS clients with one scale question, seeded in one statement.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Principal } from '../src/app/context.js';
import { createCoach } from '../src/app/coaches/create-coach.js';
import { createQuestion } from '../src/app/questions/create-question.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/log/logger.js';
import { type Runtime, startRuntime } from '../src/main/runtime.js';

export const OPERATOR: Principal = { role: 'operator' };

/**
 * A runtime on a database of its own, created (and migrated) for this benchmark and dropped after it, so
 * no run plans or matches what an earlier run left behind.
 */
export async function withBenchRuntime<T>(run: (runtime: Runtime) => Promise<T>): Promise<T> {
  const server = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/pols_bench');
  const database = `${server.pathname.slice(1) || 'pols_bench'}_${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: Object.assign(new URL(server), { pathname: `/${database}` }).toString(),
    QUEUE_PREFIX: `bench${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'silent',
  });
  const runtime = await startRuntime(config, { migrate: true, logger: createLogger({ level: 'silent' }) });
  try {
    return await run(runtime);
  } finally {
    for (const q of [runtime.queues.deliver, runtime.queues.deliverSms, runtime.queues.maintenance]) await q.obliterate({ force: true });
    await runtime.close();
    await dropDatabase(server, database);
  }
}

async function dropDatabase(server: URL, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: Object.assign(new URL(server), { pathname: '/postgres' }).toString() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${database}" with (force)`);
  } finally {
    await admin.end();
  }
}

/** N clients with SMS consent and unique numbers, tagged for one schedule, and a 1-5 question. */
export async function seedAudience(runtime: Runtime, clients: number): Promise<{ tag: string; questionKey: string }> {
  const { db } = runtime.ctx;
  const coach = await db.transaction((tx) => createCoach(tx, OPERATOR, { name: 'Bench', email: 'bench@pols.example' }));
  const questionKey = `bench-${randomBytes(4).toString('hex')}`;
  await db.transaction((tx) => createQuestion(tx, OPERATOR, { key: questionKey, type: 'scale', min: 1, max: 5, text: { nl: 'Hoe gaat het met je?' } }));
  const tag = `bench-${randomBytes(4).toString('hex')}`;
  // A random block of numbers per run, so replies from earlier runs' clients never match.
  const block = String(Math.floor(Math.random() * 90) + 10);
  await db.execute(sql`
    insert into clients (coach_id, first_name, phone, consent_sms, tags)
    select ${coach.id}, 'Client ' || g, '+3161' || ${block} || lpad(g::text, 5, '0'), true, array[${tag}]
    from generate_series(1, ${clients}) g`);
  return { tag, questionKey };
}
