// Editing a schedule re-plans only the future: check-ins whose send time has passed stay as
// they are (sent or not); future ones are matched by key, so an unchanged occurrence keeps its
// row and job, a moved one is updated, and one the new rule no longer has is cancelled.
import type { PlannedOccurrence } from './types.js';
import { type Instant, toMs } from './zone-time.js';

export interface StoredOccurrence {
  key: string;
  sendAt: Instant;
}

export interface ReplanResult<S extends StoredOccurrence> {
  keep: S[];
  update: PlannedOccurrence[];
  add: PlannedOccurrence[];
  cancel: S[];
}

/**
 * `next` is the edited schedule planned with `now` (planOccurrences({ ..., now })); `previous`
 * are the stored occurrences of the same schedule and client that are still open.
 */
export function replanAfterEdit<S extends StoredOccurrence>(
  previous: readonly S[],
  next: readonly PlannedOccurrence[],
  now: Instant,
): ReplanResult<S> {
  const nowMs = toMs(now);
  const nextByKey = new Map(next.filter((o) => o.sendAtMs >= nowMs).map((o) => [o.key, o]));
  const result: ReplanResult<S> = { keep: [], update: [], add: [], cancel: [] };
  const seen = new Set<string>();
  for (const old of previous) {
    seen.add(old.key); // a key that exists is never added twice, even if it lies in the past
    if (toMs(old.sendAt) < nowMs) continue; // the past is not re-planned
    const fresh = nextByKey.get(old.key);
    if (!fresh) result.cancel.push(old);
    else if (isSame(old, fresh)) result.keep.push(old);
    else result.update.push(fresh);
  }
  for (const o of nextByKey.values()) if (!seen.has(o.key)) result.add.push(o);
  return result;
}

function isSame(old: StoredOccurrence, fresh: PlannedOccurrence): boolean {
  const o = old as StoredOccurrence & Partial<PlannedOccurrence>;
  if (toMs(old.sendAt) !== fresh.sendAtMs) return false;
  if (o.expiresAt !== undefined && toMs(o.expiresAt) !== fresh.expiresAtMs) return false;
  if (o.reminders !== undefined && o.reminders.join() !== fresh.reminders.join()) return false;
  return true;
}
