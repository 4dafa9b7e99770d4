// Signed, self-contained tokens for links a client opens without logging in (answer links, the answer page).
// HMAC-SHA256 over a purpose label plus the payload, so a token made for one purpose never verifies for another.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** 128-bit tags (truncated HMAC-SHA256) keep SMS links short and are still far beyond guessing. */
const TAG_BYTES = 16;

export type TokenPurpose = 'answer-link' | 'client-page';

function tag(secret: string, purpose: TokenPurpose, payload: Buffer): Buffer {
  return createHmac('sha256', secret).update(`pols:${purpose}:`).update(payload).digest().subarray(0, TAG_BYTES);
}

export function signToken(secret: string, purpose: TokenPurpose, payload: Buffer): string {
  return `${payload.toString('base64url')}.${tag(secret, purpose, payload).toString('base64url')}`;
}

/** The payload when the tag is right, null for anything malformed or forged (compared in constant time). */
export function openToken(secret: string, purpose: TokenPurpose, token: string): Buffer | null {
  const match = /^([A-Za-z0-9_-]{1,2048})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!match) return null;
  const payload = Buffer.from(match[1]!, 'base64url');
  const given = Buffer.from(match[2]!, 'base64url');
  const expected = tag(secret, purpose, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return payload;
}

export type Verified<T> = { ok: true; claims: T } | { ok: false; reason: 'invalid' | 'expired' };
