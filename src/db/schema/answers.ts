// Answers, the append-only trait history, flags for the coach, learned lexicon, inbound dedupe, audit.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AnswerStatus, AnswerValue, QuestionType } from '../../domain/normalize/types.js';
import { checkinItems, checkins } from './checkins.js';
import { ANSWER_CHANNELS, clients, coaches, organizations } from './people.js';
import { questions } from './questions.js';

export const answers = pgTable(
  'answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    checkinId: uuid('checkin_id').references(() => checkins.id),
    checkinItemId: uuid('checkin_item_id').references(() => checkinItems.id),
    questionId: uuid('question_id').references(() => questions.id),
    channel: text('channel', { enum: ANSWER_CHANNELS }).notNull(),
    rawText: text('raw_text').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    providerMessageId: text('provider_message_id'),
    status: text('status').$type<AnswerStatus>().notNull(),
    value: jsonb('value').$type<AnswerValue>(),
    confidence: real('confidence').notNull(),
    traits: jsonb('traits').$type<Record<string, boolean>>().notNull().default({}),
    late: boolean('late').notNull().default(false),
    needsReview: boolean('needs_review').notNull().default(false),
    recordedBy: uuid('recorded_by').references(() => coaches.id),
    correctedStatus: text('corrected_status').$type<AnswerStatus>(),
    correctedValue: jsonb('corrected_value').$type<AnswerValue>(),
    correctedBy: text('corrected_by'),
    correctedAt: timestamp('corrected_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('answers_provider_message_uq').on(t.providerMessageId),
    index('answers_client_idx').on(t.clientId, t.receivedAt),
  ],
);

/** Append-only: the current profile is the newest row per key. */
export const traits = pgTable(
  'traits',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    key: text('key').notNull(),
    value: jsonb('value').$type<AnswerValue>(),
    confidence: real('confidence').notNull(),
    answerId: uuid('answer_id').references(() => answers.id),
    source: text('source', { enum: ['answer', 'coach', 'system'] }).notNull(),
    observedAt: timestamp('observed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('traits_client_key_idx').on(t.clientId, t.key, t.observedAt)],
);

/** Reasons a coach should look at a client now; one open flag per kind. */
export const clientFlags = pgTable(
  'client_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    kind: text('kind').notNull(),
    answerId: uuid('answer_id').references(() => answers.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: text('resolved_by'),
  },
  (t) => [uniqueIndex('client_flags_open_uq').on(t.clientId, t.kind).where(sql`resolved_at is null`)],
);

/** Words an organization's clients use, learned from coach corrections. */
export const lexiconEntries = pgTable(
  'lexicon_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    phrase: text('phrase').notNull(),
    questionType: text('question_type').$type<QuestionType>().notNull(),
    scaleMin: real('scale_min'),
    scaleMax: real('scale_max'),
    value: jsonb('value').$type<number | boolean | string>().notNull(),
    sourceAnswerId: uuid('source_answer_id').references(() => answers.id),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('lexicon_entries_uq').on(t.organizationId, t.phrase, t.questionType)],
);

/** Provider message ids of everything received, so a webhook retried by the provider is handled once. */
export const inboundReceipts = pgTable('inbound_receipts', {
  providerMessageId: text('provider_message_id').primaryKey(),
  channel: text('channel').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId)],
);
