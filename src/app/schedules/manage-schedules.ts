// Create, edit, pause, resume and delete schedules. History stays as it was: editing removes only
// check-ins planned for the future and not yet sent (one whose send time has passed but that waits for a
// late worker or for the end of quiet hours stays and is still sent); pausing and deleting also remove
// overdue unsent ones and silence queued prompts. Planning then runs again for the future.
import { and, eq, gte, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { checkinItems, checkins, messages, schedules } from '../../db/schema/index.js';
import type { ScheduleInput } from '../../domain/schedule/index.js';
import { audit } from '../audit.js';
import { type AppContext, actorOf, type Principal } from '../context.js';
import { BadRequestError, NotFoundError } from '../errors.js';
import { currentQuestions } from '../questions/find-questions.js';
import { lockPlanning } from './planning-lock.js';
import { silencePrompts } from './silence-prompts.js';

export type ScheduleRow = typeof schedules.$inferSelect;

export function presentSchedule(s: ScheduleRow) {
  return { id: s.id, ...s.spec, state: s.state, version: s.version, createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString() };
}

export async function findSchedule(db: DbOrTx, id: string): Promise<ScheduleRow> {
  const [row] = await db.select().from(schedules).where(and(eq(schedules.id, id), isNull(schedules.deletedAt)));
  if (!row) throw new NotFoundError('schedule');
  return row;
}

/** A schedule may be stricter than the per-client daily cap, never looser. */
function assertWithinClientCap(ctx: AppContext, spec: ScheduleInput): void {
  const ceiling = ctx.config.CHECKINS_PER_CLIENT_PER_DAY;
  if (spec.capPerDay !== undefined && spec.capPerDay > ceiling) {
    throw new BadRequestError(
      `capPerDay: ${spec.capPerDay} is more than the ${ceiling} check-in${ceiling === 1 ? '' : 's'} per client per day this deployment allows across all schedules (CHECKINS_PER_CLIENT_PER_DAY); a schedule may only be stricter.`,
    );
  }
}

export async function createSchedule(ctx: AppContext, principal: Principal, spec: ScheduleInput) {
  assertWithinClientCap(ctx, spec);
  const row = await ctx.db.transaction(async (tx) => {
    await currentQuestions(tx, spec.questionKeys);
    const [created] = await tx.insert(schedules).values({ name: spec.name, spec }).returning();
    await audit(tx, { actor: actorOf(principal), action: 'schedule.create', entityType: 'schedule', entityId: created!.id });
    return created!;
  });
  await ctx.queue.enqueuePlan(row.id);
  return row;
}

export async function updateSchedule(ctx: AppContext, principal: Principal, id: string, spec: ScheduleInput) {
  assertWithinClientCap(ctx, spec);
  const row = await ctx.db.transaction(async (tx) => {
    await lockPlanning(tx);
    const current = await findSchedule(tx, id);
    await currentQuestions(tx, spec.questionKeys);
    // Only the future is re-planned: a check-in whose send time has passed is history, sent or not.
    await removeUnsentPlanned(tx, { scheduleId: id, dueFrom: ctx.now() });
    const [updated] = await tx.update(schedules).set({ name: spec.name, spec, version: current.version + 1, updatedAt: ctx.now() }).where(eq(schedules.id, id)).returning();
    await audit(tx, { actor: actorOf(principal), action: 'schedule.update', entityType: 'schedule', entityId: id, details: { version: current.version + 1 } });
    return updated!;
  });
  if (row.state === 'active') await ctx.queue.enqueuePlan(id);
  return row;
}

export async function setScheduleState(ctx: AppContext, principal: Principal, id: string, state: 'active' | 'paused' | 'deleted') {
  const row = await ctx.db.transaction(async (tx) => {
    await lockPlanning(tx);
    await findSchedule(tx, id);
    if (state !== 'active') {
      await removeUnsentPlanned(tx, { scheduleId: id });
      await silencePrompts(tx, { scheduleId: id }, state === 'deleted' ? 'schedule deleted' : 'schedule paused', ctx.now());
    }
    const [updated] = await tx
      .update(schedules)
      .set(state === 'deleted' ? { deletedAt: ctx.now(), state: 'paused', updatedAt: ctx.now() } : { state, updatedAt: ctx.now() })
      .where(eq(schedules.id, id))
      .returning();
    await audit(tx, { actor: actorOf(principal), action: `schedule.${state === 'active' ? 'resume' : state === 'paused' ? 'pause' : 'delete'}`, entityType: 'schedule', entityId: id });
    return updated!;
  });
  if (state === 'active') await ctx.queue.enqueuePlan(id);
  return row;
}

/**
 * Planned check-ins whose first message has not gone out yet (only those due at or after `dueFrom`, if
 * given); everything sent stays as history.
 */
export async function removeUnsentPlanned(tx: Tx, where: { scheduleId?: string; clientId?: string; dueFrom?: Date }): Promise<number> {
  const planned = await tx
    .select({ id: checkins.id })
    .from(checkins)
    .where(
      and(
        eq(checkins.state, 'pending'),
        isNotNull(checkins.scheduleId),
        where.scheduleId ? eq(checkins.scheduleId, where.scheduleId) : undefined,
        where.clientId ? eq(checkins.clientId, where.clientId) : undefined,
        where.dueFrom ? gte(checkins.dueAt, where.dueFrom) : undefined,
      ),
    );
  const scheduledIds = planned.map((p) => p.id);
  if (!scheduledIds.length) return 0;
  const sent = await tx.select({ checkinId: messages.checkinId }).from(messages).where(and(inArray(messages.checkinId, scheduledIds), inArray(messages.status, ['sending', 'sent', 'delivered', 'unknown'])));
  const removable = scheduledIds.filter((id) => !sent.some((s) => s.checkinId === id));
  if (!removable.length) return 0;
  await tx.delete(messages).where(inArray(messages.checkinId, removable));
  await tx.delete(checkinItems).where(inArray(checkinItems.checkinId, removable));
  await tx.delete(checkins).where(inArray(checkins.id, removable));
  return removable.length;
}
