// An inbound SMS (already authenticated by the webhook): match the sender to a client and record the reply.
import { toE164 } from '../../domain/channels/phone.js';
import type { AppContext } from '../context.js';
import { enqueueAfterCommit } from '../messages/enqueue.js';
import { clientsByPhone, matchReply } from './match-checkin.js';
import { recordReply } from './record-reply.js';
import { linkSettingsOf } from '../answer-links/link-settings.js';

export type SmsReceipt = { outcome: 'recorded' | 'duplicate' | 'unknown_sender'; answerId?: string; merged?: boolean };

/** Parts of one reply that a phone splits over several SMS arrive within this time of each other. */
export const SMS_MERGE_WINDOW_MS = 90_000;

export async function receiveSms(ctx: AppContext, input: { from: string; body: string; providerMessageId: string }): Promise<SmsReceipt> {
  const now = ctx.now();
  const phone = toE164(input.from);
  const outcome = await ctx.db.transaction(async (tx) => {
    const matched = phone ? await matchReply(tx, await clientsByPhone(tx, phone), 'sms', now) : null;
    if (!matched) return null;
    return recordReply(tx, { client: matched.client, links: linkSettingsOf(ctx.config), checkin: matched.checkin, channel: 'sms', text: input.body, receivedAt: now, providerMessageId: input.providerMessageId, mergeWindowMs: SMS_MERGE_WINDOW_MS, providerConfirmsKeywords: ctx.config.twilioEnabled });
  });
  if (!outcome) {
    ctx.log.info({ providerMessageId: input.providerMessageId }, 'sms from an unknown sender ignored');
    return { outcome: 'unknown_sender' };
  }
  if (outcome.duplicate) return { outcome: 'duplicate' };
  await enqueueAfterCommit(ctx, outcome.outgoing);
  ctx.log.info({ answerId: outcome.answerId, status: outcome.result?.status, merged: outcome.merged ?? false }, 'sms reply recorded');
  return { outcome: 'recorded', ...(outcome.answerId ? { answerId: outcome.answerId } : {}), ...(outcome.merged ? { merged: true } : {}) };
}
