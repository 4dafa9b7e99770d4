// Posts a Twilio webhook the way Twilio does: form-encoded, signed over the public URL.
import { randomBytes } from 'node:crypto';
import twilio from 'twilio';
import type { Pols } from './harness.js';

export type SignatureMode = 'good' | 'forged' | 'missing';

export const messageSid = () => `SM${randomBytes(16).toString('hex')}`;

export function postTwilio(pols: Pols, authToken: string, params: Record<string, string>, options: { path?: string; signature?: SignatureMode } = {}) {
  const path = options.path ?? '/v1/webhooks/twilio/sms';
  const url = `${pols.runtime.ctx.config.PUBLIC_BASE_URL}${path}`;
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  const mode = options.signature ?? 'good';
  if (mode !== 'missing') headers['x-twilio-signature'] = twilio.getExpectedTwilioSignature(mode === 'good' ? authToken : 'not-the-auth-token', url, params);
  return pols.runtime.app!.inject({ method: 'POST', url: path, headers, payload: new URLSearchParams(params).toString() });
}
