// Scores a WHO-5 check-in once all five items have a value: the profile gets `wellbeing.who5` (0-100) and a
// low score raises `wellbeing_low` for the coach. Runs again after a correction or a late part of a split reply.
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { answers, checkinItems, clientFlags, questions } from '../../db/schema/index.js';
import { scoreWho5, WHO5_ITEMS, type Who5Score } from '../../domain/instruments/who5.js';
import { raiseFlag } from '../flags.js';
import { appendTraits } from '../replies/append-traits.js';

export const WHO5_TRAIT = 'wellbeing.who5';
const WHO5_KEYS: readonly string[] = WHO5_ITEMS.map((i) => i.key);

type AnswerRow = typeof answers.$inferSelect;

/** Null when the check-in is not a WHO-5 check-in or an item still has no value. */
export async function scoreWho5Checkin(tx: Tx, input: { clientId: string; checkinId: string; at: Date }): Promise<Who5Score | null> {
  const items = await tx
    .select({ id: checkinItems.id, key: questions.key })
    .from(checkinItems)
    .innerJoin(questions, eq(questions.id, checkinItems.questionId))
    .where(eq(checkinItems.checkinId, input.checkinId));
  if (!isWho5(items.map((i) => i.key))) return null;

  const rows = await tx
    .select()
    .from(answers)
    .where(inArray(answers.checkinItemId, items.map((i) => i.id)))
    .orderBy(desc(answers.receivedAt), desc(answers.createdAt));
  const used: AnswerRow[] = [];
  const values: number[] = [];
  for (const key of WHO5_KEYS) {
    const itemId = items.find((i) => i.key === key)!.id;
    // The newest answer to the item that has a value (an unclear reply may have been followed by a clear one).
    const answer = rows.find((a) => a.checkinItemId === itemId && itemValue(a) !== null);
    if (!answer) return null;
    used.push(answer);
    values.push(itemValue(answer)!);
  }

  const result = scoreWho5(values);
  const last = used.reduce((a, b) => (b.receivedAt > a.receivedAt ? b : a));
  const confidence = Math.min(...used.map((a) => (a.correctedAt ? 1 : a.confidence)));
  await appendTraits(tx, { clientId: input.clientId, answerId: last.id, observedAt: last.receivedAt, confidence, source: 'system', values: { [WHO5_TRAIT]: result.score } });
  if (result.flagged) {
    await raiseFlag(tx, input.clientId, 'wellbeing_low', last.id);
  } else {
    // A correction lifted the score: the flag this check-in raised goes.
    await tx
      .update(clientFlags)
      .set({ resolvedAt: input.at, resolvedBy: 'system' })
      .where(and(eq(clientFlags.clientId, input.clientId), eq(clientFlags.kind, 'wellbeing_low'), isNull(clientFlags.resolvedAt), inArray(clientFlags.answerId, used.map((a) => a.id))));
  }
  return result;
}

const isWho5 = (keys: string[]) => keys.length === WHO5_KEYS.length && WHO5_KEYS.every((k) => keys.includes(k));

/** The item's value 0..5, the coach's correction first; null when there is none. */
function itemValue(a: AnswerRow): number | null {
  const [status, value] = a.correctedAt ? [a.correctedStatus, a.correctedValue] : [a.status, a.value];
  return status === 'answered' && typeof value === 'number' && value >= 0 && value <= 5 ? value : null;
}
