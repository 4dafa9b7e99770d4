// Detects rules whose BY parts can never match (30 February, BYSETPOS=9 of four Mondays).
// rrule itself would walk to the year 9999 looking for them, which takes seconds per call, so
// such rules are refused at parse time. Checks one 28-year cycle (weekday/date patterns repeat).
import type { ParsedRule, WeekdayCode } from './types.js';

const WEEKDAY_INDEX: Record<WeekdayCode, number> = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 };
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1); // a Monday
const YEARS = 28;

export function ruleNeverOccurs(rule: ParsedRule): boolean {
  const impliedMonthDay = !rule.byDay && !rule.byMonthDay && rule.freq !== 'DAILY' && rule.freq !== 'WEEKLY';
  const monthDays = rule.byMonthDay ?? (impliedMonthDay ? [1] : undefined);
  const nthInMonth = rule.freq === 'MONTHLY' || (rule.freq === 'YEARLY' && rule.byMonth !== undefined);
  const timesPerDay = (rule.byHour?.length ?? 1) * (rule.byMinute?.length ?? 1);
  const perPeriod = new Map<number, number>();
  const end = Date.UTC(2024 + YEARS, 0, 1);

  for (let t = START; t < end; t += DAY) {
    const d = new Date(t);
    const year = d.getUTCFullYear();
    const month = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    if (rule.byMonth && !rule.byMonth.includes(month)) continue;
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (monthDays && !monthDays.some((n) => (n > 0 ? n === day : daysInMonth + 1 + n === day))) continue;
    if (rule.byDay) {
      const weekday = (d.getUTCDay() + 6) % 7;
      const scopeStart = nthInMonth ? Date.UTC(year, month - 1, 1) : Date.UTC(year, 0, 1);
      const scopeEnd = nthInMonth ? Date.UTC(year, month, 1) : Date.UTC(year + 1, 0, 1);
      const nth = Math.floor((t - scopeStart) / DAY / 7) + 1;
      const nthFromEnd = -(Math.floor((scopeEnd - DAY - t) / DAY / 7) + 1);
      const match = rule.byDay.some(
        (b) => WEEKDAY_INDEX[b.weekday] === weekday && (b.n === undefined || b.n === nth || b.n === nthFromEnd),
      );
      if (!match) continue;
    }
    if (!rule.bySetPos) return false;
    const key = periodKey(rule, t, year, month);
    perPeriod.set(key, (perPeriod.get(key) ?? 0) + timesPerDay);
  }
  if (!rule.bySetPos || perPeriod.size === 0) return true;
  const largestSet = Math.max(...perPeriod.values());
  return !rule.bySetPos.some((p) => Math.abs(p) <= largestSet);
}

function periodKey(rule: ParsedRule, t: number, year: number, month: number): number {
  const dayIndex = Math.floor((t - START) / DAY);
  switch (rule.freq) {
    case 'DAILY':
      return dayIndex;
    case 'WEEKLY':
      return Math.floor((dayIndex - WEEKDAY_INDEX[rule.wkst ?? 'MO']) / 7);
    case 'MONTHLY':
      return year * 12 + month;
    default:
      return year;
  }
}
