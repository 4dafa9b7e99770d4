// The two link tokens: an answer link (one check-in question, optionally one chosen value) and the
// client's answer-page token (long-lived, compact enough for an SMS).
import { z } from 'zod';
import { openToken, signToken, type Verified } from './signed-token.js';

export type AnswerValue = number | boolean | string;

export interface AnswerLinkClaims {
  checkinId: string;
  position: number;
  value?: AnswerValue;
  exp: Date;
}

const answerPayload = z.object({
  c: z.string().uuid(),
  p: z.number().int().min(0).max(1000),
  v: z.union([z.number(), z.boolean(), z.string().max(200)]).optional(),
  e: z.number().int().positive(),
});

export function signAnswerLink(secret: string, claims: AnswerLinkClaims): string {
  const payload = { c: claims.checkinId, p: claims.position, ...(claims.value !== undefined ? { v: claims.value } : {}), e: Math.floor(claims.exp.getTime() / 1000) };
  return signToken(secret, 'answer-link', Buffer.from(JSON.stringify(payload)));
}

export function verifyAnswerLink(secret: string, token: string, now: Date): Verified<AnswerLinkClaims> {
  const payload = openToken(secret, 'answer-link', token);
  if (!payload) return { ok: false, reason: 'invalid' };
  let parsed: z.infer<typeof answerPayload>;
  try {
    parsed = answerPayload.parse(JSON.parse(payload.toString('utf8')));
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const exp = new Date(parsed.e * 1000);
  if (exp <= now) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { checkinId: parsed.c, position: parsed.p, ...(parsed.v !== undefined ? { value: parsed.v } : {}), exp } };
}

export interface ClientPageClaims {
  clientId: string;
  exp: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 16 bytes of client id + 4 bytes of expiry (seconds): a ~50-character token. */
export function signClientToken(secret: string, claims: ClientPageClaims): string {
  if (!UUID.test(claims.clientId)) throw new Error('client id must be a UUID');
  const payload = Buffer.alloc(20);
  Buffer.from(claims.clientId.replace(/-/g, ''), 'hex').copy(payload, 0);
  payload.writeUInt32BE(Math.floor(claims.exp.getTime() / 1000), 16);
  return signToken(secret, 'client-page', payload);
}

export function verifyClientToken(secret: string, token: string, now: Date): Verified<ClientPageClaims> {
  const payload = openToken(secret, 'client-page', token);
  if (payload?.length !== 20) return { ok: false, reason: 'invalid' };
  const hex = payload.subarray(0, 16).toString('hex');
  const clientId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const exp = new Date(payload.readUInt32BE(16) * 1000);
  if (exp <= now) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { clientId, exp } };
}
