// One place for defaults and for what a schedule means for one client (its zone, its bounds),
// so planning, preview and dry runs cannot disagree. Parsed rules are memoised by text because
// a bulk plan asks for the same rule once per client.
import { DEFAULT_QUIET_HOURS } from './quiet-hours.js';
import { parseRrule } from './rrule-parse.js';
import type { Schedule } from './schedule.schema.js';
import type { ParsedRule, PlanningClient, QuietHours, SendWindow } from './types.js';
import { DEFAULT_TIMEZONE, MS, canonicalZone, parseLocalDate, toInstant } from './zone-time.js';

export const DEFAULT_EXPIRES_AFTER_MINUTES = 24 * 60;
export const DEFAULT_CAP_PER_DAY = 1;

/** The parts of a schedule planning reads; a validated Schedule always fits. */
export type PlannableSchedule = Pick<Schedule, 'id' | 'rrule'> &
  Partial<
    Pick<
      Schedule,
      'startsAt' | 'endsAt' | 'timezone' | 'window' | 'quietHours' | 'reminder' | 'expiresAfterMinutes' | 'anchor' | 'capPerDay'
    >
  >;

export interface ScheduleSettings {
  rule: ParsedRule;
  window: SendWindow | undefined;
  quietHours: QuietHours;
  reminder: { afterMinutes: number; max: number } | undefined;
  expiresAfterMs: number;
  /** The schedule's own per-day cap, if it sets one (stricter than the per-client cap). */
  capPerDay: number | undefined;
}

const rules = new Map<string, ParsedRule>();

/** The parsed rule; throws for an invalid one (schedules are validated before they get here). */
export function ruleOf(text: string): ParsedRule {
  let rule = rules.get(text);
  if (!rule) {
    const parsed = parseRrule(text);
    if (!parsed.ok) throw new Error(`Invalid schedule rule: ${parsed.error}`);
    rule = parsed.rule;
    if (rules.size > 10_000) rules.clear();
    rules.set(text, rule);
  }
  return rule;
}

export function settingsOf(schedule: PlannableSchedule): ScheduleSettings {
  return {
    rule: ruleOf(schedule.rrule),
    window: schedule.window,
    quietHours: schedule.quietHours ?? DEFAULT_QUIET_HOURS,
    reminder: schedule.reminder,
    expiresAfterMs: (schedule.expiresAfterMinutes ?? DEFAULT_EXPIRES_AFTER_MINUTES) * MS.MINUTE,
    capPerDay: schedule.capPerDay,
  };
}

const zoneNames = new Map<string, string>();

/** Schedule override, else the client's zone, else Europe/Amsterdam (also for unknown zones). */
export function zoneFor(schedule: PlannableSchedule, client: PlanningClient): string {
  const wanted = schedule.timezone ?? client.timezone ?? DEFAULT_TIMEZONE;
  let zone = zoneNames.get(wanted);
  if (zone === undefined) {
    zone = canonicalZone(wanted) ?? DEFAULT_TIMEZONE;
    if (zoneNames.size > 10_000) zoneNames.clear();
    zoneNames.set(wanted, zone);
  }
  return zone;
}

/** startsAt as an instant in `zone`: a bare date means local midnight. */
export function startBound(schedule: PlannableSchedule, zone: string): number {
  const v = schedule.startsAt;
  if (v === undefined) return Number.NEGATIVE_INFINITY;
  const date = parseLocalDate(v);
  return date === null ? Date.parse(v) : toInstant(zone, date);
}

/** endsAt as an inclusive instant in `zone`: a bare date includes that whole local day. */
export function endBound(schedule: PlannableSchedule, zone: string): number {
  const v = schedule.endsAt;
  if (v === undefined) return Number.POSITIVE_INFINITY;
  const date = parseLocalDate(v);
  return date === null ? Date.parse(v) : toInstant(zone, date + MS.DAY) - 1;
}
