// Inbound replies through the real app (match the sender, normalize, store answer and traits, decide
// what follows), many at a time as webhooks arrive: replies recorded per second.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { receiveSms } from '../src/app/replies/receive-sms.js';
import { createSchedule } from '../src/app/schedules/manage-schedules.js';
import { planSchedules } from '../src/app/schedules/plan-schedules.js';
import { OPERATOR, seedAudience, withBenchRuntime } from './bench-runtime.js';

const REPLIES = ['4', 'gaat wel, maar geen oppas dinsdag', 'goed hoor', 'slecht. de deurwaarder stond weer voor de deur', '3 maar kunt u mij bellen?', 'prima', 'niet zo best'];

export async function benchReplies(): Promise<{ name: string; value: number; unit: string; target?: number }> {
  const clients = Number(process.env.BENCH_REPLY_CLIENTS ?? 3_000);
  const concurrency = 50;
  return withBenchRuntime(async (runtime) => {
    const { db } = runtime.ctx;
    const { tag, questionKey } = await seedAudience(runtime, clients);
    await createSchedule(runtime.ctx, OPERATOR, { name: 'bench', questionKeys: [questionKey], rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0', audience: { tag }, quietHours: { start: '00:00', end: '00:00' }, expiresAfterMinutes: 30 * 24 * 60 });
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
    return { name: `replies: ${phones.length.toLocaleString('en')} SMS replies recorded, ${concurrency} at a time`, value: phones.length / seconds, unit: 'replies/s' };
  });
}
