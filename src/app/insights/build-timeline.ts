// A client's history, newest first: what was sent, what came back, and how the profile changed.
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { answers, clientFlags, messages, questions } from '../../db/schema/index.js';
import type { Principal } from '../context.js';
import { loadClientFor } from '../clients/client-access.js';

export interface TimelineEvent {
  type: 'checkin_sent' | 'message_sent' | 'message_failed' | 'message_skipped' | 'answer_received' | 'answer_corrected' | 'trait_changed' | 'flag_raised';
  at: string;
  channel?: string;
  [field: string]: unknown;
}

export async function buildTimeline(db: DbOrTx, principal: Principal, clientId: string, limit = 100): Promise<{ events: TimelineEvent[] }> {
  await loadClientFor(db, principal, clientId);
  const [sent, received, changes, flags] = await Promise.all([
    db.select().from(messages).where(and(eq(messages.clientId, clientId), isNotNull(messages.statusAt))).orderBy(desc(messages.statusAt)).limit(limit),
    db
      .select({ answer: answers, questionKey: questions.key })
      .from(answers)
      .leftJoin(questions, eq(questions.id, answers.questionId))
      .where(eq(answers.clientId, clientId))
      .orderBy(desc(answers.receivedAt))
      .limit(limit),
    traitChanges(db, clientId, limit),
    db.select().from(clientFlags).where(eq(clientFlags.clientId, clientId)).orderBy(desc(clientFlags.createdAt)).limit(limit),
  ]);

  const events: TimelineEvent[] = [
    ...sent.map((m): TimelineEvent => ({
      // A skipped message was never sent (too late, client removed, opted out); its error says why.
      type: m.status === 'failed' || m.status === 'undelivered' ? 'message_failed' : m.status === 'skipped' ? 'message_skipped' : m.kind === 'question' ? 'checkin_sent' : 'message_sent',
      at: (m.sentAt ?? m.statusAt!).toISOString(),
      channel: m.channel,
      messageId: m.id,
      checkinId: m.checkinId,
      kind: m.kind,
      status: m.status,
      ...(m.error ? { error: m.error } : {}),
    })),
    ...received.map(({ answer: a, questionKey }): TimelineEvent => ({
      type: 'answer_received',
      at: a.receivedAt.toISOString(),
      channel: a.channel,
      answerId: a.id,
      checkinId: a.checkinId,
      questionKey,
      text: a.rawText,
      status: a.correctedStatus ?? a.status,
      value: a.correctedAt ? a.correctedValue : a.value,
      confidence: a.confidence,
      traits: a.traits,
      late: a.late,
      needsReview: a.needsReview,
      ...(a.correctedAt ? { corrected: true, originalStatus: a.status, originalValue: a.value } : {}),
    })),
    ...received
      .filter(({ answer: a }) => a.correctedAt !== null)
      .map(({ answer: a, questionKey }): TimelineEvent => ({
        type: 'answer_corrected',
        at: a.correctedAt!.toISOString(),
        channel: a.channel,
        answerId: a.id,
        questionKey,
        by: a.correctedBy,
        status: a.correctedStatus,
        value: a.correctedValue,
        originalStatus: a.status,
        originalValue: a.value,
      })),
    ...changes,
    ...flags.map((f): TimelineEvent => ({ type: 'flag_raised', at: f.createdAt.toISOString(), flag: f.kind, flagId: f.id, resolvedAt: f.resolvedAt?.toISOString() ?? null })),
  ];
  events.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return { events: events.slice(0, limit) };
}

/** Only observations whose value differs from the previous one for the same key are changes. */
async function traitChanges(db: DbOrTx, clientId: string, limit: number): Promise<TimelineEvent[]> {
  const result = await db.execute<{ key: string; value: unknown; previous: unknown; has_previous: boolean; observed_at: Date | string; answer_id: string | null; confidence: number }>(sql`
    select key, value, previous, has_previous, observed_at, answer_id, confidence from (
      select key, value, answer_id, confidence, observed_at,
             lag(value) over w as previous, lag(id) over w is not null as has_previous
      from traits where client_id = ${clientId}
      window w as (partition by key order by observed_at, id)
    ) t
    where not has_previous or value is distinct from previous
    order by observed_at desc limit ${limit}`);
  return result.rows.map((r) => ({
    type: 'trait_changed',
    at: new Date(r.observed_at).toISOString(),
    key: r.key,
    value: r.value,
    previous: r.has_previous ? r.previous : null,
    answerId: r.answer_id,
    confidence: r.confidence,
  }));
}
