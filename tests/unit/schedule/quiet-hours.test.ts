import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUIET_HOURS,
  formatInZone,
  isInQuietHours,
  nextAllowedMoment,
  planOccurrences,
} from '../../../src/domain/schedule/index.js';
import { client, pinClock, schedule } from './helpers.js';

pinClock();

const AMS = 'Europe/Amsterdam';

describe('nextAllowedMoment', () => {
  it.each([
    // [case, instant, quiet hours, zone, expected]
    ['evening inside wrapping quiet hours → tomorrow 08:00', '2026-06-10T22:30:00+02:00', DEFAULT_QUIET_HOURS, AMS, '2026-06-11T08:00:00+02:00'],
    ['just after midnight → same day 08:00', '2026-06-11T00:10:00+02:00', DEFAULT_QUIET_HOURS, AMS, '2026-06-11T08:00:00+02:00'],
    ['early morning → 08:00', '2026-06-11T06:00:00+02:00', DEFAULT_QUIET_HOURS, AMS, '2026-06-11T08:00:00+02:00'],
    ['start is quiet (21:00)', '2026-06-10T21:00:00+02:00', DEFAULT_QUIET_HOURS, AMS, '2026-06-11T08:00:00+02:00'],
    ['end is allowed (08:00)', '2026-06-11T08:00:00+02:00', DEFAULT_QUIET_HOURS, AMS, '2026-06-11T08:00:00+02:00'],
    ['one minute before start is allowed', '2026-06-10T20:59:00+02:00', DEFAULT_QUIET_HOURS, AMS, '2026-06-10T20:59:00+02:00'],
    ['daytime unchanged', '2026-06-10T12:00:00+02:00', DEFAULT_QUIET_HOURS, AMS, '2026-06-10T12:00:00+02:00'],
    ['non-wrapping lunch quiet hours', '2026-06-10T12:30:00+02:00', { start: '12:00', end: '13:00' }, AMS, '2026-06-10T13:00:00+02:00'],
    ['start == end means no quiet hours', '2026-06-10T03:00:00+02:00', { start: '00:00', end: '00:00' }, AMS, '2026-06-10T03:00:00+02:00'],
    ['night of spring forward (only 8 real hours pass)', '2026-03-28T23:00:00+01:00', DEFAULT_QUIET_HOURS, AMS, '2026-03-29T08:00:00+02:00'],
    ['night of fall back (10 real hours pass)', '2026-10-24T22:00:00+02:00', DEFAULT_QUIET_HOURS, AMS, '2026-10-25T08:00:00+01:00'],
    ['quiet end in the spring gap → first valid instant', '2026-03-29T01:00:00+01:00', { start: '22:00', end: '02:30' }, AMS, '2026-03-29T03:00:00+02:00'],
    ['judged in the client zone, not UTC (London BST)', '2026-06-10T22:00:00Z', DEFAULT_QUIET_HOURS, 'Europe/London', '2026-06-11T08:00:00+01:00'],
    ['Curaçao evening', '2026-06-10T22:15:00-04:00', DEFAULT_QUIET_HOURS, 'America/Curacao', '2026-06-11T08:00:00-04:00'],
  ])('%s', (_case, instant, quiet, zone, expected) => {
    const allowed = nextAllowedMoment(instant, quiet, zone);
    expect(formatInZone(zone, allowed.getTime())).toBe(expected);
    expect(isInQuietHours(allowed, quiet, zone)).toBe(false);
  });

  it('defaults to 21:00-08:00 in Europe/Amsterdam', () => {
    expect(nextAllowedMoment('2026-06-10T20:00:00Z').toISOString()).toBe('2026-06-11T06:00:00.000Z');
  });
});

describe('planned sends inside quiet hours', () => {
  it('are deferred to the end of quiet hours, never dropped, and keep the rule time as key', () => {
    const planned = planOccurrences({
      schedule: schedule('FREQ=DAILY;BYHOUR=22;BYMINUTE=0'),
      client: client(AMS),
      from: '2026-06-10T00:00:00+02:00',
      to: '2026-06-13T00:00:00+02:00',
    });
    expect(planned.map((o) => [o.ruleLocalTime, o.sendAt, o.key])).toEqual([
      ['2026-06-09T22:00:00+02:00', '2026-06-10T08:00:00+02:00', 'sch-1|cli-1|20260609T2200'],
      ['2026-06-10T22:00:00+02:00', '2026-06-11T08:00:00+02:00', 'sch-1|cli-1|20260610T2200'],
      ['2026-06-11T22:00:00+02:00', '2026-06-12T08:00:00+02:00', 'sch-1|cli-1|20260611T2200'],
    ]);
  });

  it('use the schedule quiet hours when configured', () => {
    const planned = planOccurrences({
      schedule: schedule('FREQ=DAILY;BYHOUR=7;BYMINUTE=30', { quietHours: { start: '22:00', end: '07:00' } }),
      client: client(AMS),
      from: '2026-06-10T00:00:00+02:00',
      to: '2026-06-11T00:00:00+02:00',
    });
    expect(planned.map((o) => o.sendAt)).toEqual(['2026-06-10T07:30:00+02:00']);
  });
});
