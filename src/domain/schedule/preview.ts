// The next planned send times of one schedule for one client (GET /v1/schedules/:id/preview).
// Plans month by month until enough are found, applying the per-day cap (the schedule's own, never
// above the per-client cap the caller passes).
import { applyDailyCap, type CapOptions } from './daily-cap.js';
import { planOccurrences } from './plan-occurrences.js';
import type { PlannableSchedule } from './schedule-settings.js';
import type { PlannedOccurrence, PlanningClient } from './types.js';
import { type Instant, MS, toMs } from './zone-time.js';

export const MAX_PREVIEW_COUNT = 100;
const CHUNK = 31 * MS.DAY;
const HORIZON = 3 * 366 * MS.DAY;

/** Planned occurrences (capped per day) starting at `from`, at most `count`, within 3 years. */
export function previewPlanned(
  schedule: PlannableSchedule,
  client: PlanningClient,
  from: Instant,
  count: number,
  options: CapOptions = {},
): PlannedOccurrence[] {
  const limit = Math.max(0, Math.min(Math.floor(count), MAX_PREVIEW_COUNT));
  const start = toMs(from);
  const found: PlannedOccurrence[] = [];
  for (let t = start; found.length < limit && t < start + HORIZON; t += CHUNK) {
    const candidates = planOccurrences({ schedule, client, from: t, to: t + CHUNK });
    found.push(...applyDailyCap(candidates, found, options).kept);
  }
  return found.slice(0, limit);
}

/** The next `count` send times after `from` as ISO strings with the client's offset. */
export function previewOccurrences(
  schedule: PlannableSchedule,
  client: PlanningClient,
  from: Instant,
  count: number,
  options: CapOptions = {},
): string[] {
  return previewPlanned(schedule, client, from, count, options).map((o) => o.sendAt);
}
