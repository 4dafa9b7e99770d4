// A coach logs what a client said by phone or face to face. It goes through the same normalizer, answer
// and trait history as a reply by SMS or e-mail: attached to a check-in's current question, or to a question by key.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { checkins } from '../../db/schema/index.js';
import { loadClientFor } from '../clients/client-access.js';
import type { AppContext, Principal } from '../context.js';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.js';
import { enqueueAfterCommit } from '../messages/enqueue.js';
import type { QuestionRow } from '../questions/create-question.js';
import { currentQuestions } from '../questions/find-questions.js';
import { type CheckinRow, currentItem } from '../replies/checkin-progress.js';
import { recordReply } from '../replies/record-reply.js';
import { loadAnswerFor, type PresentedAnswer, presentAnswer } from './answer-access.js';
import { linkSettingsOf } from '../answer-links/link-settings.js';

export interface CoachAnswerInput {
  channel: 'phone' | 'in_person';
  text: string;
  questionKey?: string | undefined;
  checkinId?: string | undefined;
  receivedAt?: Date | undefined;
}

/** Clocks differ a little; an answer from further in the future than this is a mistake. */
const CLOCK_SKEW_MS = 5 * 60_000;

export async function recordCoachAnswer(ctx: AppContext, principal: Principal, clientId: string, input: CoachAnswerInput): Promise<PresentedAnswer> {
  const now = ctx.now();
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new BadRequestError('receivedAt lies in the future');
  const outcome = await ctx.db.transaction(async (tx) => {
    const client = await loadClientFor(tx, principal, clientId);
    const checkin = input.checkinId ? await openCheckinOf(tx, client.id, input.checkinId) : null;
    const question = input.questionKey ? (await currentQuestions(tx, [input.questionKey]))[0]!.question : undefined;
    if (checkin && question) await assertCurrentQuestion(tx, checkin, question);
    return recordReply(tx, {
      client,
      links: linkSettingsOf(ctx.config),
      checkin,
      channel: input.channel,
      text: input.text,
      receivedAt,
      recordedBy: principal.role === 'coach' ? principal.coachId : undefined,
      question,
    });
  });
  await enqueueAfterCommit(ctx, outcome.outgoing);
  ctx.log.info({ answerId: outcome.answerId, status: outcome.result?.status, channel: input.channel }, 'coach logged an answer');
  return presentAnswer(await loadAnswerFor(ctx.db, principal, outcome.answerId!));
}

async function openCheckinOf(tx: Tx, clientId: string, checkinId: string): Promise<CheckinRow> {
  const [checkin] = await tx.select().from(checkins).where(and(eq(checkins.id, checkinId), eq(checkins.clientId, clientId))).for('update');
  if (!checkin) throw new NotFoundError('check-in');
  if (checkin.state !== 'open') throw new ConflictError(`check-in ${checkinId} is ${checkin.state}, not open; log the answer with questionKey instead`);
  return checkin;
}

async function assertCurrentQuestion(tx: Tx, checkin: CheckinRow, question: QuestionRow): Promise<void> {
  const item = await currentItem(tx, checkin);
  if (item && item.question.id !== question.id) {
    throw new ConflictError(`questionKey ${question.key} is not the current question of check-in ${checkin.id} (that is ${item.question.key})`);
  }
}
