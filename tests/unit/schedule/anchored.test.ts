import { describe, expect, it } from 'vitest';
import { planOccurrences } from '../../../src/domain/schedule/index.js';
import { NO_QUIET, client, pinClock, schedule } from './helpers.js';

pinClock();

const plan = (rrule: string, anchor: { field: string; offsetDays: number }, dates: Record<string, string>, extra = {}, zone = 'Europe/Amsterdam') =>
  planOccurrences({
    schedule: schedule(rrule, { anchor, quietHours: NO_QUIET, ...extra }),
    client: client(zone, { dates }),
    from: '2026-01-01T00:00:00Z',
    to: '2026-05-01T00:00:00Z',
  }).map((o) => o.sendAt);

describe('anchored schedules', () => {
  it('"3 days after intake, then every 2 weeks" starts at intake + 3 days, in the client zone, across DST', () => {
    // Intake Monday 2026-03-02 → Thursday 03-05, then every other Thursday.
    expect(plan('FREQ=WEEKLY;INTERVAL=2;BYHOUR=10;BYMINUTE=0', { field: 'intake', offsetDays: 3 }, { intake: '2026-03-02' })).toEqual([
      '2026-03-05T10:00:00+01:00',
      '2026-03-19T10:00:00+01:00',
      '2026-04-02T10:00:00+02:00',
      '2026-04-16T10:00:00+02:00',
      '2026-04-30T10:00:00+02:00',
    ]);
  });

  it('the anchor day is the first occurrence even when the rule names other weekdays', () => {
    const sends = plan('FREQ=WEEKLY;BYDAY=MO;BYHOUR=9', { field: 'job_start', offsetDays: 3 }, { job_start: '2026-04-13' });
    expect(sends.slice(0, 3)).toEqual(['2026-04-16T09:00:00+02:00', '2026-04-20T09:00:00+02:00', '2026-04-27T09:00:00+02:00']);
  });

  it('COUNT includes the anchor occurrence', () => {
    expect(plan('FREQ=WEEKLY;COUNT=3;BYDAY=MO;BYHOUR=9', { field: 'intake', offsetDays: 3 }, { intake: '2026-04-06' })).toEqual([
      '2026-04-09T09:00:00+02:00',
      '2026-04-13T09:00:00+02:00',
      '2026-04-20T09:00:00+02:00',
    ]);
  });

  it('a negative offset plans before the date (a week before training ends)', () => {
    expect(plan('FREQ=DAILY;COUNT=1;BYHOUR=11', { field: 'training_end', offsetDays: -7 }, { training_end: '2026-02-20' })).toEqual([
      '2026-02-13T11:00:00+01:00',
    ]);
  });

  it('uses the window for the anchor day too', () => {
    const [first] = plan('FREQ=WEEKLY', { field: 'intake', offsetDays: 0 }, { intake: '2026-03-10' }, { window: { start: '13:00', end: '14:00' } });
    expect(first?.slice(0, 13)).toBe('2026-03-10T13');
  });

  it('is read in the client zone', () => {
    expect(plan('FREQ=MONTHLY;COUNT=2;BYHOUR=9', { field: 'intake', offsetDays: 1 }, { intake: '2026-02-27' }, {}, 'America/Curacao')).toEqual([
      '2026-02-28T09:00:00-04:00',
      '2026-03-28T09:00:00-04:00',
    ]);
  });

  it.each([
    ['the client has no such date', {}],
    ['the date is not an ISO date', { intake: 'last tuesday' }],
  ])('plans nothing when %s', (_case, dates) => {
    expect(plan('FREQ=DAILY', { field: 'intake', offsetDays: 0 }, dates as Record<string, string>)).toEqual([]);
  });

  it('plans nothing, quickly, when the anchor day never exists in the allowed months', () => {
    const started = performance.now();
    expect(plan('FREQ=YEARLY;BYMONTH=2', { field: 'intake', offsetDays: 0 }, { intake: '2026-01-30' })).toEqual([]);
    expect(plan('FREQ=MONTHLY;BYMONTH=2', { field: 'intake', offsetDays: 0 }, { intake: '2026-01-31' })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('is unaffected by schedules of other clients with other anchors (cache per anchor)', () => {
    const a = plan('FREQ=WEEKLY;INTERVAL=2;BYHOUR=10', { field: 'intake', offsetDays: 0 }, { intake: '2026-03-02' });
    const b = plan('FREQ=WEEKLY;INTERVAL=2;BYHOUR=10', { field: 'intake', offsetDays: 0 }, { intake: '2026-03-09' });
    expect(a[0]).toBe('2026-03-02T10:00:00+01:00');
    expect(b[0]).toBe('2026-03-09T10:00:00+01:00');
  });
});
