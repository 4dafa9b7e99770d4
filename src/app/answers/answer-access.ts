// Loads an answer for a caller (another coach's client's answer does not exist for them) and shapes it for the API.
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { answers, checkinItems, clients, questions } from '../../db/schema/index.js';
import type { ClientRow } from '../clients/client-access.js';
import type { Principal } from '../context.js';
import { NotFoundError } from '../errors.js';
import type { QuestionRow } from '../questions/create-question.js';

export type AnswerRow = typeof answers.$inferSelect;

export interface LoadedAnswer {
  answer: AnswerRow;
  client: ClientRow;
  question: QuestionRow | null;
  item: typeof checkinItems.$inferSelect | null;
}

export async function loadAnswerFor(db: DbOrTx, principal: Principal, answerId: string): Promise<LoadedAnswer> {
  const [row] = await db
    .select({ answer: answers, client: clients, question: questions, item: checkinItems })
    .from(answers)
    .innerJoin(clients, eq(clients.id, answers.clientId))
    .leftJoin(questions, eq(questions.id, answers.questionId))
    .leftJoin(checkinItems, eq(checkinItems.id, answers.checkinItemId))
    .where(and(eq(answers.id, answerId), isNull(clients.deletedAt)))
    .limit(1);
  if (!row || (principal.role === 'coach' && row.client.coachId !== principal.coachId)) throw new NotFoundError('answer');
  return row;
}

/** The current reading (a coach's correction wins) plus the original next to the correction. */
export function presentAnswer({ answer: a, question }: Pick<LoadedAnswer, 'answer' | 'question'>) {
  const corrected = a.correctedAt !== null;
  return {
    id: a.id,
    clientId: a.clientId,
    checkinId: a.checkinId,
    questionKey: question?.key ?? null,
    channel: a.channel,
    text: a.rawText,
    receivedAt: a.receivedAt.toISOString(),
    status: corrected ? (a.correctedStatus ?? a.status) : a.status,
    value: corrected ? a.correctedValue : a.value,
    confidence: corrected ? 1 : a.confidence,
    traits: a.traits,
    late: a.late,
    needsReview: a.needsReview,
    recordedBy: a.recordedBy,
    original: { status: a.status, value: a.value, confidence: a.confidence },
    correction: corrected ? { status: a.correctedStatus, value: a.correctedValue, by: a.correctedBy, at: a.correctedAt!.toISOString() } : null,
  };
}

export type PresentedAnswer = ReturnType<typeof presentAnswer>;
