// Materializes each active schedule's occurrences for the coming hours as check-ins (Postgres decides
// what is due). Each occurrence has a unique key, so planning again, in parallel or after a crash,
// creates nothing twice. The per-client daily cap counts what is already planned or sent, across all
// schedules; the planning lock makes that count and the writes one step, so two processes planning at
// once cannot both fill the same free slot. A schedule that cannot be planned is logged and skipped;
// the others are planned regardless.
import { and, eq, gte, inArray, isNull, lt, ne } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { checkins, clients as clientsTable, schedules } from '../../db/schema/index.js';
import { chooseChannel } from '../../domain/channels/choose-channel.js';
import type { Sender } from '../../domain/messages/render.js';
import { applyDailyCap, formatInZone, planOccurrences } from '../../domain/schedule/index.js';
import type { ClientRow } from '../clients/client-access.js';
import { reachabilityOfMany } from '../clients/reachability.js';
import type { AppContext } from '../context.js';
import { raiseFlag } from '../flags.js';
import { senderOf } from '../messages/compose-message.js';
import type { ComposedMessage } from '../messages/compose-message.js';
import { enqueueAfterCommit } from '../messages/enqueue.js';
import { currentQuestions } from '../questions/find-questions.js';
import { audienceOf, isPaused } from './audience.js';
import { materializeCheckins, type PlannedEntry } from './materialize-checkins.js';
import { lockPlanning } from './planning-lock.js';
import { linkSettingsOf } from '../answer-links/link-settings.js';

export const PLAN_HORIZON_MS = 48 * 3_600_000;
const DAY_MS = 24 * 3_600_000;
const BATCH = 500;

export interface PlanReport {
  planned: number;
  skippedByCap: number;
  unreachable: number;
  /** Schedules that could not be planned this run (logged with their id). */
  failed: number;
}

type ScheduleRow = typeof schedules.$inferSelect;
const empty = (): PlanReport => ({ planned: 0, skippedByCap: 0, unreachable: 0, failed: 0 });

export async function planSchedules(ctx: AppContext, options: { scheduleId?: string; clientIds?: readonly string[] } = {}): Promise<PlanReport> {
  const now = ctx.now();
  const active = await ctx.db
    .select()
    .from(schedules)
    .where(and(eq(schedules.state, 'active'), isNull(schedules.deletedAt), options.scheduleId ? eq(schedules.id, options.scheduleId) : undefined))
    .orderBy(schedules.createdAt, schedules.id);
  const report = empty();
  for (const schedule of active) {
    try {
      const part = await planSchedule(ctx, schedule, now, options.clientIds);
      report.planned += part.planned;
      report.skippedByCap += part.skippedByCap;
      report.unreachable += part.unreachable;
    } catch (error) {
      report.failed += 1;
      ctx.log.error({ scheduleId: schedule.id, err: safeErrorMessage(error) }, 'schedule not planned');
    }
  }
  if (report.planned || report.failed) ctx.log.info({ ...report }, 'schedules planned');
  return report;
}

async function planSchedule(ctx: AppContext, schedule: ScheduleRow, now: Date, onlyClientIds?: readonly string[]): Promise<PlanReport> {
  const report = empty();
  const audience = await audienceOf(ctx.db, schedule.spec.audience, now, onlyClientIds);
  for (let i = 0; i < audience.length; i += BATCH) {
    const part = await planForClients(ctx, schedule, audience.slice(i, i + BATCH), now);
    if (part === 'schedule_changed') break; // edited, paused or deleted meanwhile; its own plan job follows
    report.planned += part.planned;
    report.skippedByCap += part.skippedByCap;
    report.unreachable += part.unreachable;
  }
  return report;
}

async function planForClients(ctx: AppContext, schedule: ScheduleRow, audience: ClientRow[], now: Date): Promise<PlanReport | 'schedule_changed'> {
  const to = new Date(now.getTime() + PLAN_HORIZON_MS);
  const plannable = { ...schedule.spec, id: schedule.id };
  const candidates = audience.flatMap((client) =>
    planOccurrences({ schedule: plannable, client: { id: client.id, timezone: client.timezone, dates: client.dates }, from: now, to, now }),
  );
  if (candidates.length === 0) return empty();
  const questions = await currentQuestions(ctx.db, schedule.spec.questionKeys);
  const reach = await reachabilityOfMany(ctx.db, audience);

  const senders = new Map<string, Promise<Sender>>();
  // One transaction per batch, under the planning lock: the cap is counted and the check-ins, their
  // questions and first messages are written as one step.
  const result = await ctx.db.transaction(async (tx) => {
    await lockPlanning(tx);
    if (!(await stillAsRead(tx, schedule))) return 'schedule_changed' as const;
    const clients = await stillPlannable(tx, audience, now);
    const mine = candidates.filter((c) => clients.has(c.clientId));
    const existing = await existingCheckins(tx, [...clients.values()], now, to, ctx.config.DEFAULT_TIMEZONE);
    const { kept, dropped } = applyDailyCap(mine, existing, { capPerDay: ctx.config.CHECKINS_PER_CLIENT_PER_DAY });

    const entries: PlannedEntry[] = [];
    const unreachable = new Set<string>();
    for (const occurrence of kept) {
      const client = clients.get(occurrence.clientId)!;
      const channel = chooseChannel(reach.get(client.id)!);
      if (channel) entries.push({ client, channel, occurrence });
      else unreachable.add(client.id);
    }
    for (const clientId of unreachable) await raiseFlag(tx, clientId, 'unreachable');
    const outgoing: ComposedMessage[] = await materializeCheckins(tx, {
      scheduleId: schedule.id,
      links: linkSettingsOf(ctx.config),
      questions,
      entries,
      senderOf: (coachId) => senders.get(coachId) ?? senders.set(coachId, senderOf(tx, coachId)).get(coachId)!,
    });
    return { outgoing, skippedByCap: dropped.filter((d) => d.reason === 'daily_cap').length, unreachable: unreachable.size };
  });
  if (result === 'schedule_changed') return result;
  await enqueueAfterCommit(ctx, result.outgoing);
  return { planned: result.outgoing.length, skippedByCap: result.skippedByCap, unreachable: result.unreachable, failed: 0 };
}

/** The schedule as this run read it is still the current, active version. */
async function stillAsRead(tx: Tx, schedule: ScheduleRow): Promise<boolean> {
  const [current] = await tx.select({ state: schedules.state, version: schedules.version, deletedAt: schedules.deletedAt }).from(schedules).where(eq(schedules.id, schedule.id));
  return Boolean(current && current.state === 'active' && !current.deletedAt && current.version === schedule.version);
}

/** The audience as it is now, under the lock: a client paused or removed since it was read is left out. */
async function stillPlannable(tx: Tx, audience: ClientRow[], now: Date): Promise<Map<string, ClientRow>> {
  const rows = await tx.select().from(clientsTable).where(and(inArray(clientsTable.id, audience.map((c) => c.id)), isNull(clientsTable.deletedAt)));
  return new Map(rows.filter((c) => !isPaused(c, now)).map((c) => [c.id, c]));
}

/** What is already planned or sent around the horizon counts toward the cap, across all schedules. */
async function existingCheckins(tx: Tx, clients: ClientRow[], now: Date, to: Date, defaultZone: string) {
  if (clients.length === 0) return [];
  const rows = await tx
    .select({ key: checkins.occurrenceKey, id: checkins.id, clientId: checkins.clientId, dueAt: checkins.dueAt })
    .from(checkins)
    .where(and(inArray(checkins.clientId, clients.map((c) => c.id)), gte(checkins.dueAt, new Date(now.getTime() - DAY_MS)), lt(checkins.dueAt, new Date(to.getTime() + DAY_MS)), ne(checkins.state, 'cancelled')));
  const zoneOf = new Map(clients.map((c) => [c.id, c.timezone]));
  return rows.map((r) => ({ key: r.key ?? r.id, clientId: r.clientId, localDate: formatInZone(zoneOf.get(r.clientId) ?? defaultZone, r.dueAt.getTime()).slice(0, 10) }));
}

/**
 * An error as it may be logged: database errors carry the query's parameters (names, phone numbers)
 * in their message, so only the driver's own message is kept, with quoted values blanked.
 */
export function safeErrorMessage(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause;
  const source = cause instanceof Error ? cause : error instanceof Error ? error : null;
  if (!source) return 'unknown error';
  const code = (source as { code?: unknown }).code;
  const message = source.message.split('\nparams:')[0]!.replace(/"[^"]*"|'[^']*'/g, '"…"').slice(0, 300);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}
