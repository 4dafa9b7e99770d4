// A provider's delivery report moves a message forward (never backward: a late "sent" after "delivered" is ignored).
// A permanent failure of a question makes the address unusable when the error says so, and falls back.
import { and, eq, inArray } from 'drizzle-orm';
import { isPermanentRecipientError, mapTwilioStatus } from '../../channels/sms-twilio/encoding/status-map.js';
import { messages, type MessageStatus } from '../../db/schema/index.js';
import type { AppContext } from '../context.js';
import { enqueueAfterCommit } from './enqueue.js';
import { fallBackFrom, markChannelUnusable } from './fallback.js';
import { linkSettingsOf } from '../answer-links/link-settings.js';

const RANK: Record<MessageStatus, number> = { queued: 0, sending: 1, unknown: 1, sent: 2, delivered: 3, undelivered: 3, failed: 3, skipped: 3 };

export async function recordDeliveryStatus(ctx: AppContext, input: { providerMessageId: string; providerStatus: string; errorCode?: string | undefined }): Promise<boolean> {
  const status = mapTwilioStatus(input.providerStatus);
  if (!status) return false;
  const now = ctx.now();
  const earlier = (Object.keys(RANK) as MessageStatus[]).filter((s) => RANK[s] < RANK[status]);
  const code = input.errorCode ? Number(input.errorCode) : undefined;
  const fallback = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(messages)
      .set({ status, statusAt: now, ...(input.errorCode ? { error: `provider error ${input.errorCode}` } : {}) })
      .where(and(eq(messages.providerMessageId, input.providerMessageId), inArray(messages.status, earlier)))
      .returning();
    if (!updated || (status !== 'failed' && status !== 'undelivered')) return { updated: Boolean(updated), next: null };
    if (isPermanentRecipientError(code)) await markChannelUnusable(tx, updated.clientId, updated.channel, `provider error ${code}`, now);
    return { updated: true, next: await fallBackFrom(tx, updated, now, linkSettingsOf(ctx.config)) };
  });
  await enqueueAfterCommit(ctx, [fallback.next]);
  return fallback.updated;
}
