// Plans the check-ins of one schedule for one client in [from, to): rule → wall-clock times in
// the client's zone → instants (DST-safe) → window moment → out of quiet hours → expiry and
// reminders. Pure: `now` is a parameter; nothing is read from the clock or the process TZ.
import { occurrenceKey } from './occurrence-key.js';
import { nextAllowedMs } from './quiet-hours.js';
import { planReminders } from './reminders.js';
import { DEFAULT_TIME_OF_DAY, PHASE_EPOCH_LOCAL, expandRule } from './rule-expand.js';
import { type PlannableSchedule, endBound, settingsOf, startBound, zoneFor } from './schedule-settings.js';
import { pickInWindow } from './send-window.js';
import type { PlannedOccurrence, PlanningClient } from './types.js';
import {
  type Instant,
  MS,
  formatInZone,
  localDateOf,
  localDateTimeOf,
  parseClock,
  parseLocalDate,
  startOfLocalDay,
  toInstant,
  toLocal,
  toMs,
} from './zone-time.js';

export interface PlanInput {
  schedule: PlannableSchedule;
  client: PlanningClient;
  /** Plan sends at or after this instant... */
  from: Instant;
  /** ...and before this one. */
  to: Instant;
  /** Never plan a send before `now` (after an edit, only the future is re-planned). */
  now?: Instant;
}

/** The client's check-ins of this schedule whose send moment falls in [max(from, now), to). */
export function planOccurrences(input: PlanInput): PlannedOccurrence[] {
  const { schedule, client } = input;
  const settings = settingsOf(schedule);
  const zone = zoneFor(schedule, client);
  const fromMs = Math.max(toMs(input.from), input.now === undefined ? Number.NEGATIVE_INFINITY : toMs(input.now));
  const toMsExclusive = toMs(input.to);
  if (!(fromMs < toMsExclusive)) return [];

  const phase = phaseStart(schedule, client, zone);
  if (phase === null) return []; // anchored on a date this client does not have
  const startsAt = startBound(schedule, zone);
  const endsAt = endBound(schedule, zone);

  // Window and quiet hours only move a send later (each by < 1 day): look 2 days back.
  const windowStart = settings.window ? parseClock(settings.window.start) : undefined;
  const defaultTime =
    windowStart === undefined ? DEFAULT_TIME_OF_DAY : { hour: Math.floor(windowStart / 60), minute: windowStart % 60 };
  const ruleTimes = expandRule({
    rule: settings.rule,
    startLocal: phase.startLocal,
    includeStart: phase.anchored,
    defaultTime,
    rangeStart: startOfLocalDay(toLocal(zone, fromMs)) - 2 * MS.DAY,
    rangeEnd: startOfLocalDay(toLocal(zone, toMsExclusive)) + 2 * MS.DAY - 1,
  });

  const out: PlannedOccurrence[] = [];
  let lastRuleInstant = Number.NaN;
  let lastDay = Number.NaN;
  for (const rawLocal of ruleTimes) {
    const day = startOfLocalDay(rawLocal);
    // A window is a per-day thing: the rule then only chooses the dates.
    if (windowStart !== undefined && day === lastDay) continue;
    lastDay = day;
    const ruleLocal = windowStart === undefined ? rawLocal : day + windowStart * MS.MINUTE;
    const ruleInstant = toInstant(zone, ruleLocal);
    // Two wall times can meet in a spring gap (02:00 and 03:00 → 03:00): send once.
    if (ruleInstant === lastRuleInstant) continue;
    lastRuleInstant = ruleInstant;
    if (ruleInstant < startsAt || ruleInstant > endsAt) continue;

    const key = occurrenceKey(schedule.id, client.id, localDateTimeOf(ruleLocal));
    const base = settings.window ? toInstant(zone, pickInWindow(day, settings.window, key)) : ruleInstant;
    const sendAtMs = nextAllowedMs(base, settings.quietHours, zone);
    if (sendAtMs < fromMs || sendAtMs >= toMsExclusive) continue;
    const expiresAtMs = sendAtMs + settings.expiresAfterMs;
    out.push({
      key,
      scheduleId: schedule.id,
      clientId: client.id,
      timezone: zone,
      ruleLocalTime: formatInZone(zone, ruleInstant),
      localDate: localDateOf(toLocal(zone, sendAtMs)),
      sendAt: formatInZone(zone, sendAtMs),
      sendAtMs,
      expiresAt: formatInZone(zone, expiresAtMs),
      expiresAtMs,
      reminders: planReminders(sendAtMs, expiresAtMs, settings.reminder, settings.quietHours, zone).map((ms) =>
        formatInZone(zone, ms),
      ),
      quietHours: settings.quietHours,
      ...(settings.capPerDay === undefined ? {} : { capPerDay: settings.capPerDay }),
    });
  }
  return out.sort((a, b) => a.sendAtMs - b.sendAtMs || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Where the rule's recurrence starts, as a floating local midnight: the anchor date + offset
 * (which is itself an occurrence), else the startsAt day, else a fixed epoch so INTERVAL>1
 * keeps the same phase every time the schedule is planned.
 */
function phaseStart(
  schedule: PlannableSchedule,
  client: PlanningClient,
  zone: string,
): { startLocal: number; anchored: boolean } | null {
  if (schedule.anchor) {
    const raw = client.dates?.[schedule.anchor.field];
    const date = raw ? parseLocalDate(raw.slice(0, 10)) : null;
    if (date === null) return null;
    return { startLocal: date + schedule.anchor.offsetDays * MS.DAY, anchored: true };
  }
  if (schedule.startsAt !== undefined) {
    const date = parseLocalDate(schedule.startsAt);
    return { startLocal: date ?? startOfLocalDay(toLocal(zone, Date.parse(schedule.startsAt))), anchored: false };
  }
  return { startLocal: PHASE_EPOCH_LOCAL, anchored: false };
}
