// Answering one check-in question from a link or the answer page. Opening a link only reads; the POST
// records through recordReply (channel `web`), deduplicated by a provider message id so a double tap stores once.
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { checkinItems, checkins, clients, questions, questionVersions } from '../../db/schema/index.js';
import type { QuestionSpec } from '../../domain/normalize/types.js';
import type { ClientRow } from '../clients/client-access.js';
import type { AppContext } from '../context.js';
import { senderOf } from '../messages/compose-message.js';
import { enqueueAfterCommit } from '../messages/enqueue.js';
import { specOf } from '../questions/create-question.js';
import { type CheckinRow, recordReply } from '../replies/record-reply.js';
import { answerOptions, answerText } from './answer-options.js';
import { linkSettingsOf } from './link-settings.js';

export interface QuestionTarget {
  client: ClientRow;
  checkin: CheckinRow;
  position: number;
  itemState: string;
  spec: QuestionSpec;
  questionText: string;
  total: number;
  coachName: string;
}

export type QuestionState = 'open' | 'answered' | 'closed';

export async function loadQuestion(db: DbOrTx, checkinId: string, position: number): Promise<QuestionTarget | null> {
  const [row] = await db
    .select({ checkin: checkins, client: clients, itemState: checkinItems.state, question: questions, textNl: questionVersions.textNl, textEn: questionVersions.textEn })
    .from(checkinItems)
    .innerJoin(checkins, eq(checkins.id, checkinItems.checkinId))
    .innerJoin(clients, eq(clients.id, checkins.clientId))
    .innerJoin(questions, eq(questions.id, checkinItems.questionId))
    .innerJoin(questionVersions, eq(questionVersions.id, checkinItems.questionVersionId))
    .where(and(eq(checkinItems.checkinId, checkinId), eq(checkinItems.position, position), isNull(clients.deletedAt)))
    .limit(1);
  if (!row) return null;
  const total = await db.$count(checkinItems, eq(checkinItems.checkinId, checkinId));
  const { coachName } = await senderOf(db, row.client.coachId);
  return {
    client: row.client,
    checkin: row.checkin,
    position,
    itemState: row.itemState,
    spec: specOf(row.question),
    questionText: row.client.locale === 'en' && row.textEn ? row.textEn : row.textNl,
    total,
    coachName,
  };
}

export function stateOf(target: QuestionTarget, now: Date): QuestionState {
  const { checkin, position } = target;
  if (target.itemState === 'answered' || target.itemState === 'unclear' || checkin.state === 'answered') return 'answered';
  if (checkin.state !== 'open' || checkin.expiresAt <= now) return 'closed';
  if (position < checkin.currentPosition) return 'answered';
  return position === checkin.currentPosition ? 'open' : 'closed';
}

export type AnswerOutcome = { outcome: 'recorded' | 'duplicate' | QuestionState | 'not_found'; target: QuestionTarget | null };

/** Records `text` as the client's answer to this question, if it is still the open one. */
export async function answerQuestion(
  ctx: AppContext,
  input: { checkinId: string; position: number; text: string; providerMessageId?: string; clientId?: string },
): Promise<AnswerOutcome> {
  const now = ctx.now();
  const result = await ctx.db.transaction(async (tx) => {
    // Serializes two taps on the same check-in; the second then sees the first one's answer.
    await tx.select({ id: checkins.id }).from(checkins).where(eq(checkins.id, input.checkinId)).for('update');
    const target = await loadQuestion(tx, input.checkinId, input.position);
    if (!target || (input.clientId && target.client.id !== input.clientId)) return { outcome: 'not_found' as const, target: null, outgoing: [] };
    const state = stateOf(target, now);
    if (state !== 'open') return { outcome: state, target, outgoing: [] };
    // The words of one of the question's buttons are that button's option, whatever they would mean typed elsewhere.
    const chosen = answerOptions(target.spec, target.client.locale).find((o) => answerText(target.spec, o) === input.text)?.value;
    const reply = await recordReply(tx, { client: target.client, links: linkSettingsOf(ctx.config), checkin: target.checkin, channel: 'web', text: input.text, receivedAt: now, providerMessageId: input.providerMessageId, chosen });
    if (!reply.duplicate) ctx.log.info({ answerId: reply.answerId, status: reply.result?.status, checkinId: input.checkinId }, 'web answer recorded');
    return { outcome: reply.duplicate ? ('duplicate' as const) : ('recorded' as const), target, outgoing: reply.outgoing };
  });
  await enqueueAfterCommit(ctx, result.outgoing);
  return { outcome: result.outcome, target: result.target };
}
