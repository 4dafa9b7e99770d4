// Reminders for open scheduled check-ins whose next planned reminder time has come. Postgres holds the
// plan (reminder_times, reminders_sent), so reminders survive an emptied Redis; quiet hours apply at delivery.
// A paused client, or a check-in of a paused or deleted schedule, gets no reminder: the reminders that come
// due meanwhile are used up without a message, so a resume does not send a pile of stale ones.
import { and, eq, sql } from 'drizzle-orm';
import { checkinItems, checkins, clients, questionVersions, schedules } from '../../db/schema/index.js';
import type { Channel } from '../../domain/channels/choose-channel.js';
import type { AppContext } from '../context.js';
import { type ComposedMessage, composeQuestion } from '../messages/compose-message.js';
import { enqueueAfterCommit } from '../messages/enqueue.js';
import { TEXTS } from '../../domain/messages/texts.js';
import { isPaused } from './audience.js';
import { linkSettingsOf } from '../answer-links/link-settings.js';

export async function sendDueReminders(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const links = linkSettingsOf(ctx.config);
  const due = await ctx.db
    .select({ id: checkins.id })
    .from(checkins)
    .where(
      and(
        eq(checkins.state, 'open'),
        sql`${checkins.remindersSent} < jsonb_array_length(${checkins.reminderTimes})`,
        sql`(${checkins.reminderTimes}->>${checkins.remindersSent})::timestamptz <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .limit(1_000);
  const outgoing: Array<ComposedMessage | null> = [];
  for (const { id } of due) {
    outgoing.push(
      await ctx.db.transaction(async (tx) => {
        const [row] = await tx
          .select({ checkin: checkins, client: clients, scheduleState: schedules.state, scheduleDeletedAt: schedules.deletedAt })
          .from(checkins)
          .innerJoin(clients, eq(clients.id, checkins.clientId))
          .leftJoin(schedules, eq(schedules.id, checkins.scheduleId))
          .where(and(eq(checkins.id, id), eq(checkins.state, 'open')))
          .for('update', { of: checkins });
        if (!row?.checkin.channel) return null;
        const { checkin, client } = row;
        const paused = isPaused(client, now) ? 'client paused' : checkin.scheduleId && (row.scheduleState !== 'active' || row.scheduleDeletedAt) ? 'schedule paused or deleted' : null;
        if (paused) {
          const due = checkin.reminderTimes.filter((t) => Date.parse(t) <= now.getTime()).length;
          await tx.update(checkins).set({ remindersSent: Math.max(checkin.remindersSent, due) }).where(eq(checkins.id, id));
          ctx.log.info({ checkinId: id, reason: paused }, 'reminder suppressed');
          return null;
        }
        const n = checkin.remindersSent;
        await tx.update(checkins).set({ remindersSent: n + 1 }).where(eq(checkins.id, id));
        const items = await tx
          .select({ position: checkinItems.position, textNl: questionVersions.textNl, textEn: questionVersions.textEn })
          .from(checkinItems)
          .innerJoin(questionVersions, eq(questionVersions.id, checkinItems.questionVersionId))
          .where(eq(checkinItems.checkinId, id));
        const item = items.find((i) => i.position === checkin.currentPosition);
        if (!item) return null;
        const text = client.locale === 'en' && item.textEn ? item.textEn : item.textNl;
        return composeQuestion(tx, {
          client,
          links,
          channel: checkin.channel as Channel,
          kind: 'reminder',
          dedupeKey: `checkin:${id}:reminder:${n}`,
          checkinId: id,
          itemPosition: item.position,
          sendAfter: now,
          questionText: `${TEXTS[client.locale].reminder} ${text}`,
          position: item.position,
          total: items.length,
        });
      }),
    );
  }
  await enqueueAfterCommit(ctx, outgoing);
  return outgoing.filter(Boolean).length;
}
