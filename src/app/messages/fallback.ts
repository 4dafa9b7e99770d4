// When a channel fails permanently: try the client's next usable channel; when none is left,
// ask the coach to make personal contact. Human contact is the last step, never nothing.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { checkinItems, checkins, clientChannelStates, clients, messages, questionVersions } from '../../db/schema/index.js';
import { type Channel, chooseChannel } from '../../domain/channels/choose-channel.js';
import { reachabilityOf } from '../clients/reachability.js';
import { questionDedupeKey } from '../checkins/create-checkin.js';
import { raiseFlag } from '../flags.js';
import { type ComposedMessage, composeQuestion } from './compose-message.js';
import type { LinkSettings } from '../answer-links/link-settings.js';

export async function markChannelUnusable(tx: Tx, clientId: string, channel: Channel, reason: string, now: Date): Promise<void> {
  await tx
    .insert(clientChannelStates)
    .values({ clientId, channel, unusableAt: now, reason, updatedAt: now })
    .onConflictDoUpdate({ target: [clientChannelStates.clientId, clientChannelStates.channel], set: { unusableAt: now, reason, updatedAt: now } });
}

export async function markOptedOut(tx: Tx, clientId: string, channel: Channel, now: Date): Promise<void> {
  await tx
    .insert(clientChannelStates)
    .values({ clientId, channel, optedOutAt: now, reason: 'opted out at the provider', updatedAt: now })
    .onConflictDoUpdate({ target: [clientChannelStates.clientId, clientChannelStates.channel], set: { optedOutAt: now, reason: 'opted out at the provider', updatedAt: now } });
}

export async function fallBackFrom(tx: Tx, message: typeof messages.$inferSelect, now: Date, links: LinkSettings): Promise<ComposedMessage | null> {
  if (!message.checkinId || message.itemPosition === null || message.kind !== 'question') return null;
  const [client] = await tx.select().from(clients).where(eq(clients.id, message.clientId));
  const [checkin] = await tx.select().from(checkins).where(eq(checkins.id, message.checkinId)).for('update');
  if (!client || !checkin || !['pending', 'open'].includes(checkin.state)) return null;

  const tried = await tx
    .select({ channel: messages.channel })
    .from(messages)
    .where(and(eq(messages.checkinId, checkin.id), eq(messages.kind, 'question')));
  const next = chooseChannel(await reachabilityOf(tx, client), { tried: tried.map((t) => t.channel) });
  if (!next) {
    await tx.update(checkins).set({ state: 'failed', closedReason: 'unreachable' }).where(eq(checkins.id, checkin.id));
    await raiseFlag(tx, client.id, 'unreachable');
    return null;
  }
  const [item] = await tx
    .select({ position: checkinItems.position, textNl: questionVersions.textNl, textEn: questionVersions.textEn })
    .from(checkinItems)
    .innerJoin(questionVersions, eq(questionVersions.id, checkinItems.questionVersionId))
    .where(and(eq(checkinItems.checkinId, checkin.id), eq(checkinItems.position, message.itemPosition)));
  const total = await tx.$count(checkinItems, eq(checkinItems.checkinId, checkin.id));
  if (!item) return null;
  await tx.update(checkins).set({ channel: next }).where(eq(checkins.id, checkin.id));
  return composeQuestion(tx, {
    client,
    links,
    channel: next,
    dedupeKey: questionDedupeKey(checkin.id, item.position, next),
    checkinId: checkin.id,
    itemPosition: item.position,
    sendAfter: now,
    questionText: client.locale === 'en' && item.textEn ? item.textEn : item.textNl,
    position: item.position,
    total,
  });
}
