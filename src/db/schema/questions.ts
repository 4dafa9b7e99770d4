// Questions and their versioned texts.
import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ChoiceOption } from '../../domain/normalize/types.js';

export const QUESTION_TYPES = ['scale', 'yes_no', 'choice', 'free_text'] as const;

export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    type: text('type', { enum: QUESTION_TYPES }).notNull(),
    scaleMin: integer('scale_min'),
    scaleMax: integer('scale_max'),
    options: jsonb('options').$type<ChoiceOption[]>(),
    /** Trait the answer is stored as; defaults to the key. */
    traitKey: text('trait_key').notNull(),
    currentVersion: integer('current_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('questions_key_uq').on(t.key)],
);

/** Texts are versioned so history shows exactly what a client was asked. */
export const questionVersions = pgTable(
  'question_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id').notNull().references(() => questions.id),
    version: integer('version').notNull(),
    textNl: text('text_nl').notNull(),
    textEn: text('text_en'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('question_versions_uq').on(t.questionId, t.version)],
);
