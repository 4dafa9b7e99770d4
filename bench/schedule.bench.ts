// Planning throughput: one week of a weekly schedule with a send window for 100,000 synthetic
// clients (mostly Europe/Amsterdam, some elsewhere). Rule expansion is cached per zone/range,
// so the per-client cost is hashing, a few offset look-ups and formatting.
import { type PlanningClient, type Schedule, planOccurrences } from '../src/domain/schedule/index.js';

const CLIENTS = 100_000;
const ZONES = ['Europe/Amsterdam', 'Europe/London', 'America/Curacao', 'America/Paramaribo', 'Europe/Istanbul'];

export async function benchSchedulePlanning(): Promise<{ name: string; value: number; unit: string; target?: number }> {
  const schedule: Schedule = {
    id: 'bench-weekly',
    name: 'Weekly check-in',
    questionKeys: ['mood'],
    rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
    audience: { tag: 'bench' },
    window: { start: '09:00', end: '12:00' },
    reminder: { afterMinutes: 240, max: 2 },
  };
  const clients: PlanningClient[] = Array.from({ length: CLIENTS }, (_, i) => ({
    id: `client-${i}`,
    // 90% Amsterdam, the rest spread over other zones.
    timezone: i % 10 === 0 ? (ZONES[1 + (i % 4)] ?? null) : ZONES[0] ?? null,
  }));
  const from = Date.parse('2026-03-23T00:00:00Z'); // includes the spring-forward weekend
  const to = from + 7 * 86_400_000;

  const started = performance.now();
  let occurrences = 0;
  for (const client of clients) occurrences += planOccurrences({ schedule, client, from, to }).length;
  const seconds = (performance.now() - started) / 1000;
  if (occurrences < CLIENTS) throw new Error(`expected at least ${CLIENTS} occurrences, got ${occurrences}`);
  return { name: 'schedule: plan 1 week for 100k clients', value: Number(seconds.toFixed(3)), unit: 's', target: 10 };
}
