import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { questions, questionVersions } from '../../db/schema/index.js';
import type { ChoiceOption, QuestionSpec } from '../../domain/normalize/types.js';
import { audit } from '../audit.js';
import { actorOf, type Principal } from '../context.js';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.js';

export interface QuestionInput {
  key: string;
  type: 'scale' | 'yes_no' | 'choice' | 'free_text';
  text: { nl: string; en?: string | undefined };
  min?: number | undefined;
  max?: number | undefined;
  options?: ChoiceOption[] | undefined;
  trait?: string | undefined;
}

export type QuestionRow = typeof questions.$inferSelect;
export type QuestionVersionRow = typeof questionVersions.$inferSelect;

export function specOf(q: Pick<QuestionRow, 'type' | 'scaleMin' | 'scaleMax' | 'options'>): QuestionSpec {
  switch (q.type) {
    case 'scale':
      return { type: 'scale', min: q.scaleMin ?? 1, max: q.scaleMax ?? 5 };
    case 'choice':
      return { type: 'choice', options: q.options ?? [] };
    default:
      return { type: q.type };
  }
}

function validate(input: QuestionInput): void {
  if (input.type === 'scale') {
    if (input.min === undefined || input.max === undefined) throw new BadRequestError('a scale question needs min and max');
    if (input.min >= input.max) throw new BadRequestError('min must be smaller than max');
  } else if (input.min !== undefined || input.max !== undefined) {
    throw new BadRequestError('min and max only apply to scale questions');
  }
  if (input.type === 'choice') {
    if (!input.options || input.options.length < 2) throw new BadRequestError('a choice question needs at least two options');
    if (new Set(input.options.map((o) => o.value)).size !== input.options.length) throw new BadRequestError('option values must be unique');
  } else if (input.options) {
    throw new BadRequestError('options only apply to choice questions');
  }
}

export async function createQuestion(db: DbOrTx, principal: Principal, input: QuestionInput) {
  validate(input);
  const inserted = await db
    .insert(questions)
    .values({
      key: input.key,
      type: input.type,
      scaleMin: input.min ?? null,
      scaleMax: input.max ?? null,
      options: input.options ?? null,
      traitKey: input.trait ?? input.key,
    })
    .onConflictDoNothing()
    .returning();
  const question = inserted[0];
  if (!question) throw new ConflictError(`a question with key "${input.key}" already exists`);
  const [version] = await db
    .insert(questionVersions)
    .values({ questionId: question.id, version: 1, textNl: input.text.nl, textEn: input.text.en ?? null })
    .returning();
  await audit(db, { actor: actorOf(principal), action: 'question.create', entityType: 'question', entityId: question.id });
  return present(question, version!);
}

/** New wording is a new version; check-ins keep pointing at the version they asked. */
export async function reviseQuestionText(db: DbOrTx, principal: Principal, key: string, text: { nl: string; en?: string | undefined }) {
  const [question] = await db.select().from(questions).where(and(eq(questions.key, key), isNull(questions.deletedAt))).for('update');
  if (!question) throw new NotFoundError('question');
  const next = question.currentVersion + 1;
  const [version] = await db
    .insert(questionVersions)
    .values({ questionId: question.id, version: next, textNl: text.nl, textEn: text.en ?? null })
    .returning();
  const [updated] = await db.update(questions).set({ currentVersion: next }).where(eq(questions.id, question.id)).returning();
  await audit(db, { actor: actorOf(principal), action: 'question.revise', entityType: 'question', entityId: question.id, details: { version: next } });
  return present(updated!, version!);
}

export function present(q: QuestionRow, v: QuestionVersionRow) {
  return {
    id: q.id,
    key: q.key,
    type: q.type,
    min: q.scaleMin,
    max: q.scaleMax,
    options: q.options,
    trait: q.traitKey,
    version: v.version,
    text: { nl: v.textNl, en: v.textEn },
    createdAt: q.createdAt.toISOString(),
  };
}
