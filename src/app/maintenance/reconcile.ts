// Postgres is the truth, Redis only moves work. Periodically (and at worker start):
// - every queued message due soon is (re)enqueued under its deterministic job id (a no-op if present),
//   so an emptied Redis or a lost enqueue delays a message but never loses it;
// - a message stuck in `sending` whose provider was never called (its worker died after the claim) goes
//   back to `queued` and is sent; one whose provider call had begun is marked `unknown`, never re-sent:
//   the provider may have delivered it, and a client must never get a check-in twice;
// - open check-ins past their expiry are closed as `expired` (missed).
import { and, desc, eq, inArray, isNotNull, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import { checkins, messages } from '../../db/schema/index.js';
import type { AppContext } from '../context.js';
import { raiseFlag } from '../flags.js';
import { SUPERSEDED } from '../messages/deliver-message.js';
import { sendDueReminders } from '../schedules/send-due-reminders.js';

export const STUCK_SENDING_MS = 5 * 60_000;
const ENQUEUE_HORIZON_MS = 10 * 60_000;
const BATCH = 5_000;

export interface ReconcileReport {
  enqueued: number;
  released: number;
  markedUnknown: number;
  expired: number;
  reminders: number;
}

export const MISSED_IN_A_ROW = 3;

export async function reconcile(ctx: AppContext): Promise<ReconcileReport> {
  const now = ctx.now();
  const stuckBefore = new Date(now.getTime() - STUCK_SENDING_MS);
  // Claimed by a worker that died before calling the provider: certainly not sent, so give it back.
  const released = await ctx.db
    .update(messages)
    .set({ status: 'queued', sendingAt: null, attempts: sql`greatest(${messages.attempts} - 1, 0)`, error: 'worker stopped before the send; queued again' })
    .where(and(eq(messages.status, 'sending'), lt(messages.sendingAt, stuckBefore), isNull(messages.providerCallAt)))
    .returning({ id: messages.id });

  const due = await ctx.db
    .select({ id: messages.id, sendAfter: messages.sendAfter, channel: messages.channel })
    .from(messages)
    .where(and(eq(messages.status, 'queued'), lte(messages.sendAfter, new Date(now.getTime() + ENQUEUE_HORIZON_MS))))
    .orderBy(messages.sendAfter)
    .limit(BATCH);
  await ctx.queue.enqueueDelivery(due, now);

  const stuck = await ctx.db
    .update(messages)
    .set({ status: 'unknown', error: 'worker stopped during the send; not re-sent', statusAt: now })
    .where(and(eq(messages.status, 'sending'), lt(messages.sendingAt, stuckBefore), isNotNull(messages.providerCallAt)))
    .returning({ id: messages.id, checkinId: messages.checkinId, kind: messages.kind });
  // The client may well have received it: keep the check-in open for their answer.
  const stuckCheckins = stuck.filter((m) => m.kind === 'question' && m.checkinId).map((m) => m.checkinId!);
  if (stuckCheckins.length) {
    await ctx.db.update(checkins).set({ state: 'open', sentAt: sql`coalesce(${checkins.sentAt}, now())` }).where(and(inArray(checkins.id, stuckCheckins), eq(checkins.state, 'pending')));
  }

  const expired = await ctx.db
    .update(checkins)
    .set({ state: 'expired', closedReason: 'no answer before expiry' })
    .where(and(inArray(checkins.state, ['pending', 'open']), lte(checkins.expiresAt, now)))
    .returning({ id: checkins.id, clientId: checkins.clientId });

  await flagMissedCheckins(ctx, expired.map((e) => e.clientId));
  const reminders = await sendDueReminders(ctx);

  if (due.length || released.length || stuck.length || expired.length || reminders) {
    ctx.log.info({ enqueued: due.length, released: released.length, markedUnknown: stuck.length, expired: expired.length, reminders }, 'reconciled');
  }
  return { enqueued: due.length, released: released.length, markedUnknown: stuck.length, expired: expired.length, reminders };
}

/** After K missed check-ins in a row the coach is asked to make personal contact. */
async function flagMissedCheckins(ctx: AppContext, clientIds: string[]): Promise<void> {
  for (const clientId of new Set(clientIds)) {
    // Only what the client was really asked counts: a check-in that expired unsent (no worker ran) or
    // that a newer one replaced is neither answered nor missed.
    const recent = await ctx.db
      .select({ state: checkins.state })
      .from(checkins)
      .where(
        and(
          eq(checkins.clientId, clientId),
          or(eq(checkins.state, 'answered'), and(eq(checkins.state, 'expired'), isNotNull(checkins.sentAt), or(isNull(checkins.closedReason), ne(checkins.closedReason, SUPERSEDED)))),
        ),
      )
      .orderBy(desc(checkins.dueAt))
      .limit(MISSED_IN_A_ROW);
    if (recent.length === MISSED_IN_A_ROW && recent.every((c) => c.state === 'expired')) await raiseFlag(ctx.db, clientId, 'missed_checkins');
  }
}
