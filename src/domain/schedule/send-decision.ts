// What a worker does with a due (or overdue) check-in or reminder at `now`. A worker that was
// down sends late while the prompt is still open and it is not night; a prompt that could only
// arrive after its own expiry is never sent.
import { nextAllowedMs } from './quiet-hours.js';
import type { QuietHours } from './types.js';
import { type Instant, MS, formatInZone, toMs } from './zone-time.js';

export type SkipReason = 'expired' | 'expires_during_quiet_hours' | 'too_late_to_answer' | 'already_sent' | 'cancelled';

export type SendDecision =
  | { action: 'send' }
  | { action: 'defer'; until: string }
  | { action: 'skip'; reason: SkipReason };

/** A planned check-in or one of its reminders (use the reminder time as `sendAt`). */
export interface SendableOccurrence {
  sendAt: Instant;
  expiresAt: Instant;
  timezone: string;
  quietHours: QuietHours;
  sentAt?: Instant | null;
  cancelledAt?: Instant | null;
}

export interface SendDecisionOptions {
  /** Skip when less than this is left to answer (0 = send until the last moment). */
  minRemainingMinutes?: number;
}

export function sendDecision(now: Instant, occurrence: SendableOccurrence, options: SendDecisionOptions = {}): SendDecision {
  if (occurrence.cancelledAt) return { action: 'skip', reason: 'cancelled' };
  if (occurrence.sentAt) return { action: 'skip', reason: 'already_sent' };
  const nowMs = toMs(now);
  const sendAtMs = toMs(occurrence.sendAt);
  const expiresAtMs = toMs(occurrence.expiresAt);
  const minRemainingMs = (options.minRemainingMinutes ?? 0) * MS.MINUTE;
  if (nowMs >= expiresAtMs) return { action: 'skip', reason: 'expired' };
  if (nowMs < sendAtMs) return { action: 'defer', until: formatInZone(occurrence.timezone, sendAtMs) };
  const allowed = nextAllowedMs(nowMs, occurrence.quietHours, occurrence.timezone);
  if (allowed >= expiresAtMs) return { action: 'skip', reason: 'expires_during_quiet_hours' };
  if (expiresAtMs - allowed < minRemainingMs) return { action: 'skip', reason: 'too_late_to_answer' };
  if (allowed > nowMs) return { action: 'defer', until: formatInZone(occurrence.timezone, allowed) };
  return { action: 'send' };
}
