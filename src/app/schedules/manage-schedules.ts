// Create, edit, pause, resume and delete schedules. Editing or pausing removes only check-ins that were
// planned but not yet sent; history stays as it was. Planning then runs again for the future.
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { checkinItems, checkins, messages, schedules } from '../../db/schema/index.js';
import type { ScheduleInput } from '../../domain/schedule/index.js';
import { audit } from '../audit.js';
import { type AppContext, actorOf, type Principal } from '../context.js';
import { NotFoundError } from '../errors.js';
import { currentQuestions } from '../questions/find-questions.js';

export type ScheduleRow = typeof schedules.$inferSelect;

export function presentSchedule(s: ScheduleRow) {
  return { id: s.id, ...s.spec, state: s.state, version: s.version, createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString() };
}

export async function findSchedule(db: DbOrTx, id: string): Promise<ScheduleRow> {
  const [row] = await db.select().from(schedules).where(and(eq(schedules.id, id), isNull(schedules.deletedAt)));
  if (!row) throw new NotFoundError('schedule');
  return row;
}

export async function createSchedule(ctx: AppContext, principal: Principal, spec: ScheduleInput) {
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
  const row = await ctx.db.transaction(async (tx) => {
    const current = await findSchedule(tx, id);
    await currentQuestions(tx, spec.questionKeys);
    await removeUnsentPlanned(tx, { scheduleId: id });
    const [updated] = await tx.update(schedules).set({ name: spec.name, spec, version: current.version + 1, updatedAt: ctx.now() }).where(eq(schedules.id, id)).returning();
    await audit(tx, { actor: actorOf(principal), action: 'schedule.update', entityType: 'schedule', entityId: id, details: { version: current.version + 1 } });
    return updated!;
  });
  if (row.state === 'active') await ctx.queue.enqueuePlan(id);
  return row;
}

export async function setScheduleState(ctx: AppContext, principal: Principal, id: string, state: 'active' | 'paused' | 'deleted') {
  const row = await ctx.db.transaction(async (tx) => {
    await findSchedule(tx, id);
    if (state !== 'active') await removeUnsentPlanned(tx, { scheduleId: id });
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

/** Planned check-ins whose first message has not gone out yet; everything sent stays as history. */
export async function removeUnsentPlanned(tx: Tx, where: { scheduleId?: string; clientId?: string }): Promise<number> {
  const planned = await tx
    .select({ id: checkins.id })
    .from(checkins)
    .where(
      and(
        eq(checkins.state, 'pending'),
        isNotNull(checkins.scheduleId),
        where.scheduleId ? eq(checkins.scheduleId, where.scheduleId) : undefined,
        where.clientId ? eq(checkins.clientId, where.clientId) : undefined,
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
