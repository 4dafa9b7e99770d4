// Organizations, coaches, API tokens and clients.
import { sql } from 'drizzle-orm';
import { boolean, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const coaches = pgTable('coaches', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id),
  name: text('name').notNull(),
  email: text('email').notNull(),
  phone: text('phone'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
});

/** Bearer tokens, stored as SHA-256 hashes; the plain token is shown once. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    role: text('role', { enum: ['operator', 'coach'] }).notNull(),
    coachId: uuid('coach_id').references(() => coaches.id),
    label: text('label'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash)],
);

export const CHANNELS = ['sms', 'email', 'push'] as const;
export type Channel = (typeof CHANNELS)[number];
/** Channels an answer can arrive on: the sending channels plus answers a coach logs. */
export const ANSWER_CHANNELS = ['sms', 'email', 'push', 'web', 'phone', 'in_person'] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

export const clients = pgTable(
  'clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    coachId: uuid('coach_id').notNull().references(() => coaches.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name'),
    phone: text('phone'),
    email: text('email'),
    locale: text('locale', { enum: ['nl', 'en'] }).notNull().default('nl'),
    timezone: text('timezone').notNull().default('Europe/Amsterdam'),
    consentSms: boolean('consent_sms').notNull().default(false),
    consentEmail: boolean('consent_email').notNull().default(false),
    consentPush: boolean('consent_push').notNull().default(false),
    /** Preferred channel order; the first usable one with consent is used. */
    channels: text('channels').array().notNull().default(sql`'{}'::text[]`),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** Dates schedules can be anchored to, e.g. {"intake": "2026-11-02"}. */
    dates: jsonb('dates').$type<Record<string, string>>().notNull().default({}),
    intakeDate: date('intake_date'),
    pausedUntil: timestamp('paused_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('clients_coach_idx').on(t.coachId), index('clients_phone_idx').on(t.phone)],
);

/** Per client and channel: opted out (by the client) or unusable (hard failure). */
export const clientChannelStates = pgTable(
  'client_channel_states',
  {
    clientId: uuid('client_id').notNull().references(() => clients.id),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    optedOutAt: timestamp('opted_out_at', { withTimezone: true }),
    unusableAt: timestamp('unusable_at', { withTimezone: true }),
    reason: text('reason'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('client_channel_states_pk').on(t.clientId, t.channel)],
);
