// Twilio's words for a message's fate, in ours. Literal tables, so a reviewer can check each line
// against Twilio's docs; the functions below only look things up.
import { z } from 'zod';

export const TWILIO_MESSAGE_STATUSES = [
  'accepted',
  'scheduled',
  'queued',
  'sending',
  'sent',
  'delivered',
  'undelivered',
  'failed',
  'receiving',
  'received',
  'read',
  'canceled',
  'partially_delivered',
] as const;
export type TwilioMessageStatus = (typeof TWILIO_MESSAGE_STATUSES)[number];
/** For the status-callback edge: `MessageStatus` in Twilio's form post. */
export const twilioMessageStatusSchema = z.enum(TWILIO_MESSAGE_STATUSES);

/** The outbound message statuses a provider report can move a Pols message to. */
export type PolsMessageStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed';

/**
 * `null`: the status never describes an outbound message, so it must not change one.
 * In Pols, `queued` means "not yet handed over": Twilio's own `queued` (in its send queue) is `sending`.
 */
export const TWILIO_STATUS_MAP: Readonly<Record<TwilioMessageStatus, PolsMessageStatus | null>> = {
  accepted: 'queued', // a Messaging Service is still choosing the sender
  scheduled: 'queued', // waits for SendAt
  queued: 'sending',
  sending: 'sending',
  sent: 'sent', // the carrier took it; many Dutch carriers report nothing further
  delivered: 'delivered',
  read: 'delivered', // read receipts (RCS/WhatsApp) imply delivery
  partially_delivered: 'delivered', // part reached the handset; falling back to another channel would ask twice
  undelivered: 'undelivered',
  failed: 'failed',
  canceled: 'failed', // a scheduled message we canceled: it will never be sent
  receiving: null, // inbound
  received: null, // inbound
};

/** Our status for Twilio's, or undefined for inbound and unknown statuses (ignore those). */
export function mapTwilioStatus(status: string): PolsMessageStatus | undefined {
  const parsed = twilioMessageStatusSchema.safeParse(status.trim().toLowerCase());
  return parsed.success ? (TWILIO_STATUS_MAP[parsed.data] ?? undefined) : undefined;
}

/**
 * Twilio error codes after which this recipient cannot be reached by SMS, whatever we retry:
 * stop sending SMS to the number (`addressUnusable`) and fall back to another channel.
 */
export const PERMANENT_RECIPIENT_ERRORS: Readonly<Record<number, string>> = {
  21211: "invalid 'To' phone number",
  21408: 'SMS to this region is not enabled on the account: no retry helps until someone changes it',
  21610: 'the recipient replied STOP: sending again is not allowed until they reply START',
  21612: "the 'To' number cannot be reached from our 'From' number",
  21614: "the 'To' number is not a mobile number (a landline)",
  30004: 'message blocked: the recipient or their carrier blocks our sender',
  30005: 'unknown destination handset: the number does not exist (any more)',
  30006: 'landline or unreachable carrier: the number cannot receive SMS',
};
// Deliberately absent:
// 30003 "unreachable destination handset": the phone is off or out of coverage. It comes back, so
//       it is transient for the recipient; a run of them is worth a coach's look, not a verdict.
// 30007 "message filtered" (carrier spam filtering): about our content or sender, not the client's
//       number; this message will not go through, another wording or sender may.

/**
 * Twilio error codes that mean "not now" even though the API answered 4xx: try again later.
 * 20429 too many requests, 21611 the sender's queue is full, 30001 queue overflow, 30008 unknown error.
 */
export const TRANSIENT_ERRORS: ReadonlySet<number> = new Set([20429, 21611, 30001, 30008]);

export function isPermanentRecipientError(code: number | undefined): boolean {
  return code !== undefined && Object.hasOwn(PERMANENT_RECIPIENT_ERRORS, code);
}

/**
 * Whether retrying a failed Twilio API call can help. `status` is the HTTP status (0 when there was
 * no answer), `code` Twilio's error code.
 * - a permanent-recipient code: `permanent` (see `isPermanentRecipientError` for the address);
 * - a transient code, 408, 429, 5xx, no answer: `transient`;
 * - any other 4xx: `permanent` for this message (bad request, bad credentials, bad sender), though
 *   the recipient may be fine.
 */
export function classifyTwilioError(status: number, code?: number): 'permanent' | 'transient' {
  if (isPermanentRecipientError(code)) return 'permanent';
  if (code !== undefined && TRANSIENT_ERRORS.has(code)) return 'transient';
  if (status === 408 || status === 429 || status >= 500) return 'transient';
  if (status >= 400) return 'permanent';
  return 'transient';
}
