// Schedules as operators wrote them (validated input kept as data); occurrences live as check-ins.
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ScheduleInput } from '../../domain/schedule/index.js';

export const schedules = pgTable(
  'schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    spec: jsonb('spec').$type<ScheduleInput>().notNull(),
    state: text('state', { enum: ['active', 'paused'] }).notNull().default('active'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('schedules_state_idx').on(t.state)],
);
