// Writes a batch of planned occurrences as check-ins, their questions and first messages with a few
// multi-row statements instead of several queries per check-in, so a schedule over a large audience
// fans out in seconds. An occurrence planned before (same key) is skipped by the unique index.
import { checkinItems, checkins, messages } from '../../db/schema/index.js';
import type { Tx } from '../../db/client.js';
import type { Channel } from '../../domain/channels/choose-channel.js';
import { renderQuestion, type Sender } from '../../domain/messages/render.js';
import type { PlannedOccurrence } from '../../domain/schedule/index.js';
import { bodyWithLinks } from '../answer-links/message-body.js';
import { linksFor } from '../answer-links/message-links.js';
import { configuredLinks } from '../answer-links/link-settings.js';
import { newReplyToken, questionDedupeKey } from '../checkins/create-checkin.js';
import type { ClientRow } from '../clients/client-access.js';
import { type ComposedMessage, messageRow } from '../messages/compose-message.js';
import { type QuestionRow, type QuestionVersionRow, specOf } from '../questions/create-question.js';

export interface PlannedEntry {
  client: ClientRow;
  channel: Channel;
  occurrence: PlannedOccurrence;
}

const CHUNK = 500;

export async function materializeCheckins(
  tx: Tx,
  input: { scheduleId: string; questions: Array<{ question: QuestionRow; version: QuestionVersionRow }>; entries: PlannedEntry[]; senderOf: (coachId: string) => Promise<Sender> },
): Promise<ComposedMessage[]> {
  const composed: ComposedMessage[] = [];
  for (let i = 0; i < input.entries.length; i += CHUNK) composed.push(...(await materializeChunk(tx, input, input.entries.slice(i, i + CHUNK))));
  return composed;
}

async function materializeChunk(tx: Tx, input: Parameters<typeof materializeCheckins>[1], entries: PlannedEntry[]): Promise<ComposedMessage[]> {
  const byKey = new Map(entries.map((e) => [e.occurrence.key, e]));
  const created = await tx
    .insert(checkins)
    .values(
      entries.map(({ client, channel, occurrence: o }) => ({
        clientId: client.id,
        channel,
        replyToken: newReplyToken(),
        dueAt: new Date(o.sendAtMs),
        expiresAt: new Date(o.expiresAtMs),
        createdBy: `schedule:${input.scheduleId}`,
        scheduleId: input.scheduleId,
        occurrenceKey: o.key,
        quietHours: o.quietHours,
        timezone: o.timezone,
        reminderTimes: o.reminders,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: checkins.id, occurrenceKey: checkins.occurrenceKey, expiresAt: checkins.expiresAt, dueAt: checkins.dueAt });
  if (created.length === 0) return [];

  await tx.insert(checkinItems).values(
    created.flatMap((c) => input.questions.map((q, position) => ({ checkinId: c.id, position, questionId: q.question.id, questionVersionId: q.version.id }))),
  );

  const first = input.questions[0]!;
  const settings = configuredLinks();
  const rows: Array<typeof messages.$inferInsert> = [];
  for (const c of created) {
    const { client, channel } = byKey.get(c.occurrenceKey!)!;
    const sender = await input.senderOf(client.coachId);
    const locale = client.locale;
    const questionText = locale === 'en' && first.version.textEn ? first.version.textEn : first.version.textNl;
    const rendered = renderQuestion({ channel, recipient: { firstName: client.firstName, locale }, sender, questionText, position: 0, total: input.questions.length });
    const links = settings && channel !== 'push' ? linksFor(settings, { clientId: client.id, locale, checkinId: c.id, position: 0, now: c.dueAt, question: specOf(first.question), expiresAt: c.expiresAt }) : null;
    const row = messageRow(
      { client, channel, dedupeKey: questionDedupeKey(c.id, 0, channel), checkinId: c.id, itemPosition: 0, sendAfter: c.dueAt },
      'question',
      rendered,
      bodyWithLinks(channel, locale, rendered, sender, links),
    );
    if (row) rows.push(row);
  }
  if (rows.length === 0) return [];
  return tx.insert(messages).values(rows).onConflictDoNothing().returning({ id: messages.id, sendAfter: messages.sendAfter, channel: messages.channel });
}
