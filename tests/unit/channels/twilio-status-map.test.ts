import { describe, expect, it } from 'vitest';
import {
  classifyTwilioError,
  isPermanentRecipientError,
  mapTwilioStatus,
  PERMANENT_RECIPIENT_ERRORS,
  type PolsMessageStatus,
  TWILIO_MESSAGE_STATUSES,
  TWILIO_STATUS_MAP,
} from '../../../src/channels/sms-twilio/encoding/status-map.js';

describe('mapTwilioStatus', () => {
  it.each<[string, PolsMessageStatus | undefined]>([
    ['accepted', 'queued'],
    ['scheduled', 'queued'],
    ['queued', 'sending'],
    ['sending', 'sending'],
    ['sent', 'sent'],
    ['delivered', 'delivered'],
    ['read', 'delivered'],
    ['partially_delivered', 'delivered'],
    ['undelivered', 'undelivered'],
    ['failed', 'failed'],
    ['canceled', 'failed'],
    ['receiving', undefined],
    ['received', undefined],
    ['DELIVERED', 'delivered'],
    [' sent ', 'sent'],
    ['exploded', undefined],
    ['', undefined],
    ['constructor', undefined],
  ])('%j → %s', (status, expected) => {
    expect(mapTwilioStatus(status)).toBe(expected);
  });

  it('covers every Twilio status in the table', () => {
    expect(Object.keys(TWILIO_STATUS_MAP).sort()).toEqual([...TWILIO_MESSAGE_STATUSES].sort());
  });
});

describe('isPermanentRecipientError', () => {
  it.each<[number | undefined, boolean]>([
    [21211, true],
    [21408, true],
    [21610, true],
    [21612, true],
    [21614, true],
    [30004, true],
    [30005, true],
    [30006, true],
    [30003, false],
    [30007, false],
    [30008, false],
    [20429, false],
    [undefined, false],
  ])('%s → %s', (code, expected) => {
    expect(isPermanentRecipientError(code)).toBe(expected);
  });

  it('gives a reason for every permanent code', () => {
    for (const reason of Object.values(PERMANENT_RECIPIENT_ERRORS)) expect(reason.length).toBeGreaterThan(10);
  });
});

describe('classifyTwilioError', () => {
  it.each<[number, number | undefined, 'permanent' | 'transient']>([
    [400, 21211, 'permanent'],
    [400, 21610, 'permanent'],
    [400, 21614, 'permanent'],
    [400, 21612, 'permanent'],
    [400, 21408, 'permanent'],
    [400, undefined, 'permanent'],
    [400, 21602, 'permanent'], // empty body: this message will never go
    [401, 20003, 'permanent'],
    [404, 20404, 'permanent'],
    [400, 21611, 'transient'], // the sender's queue is full
    [429, 20429, 'transient'],
    [429, undefined, 'transient'],
    [408, undefined, 'transient'],
    [500, undefined, 'transient'],
    [503, 20503, 'transient'],
    [0, undefined, 'transient'], // no answer at all
  ])('HTTP %i with code %s → %s', (status, code, expected) => {
    expect(classifyTwilioError(status, code)).toBe(expected);
  });
});
