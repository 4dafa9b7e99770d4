// Schedule fan-out through the real app: N clients in Postgres, one daily schedule, one planning run
// (check-ins, their questions and rendered messages written, delivery jobs enqueued in Redis).
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createCoach } from '../src/app/coaches/create-coach.js';
import { createQuestion } from '../src/app/questions/create-question.js';
import { createSchedule } from '../src/app/schedules/manage-schedules.js';
import { planSchedules } from '../src/app/schedules/plan-schedules.js';
import { loadConfig } from '../src/config/config.js';
import { startRuntime } from '../src/main/runtime.js';
import { createLogger } from '../src/log/logger.js';

export async function benchFanout(): Promise<{ name: string; value: number; unit: string; target?: number }> {
  const clients = Number(process.env.BENCH_CLIENTS ?? 5_000);
  const config = loadConfig({ ...process.env, DATABASE_URL: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/pols_bench', QUEUE_PREFIX: `bench${randomBytes(4).toString('hex')}`, LOG_LEVEL: 'silent' });
  const runtime = await startRuntime(config, { migrate: true, logger: createLogger({ level: 'silent' }) });
  const operator = { role: 'operator' as const };
  try {
    const { db } = runtime.ctx;
    const coach = await db.transaction((tx) => createCoach(tx, operator, { name: 'Bench', email: 'bench@pols.example' }));
    const key = `bench-${randomBytes(4).toString('hex')}`;
    await db.transaction((tx) => createQuestion(tx, operator, { key, type: 'scale', min: 1, max: 5, text: { nl: 'Hoe gaat het met je?' } }));
    const tag = `bench-${randomBytes(4).toString('hex')}`;
    await db.execute(sql`
      insert into clients (coach_id, first_name, phone, consent_sms, tags)
      select ${coach.id}, 'Client ' || g, '+316' || lpad(g::text, 8, '0'), true, array[${tag}]
      from generate_series(1, ${clients}) g`);
    await createSchedule(runtime.ctx, operator, { name: 'bench', questionKeys: [key], rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=9;BYMINUTE=0', audience: { tag }, window: { start: '09:00', end: '11:00' } });
    const started = performance.now();
    const report = await planSchedules(runtime.ctx);
    const seconds = (performance.now() - started) / 1000;
    for (const q of [runtime.queues.deliver, runtime.queues.deliverSms, runtime.queues.maintenance]) await q.obliterate({ force: true });
    return { name: `fan-out: plan ${report.planned.toLocaleString('en')} check-ins for ${clients.toLocaleString('en')} clients (48 h)`, value: report.planned / seconds, unit: 'check-ins/s' };
  } finally {
    await runtime.close();
  }
}
