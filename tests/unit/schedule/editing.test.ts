import { describe, expect, it } from 'vitest';
import { planOccurrences, replanAfterEdit } from '../../../src/domain/schedule/index.js';
import { client, pinClock, schedule } from './helpers.js';

pinClock();

const week = { from: '2026-06-08T00:00:00+02:00', to: '2026-06-15T00:00:00+02:00' };
const now = '2026-06-10T12:00:00+02:00'; // Wednesday noon

describe('editing a schedule re-plans only the future', () => {
  const before = planOccurrences({ schedule: schedule('FREQ=DAILY;BYHOUR=9'), client: client(), ...week });

  it('plans nothing before now', () => {
    const after = planOccurrences({ schedule: schedule('FREQ=DAILY;BYHOUR=10'), client: client(), ...week, now });
    expect(after.map((o) => o.sendAt)).toEqual([
      '2026-06-11T10:00:00+02:00',
      '2026-06-12T10:00:00+02:00',
      '2026-06-13T10:00:00+02:00',
      '2026-06-14T10:00:00+02:00',
    ]);
  });

  it('cancels future occurrences the new rule no longer has, adds the new ones, leaves the past alone', () => {
    const after = planOccurrences({ schedule: schedule('FREQ=DAILY;BYHOUR=10'), client: client(), ...week, now });
    const diff = replanAfterEdit(before, after, now);
    expect(diff.cancel.map((o) => o.key)).toEqual([
      'sch-1|cli-1|20260611T0900',
      'sch-1|cli-1|20260612T0900',
      'sch-1|cli-1|20260613T0900',
      'sch-1|cli-1|20260614T0900',
    ]);
    expect(diff.add.map((o) => o.key)).toEqual([
      'sch-1|cli-1|20260611T1000',
      'sch-1|cli-1|20260612T1000',
      'sch-1|cli-1|20260613T1000',
      'sch-1|cli-1|20260614T1000',
    ]);
    expect(diff.keep).toEqual([]);
    expect(diff.update).toEqual([]);
  });

  it('keeps unchanged occurrences by key and updates those whose details changed', () => {
    const sameTime = planOccurrences({ schedule: schedule('FREQ=DAILY;BYHOUR=9'), client: client(), ...week, now });
    expect(replanAfterEdit(before, sameTime, now)).toMatchObject({ cancel: [], add: [], update: [] });
    expect(replanAfterEdit(before, sameTime, now).keep).toHaveLength(4);

    const withReminder = planOccurrences({
      schedule: schedule('FREQ=DAILY;BYHOUR=9', { reminder: { afterMinutes: 120, max: 1 } }),
      client: client(),
      ...week,
      now,
    });
    const diff = replanAfterEdit(before, withReminder, now);
    expect(diff.update.map((o) => o.reminders)).toEqual([
      ['2026-06-11T11:00:00+02:00'],
      ['2026-06-12T11:00:00+02:00'],
      ['2026-06-13T11:00:00+02:00'],
      ['2026-06-14T11:00:00+02:00'],
    ]);
    expect(diff.add).toEqual([]);
  });

  it('never adds a key twice, even when the stored one lies in the past', () => {
    const stored = [{ key: 'sch-1|cli-1|20260610T1300', sendAt: '2026-06-10T11:00:00+02:00' }];
    const moved = planOccurrences({ schedule: schedule('FREQ=DAILY;BYHOUR=13'), client: client(), ...week, now });
    expect(replanAfterEdit(stored, moved, now).add.map((o) => o.key)).not.toContain('sch-1|cli-1|20260610T1300');
  });
});

describe('occurrence keys', () => {
  it('are the same however the range is cut, so re-planning finds the same occurrence', () => {
    const s = schedule('FREQ=WEEKLY;BYDAY=MO,TH', { window: { start: '09:00', end: '17:00' } });
    const whole = planOccurrences({ schedule: s, client: client(), from: '2026-06-01T00:00:00Z', to: '2026-06-29T00:00:00Z' });
    const parts = [
      ...planOccurrences({ schedule: s, client: client(), from: '2026-06-01T00:00:00Z', to: '2026-06-11T08:30:00Z' }),
      ...planOccurrences({ schedule: s, client: client(), from: '2026-06-11T08:30:00Z', to: '2026-06-29T00:00:00Z' }),
    ];
    expect(parts.map((o) => [o.key, o.sendAt])).toEqual(whole.map((o) => [o.key, o.sendAt]));
    expect(new Set(whole.map((o) => o.key)).size).toBe(whole.length);
  });

  it('do not change when unrelated settings change (window moment and quiet hours are not part of it)', () => {
    const a = planOccurrences({ schedule: schedule('FREQ=DAILY;BYHOUR=22'), client: client(), ...week });
    const b = planOccurrences({ schedule: schedule('FREQ=DAILY;BYHOUR=22', { quietHours: { start: '23:00', end: '07:00' } }), client: client(), ...week });
    // a defers 22:00 to 08:00 the next day, b sends at 22:00: same rule times, same keys.
    const inWeek = (keys: string[]) => keys.filter((k) => k >= 'sch-1|cli-1|20260608' && k < 'sch-1|cli-1|20260614');
    expect(inWeek(b.map((o) => o.key))).toEqual(inWeek(a.map((o) => o.key)));
    expect(inWeek(a.map((o) => o.key))).toHaveLength(6);
    expect(a.every((o) => !o.key.includes(':'))).toBe(true); // BullMQ job ids may not contain ':'
  });
});
