import { describe, expect, it } from 'vitest';
import { type DryRunClient, dryRun, previewOccurrences } from '../../../src/domain/schedule/index.js';
import { client, pinClock, schedule } from './helpers.js';

pinClock();

describe('previewOccurrences', () => {
  it('gives the next send times after `from` as ISO strings with the client offset', () => {
    expect(
      previewOccurrences(schedule('FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=9;BYMINUTE=0'), client(), '2026-03-26T10:00:00+01:00', 4),
    ).toEqual(['2026-03-30T09:00:00+02:00', '2026-04-02T09:00:00+02:00', '2026-04-06T09:00:00+02:00', '2026-04-09T09:00:00+02:00']);
  });

  it('looks far enough ahead for monthly rules', () => {
    expect(previewOccurrences(schedule('FREQ=MONTHLY;BYDAY=-1FR;BYHOUR=15'), client('Europe/London'), '2026-01-01T00:00:00Z', 3)).toEqual([
      '2026-01-30T15:00:00+00:00',
      '2026-02-27T15:00:00+00:00',
      '2026-03-27T15:00:00+00:00',
    ]);
  });

  it('applies the schedule per-day cap', () => {
    const twice = 'FREQ=DAILY;BYHOUR=9,17';
    expect(previewOccurrences(schedule(twice), client(), '2026-06-01T00:00:00Z', 2)).toEqual([
      '2026-06-01T09:00:00+02:00',
      '2026-06-02T09:00:00+02:00',
    ]);
    expect(previewOccurrences(schedule(twice, { capPerDay: 2 }), client(), '2026-06-01T00:00:00Z', 2)).toEqual([
      '2026-06-01T09:00:00+02:00',
      '2026-06-01T17:00:00+02:00',
    ]);
  });

  it('never shows more a day than the per-client cap, whatever the schedule allows', () => {
    expect(previewOccurrences(schedule('FREQ=DAILY;BYHOUR=9,17', { capPerDay: 2 }), client(), '2026-06-01T00:00:00Z', 2, { capPerDay: 1 })).toEqual([
      '2026-06-01T09:00:00+02:00',
      '2026-06-02T09:00:00+02:00',
    ]);
  });

  it('returns fewer when the schedule ends', () => {
    expect(previewOccurrences(schedule('FREQ=DAILY;UNTIL=20260602'), client(), '2026-06-01T00:00:00Z', 10)).toHaveLength(2);
  });
});

describe('dryRun', () => {
  const clients: DryRunClient[] = [
    { id: 'a', timezone: 'Europe/Amsterdam', channel: 'sms' },
    { id: 'b', timezone: 'Europe/Amsterdam', channel: 'sms' },
    { id: 'c', timezone: 'America/Curacao', channel: 'email' },
    { id: 'd', timezone: null, channel: 'push' },
  ];

  it('counts check-ins and reminders per channel per local day', () => {
    const result = dryRun(
      schedule('FREQ=WEEKLY;BYDAY=MO,TH', { window: { start: '10:00', end: '12:00' }, reminder: { afterMinutes: 480, max: 1 } }),
      clients,
      '2026-06-08T00:00:00Z',
      7,
    );
    expect(result.totals).toEqual({
      sms: { checkins: 4, reminders: 4 },
      email: { checkins: 2, reminders: 2 },
      push: { checkins: 2, reminders: 2 },
    });
    expect(result.days.map((d) => d.date)).toEqual(['2026-06-08', '2026-06-11']);
    expect(result.days[0]?.channels.sms).toEqual({ checkins: 2, reminders: 2 });
    expect(result.days[0]?.channels.email).toEqual({ checkins: 1, reminders: 1 });
  });

  it('puts a reminder deferred past midnight on the next local day', () => {
    const result = dryRun(
      schedule('FREQ=WEEKLY;BYDAY=MO;BYHOUR=19', { reminder: { afterMinutes: 180, max: 1 } }),
      [{ id: 'a', timezone: 'Europe/Amsterdam', channel: 'sms' }],
      '2026-06-08T00:00:00Z',
      7,
    );
    expect(result.days.map((d) => [d.date, d.channels.sms])).toEqual([
      ['2026-06-08', { checkins: 1, reminders: 0 }],
      ['2026-06-09', { checkins: 0, reminders: 1 }],
    ]);
  });
});
