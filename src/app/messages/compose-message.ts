// Creates the row for one outbound message (rendered, addressed, idempotent by its dedupe key).
// The row is the record that the message must be sent; the delivery job only moves it.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { coaches, messages, type MessageKind } from '../../db/schema/index.js';
import type { Channel } from '../../domain/channels/choose-channel.js';
import { type Rendered, renderNotice, renderQuestion, type Sender } from '../../domain/messages/render.js';
import type { QuestionSpec } from '../../domain/normalize/types.js';
import type { ClientRow } from '../clients/client-access.js';
import { type MessageBody, messageBody } from '../answer-links/message-body.js';
import { addressOf } from '../clients/reachability.js';
import { readablePhone } from '../../domain/channels/phone.js';
import type { LinkSettings } from '../answer-links/link-settings.js';

export interface ComposedMessage {
  id: string;
  sendAfter: Date;
  channel: Channel;
}

export async function senderOf(db: DbOrTx, coachId: string): Promise<Sender> {
  const [coach] = await db.select().from(coaches).where(eq(coaches.id, coachId)).limit(1);
  return { coachName: coach?.name ?? 'Pols', coachContact: coach?.phone ? readablePhone(coach.phone) : (coach?.email ?? '') };
}

export interface Base {
  client: ClientRow;
  /** Where answer links point and how they are signed (from the configuration). */
  links: LinkSettings;
  channel: Channel;
  dedupeKey: string;
  checkinId?: string;
  itemPosition?: number;
  sendAfter?: Date;
}

export async function composeQuestion(
  db: DbOrTx,
  input: Base & { questionText: string; position: number; total: number; kind?: 'question' | 'reminder' },
): Promise<ComposedMessage | null> {
  const sender = await senderOf(db, input.client.coachId);
  const rendered = renderQuestion({
    channel: input.channel,
    recipient: { firstName: input.client.firstName, locale: input.client.locale },
    sender,
    questionText: input.questionText,
    position: input.position,
    total: input.total,
  });
  return insertMessage(db, input, input.kind ?? 'question', rendered, sender);
}

export async function composeNotice(
  db: DbOrTx,
  input: Base & { kind: Exclude<MessageKind, 'question' | 'reminder'>; question?: QuestionSpec },
): Promise<ComposedMessage | null> {
  const sender = await senderOf(db, input.client.coachId);
  const rendered = renderNotice({
    channel: input.channel,
    recipient: { firstName: input.client.firstName, locale: input.client.locale },
    sender,
    kind: input.kind,
    ...(input.question ? { question: input.question } : {}),
  });
  return insertMessage(db, input, input.kind, rendered, sender);
}

async function insertMessage(db: DbOrTx, input: Base, kind: MessageKind, rendered: Rendered, sender: Sender): Promise<ComposedMessage | null> {
  if (!addressOf(input.client, input.channel)) return null;
  const body = await messageBody(db, { clientId: input.client.id, locale: input.client.locale, channel: input.channel, checkinId: input.checkinId, itemPosition: input.itemPosition, now: input.sendAfter ?? new Date(), links: input.links }, rendered, sender);
  const [row] = await db
    .insert(messages)
    .values(messageRow(input, kind, rendered, body)!)
    .onConflictDoNothing()
    .returning({ id: messages.id, sendAfter: messages.sendAfter, channel: messages.channel });
  return row ?? null;
}

/** The row of one message; null when the client has no address on that channel. */
export function messageRow(input: Omit<Base, 'links'>, kind: MessageKind, rendered: Rendered, body: MessageBody): typeof messages.$inferInsert | null {
  const to = addressOf(input.client, input.channel);
  if (!to) return null;
  return {
    clientId: input.client.id,
    checkinId: input.checkinId ?? null,
    itemPosition: input.itemPosition ?? null,
    dedupeKey: input.dedupeKey,
    kind,
    channel: input.channel,
    toAddress: to,
    // Push uses the subject as the notification title.
    subject: input.channel === 'sms' ? null : rendered.subject,
    body: body.text,
    html: body.html,
    sendAfter: input.sendAfter ?? new Date(),
  };
}
