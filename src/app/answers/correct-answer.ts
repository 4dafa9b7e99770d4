// A coach corrects how an answer was understood. The original stays next to the correction; the profile
// gets the corrected value (as the coach's observation), the unclear flag is resolved once nothing waits
// for review, and the organization's lexicon learns the phrase so the next client is understood.
import { eq, max } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { answers, checkinItems, checkins, traits } from '../../db/schema/index.js';
import type { AnswerStatus, AnswerValue, QuestionSpec } from '../../domain/normalize/types.js';
import { audit } from '../audit.js';
import { type AppContext, actorOf, type Principal } from '../context.js';
import { specOf } from '../questions/create-question.js';
import { appendTraits } from '../replies/append-traits.js';
import { organizationOfCoach } from '../replies/learned-lexicon.js';
import { type AnswerRow, loadAnswerFor, type PresentedAnswer, presentAnswer } from './answer-access.js';
import { checkAnswerValue } from './answer-value.js';
import { learnPhrase } from './learn-phrase.js';
import { resolveUnclearFlagIfReviewed } from './unclear-flag.js';
import { scoreWho5Checkin } from './who5-checkin.js';

export interface CorrectionInput {
  status?: AnswerStatus | undefined;
  value?: AnswerValue | undefined;
}

export async function correctAnswer(ctx: AppContext, principal: Principal, answerId: string, input: CorrectionInput): Promise<PresentedAnswer & { learned: string | null }> {
  const now = ctx.now();
  const actor = actorOf(principal);
  const { presented, learned } = await ctx.db.transaction(async (tx) => {
    const loaded = await loadAnswerFor(tx, principal, answerId);
    const { answer, client, question, item } = loaded;
    const spec: QuestionSpec = question ? specOf(question) : { type: 'free_text' };
    const status = input.status ?? 'answered';
    const value = checkAnswerValue(spec, status, input.value);

    const [updated] = await tx
      .update(answers)
      .set({ correctedStatus: status, correctedValue: value, correctedBy: actor, correctedAt: now, needsReview: false })
      .where(eq(answers.id, answer.id))
      .returning();
    let learned: string | null = null;
    if (status === 'answered' && question && value !== null) {
      await appendTraits(tx, { clientId: client.id, answerId: answer.id, observedAt: await observedAtOf(tx, answer), confidence: 1, source: 'coach', values: { [question.traitKey]: value } });
      if (item?.state === 'unclear') await tx.update(checkinItems).set({ state: 'answered' }).where(eq(checkinItems.id, item.id));
      learned = await learnPhrase(tx, { organizationId: await organizationOfCoach(tx, client.coachId), rawText: answer.rawText, spec, value, sourceAnswerId: answer.id, createdBy: actor });
    }
    await resolveUnclearFlagIfReviewed(tx, client.id, now, actor);
    if (answer.checkinId && (await isClosed(tx, answer.checkinId))) await scoreWho5Checkin(tx, { clientId: client.id, checkinId: answer.checkinId, at: now });
    await audit(tx, { actor, action: 'answer.correct', entityType: 'answer', entityId: answer.id, details: { status, learned: learned !== null } });
    return { presented: presentAnswer({ answer: updated!, question }), learned };
  });
  ctx.log.info({ answerId, learned: learned !== null }, 'answer corrected');
  return { ...presented, learned };
}

/**
 * The correction is dated at the answer it corrects (its latest observation), so it replaces that answer's
 * reading in the profile without overriding anything the client said later.
 */
async function observedAtOf(tx: Tx, answer: AnswerRow): Promise<Date> {
  const [row] = await tx.select({ at: max(traits.observedAt) }).from(traits).where(eq(traits.answerId, answer.id));
  return row?.at ?? answer.receivedAt;
}

async function isClosed(tx: Tx, checkinId: string): Promise<boolean> {
  const [row] = await tx.select({ state: checkins.state }).from(checkins).where(eq(checkins.id, checkinId));
  return row?.state === 'answered';
}
