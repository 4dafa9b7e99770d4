// Shared shapes of the schedule domain. Times leaving the domain are ISO-8601 strings with the
// client's offset (CONTRACT.md); ms fields ride along so callers can sort without re-parsing.

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
export type WeekdayCode = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export interface ByDay {
  weekday: WeekdayCode;
  /** Position within the month/year: 1 = first, -1 = last. */
  n?: number;
}

/** A validated RRULE. `until.local` is floating wall-clock ms (UTC fields = local time). */
export interface ParsedRule {
  /** Canonical text, stable for equal rules. */
  text: string;
  freq: Frequency;
  interval: number;
  count?: number;
  until?: { local: number; dateOnly: boolean };
  byDay?: ByDay[];
  byHour?: number[];
  byMinute?: number[];
  byMonthDay?: number[];
  byMonth?: number[];
  bySetPos?: number[];
  wkst?: WeekdayCode;
}

/** 'HH:MM' to 'HH:MM' in local time; start > end wraps midnight; start == end means none. */
export interface QuietHours {
  start: string;
  end: string;
}

export interface SendWindow {
  start: string;
  end: string;
}

export type Channel = 'sms' | 'email' | 'push';

/** What planning needs of a client; `dates` holds anchor dates such as intake (YYYY-MM-DD). */
export interface PlanningClient {
  id: string;
  timezone?: string | null;
  dates?: Record<string, string | null | undefined>;
}

export interface PlannedOccurrence {
  /** Stable per (schedule, client, rule wall-clock time); the idempotency key of the check-in. */
  key: string;
  scheduleId: string;
  clientId: string;
  timezone: string;
  /** The wall-clock time the rule names, in the client's zone (before window/quiet hours). */
  ruleLocalTime: string;
  /** Local date (YYYY-MM-DD) of the send, used for the per-day cap. */
  localDate: string;
  sendAt: string;
  sendAtMs: number;
  expiresAt: string;
  expiresAtMs: number;
  reminders: string[];
  quietHours: QuietHours;
  /** The schedule's own per-day cap, if it sets one; the per-client cap across schedules still applies. */
  capPerDay?: number;
}
