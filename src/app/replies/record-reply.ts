// Records what a client wrote, on any channel: normalizes it, stores the answer and its traits, and
// decides what happens next (next question, one clarification, opt-out, help, flags for the coach).
// Runs inside the caller's transaction so a failure stores nothing and the provider's retry is handled whole.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { answers, checkinItems, checkins, clientChannelStates, inboundReceipts } from '../../db/schema/index.js';
import type { AnswerChannel } from '../../db/schema/people.js';
import type { Channel } from '../../domain/channels/choose-channel.js';
import { isTwilioOptInKeyword, isTwilioOptOutKeyword } from '../../channels/sms-twilio/keywords.js';
import { normalize } from '../../domain/normalize/index.js';
import type { NormalizeResult, QuestionSpec } from '../../domain/normalize/types.js';
import { audit } from '../audit.js';
import type { ClientRow } from '../clients/client-access.js';
import { raiseFlag } from '../flags.js';
import { type ComposedMessage, composeNotice } from '../messages/compose-message.js';
import { type QuestionRow, specOf } from '../questions/create-question.js';
import { appendTraits } from './append-traits.js';
import { advance, type CheckinRow, currentItem } from './checkin-progress.js';
import { learnedEntriesForCoach } from './learned-lexicon.js';
import { continueSplitReply } from './split-reply.js';
import type { LinkSettings } from '../answer-links/link-settings.js';

export type { CheckinRow } from './checkin-progress.js';

export interface ReplyInput {
  client: ClientRow;
  /** Where answer links in follow-up questions point (from the configuration). */
  links: LinkSettings;
  checkin: CheckinRow | null;
  channel: AnswerChannel;
  text: string;
  receivedAt: Date;
  providerMessageId?: string | undefined;
  recordedBy?: string | undefined;
  /** The provider answers its own standard keywords (Twilio's STOP/START), so Pols does not confirm them again. */
  providerConfirmsKeywords?: boolean | undefined;
  /** The question an answer is about when it belongs to no check-in item (a coach logging a phone answer). */
  question?: QuestionRow | undefined;
  /** A reply this soon after the previous answer to the same check-in item continues it (an SMS split in parts). */
  mergeWindowMs?: number | undefined;
  /** The value the client picked from the open question's own options (a button): recorded as picked,
   * never re-read from the words (a "Stoppen" option is that option, not an opt-out). */
  chosen?: number | boolean | string | undefined;
}

export interface ReplyOutcome {
  duplicate: boolean;
  answerId?: string;
  result?: NormalizeResult;
  late?: boolean;
  /** The reply was appended to the previous answer (a split SMS). */
  merged?: boolean;
  /** Messages created by this reply; enqueue them after the commit. */
  outgoing: ComposedMessage[];
}

const OPT_IN_WORDS = new Set(['start', 'unstop', 'yes', 'aanmelden', 'weer aanmelden']);

export async function recordReply(tx: Tx, input: ReplyInput): Promise<ReplyOutcome> {
  const { client } = input;
  if (input.providerMessageId) {
    const fresh = await tx.insert(inboundReceipts).values({ providerMessageId: input.providerMessageId, channel: input.channel }).onConflictDoNothing().returning();
    if (fresh.length === 0) return { duplicate: true, outgoing: [] };
  }
  const sendingChannel = isSendingChannel(input.channel) ? input.channel : null;
  // A coach logging what the client said by phone or face to face: nothing is sent back but the next question.
  const loggedByCoach = input.channel === 'phone' || input.channel === 'in_person';
  const outgoing: Array<ComposedMessage | null> = [];

  if (sendingChannel && OPT_IN_WORDS.has(input.text.trim().toLowerCase()) && (await isOptedOut(tx, client.id, sendingChannel))) {
    await setOptOut(tx, client.id, sendingChannel, null, input.receivedAt);
    if (!(input.providerConfirmsKeywords && isTwilioOptInKeyword(input.text))) {
      outgoing.push(await composeNotice(tx, { client, links: input.links, channel: sendingChannel, kind: 'opt_in_confirmation', dedupeKey: `optin:${client.id}:${sendingChannel}:${input.receivedAt.getTime()}` }));
    }
    await audit(tx, { actor: `client:${client.id}`, action: 'channel.opt_in', entityType: 'client', entityId: client.id, details: { channel: sendingChannel } });
    return { duplicate: false, outgoing: compact(outgoing) };
  }

  const learned = await learnedEntriesForCoach(tx, client.coachId);
  if (input.mergeWindowMs) {
    const merged = await continueSplitReply(tx, { client, links: input.links, channel: input.channel, text: input.text, receivedAt: input.receivedAt, windowMs: input.mergeWindowMs, learned });
    if (merged) return merged;
  }

  const checkin = input.checkin;
  const late = Boolean(checkin && input.receivedAt > checkin.expiresAt);
  const item = checkin && checkin.state === 'open' && !late ? await currentItem(tx, checkin) : null;
  // A late reply still answers the question the client was asked: its value and traits are kept (marked
  // late), but the expired check-in is neither reopened nor moved on.
  const lateItem = checkin && late ? await currentItem(tx, checkin) : null;
  const question = item?.question ?? lateItem?.question ?? input.question ?? null;
  const spec: QuestionSpec = question ? specOf(question) : { type: 'free_text' };
  const read = normalize(spec, input.text, { learned });
  const result: NormalizeResult = item && input.chosen !== undefined ? { status: 'answered', value: input.chosen, traits: read.status === 'answered' ? read.traits : {}, confidence: 1 } : read;

  const [answer] = await tx
    .insert(answers)
    .values({
      clientId: client.id,
      checkinId: checkin?.id ?? null,
      checkinItemId: item?.item.id ?? null,
      questionId: question?.id ?? null,
      channel: input.channel,
      rawText: input.text,
      receivedAt: input.receivedAt,
      providerMessageId: input.providerMessageId ?? null,
      status: result.status,
      value: result.value,
      confidence: result.confidence,
      traits: result.traits,
      late,
      // The coach sees an unclear result at once and may correct it; no clarification goes to the client.
      needsReview: loggedByCoach && result.status === 'unclear',
      recordedBy: input.recordedBy ?? null,
    })
    .returning({ id: answers.id });
  const answerId = answer!.id;

  const observed: Record<string, boolean | number | string | null> = { ...result.traits };
  if (result.status === 'answered' && question) observed[question.traitKey] = result.value;
  await appendTraits(tx, { clientId: client.id, answerId, observedAt: input.receivedAt, confidence: result.confidence, source: 'answer', values: observed });
  const callbackRequested = result.traits['contact.callback_requested'] === true;
  if (callbackRequested) await raiseFlag(tx, client.id, 'callback_requested', answerId);

  const replyChannel: Channel | null = (checkin?.channel as Channel | null) ?? sendingChannel;
  if (result.status === 'opt_out' && sendingChannel) {
    // Confirmed once: a second "stop" from someone already opted out gets no further message.
    const alreadyOptedOut = await isOptedOut(tx, client.id, sendingChannel);
    await setOptOut(tx, client.id, sendingChannel, input.receivedAt, input.receivedAt);
    await tx.update(checkins).set({ state: 'cancelled', closedReason: 'opt_out' }).where(and(eq(checkins.clientId, client.id), eq(checkins.channel, sendingChannel), eq(checkins.state, 'open')));
    if (!alreadyOptedOut && !(input.providerConfirmsKeywords && isTwilioOptOutKeyword(input.text))) {
      outgoing.push(await composeNotice(tx, { client, links: input.links, channel: sendingChannel, kind: 'opt_out_confirmation', dedupeKey: `optout:${answerId}` }));
    }
    await audit(tx, { actor: `client:${client.id}`, action: 'channel.opt_out', entityType: 'client', entityId: client.id, details: { channel: sendingChannel } });
  } else if (result.status === 'help') {
    await raiseFlag(tx, client.id, 'help_requested', answerId);
    if (replyChannel && !loggedByCoach) outgoing.push(await composeNotice(tx, { client, links: input.links, channel: replyChannel, kind: 'help', dedupeKey: `help:${answerId}` }));
  } else if (item && checkin && replyChannel) {
    if (result.status === 'answered') {
      await tx.update(checkinItems).set({ state: 'answered', answeredAt: input.receivedAt }).where(eq(checkinItems.id, item.item.id));
      outgoing.push(await advance(tx, client, checkin, item.item.position, replyChannel, input.receivedAt, input.links));
    } else if (loggedByCoach || callbackRequested) {
      // Unclear and logged by the coach: the item stays asked; the coach corrects it or logs it again.
      // Unclear but asking to be called ("kunt u mij bellen?"): no "sorry, I did not understand"; the
      // confirmation below says the coach will call, and the question stays open.
    } else if (item.item.clarificationsSent === 0) {
      await tx.update(checkinItems).set({ clarificationsSent: 1 }).where(eq(checkinItems.id, item.item.id));
      outgoing.push(await composeNotice(tx, { client, links: input.links, channel: replyChannel, kind: 'clarification', question: spec, checkinId: checkin.id, itemPosition: item.item.position, dedupeKey: `clarify:${checkin.id}:${item.item.position}` }));
    } else {
      // Still unclear after one clarification: show it to the coach and move on.
      await tx.update(answers).set({ needsReview: true }).where(eq(answers.id, answerId));
      await tx.update(checkinItems).set({ state: 'unclear', answeredAt: input.receivedAt }).where(eq(checkinItems.id, item.item.id));
      await raiseFlag(tx, client.id, 'unclear_answer', answerId);
      outgoing.push(await advance(tx, client, checkin, item.item.position, replyChannel, input.receivedAt, input.links));
    }
  }
  // Someone asked for a person: say that the coach will be in touch (the flag is on the caseload).
  if (callbackRequested && replyChannel && !loggedByCoach && result.status !== 'opt_out' && result.status !== 'help') {
    outgoing.push(await composeNotice(tx, { client, links: input.links, channel: replyChannel, kind: 'callback_confirmation', dedupeKey: `callback:${answerId}` }));
  }
  return { duplicate: false, answerId, result, late, outgoing: compact(outgoing) };
}

async function isOptedOut(tx: Tx, clientId: string, channel: Channel): Promise<boolean> {
  const [state] = await tx.select({ optedOutAt: clientChannelStates.optedOutAt }).from(clientChannelStates).where(and(eq(clientChannelStates.clientId, clientId), eq(clientChannelStates.channel, channel)));
  return Boolean(state?.optedOutAt);
}

async function setOptOut(tx: Tx, clientId: string, channel: Channel, optedOutAt: Date | null, now: Date): Promise<void> {
  await tx
    .insert(clientChannelStates)
    .values({ clientId, channel, optedOutAt, updatedAt: now })
    .onConflictDoUpdate({ target: [clientChannelStates.clientId, clientChannelStates.channel], set: { optedOutAt, updatedAt: now } });
}

const isSendingChannel = (c: AnswerChannel): c is Channel => c === 'sms' || c === 'email' || c === 'push';
const compact = <T>(xs: Array<T | null>): T[] => xs.filter((x): x is T => x !== null);
