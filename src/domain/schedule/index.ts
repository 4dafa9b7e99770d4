// The schedule domain: pure planning of check-ins (no I/O, no clock, no process TZ).
export type {
  ByDay,
  Channel,
  Frequency,
  ParsedRule,
  PlannedOccurrence,
  PlanningClient,
  QuietHours,
  SendWindow,
  WeekdayCode,
} from './types.js';
export { parseRrule, MAX_TIMES_PER_DAY, type ParseRruleResult } from './rrule-parse.js';
export {
  anchorSchema,
  audienceSchema,
  quietHoursSchema,
  reminderSchema,
  scheduleInputSchema,
  windowSchema,
  type Schedule,
  type ScheduleInput,
} from './schedule.schema.js';
export {
  DEFAULT_CAP_PER_DAY,
  DEFAULT_EXPIRES_AFTER_MINUTES,
  settingsOf,
  zoneFor,
  type PlannableSchedule,
  type ScheduleSettings,
} from './schedule-settings.js';
export { DEFAULT_QUIET_HOURS, isInQuietHours, nextAllowedMoment } from './quiet-hours.js';
export { DEFAULT_TIME_OF_DAY } from './rule-expand.js';
export { hashToUnit, pickInWindow } from './send-window.js';
export { occurrenceKey } from './occurrence-key.js';
export { planReminders, type ReminderRule } from './reminders.js';
export { planOccurrences, type PlanInput } from './plan-occurrences.js';
export {
  sendDecision,
  type SendableOccurrence,
  type SendDecision,
  type SendDecisionOptions,
  type SkipReason,
} from './send-decision.js';
export {
  applyDailyCap,
  effectiveCap,
  type CapCandidate,
  type CapExisting,
  type CapOptions,
  type CapResult,
} from './daily-cap.js';
export { replanAfterEdit, type ReplanResult, type StoredOccurrence } from './replan.js';
export { previewOccurrences, previewPlanned, MAX_PREVIEW_COUNT } from './preview.js';
export { dryRun, type ChannelCount, type DryRunClient, type DryRunResult } from './dry-run.js';
export { DEFAULT_TIMEZONE, canonicalZone, formatInZone, isValidZone, type Instant } from './zone-time.js';
