// Where a check-in stands: its current item, and moving on to the next question (or closing it after the last).
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { checkinItems, checkins, questions, questionVersions } from '../../db/schema/index.js';
import type { Channel } from '../../domain/channels/choose-channel.js';
import { scoreWho5Checkin } from '../answers/who5-checkin.js';
import { questionDedupeKey } from '../checkins/create-checkin.js';
import type { ClientRow } from '../clients/client-access.js';
import { type ComposedMessage, composeQuestion } from '../messages/compose-message.js';
import type { LinkSettings } from '../answer-links/link-settings.js';

export type CheckinRow = typeof checkins.$inferSelect;

export async function currentItem(tx: Tx, checkin: Pick<CheckinRow, 'id' | 'currentPosition'>) {
  const [row] = await tx
    .select({ item: checkinItems, question: questions })
    .from(checkinItems)
    .innerJoin(questions, eq(questions.id, checkinItems.questionId))
    .where(and(eq(checkinItems.checkinId, checkin.id), eq(checkinItems.position, checkin.currentPosition)));
  return row ?? null;
}

/**
 * Asks the next question of a multi-question check-in, or closes the check-in after the last one
 * (and scores it when it is an instrument such as WHO-5). Asking is idempotent by the message's dedupe key.
 */
export async function advance(tx: Tx, client: ClientRow, checkin: CheckinRow, position: number, channel: Channel, at: Date, links: LinkSettings): Promise<ComposedMessage | null> {
  const items = await tx
    .select({ position: checkinItems.position, textNl: questionVersions.textNl, textEn: questionVersions.textEn })
    .from(checkinItems)
    .innerJoin(questionVersions, eq(questionVersions.id, checkinItems.questionVersionId))
    .where(eq(checkinItems.checkinId, checkin.id))
    .orderBy(checkinItems.position);
  const next = items.find((i) => i.position === position + 1);
  if (!next) {
    await tx.update(checkins).set({ state: 'answered', answeredAt: at }).where(eq(checkins.id, checkin.id));
    await scoreWho5Checkin(tx, { clientId: client.id, checkinId: checkin.id, at });
    return null;
  }
  await tx.update(checkins).set({ currentPosition: next.position }).where(eq(checkins.id, checkin.id));
  return composeQuestion(tx, {
    client,
    links,
    channel,
    dedupeKey: questionDedupeKey(checkin.id, next.position, channel),
    checkinId: checkin.id,
    itemPosition: next.position,
    questionText: client.locale === 'en' && next.textEn ? next.textEn : next.textNl,
    position: next.position,
    total: items.length,
  });
}
