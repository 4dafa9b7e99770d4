// The signed link tokens, table-driven: round trips, forgeries, the wrong purpose, expiry, malformed input.
import { describe, expect, it } from 'vitest';
import { openToken, signToken } from '../../src/app/answer-links/signed-token.js';
import { signAnswerLink, signClientToken, verifyAnswerLink, verifyClientToken } from '../../src/app/answer-links/tokens.js';

const SECRET = 's'.repeat(64);
const NOW = new Date('2026-11-23T09:00:00Z');
const LATER = new Date('2026-11-26T09:00:00Z');
const CHECKIN = '3f2b8c4e-1d2a-4b5c-9e8f-0a1b2c3d4e5f';
const CLIENT = 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d';

describe('answer links', () => {
  it.each([4, true, false, 'bus', undefined])('carries the check-in, position, expiry and value %s', (value) => {
    const token = signAnswerLink(SECRET, { checkinId: CHECKIN, position: 2, exp: LATER, ...(value !== undefined ? { value } : {}) });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(verifyAnswerLink(SECRET, token, NOW)).toEqual({ ok: true, claims: { checkinId: CHECKIN, position: 2, exp: LATER, ...(value !== undefined ? { value } : {}) } });
  });

  const good = signAnswerLink(SECRET, { checkinId: CHECKIN, position: 0, value: 4, exp: LATER });
  const [payload, tag] = good.split('.') as [string, string];
  const otherPayload = Buffer.from(JSON.stringify({ c: CHECKIN, p: 0, v: 1, e: LATER.getTime() / 1000 })).toString('base64url');
  it.each([
    ['another secret', signAnswerLink('t'.repeat(64), { checkinId: CHECKIN, position: 0, value: 4, exp: LATER })],
    ['a changed value under the old tag', `${otherPayload}.${tag}`],
    ['a changed tag', `${payload}.${tag.slice(0, -1)}${tag.endsWith('A') ? 'B' : 'A'}`],
    ['a client token', signClientToken(SECRET, { clientId: CLIENT, exp: LATER })],
    ['a signed payload that is not a claim', signToken(SECRET, 'answer-link', Buffer.from('{"c":"x"}'))],
    ['no tag', payload],
    ['empty', ''],
    ['garbage', '!!!.???'],
  ])('rejects %s as invalid', (_name, token) => {
    expect(verifyAnswerLink(SECRET, token, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('is expired from its expiry on', () => {
    expect(verifyAnswerLink(SECRET, good, LATER)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyAnswerLink(SECRET, good, new Date(LATER.getTime() - 1000)).ok).toBe(true);
  });
});

describe('answer page tokens', () => {
  it('round-trips the client id in a short token (fits an SMS)', () => {
    const token = signClientToken(SECRET, { clientId: CLIENT, exp: LATER });
    expect(token.length).toBeLessThanOrEqual(50);
    expect(verifyClientToken(SECRET, token, NOW)).toEqual({ ok: true, claims: { clientId: CLIENT, exp: LATER } });
    expect(verifyClientToken(SECRET, token, LATER)).toEqual({ ok: false, reason: 'expired' });
  });

  it.each([
    ['another secret', signClientToken('t'.repeat(64), { clientId: CLIENT, exp: LATER })],
    ['an answer link', signAnswerLink(SECRET, { checkinId: CHECKIN, position: 0, exp: LATER })],
    ['a payload of the wrong size', signToken(SECRET, 'client-page', Buffer.alloc(12))],
    ['not a token', 'hello'],
  ])('rejects %s', (_name, token) => {
    expect(verifyClientToken(SECRET, token, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('only opens tokens of its own purpose', () => {
    const token = signToken(SECRET, 'client-page', Buffer.from('x'));
    expect(openToken(SECRET, 'answer-link', token)).toBeNull();
    expect(openToken(SECRET, 'client-page', token)?.toString()).toBe('x');
  });
});
