// Creates a check-in with its questions and the first prompt, in one transaction.
// Postgres holds the whole intent before anything is queued; the reconciler re-queues if the enqueue is lost.
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, lte } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { checkinItems, checkins } from '../../db/schema/index.js';
import type { Channel } from '../../domain/channels/choose-channel.js';
import type { ClientRow } from '../clients/client-access.js';
import { ConflictError } from '../errors.js';
import { type ComposedMessage, composeQuestion } from '../messages/compose-message.js';
import type { QuestionRow, QuestionVersionRow } from '../questions/create-question.js';
import type { LinkSettings } from '../answer-links/link-settings.js';

/** Lower-case letters and digits only: it travels inside an e-mail address (reply+<token>@domain). */
export const newReplyToken = () => randomBytes(15).toString('hex');

export const questionDedupeKey = (checkinId: string, position: number, channel: Channel) => `checkin:${checkinId}:${position}:question:${channel}`;

export async function createCheckin(
  tx: Tx,
  input: {
    client: ClientRow;
    channel: Channel;
    questions: Array<{ question: QuestionRow; version: QuestionVersionRow }>;
    dueAt: Date;
    expiresAt: Date;
    createdBy: string;
    links: LinkSettings;
  },
): Promise<{ checkin: typeof checkins.$inferSelect; message: ComposedMessage | null }> {
  // One open question per client per channel, so a bare "3" is never ambiguous. (Scheduled check-ins,
  // materialized elsewhere, close the open one when they are sent.)
  const open = await tx
    .select({ id: checkins.id })
    .from(checkins)
    .where(and(eq(checkins.clientId, input.client.id), eq(checkins.channel, input.channel), inArray(checkins.state, ['pending', 'open']), lte(checkins.dueAt, input.dueAt)))
    .limit(1);
  if (open.length) throw new ConflictError(`client already has an open check-in on ${input.channel}`);

  const inserted = await tx
    .insert(checkins)
    .values({
      clientId: input.client.id,
      channel: input.channel,
      replyToken: newReplyToken(),
      dueAt: input.dueAt,
      expiresAt: input.expiresAt,
      createdBy: input.createdBy,
    })
    .returning();
  const checkin = inserted[0]!;
  await tx.insert(checkinItems).values(
    input.questions.map((q, position) => ({
      checkinId: checkin.id,
      position,
      questionId: q.question.id,
      questionVersionId: q.version.id,
    })),
  );
  const first = input.questions[0]!;
  const message = await composeQuestion(tx, {
    client: input.client,
    links: input.links,
    channel: input.channel,
    dedupeKey: questionDedupeKey(checkin.id, 0, input.channel),
    checkinId: checkin.id,
    itemPosition: 0,
    sendAfter: input.dueAt,
    questionText: input.client.locale === 'en' && first.version.textEn ? first.version.textEn : first.version.textNl,
    position: 0,
    total: input.questions.length,
  });
  return { checkin, message };
}
