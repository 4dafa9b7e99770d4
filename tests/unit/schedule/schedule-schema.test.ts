import { describe, expect, it } from 'vitest';
import { scheduleInputSchema } from '../../../src/domain/schedule/index.js';

const valid = {
  name: 'Weekly check-in',
  questionKeys: ['mood'],
  rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0',
  audience: { coachId: '6f1c1d3e-2a4b-4c5d-8e6f-7a8b9c0d1e2f' },
};
const CLIENT_A = '0b5e8a52-3c1d-4e7f-9a2b-1c3d5e7f9a0b';
const CLIENT_B = '9d4c2b1a-8e7f-4a6b-b5c4-d3e2f1a0b9c8';

const messages = (input: unknown): string[] => {
  const result = scheduleInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('scheduleInputSchema', () => {
  it('accepts a minimal schedule and a full one', () => {
    expect(messages(valid)).toEqual([]);
    expect(
      messages({
        ...valid,
        rrule: 'FREQ=WEEKLY;INTERVAL=2',
        audience: { clientIds: [CLIENT_A, CLIENT_B], tag: 'traject-a' },
        startsAt: '2026-03-01',
        endsAt: '2026-12-31T23:59:00+01:00',
        timezone: 'America/Curacao',
        window: { start: '09:00', end: '12:00' },
        quietHours: { start: '22:00', end: '07:30' },
        reminder: { afterMinutes: 240, max: 2 },
        expiresAfterMinutes: 2880,
        anchor: { field: 'intake', offsetDays: 3 },
        capPerDay: 2,
      }),
    ).toEqual([]);
  });

  it.each([
    ['an invalid rule says why, on rrule', { rrule: 'FREQ=HOURLY' }, /^rrule: FREQ=HOURLY is too frequent/],
    ['DTSTART is refused', { rrule: 'DTSTART:20260101T090000Z\nRRULE:FREQ=DAILY' }, /^rrule: DTSTART is not allowed/],
    ['COUNT needs a start', { rrule: 'FREQ=DAILY;COUNT=5' }, /^rrule: COUNT counts from the schedule's start/],
    ['no questions', { questionKeys: [] }, /^questionKeys: Ask at least one question/],
    ['empty audience', { audience: {} }, /^audience: The audience needs at least one of clientIds, coachId or tag/],
    ['a client name instead of its id', { audience: { clientIds: [CLIENT_A, 'nicole'] } }, /^audience.clientIds.1: A client id is a UUID/],
    ['a coach name instead of its id', { audience: { coachId: 'sanne' } }, /^audience.coachId: A coach id is a UUID/],
    ['unknown time zone', { timezone: 'Europe/Amsterdm' }, /^timezone: Unknown time zone/],
    ['window ending before it starts', { window: { start: '12:00', end: '09:00' } }, /^window: The window must end after it starts/],
    ['bad clock time', { quietHours: { start: '9pm', end: '08:00' } }, /^quietHours.start: Use a 24-hour time HH:MM/],
    ['endsAt before startsAt', { startsAt: '2026-06-01', endsAt: '2026-05-01' }, /^endsAt: endsAt is before startsAt/],
    ['bad startsAt', { startsAt: 'next monday' }, /^startsAt: Use an ISO date/],
    ['a reminder that never comes', { reminder: { afterMinutes: 600, max: 1 }, expiresAfterMinutes: 600 }, /^reminder.afterMinutes: A reminder after 600 minutes never comes/],
    ['empty name', { name: '  ' }, /^name: Give the schedule a name/],
  ])('%s', (_case, patch, message) => {
    const found = messages({ ...valid, ...patch });
    expect(found.some((m) => message.test(m)), found.join('\n')).toBe(true);
  });
});
