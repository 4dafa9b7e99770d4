// Quiet hours: nobody gets a check-in at night. A send inside them is moved to their end in the
// client's own zone, never dropped; reminders, retries and late workers use the same rule.
import type { QuietHours } from './types.js';
import { type Instant, MS, parseClock, startOfLocalDay, toInstant, toLocal, toMs, offsetAt } from './zone-time.js';
import { DEFAULT_TIMEZONE } from './zone-time.js';

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '08:00' };

interface QuietSpan {
  start: number;
  end: number;
}
const spans = new Map<string, QuietSpan>();

function span(q: QuietHours): QuietSpan {
  const id = `${q.start}-${q.end}`;
  let s = spans.get(id);
  if (!s) {
    s = { start: parseClock(q.start) * MS.MINUTE, end: parseClock(q.end) * MS.MINUTE };
    spans.set(id, s);
  }
  return s;
}

/** Is `ms` inside quiet hours (start inclusive, end exclusive) in `zone`? */
export function isQuietAtMs(ms: number, quietHours: QuietHours, zone: string): boolean {
  const { start, end } = span(quietHours);
  if (start === end) return false;
  const local = toLocal(zone, ms);
  const tod = local - startOfLocalDay(local);
  return start < end ? tod >= start && tod < end : tod >= start || tod < end;
}

/** First moment at or after `ms` that is outside quiet hours (epoch ms). */
export function nextAllowedMs(ms: number, quietHours: QuietHours, zone: string): number {
  if (!isQuietAtMs(ms, quietHours, zone)) return ms;
  const { start, end } = span(quietHours);
  const local = toLocal(zone, ms);
  const dayStart = startOfLocalDay(local);
  const tod = local - dayStart;
  // Wrapping quiet hours entered in the evening end tomorrow morning.
  const endLocal = start > end && tod >= start ? dayStart + MS.DAY + end : dayStart + end;
  let allowed = toInstant(zone, endLocal);
  // Autumn: the end time may exist twice and its first instance can already be behind us.
  if (allowed <= ms) allowed = endLocal - offsetAt(zone, ms) * MS.MINUTE;
  return Math.max(allowed, ms);
}

/** The next moment outside quiet hours, for planned sends, reminders and retries alike. */
export function nextAllowedMoment(
  instant: Instant,
  quietHours: QuietHours = DEFAULT_QUIET_HOURS,
  zone: string = DEFAULT_TIMEZONE,
): Date {
  return new Date(nextAllowedMs(toMs(instant), quietHours, zone));
}

export function isInQuietHours(
  instant: Instant,
  quietHours: QuietHours = DEFAULT_QUIET_HOURS,
  zone: string = DEFAULT_TIMEZONE,
): boolean {
  return isQuietAtMs(toMs(instant), quietHours, zone);
}
