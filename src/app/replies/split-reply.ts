// A reply split over several SMS ("slecht" … "geen oppas") is one answer. A part that arrives within the
// merge window after the previous answer to a check-in item, before any new prompt (next question,
// clarification, reminder) reached the client, is appended to that answer and the whole text is normalized
// again. Once a prompt went out, a new SMS answers that prompt. The check-in moves on at most once, and a
// prompt is never sent twice; a clarification still waiting to go out is dropped when the whole is clear.
import { and, desc, eq, gt, inArray, lte } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { answers, checkinItems, checkins, messages, questions } from '../../db/schema/index.js';
import type { AnswerChannel } from '../../db/schema/people.js';
import type { Channel } from '../../domain/channels/choose-channel.js';
import { normalize } from '../../domain/normalize/index.js';
import type { AnswerValue, LearnedEntry, NormalizeResult } from '../../domain/normalize/types.js';
import { resolveUnclearFlagIfReviewed } from '../answers/unclear-flag.js';
import { scoreWho5Checkin } from '../answers/who5-checkin.js';
import type { ClientRow } from '../clients/client-access.js';
import { raiseFlag } from '../flags.js';
import type { ComposedMessage } from '../messages/compose-message.js';
import { specOf } from '../questions/create-question.js';
import { appendTraits } from './append-traits.js';
import { advance } from './checkin-progress.js';
import type { ReplyOutcome } from './record-reply.js';
import type { LinkSettings } from '../answer-links/link-settings.js';

export interface SplitReplyInput {
  client: ClientRow;
  links: LinkSettings;
  channel: AnswerChannel;
  text: string;
  receivedAt: Date;
  windowMs: number;
  learned: readonly LearnedEntry[];
}

/** Messages that ask the client something; once one is handed to the provider, the next SMS answers it. */
const PROMPTS = ['question', 'clarification', 'reminder'] as const;
/** Statuses of a message that the provider has (or may have) delivered. */
const HANDED_OVER = ['sending', 'sent', 'delivered', 'unknown'] as const;

/** Appends the reply to the previous answer when it continues it; null when it is a reply of its own. */
export async function continueSplitReply(tx: Tx, input: SplitReplyInput): Promise<ReplyOutcome | null> {
  const target = await mergeTarget(tx, input);
  if (!target) return null;
  const { answer, item, question, checkin } = target;
  const spec = specOf(question);
  // STOP, HULP and the like are never swallowed by an earlier answer.
  const alone = normalize(spec, input.text, { learned: input.learned });
  if (isCommand(alone)) return null;
  const text = `${answer.rawText} ${input.text.trim()}`;
  const result = normalize(spec, text, { learned: input.learned });
  if (isCommand(result)) return null;

  await tx
    .update(answers)
    .set({ rawText: text, status: result.status, value: result.value, confidence: result.confidence, traits: result.traits })
    .where(eq(answers.id, answer.id));

  const before = observations(answer, question.traitKey);
  const after = observations(result, question.traitKey);
  const fresh = Object.fromEntries(Object.entries(after).filter(([key, value]) => !(key in before) || before[key] !== value));
  await appendTraits(tx, { clientId: input.client.id, answerId: answer.id, observedAt: input.receivedAt, confidence: result.confidence, source: 'answer', values: fresh });
  if (result.traits['contact.callback_requested']) await raiseFlag(tx, input.client.id, 'callback_requested', answer.id);

  const outgoing: ComposedMessage[] = [];
  const stillAsked = checkin.state === 'open' && checkin.currentPosition === item.position && item.state !== 'answered' && item.state !== 'unclear';
  if (result.status === 'answered' && answer.status !== 'answered') {
    // The earlier part was unclear; together they are an answer.
    await tx.update(checkinItems).set({ state: 'answered', answeredAt: input.receivedAt }).where(eq(checkinItems.id, item.id));
    await tx.update(answers).set({ needsReview: false }).where(eq(answers.id, answer.id));
    await resolveUnclearFlagIfReviewed(tx, input.client.id, input.receivedAt, 'system');
    await dropWaitingClarification(tx, checkin.id, item.position, input.receivedAt);
    if (stillAsked && checkin.channel) {
      const next = await advance(tx, input.client, checkin, item.position, checkin.channel as Channel, input.receivedAt, input.links);
      if (next) outgoing.push(next);
    }
  } else if (result.status !== 'answered' && answer.status === 'answered') {
    // The whole is less clear than its first part, and the check-in has moved on: show it to the coach.
    await tx.update(answers).set({ needsReview: true }).where(eq(answers.id, answer.id));
    await tx.update(checkinItems).set({ state: 'unclear' }).where(eq(checkinItems.id, item.id));
    await raiseFlag(tx, input.client.id, 'unclear_answer', answer.id);
  }
  // Both parts unclear: the clarification already went out (or the coach was told); nothing more to send.
  if (checkin.state === 'answered' && result.value !== answer.value) await scoreWho5Checkin(tx, { clientId: input.client.id, checkinId: checkin.id, at: input.receivedAt });
  return { duplicate: false, answerId: answer.id, result, late: answer.late, merged: true, outgoing };
}

async function mergeTarget(tx: Tx, input: SplitReplyInput) {
  const [previous] = await tx
    .select({ answer: answers, item: checkinItems, question: questions, checkin: checkins })
    .from(answers)
    .innerJoin(checkinItems, eq(checkinItems.id, answers.checkinItemId))
    .innerJoin(questions, eq(questions.id, checkinItems.questionId))
    .innerJoin(checkins, eq(checkins.id, answers.checkinId))
    .where(and(eq(answers.clientId, input.client.id), eq(answers.channel, input.channel), lte(answers.receivedAt, input.receivedAt)))
    .orderBy(desc(answers.receivedAt), desc(answers.createdAt))
    .limit(1)
    .for('update', { of: answers });
  if (!previous) return null;
  const { answer } = previous;
  if (input.receivedAt.getTime() - answer.receivedAt.getTime() > input.windowMs) return null;
  if (answer.status !== 'answered' && answer.status !== 'unclear') return null;
  if (answer.correctedAt) return null; // a coach's correction stands
  const latest = await tx
    .select({ id: answers.id })
    .from(answers)
    .where(and(eq(answers.clientId, input.client.id), gt(answers.receivedAt, answer.receivedAt), lte(answers.receivedAt, input.receivedAt)))
    .limit(1);
  if (latest.length) return null;
  const prompted = await tx
    .select({ id: messages.id })
    .from(messages)
    .where(
      and(
        eq(messages.clientId, input.client.id),
        inArray(messages.kind, [...PROMPTS]),
        inArray(messages.status, [...HANDED_OVER]),
        gt(messages.sendingAt, answer.receivedAt),
        lte(messages.sendingAt, input.receivedAt),
      ),
    )
    .limit(1);
  return prompted.length ? null : previous;
}

/** The clarification asked for by the first part is moot once the whole reply is clear (if it has not gone out yet). */
async function dropWaitingClarification(tx: Tx, checkinId: string, position: number, at: Date): Promise<void> {
  await tx
    .update(messages)
    .set({ status: 'skipped', error: 'answered by the rest of a split reply', statusAt: at })
    .where(and(eq(messages.checkinId, checkinId), eq(messages.itemPosition, position), eq(messages.kind, 'clarification'), eq(messages.status, 'queued')));
}

function observations(answer: { status: string; value: AnswerValue; traits: Record<string, boolean> }, traitKey: string): Record<string, AnswerValue> {
  const values: Record<string, AnswerValue> = { ...answer.traits };
  if (answer.status === 'answered') values[traitKey] = answer.value;
  return values;
}

const isCommand = (r: NormalizeResult) => r.status === 'opt_out' || r.status === 'help';
