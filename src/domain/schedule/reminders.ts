// Reminders follow the check-in (and each other) after `afterMinutes`, each moved out of quiet
// hours; one that would arrive at or after the check-in's expiry is pointless and is dropped.
import { nextAllowedMs } from './quiet-hours.js';
import type { QuietHours } from './types.js';
import { MS } from './zone-time.js';

export interface ReminderRule {
  afterMinutes: number;
  max: number;
}

/** Reminder instants (epoch ms) for a check-in sent at `sendAtMs` that expires at `expiresAtMs`. */
export function planReminders(
  sendAtMs: number,
  expiresAtMs: number,
  reminder: ReminderRule | undefined,
  quietHours: QuietHours,
  zone: string,
): number[] {
  if (!reminder || reminder.max <= 0) return [];
  const out: number[] = [];
  let previous = sendAtMs;
  for (let i = 0; i < reminder.max; i++) {
    const at = nextAllowedMs(previous + reminder.afterMinutes * MS.MINUTE, quietHours, zone);
    if (at >= expiresAtMs) break;
    out.push(at);
    previous = at;
  }
  return out;
}
