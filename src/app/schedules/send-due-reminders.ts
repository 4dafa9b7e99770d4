// Reminders for open scheduled check-ins whose next planned reminder time has come. Postgres holds the
// plan (reminder_times, reminders_sent), so reminders survive an emptied Redis; quiet hours apply at delivery.
import { and, eq, sql } from 'drizzle-orm';
import { checkinItems, checkins, clients, questionVersions } from '../../db/schema/index.js';
import type { Channel } from '../../domain/channels/choose-channel.js';
import type { AppContext } from '../context.js';
import { type ComposedMessage, composeQuestion } from '../messages/compose-message.js';
import { enqueueAfterCommit } from '../messages/enqueue.js';
import { TEXTS } from '../../domain/messages/texts.js';

export async function sendDueReminders(ctx: AppContext): Promise<number> {
  const now = ctx.now();
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
        const [row] = await tx.select({ checkin: checkins, client: clients }).from(checkins).innerJoin(clients, eq(clients.id, checkins.clientId)).where(and(eq(checkins.id, id), eq(checkins.state, 'open'))).for('update');
        if (!row?.checkin.channel) return null;
        const { checkin, client } = row;
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
