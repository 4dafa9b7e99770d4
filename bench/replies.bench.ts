// Inbound replies through the real app (match the sender, normalize, store answer and traits, decide
// what follows), many at a time as webhooks arrive: replies recorded per second.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { receiveSms } from '../src/app/replies/receive-sms.js';
import { createCoach } from '../src/app/coaches/create-coach.js';
import { createQuestion } from '../src/app/questions/create-question.js';
import { createSchedule } from '../src/app/schedules/manage-schedules.js';
import { planSchedules } from '../src/app/schedules/plan-schedules.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/log/logger.js';
import { startRuntime } from '../src/main/runtime.js';

const REPLIES = ['4', 'gaat wel, maar geen oppas dinsdag', 'goed hoor', 'slecht. de deurwaarder stond weer voor de deur', '3 maar kunt u mij bellen?', 'prima', 'niet zo best'];

export async function benchReplies(): Promise<{ name: string; value: number; unit: string; target?: number }> {
  const clients = Number(process.env.BENCH_REPLY_CLIENTS ?? 3_000);
  const concurrency = 50;
  const config = loadConfig({ ...process.env, DATABASE_URL: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/pols_bench', QUEUE_PREFIX: `bench${randomBytes(4).toString('hex')}`, LOG_LEVEL: 'silent' });
  const runtime = await startRuntime(config, { migrate: true, logger: createLogger({ level: 'silent' }) });
  const operator = { role: 'operator' as const };
  try {
    const { db } = runtime.ctx;
    const coach = await db.transaction((tx) => createCoach(tx, operator, { name: 'Bench', email: 'bench@pols.example' }));
    const key = `bench-${randomBytes(4).toString('hex')}`;
    await db.transaction((tx) => createQuestion(tx, operator, { key, type: 'scale', min: 1, max: 5, text: { nl: 'Hoe gaat het met je?' } }));
    const tag = `bench-${randomBytes(4).toString('hex')}`;
    const prefix = String(Math.floor(Math.random() * 90) + 10);
    await db.execute(sql`
      insert into clients (coach_id, first_name, phone, consent_sms, tags)
      select ${coach.id}, 'Client ' || g, '+3161' || ${prefix} || lpad(g::text, 5, '0'), true, array[${tag}]
      from generate_series(1, ${clients}) g`);
    await createSchedule(runtime.ctx, operator, { name: 'bench', questionKeys: [key], rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0', audience: { tag }, quietHours: { start: '00:00', end: '00:00' }, expiresAfterMinutes: 30 * 24 * 60 });
    await planSchedules(runtime.ctx);
    // The questions went out: open every planned check-in as the worker would have.
    await db.execute(sql`update checkins set state = 'open', sent_at = now() where created_by like 'schedule:%' and state = 'pending' and client_id in (select id from clients where ${tag} = any(tags))`);
    const phones = (await db.execute<{ phone: string }>(sql`select phone from clients where ${tag} = any(tags)`)).rows.map((r) => r.phone);

    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let i = next++; i < phones.length; i = next++) {
          await receiveSms(runtime.ctx, { from: phones[i]!, body: REPLIES[i % REPLIES.length]!, providerMessageId: `SM${randomBytes(16).toString('hex')}` });
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    for (const q of [runtime.queues.deliver, runtime.queues.deliverSms, runtime.queues.maintenance]) await q.obliterate({ force: true });
    return { name: `replies: ${phones.length.toLocaleString('en')} SMS replies recorded, ${concurrency} at a time`, value: phones.length / seconds, unit: 'replies/s' };
  } finally {
    await runtime.close();
  }
}
