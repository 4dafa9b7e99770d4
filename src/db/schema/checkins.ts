// Check-ins (one ask of one client), their questions and every outbound message.
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CHANNELS, clients } from './people.js';
import { questions, questionVersions } from './questions.js';

export const CHECKIN_STATES = ['pending', 'open', 'answered', 'expired', 'failed', 'skipped', 'cancelled'] as const;
export type CheckinState = (typeof CHECKIN_STATES)[number];

export const checkins = pgTable(
  'checkins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    scheduleId: uuid('schedule_id'),
    /** Unique per planned occurrence, so a schedule's occurrence exists (and is sent) once. */
    occurrenceKey: text('occurrence_key'),
    state: text('state', { enum: CHECKIN_STATES }).notNull().default('pending'),
    channel: text('channel', { enum: CHANNELS }),
    /** Position of the item currently asked (multi-question check-ins over SMS go one by one). */
    currentPosition: integer('current_position').notNull().default(0),
    replyToken: text('reply_token').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    closedReason: text('closed_reason'),
    /** Scheduled check-ins only: quiet hours and zone that bound every send, and planned reminder times. */
    quietHours: jsonb('quiet_hours').$type<{ start: string; end: string }>(),
    timezone: text('timezone'),
    reminderTimes: jsonb('reminder_times').$type<string[]>().notNull().default([]),
    remindersSent: integer('reminders_sent').notNull().default(0),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('checkins_occurrence_uq').on(t.occurrenceKey),
    uniqueIndex('checkins_reply_token_uq').on(t.replyToken),
    index('checkins_client_state_idx').on(t.clientId, t.state),
    index('checkins_schedule_due_idx').on(t.scheduleId, t.dueAt),
    // The planner counts each client's check-ins around the horizon (the daily cap).
    index('checkins_client_due_idx').on(t.clientId, t.dueAt),
  ],
);

export const ITEM_STATES = ['pending', 'asked', 'answered', 'unclear'] as const;

export const checkinItems = pgTable(
  'checkin_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    checkinId: uuid('checkin_id').notNull().references(() => checkins.id),
    position: integer('position').notNull(),
    questionId: uuid('question_id').notNull().references(() => questions.id),
    questionVersionId: uuid('question_version_id').notNull().references(() => questionVersions.id),
    state: text('state', { enum: ITEM_STATES }).notNull().default('pending'),
    clarificationsSent: integer('clarifications_sent').notNull().default(0),
    askedAt: timestamp('asked_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('checkin_items_uq').on(t.checkinId, t.position)],
);

export const MESSAGE_KINDS = ['question', 'clarification', 'reminder', 'opt_out_confirmation', 'opt_in_confirmation', 'help', 'callback_confirmation'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export const MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'unknown', 'skipped'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** Every outbound attempt on a channel; recorded before the provider is called, its outcome after. */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    checkinId: uuid('checkin_id').references(() => checkins.id),
    itemPosition: integer('item_position'),
    /** Idempotency: the same logical message is one row, e.g. "checkin:<id>:0:question". */
    dedupeKey: text('dedupe_key').notNull(),
    kind: text('kind', { enum: MESSAGE_KINDS }).notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    provider: text('provider'),
    toAddress: text('to_address').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    html: text('html'),
    status: text('status', { enum: MESSAGE_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    providerMessageId: text('provider_message_id'),
    error: text('error'),
    sendAfter: timestamp('send_after', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sendingAt: timestamp('sending_at', { withTimezone: true }),
    /** Set just before the provider is called: a claimed message without it was certainly never sent. */
    providerCallAt: timestamp('provider_call_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    statusAt: timestamp('status_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('messages_dedupe_uq').on(t.dedupeKey),
    index('messages_provider_id_idx').on(t.providerMessageId),
    index('messages_pending_idx').on(t.status, t.sendAfter).where(sql`status in ('queued','sending')`),
    index('messages_client_idx').on(t.clientId, t.createdAt),
  ],
);
