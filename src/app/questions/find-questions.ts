import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { questions, questionVersions } from '../../db/schema/index.js';
import { BadRequestError } from '../errors.js';
import { present, type QuestionRow, type QuestionVersionRow } from './create-question.js';

/** The current version of each question, in the order the keys were given. */
export async function currentQuestions(db: DbOrTx, keys: readonly string[]): Promise<Array<{ question: QuestionRow; version: QuestionVersionRow }>> {
  if (keys.length === 0) return [];
  const rows = await db
    .select({ question: questions, version: questionVersions })
    .from(questions)
    .innerJoin(questionVersions, and(eq(questionVersions.questionId, questions.id), eq(questionVersions.version, questions.currentVersion)))
    .where(and(inArray(questions.key, [...keys]), isNull(questions.deletedAt)));
  const byKey = new Map(rows.map((r) => [r.question.key, r]));
  const missing = keys.filter((k) => !byKey.has(k));
  if (missing.length) throw new BadRequestError(`unknown question key(s): ${missing.join(', ')}`);
  return keys.map((k) => byKey.get(k)!);
}

export async function listQuestions(db: DbOrTx) {
  const rows = await db
    .select({ question: questions, version: questionVersions })
    .from(questions)
    .innerJoin(questionVersions, and(eq(questionVersions.questionId, questions.id), eq(questionVersions.version, questions.currentVersion)))
    .where(isNull(questions.deletedAt))
    .orderBy(questions.key);
  return rows.map((r) => present(r.question, r.version));
}
