// At most N check-ins per client per local day across all schedules (default 1), so a client
// in three programmes is not asked three times on one Monday. N is the caller's per-client cap
// (the organization's setting); a schedule's own capPerDay can only make it stricter for that
// schedule's check-ins. Already planned or sent ones always count and are never dropped; among
// new candidates the earliest wins, ties by schedule id then key, so every run drops the same ones.
import { DEFAULT_CAP_PER_DAY } from './schedule-settings.js';

export interface CapCandidate {
  key: string;
  scheduleId: string;
  clientId: string;
  localDate: string;
  sendAtMs: number;
  capPerDay?: number;
}

export interface CapExisting {
  key: string;
  clientId: string;
  localDate: string;
}

export interface CapOptions {
  /**
   * The per-client cap across all schedules, which no schedule can exceed (the organization's
   * setting). Without it, each candidate's own capPerDay (default 1) applies.
   */
  capPerDay?: number;
}

/** The cap a candidate meets: the schedule's own, never above the per-client ceiling. */
export function effectiveCap(own: number | undefined, ceiling: number | undefined): number {
  if (ceiling === undefined) return own ?? DEFAULT_CAP_PER_DAY;
  return Math.min(ceiling, own ?? ceiling);
}

export interface CapResult<T> {
  kept: T[];
  dropped: Array<{ occurrence: T; reason: 'daily_cap' | 'already_planned' }>;
}

export function applyDailyCap<T extends CapCandidate>(
  candidates: readonly T[],
  existing: readonly CapExisting[] = [],
  options: CapOptions = {},
): CapResult<T> {
  const known = new Set<string>();
  const perDay = new Map<string, number>();
  const bump = (clientId: string, localDate: string): void => {
    const id = `${clientId}|${localDate}`;
    perDay.set(id, (perDay.get(id) ?? 0) + 1);
  };
  for (const e of existing) {
    if (known.has(e.key)) continue;
    known.add(e.key);
    bump(e.clientId, e.localDate);
  }

  const ordered = [...candidates].sort(
    (a, b) => a.sendAtMs - b.sendAtMs || cmp(a.scheduleId, b.scheduleId) || cmp(a.key, b.key),
  );
  const result: CapResult<T> = { kept: [], dropped: [] };
  for (const c of ordered) {
    if (known.has(c.key)) {
      result.dropped.push({ occurrence: c, reason: 'already_planned' });
      continue;
    }
    const cap = effectiveCap(c.capPerDay, options.capPerDay);
    if ((perDay.get(`${c.clientId}|${c.localDate}`) ?? 0) >= cap) {
      result.dropped.push({ occurrence: c, reason: 'daily_cap' });
      continue;
    }
    known.add(c.key);
    bump(c.clientId, c.localDate);
    result.kept.push(c);
  }
  return result;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
