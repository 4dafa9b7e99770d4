// Expands a parsed rule into floating wall-clock times (UTC fields = local time). rrule runs in
// UTC so neither its tzid handling nor the process TZ can shift anything; zones come later.
// Results are cached: 100,000 clients of one schedule share a handful of (start, range) pairs.
import { RRule, type RRuleOptions, Weekday } from './rrule-lib.js';
import type { ParsedRule, WeekdayCode } from './types.js';
import { MS } from './zone-time.js';

/** Time of day when the rule names no BYHOUR/BYMINUTE (and there is no window). */
export const DEFAULT_TIME_OF_DAY = { hour: 9, minute: 0 } as const;
/** Phase origin (a Monday) for INTERVAL>1 when a schedule has neither startsAt nor anchor. */
export const PHASE_EPOCH_LOCAL = Date.UTC(2024, 0, 1);

const FREQ = { YEARLY: 0, MONTHLY: 1, WEEKLY: 2, DAILY: 3 } as const;
const WEEKDAY_INDEX: Record<WeekdayCode, number> = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 };
const MAX_CACHE = 20_000;
const cache = new Map<string, readonly number[]>();

export interface ExpandInput {
  rule: ParsedRule;
  /** Floating local midnight of the first day of the rule (startsAt date, anchor date or epoch). */
  startLocal: number;
  /** Anchored schedules: the start day itself is the first occurrence even if the rule skips it. */
  includeStart: boolean;
  /** Time of day used when the rule has no BYHOUR/BYMINUTE. */
  defaultTime: { hour: number; minute: number };
  /** Inclusive floating range. */
  rangeStart: number;
  rangeEnd: number;
}

/** Sorted floating local times of the rule inside [rangeStart, rangeEnd]. */
export function expandRule(input: ExpandInput): readonly number[] {
  const { rule, startLocal, includeStart, defaultTime, rangeStart, rangeEnd } = input;
  const hours = rule.byHour ?? [defaultTime.hour];
  const minutes = rule.byMinute ?? (rule.byHour ? [0] : [defaultTime.minute]);
  const key = `${rule.text}|${startLocal}|${includeStart}|${defaultTime.hour}:${defaultTime.minute}|${rangeStart}|${rangeEnd}`;
  const hit = cache.get(key);
  if (hit) return hit;

  if (impliedDayNeverFits(rule, startLocal)) return [];
  const dtstart = phaseAlignedStart(rule, startLocal, rangeStart);
  const rrule = new RRule(toOptions(rule, dtstart, hours, minutes));
  let times = rrule.between(new Date(dtstart), new Date(rangeEnd), true).map((d) => d.getTime());
  if (includeStart && rangeEnd >= startLocal) {
    // RFC 5545: DTSTART is always the first instance (and counts towards COUNT).
    const first = hours.flatMap((h) => minutes.map((m) => startLocal + h * 3_600_000 + m * MS.MINUTE));
    times = [...new Set([...first, ...times])].sort((a, b) => a - b);
    if (rule.count !== undefined) times = times.slice(0, rule.count);
    if (rule.until !== undefined) times = times.filter((t) => t <= (rule.until?.local ?? t));
  }
  const result = times.filter((t) => t >= rangeStart && t <= rangeEnd);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, result);
  return result;
}

const MAX_DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * MONTHLY/YEARLY without BYDAY/BYMONTHDAY repeat on the start's day of the month. If that day
 * exists in none of the allowed months (start on the 30th, BYMONTH=2), rrule would search until
 * the year 9999; parse time cannot know the start, so check here.
 */
function impliedDayNeverFits(rule: ParsedRule, startLocal: number): boolean {
  if (rule.byDay || rule.byMonthDay || (rule.freq !== 'MONTHLY' && rule.freq !== 'YEARLY')) return false;
  const start = new Date(startLocal);
  const day = start.getUTCDate();
  const months = rule.byMonth ?? (rule.freq === 'YEARLY' ? [start.getUTCMonth() + 1] : [1]);
  return months.every((m) => (MAX_DAYS_IN_MONTH[m - 1] ?? 31) < day);
}

/**
 * Moves DTSTART forward by whole periods close to the range so rrule does not walk years of
 * history on every call. Only safe where it cannot change the set: no COUNT, DAILY/WEEKLY.
 */
function phaseAlignedStart(rule: ParsedRule, startLocal: number, rangeStart: number): number {
  if (rule.count !== undefined) return startLocal;
  const period = rule.freq === 'DAILY' ? MS.DAY : rule.freq === 'WEEKLY' ? 7 * MS.DAY : 0;
  if (period === 0) return startLocal;
  const step = period * rule.interval;
  const k = Math.floor((rangeStart - startLocal - 8 * MS.DAY) / step);
  return k > 0 ? startLocal + k * step : startLocal;
}

function toOptions(rule: ParsedRule, dtstart: number, hours: number[], minutes: number[]): Partial<RRuleOptions> {
  const options: Partial<RRuleOptions> = {
    freq: FREQ[rule.freq],
    interval: rule.interval,
    dtstart: new Date(dtstart),
    byhour: hours,
    byminute: minutes,
    bysecond: [0],
  };
  if (rule.count !== undefined) options.count = rule.count;
  if (rule.until !== undefined) options.until = new Date(rule.until.local);
  if (rule.byDay) options.byweekday = rule.byDay.map((d) => new Weekday(WEEKDAY_INDEX[d.weekday], d.n));
  if (rule.byMonthDay) options.bymonthday = rule.byMonthDay;
  if (rule.byMonth) options.bymonth = rule.byMonth;
  if (rule.bySetPos) options.bysetpos = rule.bySetPos;
  if (rule.wkst) options.wkst = WEEKDAY_INDEX[rule.wkst];
  return options;
}
