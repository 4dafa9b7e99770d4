import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUIET_HOURS,
  type SendableOccurrence,
  planOccurrences,
  sendDecision,
} from '../../../src/domain/schedule/index.js';
import { client, pinClock, schedule } from './helpers.js';

pinClock();

const planOne = (rrule: string, extra: object, day = '2026-06-10') =>
  planOccurrences({
    schedule: schedule(rrule, extra),
    client: client('Europe/Amsterdam'),
    from: `${day}T00:00:00+02:00`,
    to: `${day}T23:59:00+02:00`,
  })[0];

describe('reminders and expiry', () => {
  it.each([
    // [case, rule, settings, expected sendAt, expiresAt, reminders]
    [
      'every two hours, up to three',
      'FREQ=DAILY;BYHOUR=10',
      { reminder: { afterMinutes: 120, max: 3 } },
      '2026-06-10T10:00:00+02:00',
      '2026-06-11T10:00:00+02:00',
      ['2026-06-10T12:00:00+02:00', '2026-06-10T14:00:00+02:00', '2026-06-10T16:00:00+02:00'],
    ],
    [
      'a reminder in quiet hours waits for the morning; the next follows from there',
      'FREQ=DAILY;BYHOUR=18',
      { reminder: { afterMinutes: 180, max: 3 } },
      '2026-06-10T18:00:00+02:00',
      '2026-06-11T18:00:00+02:00',
      ['2026-06-11T08:00:00+02:00', '2026-06-11T11:00:00+02:00', '2026-06-11T14:00:00+02:00'],
    ],
    [
      'a reminder at or after expiry is dropped',
      'FREQ=DAILY;BYHOUR=18',
      { reminder: { afterMinutes: 180, max: 3 }, expiresAfterMinutes: 16 * 60 },
      '2026-06-10T18:00:00+02:00',
      '2026-06-11T10:00:00+02:00',
      ['2026-06-11T08:00:00+02:00'],
    ],
    [
      'a reminder exactly at expiry is dropped',
      'FREQ=DAILY;BYHOUR=10',
      { reminder: { afterMinutes: 60, max: 3 }, expiresAfterMinutes: 120 },
      '2026-06-10T10:00:00+02:00',
      '2026-06-10T12:00:00+02:00',
      ['2026-06-10T11:00:00+02:00'],
    ],
    ['no reminder configured', 'FREQ=DAILY;BYHOUR=10', {}, '2026-06-10T10:00:00+02:00', '2026-06-11T10:00:00+02:00', []],
  ])('%s', (_case, rule, extra, sendAt, expiresAt, reminders) => {
    const o = planOne(rule, extra);
    expect(o).toMatchObject({ sendAt, expiresAt, reminders });
  });

  it('expiry counts from the (deferred) send moment', () => {
    const o = planOne('FREQ=DAILY;BYHOUR=6', { expiresAfterMinutes: 60 });
    expect([o?.sendAt, o?.expiresAt]).toEqual(['2026-06-10T08:00:00+02:00', '2026-06-10T09:00:00+02:00']);
  });
});

describe('sendDecision for a worker that may be late', () => {
  const occurrence: SendableOccurrence = {
    sendAt: '2026-06-10T09:00:00+02:00',
    expiresAt: '2026-06-11T09:00:00+02:00',
    timezone: 'Europe/Amsterdam',
    quietHours: DEFAULT_QUIET_HOURS,
  };

  it.each([
    ['too early: wait for the send time', '2026-06-10T08:00:00+02:00', { action: 'defer', until: '2026-06-10T09:00:00+02:00' }],
    ['on time', '2026-06-10T09:00:00+02:00', { action: 'send' }],
    ['six hours late, still open, daytime: send late', '2026-06-10T15:00:00+02:00', { action: 'send' }],
    ['late into the night: wait for the morning', '2026-06-10T23:00:00+02:00', { action: 'defer', until: '2026-06-11T08:00:00+02:00' }],
    ['next morning before expiry: send', '2026-06-11T08:30:00+02:00', { action: 'send' }],
    ['at expiry: skip', '2026-06-11T09:00:00+02:00', { action: 'skip', reason: 'expired' }],
    ['days later: skip', '2026-06-14T12:00:00+02:00', { action: 'skip', reason: 'expired' }],
  ])('%s', (_case, now, expected) => {
    expect(sendDecision(now, occurrence)).toEqual(expected);
  });

  it('skips a prompt that could only arrive after its own expiry (quiet hours until past expiry)', () => {
    const short = { ...occurrence, sendAt: '2026-06-10T20:00:00+02:00', expiresAt: '2026-06-10T23:00:00+02:00' };
    expect(sendDecision('2026-06-10T21:30:00+02:00', short)).toEqual({ action: 'skip', reason: 'expires_during_quiet_hours' });
  });

  it('skips what was already sent or cancelled', () => {
    const now = '2026-06-10T10:00:00+02:00';
    expect(sendDecision(now, { ...occurrence, sentAt: '2026-06-10T09:00:01+02:00' })).toEqual({ action: 'skip', reason: 'already_sent' });
    expect(sendDecision(now, { ...occurrence, cancelledAt: new Date('2026-06-01T00:00:00Z') })).toEqual({ action: 'skip', reason: 'cancelled' });
  });

  it('can require time left to answer', () => {
    expect(sendDecision('2026-06-11T08:50:00+02:00', occurrence, { minRemainingMinutes: 15 })).toEqual({
      action: 'skip',
      reason: 'too_late_to_answer',
    });
  });

  it('works for reminders too (the reminder time as sendAt) and for planned occurrences as-is', () => {
    const o = planOne('FREQ=DAILY;BYHOUR=18', { reminder: { afterMinutes: 180, max: 1 } });
    expect(o).toBeDefined();
    if (!o) return;
    expect(sendDecision('2026-06-10T18:05:00+02:00', o)).toEqual({ action: 'send' });
    const reminder = { ...o, sendAt: o.reminders[0] ?? '' };
    expect(sendDecision('2026-06-10T21:00:00+02:00', reminder)).toEqual({ action: 'defer', until: '2026-06-11T08:00:00+02:00' });
  });
});
