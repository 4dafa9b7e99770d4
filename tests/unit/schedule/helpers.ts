// Shared fixtures for the schedule tests. The wall clock is pinned to a date far from every
// scenario: the domain takes `now` as a parameter, so nothing may depend on the real clock.
import { afterEach, beforeEach, vi } from 'vitest';
import type { PlannableSchedule, PlanningClient } from '../../../src/domain/schedule/index.js';

export function pinClock(at = '2001-02-03T04:05:06Z'): void {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date(at) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** Quiet hours that never apply, to look at the bare rule. */
export const NO_QUIET = { start: '00:00', end: '00:00' } as const;

export function schedule(rrule: string, extra: Partial<PlannableSchedule> = {}): PlannableSchedule {
  return { id: 'sch-1', rrule, ...extra };
}

export function client(timezone: string | null = 'Europe/Amsterdam', extra: Partial<PlanningClient> = {}): PlanningClient {
  return { id: 'cli-1', timezone, ...extra };
}
