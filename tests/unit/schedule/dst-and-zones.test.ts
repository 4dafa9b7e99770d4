import { describe, expect, it } from 'vitest';
import { planOccurrences } from '../../../src/domain/schedule/index.js';
import { NO_QUIET, client, pinClock, schedule } from './helpers.js';

pinClock();

const sends = (rrule: string, timezone: string, from: string, to: string, extra = {}) =>
  planOccurrences({ schedule: schedule(rrule, { quietHours: NO_QUIET, ...extra }), client: client(timezone), from, to }).map(
    (o) => o.sendAt,
  );

describe('process time zone', () => {
  it('runs under America/New_York so the tests prove independence from it', () => {
    expect(process.env.TZ).toBe('America/New_York');
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(300);
  });
});

describe('Europe/Amsterdam daylight saving time', () => {
  it('keeps a daily 09:00 at 09:00 local across the spring-forward Sunday (2026-03-29)', () => {
    expect(sends('FREQ=DAILY;BYHOUR=9;BYMINUTE=0', 'Europe/Amsterdam', '2026-03-27T00:00:00+01:00', '2026-03-31T00:00:00+02:00')).toEqual([
      '2026-03-27T09:00:00+01:00',
      '2026-03-28T09:00:00+01:00',
      '2026-03-29T09:00:00+02:00',
      '2026-03-30T09:00:00+02:00',
    ]);
  });

  it('keeps a daily 09:00 at 09:00 local across the fall-back Sunday (2026-10-25)', () => {
    expect(sends('FREQ=DAILY;BYHOUR=9;BYMINUTE=0', 'Europe/Amsterdam', '2026-10-23T00:00:00+02:00', '2026-10-27T00:00:00+01:00')).toEqual([
      '2026-10-23T09:00:00+02:00',
      '2026-10-24T09:00:00+02:00',
      '2026-10-25T09:00:00+01:00',
      '2026-10-26T09:00:00+01:00',
    ]);
  });

  it.each([
    // [day, the one send] — 02:30 does not exist in spring (→ first valid instant 03:00 CEST)
    // and exists twice in autumn (→ the first instance, still CEST).
    ['2026-03-29', '2026-03-29T03:00:00+02:00'],
    ['2026-10-25', '2026-10-25T02:30:00+02:00'],
  ])('sends a daily 02:30 exactly once on %s', (day, expected) => {
    const all = sends('FREQ=DAILY;BYHOUR=2;BYMINUTE=30', 'Europe/Amsterdam', `${day}T00:00:00+01:00`, `${day}T00:00:00+01:00`.replace(day, next(day)));
    const thatDay = all.filter((s) => s.startsWith(day));
    expect(thatDay).toEqual([expected]);
  });

  it.each(['2026-03-29', '2026-10-25'])('with default quiet hours a daily 02:30 on %s is one send at 08:00', (day) => {
    const planned = planOccurrences({
      schedule: schedule('FREQ=DAILY;BYHOUR=2;BYMINUTE=30'),
      client: client('Europe/Amsterdam'),
      from: `${day}T00:00:00Z`,
      to: `${next(day)}T00:00:00Z`,
    });
    expect(planned.map((o) => o.sendAt)).toEqual([`${day}T08:00:00${day.endsWith('29') ? '+02:00' : '+01:00'}`]);
    expect(planned[0]?.key).toBe(`sch-1|cli-1|${day.replaceAll('-', '')}T0230`);
  });

  it('does not double or skip when two rule times meet in the spring gap', () => {
    const all = sends('FREQ=DAILY;BYHOUR=2,3;BYMINUTE=0', 'Europe/Amsterdam', '2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00');
    expect(all).toEqual(['2026-03-29T03:00:00+02:00']);
  });

  it('keeps weekly Monday/Thursday 09:00 through both transitions', () => {
    const spring = sends('FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=9;BYMINUTE=0', 'Europe/Amsterdam', '2026-03-23T00:00:00+01:00', '2026-04-06T00:00:00+02:00');
    expect(spring).toEqual([
      '2026-03-23T09:00:00+01:00',
      '2026-03-26T09:00:00+01:00',
      '2026-03-30T09:00:00+02:00',
      '2026-04-02T09:00:00+02:00',
    ]);
  });
});

describe('clients in other zones', () => {
  it.each([
    ['Europe/London', '2026-03-28T09:00:00+00:00', '2026-03-29T09:00:00+01:00', '2026-03-30T09:00:00+01:00'],
    ['America/Curacao', '2026-03-28T09:00:00-04:00', '2026-03-29T09:00:00-04:00', '2026-03-30T09:00:00-04:00'],
    ['Asia/Kathmandu', '2026-03-28T09:00:00+05:45', '2026-03-29T09:00:00+05:45', '2026-03-30T09:00:00+05:45'],
  ])('a daily 09:00 is 09:00 for a client in %s', (zone, ...expected) => {
    const planned = planOccurrences({
      schedule: schedule('FREQ=DAILY;BYHOUR=9;BYMINUTE=0'),
      client: client(zone),
      from: '2026-03-28T00:00:00+14:00',
      to: '2026-03-31T00:00:00-12:00',
    }).filter((o) => o.localDate >= '2026-03-28' && o.localDate <= '2026-03-30');
    expect(planned.map((o) => o.sendAt)).toEqual(expected);
    expect(planned.every((o) => o.timezone === zone)).toBe(true);
  });

  it('handles the process zone itself (New York) by its own rules: gap and overlap', () => {
    expect(sends('FREQ=DAILY;BYHOUR=2;BYMINUTE=30', 'America/New_York', '2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00')).toEqual([
      '2026-03-08T03:00:00-04:00',
    ]);
    expect(sends('FREQ=DAILY;BYHOUR=1;BYMINUTE=30', 'America/New_York', '2026-11-01T00:00:00-04:00', '2026-11-02T00:00:00-05:00')).toEqual([
      '2026-11-01T01:30:00-04:00',
    ]);
  });

  it('is not moved by the New York transition (2026-03-08) for an Amsterdam client', () => {
    expect(sends('FREQ=DAILY;BYHOUR=9', 'Europe/Amsterdam', '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual([
      '2026-03-07T09:00:00+01:00',
      '2026-03-08T09:00:00+01:00',
      '2026-03-09T09:00:00+01:00',
    ]);
  });

  it('uses the schedule timezone over the client zone, and Amsterdam when the client has none or an unknown one', () => {
    const from = '2026-06-01T00:00:00Z';
    const to = '2026-06-02T00:00:00Z';
    const rule = 'FREQ=DAILY;BYHOUR=10';
    const plan = (timezone: string | null, override?: string) =>
      planOccurrences({ schedule: schedule(rule, override ? { timezone: override } : {}), client: client(timezone), from, to })[0]?.sendAt;
    expect(plan('Europe/London', 'America/Curacao')).toBe('2026-06-01T10:00:00-04:00');
    expect(plan(null)).toBe('2026-06-01T10:00:00+02:00');
    expect(plan('Mars/Olympus_Mons')).toBe('2026-06-01T10:00:00+02:00');
  });
});

describe('recurrence shapes', () => {
  it('FREQ=MONTHLY;BYDAY=1TU is the first Tuesday, at 09:00 by default', () => {
    expect(sends('FREQ=MONTHLY;BYDAY=1TU', 'Europe/Amsterdam', '2026-01-01T00:00:00Z', '2026-05-01T00:00:00Z')).toEqual([
      '2026-01-06T09:00:00+01:00',
      '2026-02-03T09:00:00+01:00',
      '2026-03-03T09:00:00+01:00',
      '2026-04-07T09:00:00+02:00',
    ]);
  });

  it('keeps the phase of INTERVAL=2 whatever range is planned', () => {
    const rule = 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;BYHOUR=9';
    const wide = sends(rule, 'Europe/Amsterdam', '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z');
    const narrow = sends(rule, 'Europe/Amsterdam', '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z');
    expect(wide.filter((s) => s >= '2026-02')).toEqual(narrow);
    expect(narrow).toEqual(['2026-02-09T09:00:00+01:00', '2026-02-23T09:00:00+01:00']);
  });

  it('starts INTERVAL=2 on the startsAt week when given, and honours startsAt/endsAt', () => {
    const rule = 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;BYHOUR=9';
    expect(
      sends(rule, 'Europe/Amsterdam', '2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z', {
        startsAt: '2026-02-16',
        endsAt: '2026-03-16',
      }),
    ).toEqual(['2026-02-16T09:00:00+01:00', '2026-03-02T09:00:00+01:00', '2026-03-16T09:00:00+01:00']);
  });

  it('reads UNTIL as wall-clock time of the client', () => {
    expect(sends('FREQ=DAILY;BYHOUR=9;UNTIL=20260603', 'America/Curacao', '2026-06-01T00:00:00Z', '2026-06-10T00:00:00Z')).toEqual([
      '2026-06-01T09:00:00-04:00',
      '2026-06-02T09:00:00-04:00',
      '2026-06-03T09:00:00-04:00',
    ]);
  });
});

function next(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
