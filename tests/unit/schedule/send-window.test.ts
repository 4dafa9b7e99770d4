import { describe, expect, it } from 'vitest';
import { hashToUnit, planOccurrences } from '../../../src/domain/schedule/index.js';
import { client, pinClock, schedule } from './helpers.js';

pinClock();

const windowed = schedule('FREQ=WEEKLY;BYDAY=MO', { window: { start: '09:00', end: '11:30' } });
const plan = (clientId: string, timezone = 'Europe/Amsterdam', s = windowed) =>
  planOccurrences({
    schedule: s,
    client: client(timezone, { id: clientId }),
    from: '2026-03-30T00:00:00Z',
    to: '2026-04-06T00:00:00Z',
  });
const localClock = (iso: string) => iso.slice(11, 19);

describe('random send windows', () => {
  const keys = Array.from({ length: 1000 }, (_, i) => `client-${i}`);
  const first = keys.map((id) => plan(id)[0]);

  it('keep every one of 1,000 sends inside the window [09:00, 11:30)', () => {
    for (const o of first) {
      expect(o).toBeDefined();
      const clock = localClock(o?.sendAt ?? '');
      expect(clock >= '09:00:00' && clock < '11:30:00').toBe(true);
    }
  });

  it('are stable per occurrence key when planned again', () => {
    const again = keys.map((id) => plan(id)[0]);
    expect(again.map((o) => o?.sendAt)).toEqual(first.map((o) => o?.sendAt));
  });

  it('spread sends over the window instead of bunching them', () => {
    const seconds = first.map((o) => {
      const [h, m, s] = localClock(o?.sendAt ?? '').split(':').map(Number);
      return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0) - 9 * 3600;
    });
    expect(new Set(seconds).size).toBeGreaterThan(900); // ~946 expected for 1,000 draws from 9,000 seconds
    const buckets = [0, 0, 0, 0, 0];
    for (const s of seconds) buckets[Math.floor(s / 1800)] = (buckets[Math.floor(s / 1800)] ?? 0) + 1;
    for (const b of buckets) expect(b).toBeGreaterThan(140); // ~200 each
  });

  it('use the rule date and the window start as the occurrence key time', () => {
    const [o] = plan('client-7');
    expect(o?.key).toBe('sch-1|client-7|20260330T0900');
    expect(o?.ruleLocalTime).toBe('2026-03-30T09:00:00+02:00');
  });

  it('pick a different moment on another date for the same client', () => {
    const twoWeeks = planOccurrences({
      schedule: windowed,
      client: client('Europe/Amsterdam', { id: 'client-1' }),
      from: '2026-03-30T00:00:00Z',
      to: '2026-04-13T00:00:00Z',
    });
    expect(twoWeeks).toHaveLength(2);
    expect(localClock(twoWeeks[0]?.sendAt ?? '')).not.toBe(localClock(twoWeeks[1]?.sendAt ?? ''));
  });

  it('are read in the client zone', () => {
    const [o] = plan('client-3', 'America/Curacao');
    expect(o?.sendAt.endsWith('-04:00')).toBe(true);
    const clock = localClock(o?.sendAt ?? '');
    expect(clock >= '09:00:00' && clock < '11:30:00').toBe(true);
  });

  it('still respect quiet hours when the window starts inside them', () => {
    const early = schedule('FREQ=DAILY', { window: { start: '07:00', end: '09:00' } });
    for (let i = 0; i < 200; i++) {
      const [o] = plan(`c${i}`, 'Europe/Amsterdam', early);
      const clock = localClock(o?.sendAt ?? '');
      expect(clock >= '08:00:00' && clock < '09:00:00').toBe(true);
    }
  });

  it('hashToUnit is deterministic and in [0, 1)', () => {
    expect(hashToUnit('abc')).toBe(hashToUnit('abc'));
    expect(hashToUnit('abc')).not.toBe(hashToUnit('abd'));
    for (let i = 0; i < 1000; i++) {
      const u = hashToUnit(`k${i}`);
      expect(u >= 0 && u < 1).toBe(true);
    }
  });
});
