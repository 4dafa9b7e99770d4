// A paused client or schedule gets nothing more: prompts of its check-ins that wait in the queue (a
// deferred first send, a fallback to the next channel, a reminder, the next question) are skipped with the
// reason, and a check-in nobody was asked yet is cancelled. Check-ins already asked stay open for an answer.
import { and, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { checkins, messages } from '../../db/schema/index.js';

const PROMPT_KINDS = ['question', 'reminder', 'clarification'] as const;

export async function silencePrompts(tx: Tx, where: { clientId: string } | { scheduleId: string }, reason: string, now: Date): Promise<number> {
  const scope: SQL = 'clientId' in where ? eq(checkins.clientId, where.clientId) : eq(checkins.scheduleId, where.scheduleId);
  const affected = tx.select({ id: checkins.id }).from(checkins).where(and(scope, inArray(checkins.state, ['pending', 'open'])));
  const skipped = await tx
    .update(messages)
    .set({ status: 'skipped', error: reason, statusAt: now })
    .where(and(eq(messages.status, 'queued'), inArray(messages.kind, [...PROMPT_KINDS]), isNotNull(messages.checkinId), inArray(messages.checkinId, affected)))
    .returning({ checkinId: messages.checkinId });
  const skippedIn = [...new Set(skipped.map((m) => m.checkinId!))];
  const reached = skippedIn.length
    ? await tx.select({ checkinId: messages.checkinId }).from(messages).where(and(inArray(messages.checkinId, skippedIn), inArray(messages.status, ['sending', 'sent', 'delivered', 'unknown'])))
    : [];
  const checkinIds = skippedIn.filter((id) => !reached.some((r) => r.checkinId === id));
  if (checkinIds.length) {
    await tx.update(checkins).set({ state: 'cancelled', closedReason: reason }).where(and(inArray(checkins.id, checkinIds), eq(checkins.state, 'pending')));
  }
  return skipped.length;
}
