// Schedule fan-out through the real app: N clients in Postgres, one daily schedule, one planning run
// (check-ins, their questions and rendered messages written, delivery jobs enqueued in Redis).
import { createSchedule } from '../src/app/schedules/manage-schedules.js';
import { planSchedules } from '../src/app/schedules/plan-schedules.js';
import { OPERATOR, seedAudience, withBenchRuntime } from './bench-runtime.js';

export async function benchFanout(): Promise<{ name: string; value: number; unit: string; target?: number }> {
  const clients = Number(process.env.BENCH_CLIENTS ?? 5_000);
  return withBenchRuntime(async (runtime) => {
    const { tag, questionKey } = await seedAudience(runtime, clients);
    await createSchedule(runtime.ctx, OPERATOR, { name: 'bench', questionKeys: [questionKey], rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0', audience: { tag }, window: { start: '09:00', end: '11:00' } });
    const started = performance.now();
    const report = await planSchedules(runtime.ctx);
    const seconds = (performance.now() - started) / 1000;
    return { name: `fan-out: plan ${report.planned.toLocaleString('en')} check-ins for ${clients.toLocaleString('en')} clients (48 h)`, value: report.planned / seconds, unit: 'check-ins/s' };
  });
}
