// Materializes each active schedule's occurrences for the coming hours as check-ins (Postgres decides
// what is due). Each occurrence has a unique key, so planning again, in parallel or after a crash,
// creates nothing twice; the per-client daily cap counts what is already planned or sent.
import { and, eq, gte, inArray, isNull, lt, ne } from 'drizzle-orm';
import { checkins, schedules } from '../../db/schema/index.js';
import { chooseChannel } from '../../domain/channels/choose-channel.js';
import { applyDailyCap, formatInZone, planOccurrences } from '../../domain/schedule/index.js';
import { reachabilityOfMany } from '../clients/reachability.js';
import type { ClientRow } from '../clients/client-access.js';
import type { AppContext } from '../context.js';
import { raiseFlag } from '../flags.js';
import { senderOf } from '../messages/compose-message.js';
import type { Sender } from '../../domain/messages/render.js';
import { enqueueAfterCommit } from '../messages/enqueue.js';
import { currentQuestions } from '../questions/find-questions.js';
import { audienceOf } from './audience.js';
import { materializeCheckins, type PlannedEntry } from './materialize-checkins.js';

export const PLAN_HORIZON_MS = 48 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

export interface PlanReport {
  planned: number;
  skippedByCap: number;
  unreachable: number;
}

export async function planSchedules(ctx: AppContext, options: { scheduleId?: string; clientIds?: readonly string[] } = {}): Promise<PlanReport> {
  const now = ctx.now();
  const active = await ctx.db
    .select()
    .from(schedules)
    .where(and(eq(schedules.state, 'active'), isNull(schedules.deletedAt), options.scheduleId ? eq(schedules.id, options.scheduleId) : undefined));
  const report: PlanReport = { planned: 0, skippedByCap: 0, unreachable: 0 };
  for (const schedule of active) {
    const audience = await audienceOf(ctx.db, schedule.spec.audience, now, options.clientIds);
    for (let i = 0; i < audience.length; i += 500) {
      const part = await planForClients(ctx, schedule, audience.slice(i, i + 500), now);
      report.planned += part.planned;
      report.skippedByCap += part.skippedByCap;
      report.unreachable += part.unreachable;
    }
  }
  if (report.planned) ctx.log.info({ ...report }, 'schedules planned');
  return report;
}

async function planForClients(ctx: AppContext, schedule: typeof schedules.$inferSelect, clients: ClientRow[], now: Date): Promise<PlanReport> {
  const to = new Date(now.getTime() + PLAN_HORIZON_MS);
  const plannable = { ...schedule.spec, id: schedule.id };
  const candidates = clients.flatMap((client) =>
    planOccurrences({ schedule: plannable, client: { id: client.id, timezone: client.timezone, dates: client.dates }, from: now, to, now }),
  );
  if (candidates.length === 0) return { planned: 0, skippedByCap: 0, unreachable: 0 };

  // What is already planned or sent around the horizon counts toward the cap (across all schedules).
  const existingRows = await ctx.db
    .select({ key: checkins.occurrenceKey, id: checkins.id, clientId: checkins.clientId, dueAt: checkins.dueAt })
    .from(checkins)
    .where(and(inArray(checkins.clientId, clients.map((c) => c.id)), gte(checkins.dueAt, new Date(now.getTime() - DAY_MS)), lt(checkins.dueAt, new Date(to.getTime() + DAY_MS)), ne(checkins.state, 'cancelled')));
  const zoneOf = new Map(clients.map((c) => [c.id, c.timezone]));
  const existing = existingRows.map((r) => ({ key: r.key ?? r.id, clientId: r.clientId, localDate: formatInZone(zoneOf.get(r.clientId) ?? ctx.config.DEFAULT_TIMEZONE, r.dueAt.getTime()).slice(0, 10) }));
  const { kept, dropped } = applyDailyCap(candidates, existing);

  const questions = await currentQuestions(ctx.db, schedule.spec.questionKeys);
  const byId = new Map(clients.map((c) => [c.id, c]));
  const reach = await reachabilityOfMany(ctx.db, clients);
  const entries: PlannedEntry[] = [];
  const unreachableClients = new Set<string>();
  for (const occurrence of kept) {
    const client = byId.get(occurrence.clientId)!;
    const channel = chooseChannel(reach.get(client.id)!);
    if (channel) entries.push({ client, channel, occurrence });
    else unreachableClients.add(client.id);
  }
  const senders = new Map<string, Promise<Sender>>();
  // One transaction per batch: the rows of a check-in and its first message land together.
  const outgoing = await ctx.db.transaction(async (tx) => {
    for (const clientId of unreachableClients) await raiseFlag(tx, clientId, 'unreachable');
    return materializeCheckins(tx, {
      scheduleId: schedule.id,
      questions,
      entries,
      senderOf: (coachId) => senders.get(coachId) ?? senders.set(coachId, senderOf(tx, coachId)).get(coachId)!,
    });
  });
  const planned = outgoing.length;
  const unreachable = unreachableClients.size;
  await enqueueAfterCommit(ctx, outgoing);
  return { planned, skippedByCap: dropped.filter((d) => d.reason === 'daily_cap').length, unreachable };
}

