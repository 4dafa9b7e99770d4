// Moves one queued message to its channel. Claiming the row (queued → sending) before calling the
// provider is what makes a second job, a retry or a restarted worker a no-op: a message is sent at most once.
import { and, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { ChannelError } from '../../channels/channel.js';
import { checkinItems, checkins, clientChannelStates, clients, messages, schedules } from '../../db/schema/index.js';
import { sendDecision } from '../../domain/schedule/index.js';
import { DELIVERY_ATTEMPTS } from '../../jobs/job-queue.js';
import type { AppContext } from '../context.js';
import { enqueueAfterCommit } from './enqueue.js';
import { fallBackFrom, markChannelUnusable, markOptedOut } from './fallback.js';
import { linkSettingsOf } from '../answer-links/link-settings.js';
import { addressOf } from '../clients/reachability.js';

export type DeliveryOutcome = 'sent' | 'skipped' | 'deferred' | 'not_due' | 'already_handled' | 'failed';

/** Thrown for a transient failure so the queue retries after `retryAfterMs` (or its own backoff). */
export class RetryLaterError extends Error {
  constructor(message: string, readonly retryAfterMs?: number) {
    super(message);
    this.name = 'RetryLaterError';
  }
}

const QUESTION_KINDS = new Set(['question', 'clarification', 'reminder']);

export async function deliverMessage(ctx: AppContext, messageId: string): Promise<DeliveryOutcome> {
  const now = ctx.now();
  const [message] = await ctx.db
    .update(messages)
    .set({ status: 'sending', attempts: sql`${messages.attempts} + 1`, sendingAt: now })
    .where(and(eq(messages.id, messageId), eq(messages.status, 'queued'), lte(messages.sendAfter, now)))
    .returning();
  if (!message) {
    const [row] = await ctx.db.select({ status: messages.status }).from(messages).where(eq(messages.id, messageId));
    return row?.status === 'queued' ? 'not_due' : 'already_handled';
  }
  const log = ctx.log.child({ messageId, channel: message.channel, kind: message.kind });

  const decision = await decideDelivery(ctx, message, now);
  if (decision.action === 'defer') {
    // Quiet hours are never crossed: release the claim and come back at the next allowed moment.
    await ctx.db.update(messages).set({ status: 'queued', sendAfter: decision.until, attempts: sql`${messages.attempts} - 1` }).where(eq(messages.id, message.id));
    await enqueueAfterCommit(ctx, [{ id: message.id, sendAfter: decision.until, channel: message.channel }]);
    log.info({ until: decision.until.toISOString() }, 'message deferred');
    return 'deferred';
  }
  if (decision.action === 'skip') {
    await ctx.db.update(messages).set({ status: 'skipped', error: decision.reason, statusAt: now }).where(eq(messages.id, message.id));
    if (decision.closeCheckin && message.checkinId) {
      await ctx.db.update(checkins).set({ state: 'expired', closedReason: decision.reason }).where(and(eq(checkins.id, message.checkinId), inArray(checkins.state, ['pending', 'open'])));
    }
    log.info({ reason: decision.reason }, 'message skipped');
    return 'skipped';
  }

  const adapter = ctx.channels[message.channel];
  await markAsked(ctx, message, now);
  try {
    if (!adapter) throw new ChannelError(`no adapter for ${message.channel}`, 'permanent');
    const replyTo = message.checkinId && message.channel === 'email' ? await replyAddress(ctx, message.checkinId) : null;
    // From here on the provider may have the message: a worker dying now leaves it `unknown`, never re-sent.
    // Before this line a dead worker's claim is safely given back by the reconciler.
    await ctx.db.update(messages).set({ providerCallAt: now }).where(eq(messages.id, message.id));
    const result = await adapter.send({
      messageId: message.id,
      channel: message.channel,
      to: message.toAddress,
      subject: message.subject,
      text: message.body,
      html: message.html,
      replyTo,
      statusCallbackUrl: `${ctx.config.PUBLIC_BASE_URL}/v1/webhooks/twilio/status`,
    });
    await markSent(ctx, message, result, now);
    log.info({ provider: result.provider }, 'message sent');
    return 'sent';
  } catch (error) {
    const failure = error instanceof ChannelError ? error : new ChannelError((error as Error).message, 'transient');
    if (failure.kind === 'transient' && message.attempts < DELIVERY_ATTEMPTS) {
      await ctx.db.update(messages).set({ status: 'queued', error: failure.message, providerCallAt: null }).where(eq(messages.id, message.id));
      log.warn({ err: failure.message, attempt: message.attempts }, 'send failed; will retry');
      throw new RetryLaterError(failure.message, failure.options.retryAfterMs);
    }
    const fallback = await ctx.db.transaction(async (tx) => {
      await tx.update(messages).set({ status: 'failed', error: failure.message, statusAt: now }).where(eq(messages.id, message.id));
      if (failure.options.recipientOptedOut) await markOptedOut(tx, message.clientId, message.channel, now);
      else if (failure.options.addressUnusable) await markChannelUnusable(tx, message.clientId, message.channel, failure.message, now);
      return fallBackFrom(tx, message, now, linkSettingsOf(ctx.config));
    });
    log.warn({ err: failure.message, fallback: Boolean(fallback) }, 'send failed permanently');
    await enqueueAfterCommit(ctx, [fallback]);
    return 'failed';
  }
}

type Decision = { action: 'send' } | { action: 'defer'; until: Date } | { action: 'skip'; reason: string; closeCheckin?: boolean };

async function decideDelivery(ctx: AppContext, message: typeof messages.$inferSelect, now: Date): Promise<Decision> {
  const [client] = await ctx.db.select().from(clients).where(eq(clients.id, message.clientId));
  if (!client || client.deletedAt) return { action: 'skip', reason: 'client removed' };
  // The coach changed the number or address after this was written: never send it to the old one.
  if (message.channel !== 'push' && addressOf(client, message.channel) !== message.toAddress) return { action: 'skip', reason: 'address changed' };
  if (QUESTION_KINDS.has(message.kind) && !hasConsent(client, message.channel)) return { action: 'skip', reason: 'no consent' };
  // A pause (holiday, hospital) stops new prompts that were already on their way when it began; the next
  // question or a clarification after the client's own reply still follows that reply.
  const opensOrReminds = message.kind === 'reminder' || (message.kind === 'question' && message.itemPosition === 0);
  if (opensOrReminds && client.pausedUntil && client.pausedUntil > now) return { action: 'skip', reason: 'client paused' };
  if (message.kind !== 'opt_out_confirmation') {
    const [state] = await ctx.db
      .select()
      .from(clientChannelStates)
      .where(and(eq(clientChannelStates.clientId, message.clientId), eq(clientChannelStates.channel, message.channel)));
    if (state?.optedOutAt) return { action: 'skip', reason: 'client opted out' };
  }
  if (!message.checkinId || !QUESTION_KINDS.has(message.kind)) return { action: 'send' };
  const [checkin] = await ctx.db.select().from(checkins).where(eq(checkins.id, message.checkinId));
  if (!checkin) return { action: 'skip', reason: 'check-in closed' };
  // A prompt that would arrive after its own expiry is never sent. The reconciler may have closed the
  // check-in as expired before this worker got to it; the recorded reason is the same either way.
  if (checkin.expiresAt <= now && ['pending', 'open', 'expired'].includes(checkin.state)) return { action: 'skip', reason: 'check-in expired', closeCheckin: true };
  if (!['pending', 'open'].includes(checkin.state)) return { action: 'skip', reason: 'check-in closed' };
  if (opensOrReminds && checkin.scheduleId) {
    const [schedule] = await ctx.db.select({ state: schedules.state, deletedAt: schedules.deletedAt }).from(schedules).where(eq(schedules.id, checkin.scheduleId));
    if (schedule?.deletedAt) return { action: 'skip', reason: 'schedule deleted' };
    if (schedule && schedule.state !== 'active') return { action: 'skip', reason: `schedule ${schedule.state}` };
  }
  if (message.kind === 'reminder' && checkin.state !== 'open') return { action: 'skip', reason: 'nothing to remind of' };
  if (!checkin.quietHours || !checkin.timezone) return { action: 'send' };
  const decision = sendDecision(now, { sendAt: message.sendAfter, expiresAt: checkin.expiresAt, timezone: checkin.timezone, quietHours: checkin.quietHours });
  if (decision.action === 'defer') return { action: 'defer', until: new Date(decision.until) };
  if (decision.action === 'skip') return { action: 'skip', reason: decision.reason, closeCheckin: true };
  return { action: 'send' };
}

async function replyAddress(ctx: AppContext, checkinId: string): Promise<string | null> {
  const [checkin] = await ctx.db.select({ token: checkins.replyToken }).from(checkins).where(eq(checkins.id, checkinId));
  return checkin ? `reply+${checkin.token}@${ctx.config.INBOUND_MAIL_DOMAIN}` : null;
}

async function markSent(ctx: AppContext, message: typeof messages.$inferSelect, result: { provider: string; providerMessageId: string }, now: Date) {
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(messages)
      .set({ status: 'sent', provider: result.provider, providerMessageId: result.providerMessageId, sentAt: now, statusAt: now, error: null })
      .where(eq(messages.id, message.id));
    if (message.kind === 'question' && message.checkinId) {
      await tx.update(checkins).set({ sentAt: sql`coalesce(${checkins.sentAt}, ${now.toISOString()}::timestamptz)` }).where(eq(checkins.id, message.checkinId));
    }
  });
}

/** The question is open from the moment it goes out: a reply may arrive before the provider call returns. */
async function markAsked(ctx: AppContext, message: typeof messages.$inferSelect, now: Date) {
  if (message.kind !== 'question' || !message.checkinId || message.itemPosition === null) return;
  await ctx.db.transaction(async (tx) => {
    if (message.itemPosition === 0) await supersedeOlderCheckins(tx, message);
    await tx.update(checkins).set({ state: 'open' }).where(and(eq(checkins.id, message.checkinId!), eq(checkins.state, 'pending')));
    await tx
      .update(checkinItems)
      .set({ state: 'asked', askedAt: now })
      .where(and(eq(checkinItems.checkinId, message.checkinId!), eq(checkinItems.position, message.itemPosition!), eq(checkinItems.state, 'pending')));
  });
}

const hasConsent = (client: typeof clients.$inferSelect, channel: string) =>
  channel === 'sms' ? client.consentSms : channel === 'email' ? client.consentEmail : client.consentPush;

export const SUPERSEDED = 'superseded by a newer check-in';

/** One open question per client per channel: a new check-in closes the older open one, so "3" is never ambiguous. */
async function supersedeOlderCheckins(tx: Tx, message: typeof messages.$inferSelect) {
  await tx
    .update(checkins)
    .set({ state: 'expired', closedReason: SUPERSEDED })
    .where(and(eq(checkins.clientId, message.clientId), eq(checkins.channel, message.channel), eq(checkins.state, 'open'), ne(checkins.id, message.checkinId!)));
}
