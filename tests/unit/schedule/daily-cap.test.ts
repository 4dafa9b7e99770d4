import { describe, expect, it } from 'vitest';
import { type CapCandidate, applyDailyCap, planOccurrences } from '../../../src/domain/schedule/index.js';
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
