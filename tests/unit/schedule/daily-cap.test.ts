import { describe, expect, it } from 'vitest';
import { type CapCandidate, applyDailyCap, effectiveCap, planOccurrences } from '../../../src/domain/schedule/index.js';
import { client, pinClock, schedule } from './helpers.js';

pinClock();

const c = (key: string, scheduleId: string, sendAt: string, extra: Partial<CapCandidate> = {}): CapCandidate => ({
  key,
  scheduleId,
  clientId: 'cli-1',
  localDate: sendAt.slice(0, 10),
  sendAtMs: Date.parse(sendAt),
  ...extra,
});

describe('applyDailyCap (default: one check-in per client per local day)', () => {
  it.each([
    [
      'earliest wins, whatever the schedule id',
      [c('b1', 'sch-b', '2026-06-10T09:00:00+02:00'), c('a1', 'sch-a', '2026-06-10T10:00:00+02:00')],
      ['b1'],
    ],
    [
      'same moment: lowest schedule id wins',
      [c('b1', 'sch-b', '2026-06-10T09:00:00+02:00'), c('a1', 'sch-a', '2026-06-10T09:00:00+02:00')],
      ['a1'],
    ],
    [
      'different local days both go',
      [c('a1', 'sch-a', '2026-06-10T09:00:00+02:00'), c('b1', 'sch-b', '2026-06-11T09:00:00+02:00')],
      ['a1', 'b1'],
    ],
    [
      'different clients do not share a cap',
      [c('a1', 'sch-a', '2026-06-10T09:00:00+02:00'), c('b1', 'sch-b', '2026-06-10T09:00:00+02:00', { clientId: 'cli-2' })],
      ['a1', 'b1'],
    ],
    [
      'a schedule allowing two a day keeps its second',
      [
        c('a1', 'sch-a', '2026-06-10T09:00:00+02:00', { capPerDay: 2 }),
        c('a2', 'sch-a', '2026-06-10T17:00:00+02:00', { capPerDay: 2 }),
      ],
      ['a1', 'a2'],
    ],
  ])('%s', (_case, candidates, kept) => {
    expect(applyDailyCap(candidates).kept.map((o) => o.key)).toEqual(kept);
    expect(applyDailyCap([...candidates].reverse()).kept.map((o) => o.key)).toEqual(kept);
  });

  it('counts already planned or sent check-ins and never drops them', () => {
    const result = applyDailyCap(
      [c('b1', 'sch-b', '2026-06-10T08:00:00+02:00'), c('b2', 'sch-b', '2026-06-11T08:00:00+02:00')],
      [{ key: 'a1', clientId: 'cli-1', localDate: '2026-06-10' }],
    );
    expect(result.kept.map((o) => o.key)).toEqual(['b2']);
    expect(result.dropped.map((d) => [d.occurrence.key, d.reason])).toEqual([['b1', 'daily_cap']]);
  });

  it('treats a re-planned occurrence (same key) as already planned, not as a second one', () => {
    const result = applyDailyCap(
      [c('a1', 'sch-a', '2026-06-10T09:00:00+02:00')],
      [{ key: 'a1', clientId: 'cli-1', localDate: '2026-06-10' }],
    );
    expect(result.kept).toEqual([]);
    expect(result.dropped[0]?.reason).toBe('already_planned');
  });

  it('takes a caller-wide cap over the schedules', () => {
    const two = [c('a1', 'sch-a', '2026-06-10T09:00:00+02:00'), c('b1', 'sch-b', '2026-06-10T10:00:00+02:00')];
    expect(applyDailyCap(two, [], { capPerDay: 2 }).kept).toHaveLength(2);
  });

  it('caps planned occurrences of several schedules by the client local day', () => {
    const from = '2026-06-08T00:00:00Z';
    const to = '2026-06-15T00:00:00Z';
    const who = client('America/Curacao');
    const daily = planOccurrences({ schedule: schedule('FREQ=DAILY;BYHOUR=20', { id: 'sch-daily' }), client: who, from, to });
    const weekly = planOccurrences({ schedule: schedule('FREQ=WEEKLY;BYDAY=WE;BYHOUR=10', { id: 'sch-weekly' }), client: who, from, to });
    const { kept } = applyDailyCap([...daily, ...weekly]);
    // Wednesday: the 10:00 weekly comes first, the 20:00 daily is dropped; other days keep the daily.
    expect(kept.filter((o) => o.localDate === '2026-06-10').map((o) => o.scheduleId)).toEqual(['sch-weekly']);
    expect(new Set(kept.map((o) => o.localDate)).size).toBe(kept.length);
    expect(kept.filter((o) => o.scheduleId === 'sch-daily')).toHaveLength(daily.length - 1);
  });
});

describe('the per-client cap across schedules is a ceiling no schedule can exceed', () => {
  it.each([
    ['no ceiling, no schedule cap: one a day', undefined, undefined, 1],
    ['no ceiling: the schedule cap', 3, undefined, 3],
    ['ceiling 1 holds a schedule that asks for 4', 4, 1, 1],
    ['a schedule without a cap gets the ceiling', undefined, 3, 3],
    ['a schedule may be stricter than the ceiling', 1, 3, 1],
  ])('%s', (_case, own, ceiling, expected) => {
    expect(effectiveCap(own, ceiling)).toBe(expected);
  });

  it('keeps one a day from a schedule allowing four when the client may get one', () => {
    const four = [c('a1', 'sch-a', '2026-06-10T09:00:00+02:00', { capPerDay: 4 }), c('a2', 'sch-a', '2026-06-10T17:00:00+02:00', { capPerDay: 4 })];
    expect(applyDailyCap(four, [], { capPerDay: 1 }).kept.map((o) => o.key)).toEqual(['a1']);
  });

  it('lets a stricter schedule add nothing to a day another schedule already uses', () => {
    const strict = [c('b1', 'sch-b', '2026-06-10T17:00:00+02:00', { capPerDay: 1 }), c('b2', 'sch-b', '2026-06-11T17:00:00+02:00', { capPerDay: 1 })];
    const existing = [{ key: 'a1', clientId: 'cli-1', localDate: '2026-06-10' }];
    expect(applyDailyCap(strict, existing, { capPerDay: 2 }).kept.map((o) => o.key)).toEqual(['b2']);
    expect(applyDailyCap([c('x1', 'sch-x', '2026-06-10T17:00:00+02:00')], existing, { capPerDay: 2 }).kept.map((o) => o.key)).toEqual(['x1']);
  });

  it('plans no capPerDay on an occurrence of a schedule that sets none, so the ceiling decides', () => {
    const [first] = planOccurrences({ schedule: schedule('FREQ=DAILY;BYHOUR=9', { id: 'sch-a' }), client: client(), from: '2026-06-08T00:00:00Z', to: '2026-06-09T00:00:00Z' });
    expect(first?.capPerDay).toBeUndefined();
  });
});
