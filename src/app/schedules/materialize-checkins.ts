// Writes a batch of planned occurrences as check-ins, their questions and first messages with three
// unnest statements instead of several queries per check-in, so a schedule over a large audience
// fans out in seconds. An occurrence planned before (same key) is skipped by the unique index.
import { sql } from 'drizzle-orm';
import { type BulkColumn, bulkInsert } from '../../db/bulk-insert.js';
import type { checkinItems, checkins, messages } from '../../db/schema/index.js';
import type { Tx } from '../../db/client.js';
import type { Channel } from '../../domain/channels/choose-channel.js';
import { renderQuestion, type Sender } from '../../domain/messages/render.js';
import type { PlannedOccurrence } from '../../domain/schedule/index.js';
import { bodyWithLinks } from '../answer-links/message-body.js';
import { linksFor } from '../answer-links/message-links.js';
import type { LinkSettings } from '../answer-links/link-settings.js';
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
  input: { scheduleId: string; links: LinkSettings; questions: Array<{ question: QuestionRow; version: QuestionVersionRow }>; entries: PlannedEntry[]; senderOf: (coachId: string) => Promise<Sender> },
): Promise<ComposedMessage[]> {
  const composed: ComposedMessage[] = [];
  for (let i = 0; i < input.entries.length; i += CHUNK) composed.push(...(await materializeChunk(tx, input, input.entries.slice(i, i + CHUNK))));
  return composed;
}

type CheckinInsert = typeof checkins.$inferInsert;
type ItemInsert = typeof checkinItems.$inferInsert;
type MessageInsert = typeof messages.$inferInsert;

const CHECKIN_COLUMNS: ReadonlyArray<BulkColumn<CheckinInsert>> = [
  { name: 'client_id', type: 'uuid', value: (r) => r.clientId },
  { name: 'channel', type: 'text', value: (r) => r.channel },
  { name: 'reply_token', type: 'text', value: (r) => r.replyToken },
  { name: 'due_at', type: 'timestamptz', value: (r) => r.dueAt },
  { name: 'expires_at', type: 'timestamptz', value: (r) => r.expiresAt },
  { name: 'created_by', type: 'text', value: (r) => r.createdBy },
  { name: 'schedule_id', type: 'uuid', value: (r) => r.scheduleId },
  { name: 'occurrence_key', type: 'text', value: (r) => r.occurrenceKey },
  { name: 'quiet_hours', type: 'jsonb', value: (r) => r.quietHours },
  { name: 'timezone', type: 'text', value: (r) => r.timezone },
  { name: 'reminder_times', type: 'jsonb', value: (r) => r.reminderTimes ?? [] },
];
const ITEM_COLUMNS: ReadonlyArray<BulkColumn<ItemInsert>> = [
  { name: 'checkin_id', type: 'uuid', value: (r) => r.checkinId },
  { name: 'position', type: 'int', value: (r) => r.position },
  { name: 'question_id', type: 'uuid', value: (r) => r.questionId },
  { name: 'question_version_id', type: 'uuid', value: (r) => r.questionVersionId },
];
const MESSAGE_COLUMNS: ReadonlyArray<BulkColumn<MessageInsert>> = [
  { name: 'client_id', type: 'uuid', value: (r) => r.clientId },
  { name: 'checkin_id', type: 'uuid', value: (r) => r.checkinId },
  { name: 'item_position', type: 'int', value: (r) => r.itemPosition },
  { name: 'dedupe_key', type: 'text', value: (r) => r.dedupeKey },
  { name: 'kind', type: 'text', value: (r) => r.kind },
  { name: 'channel', type: 'text', value: (r) => r.channel },
  { name: 'to_address', type: 'text', value: (r) => r.toAddress },
  { name: 'subject', type: 'text', value: (r) => r.subject },
  { name: 'body', type: 'text', value: (r) => r.body },
  { name: 'html', type: 'text', value: (r) => r.html },
  { name: 'send_after', type: 'timestamptz', value: (r) => r.sendAfter },
];

async function materializeChunk(tx: Tx, input: Parameters<typeof materializeCheckins>[1], entries: PlannedEntry[]): Promise<ComposedMessage[]> {
  const byKey = new Map(entries.map((e) => [e.occurrence.key, e]));
  const created = await bulkInsert<CheckinInsert, { id: string; occurrence_key: string; expires_at: Date; due_at: Date }>(
    tx,
    'checkins',
    CHECKIN_COLUMNS,
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
    sql`on conflict do nothing returning id, occurrence_key, expires_at, due_at`,
  );
  if (created.length === 0) return [];

  await bulkInsert(
    tx,
    'checkin_items',
    ITEM_COLUMNS,
    created.flatMap((c) => input.questions.map((q, position) => ({ checkinId: c.id, position, questionId: q.question.id, questionVersionId: q.version.id }))),
  );

  const first = input.questions[0]!;
  const settings = input.links;
  const rows: MessageInsert[] = [];
  for (const c of created) {
    const { client, channel } = byKey.get(c.occurrence_key)!;
    const dueAt = new Date(c.due_at);
    const sender = await input.senderOf(client.coachId);
    const locale = client.locale;
    const questionText = locale === 'en' && first.version.textEn ? first.version.textEn : first.version.textNl;
    const rendered = renderQuestion({ channel, recipient: { firstName: client.firstName, locale }, sender, questionText, position: 0, total: input.questions.length });
    const links = settings && channel !== 'push' ? linksFor(settings, { clientId: client.id, locale, checkinId: c.id, position: 0, now: dueAt, question: specOf(first.question), expiresAt: new Date(c.expires_at), channel }) : null;
    const row = messageRow(
      { client, channel, dedupeKey: questionDedupeKey(c.id, 0, channel), checkinId: c.id, itemPosition: 0, sendAfter: dueAt },
      'question',
      rendered,
      bodyWithLinks(channel, locale, rendered, sender, links),
    );
    if (row) rows.push(row);
  }
  const inserted = await bulkInsert<MessageInsert, { id: string; send_after: Date; channel: Channel }>(tx, 'messages', MESSAGE_COLUMNS, rows, sql`on conflict do nothing returning id, send_after, channel`);
  return inserted.map((m) => ({ id: m.id, sendAfter: new Date(m.send_after), channel: m.channel }));
}
