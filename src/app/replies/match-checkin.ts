// Which check-in a reply belongs to: the open one on that channel, else the latest expired one that was
// sent (the reply is kept and marked late), else none (stored as a free-text message from the client).
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { checkins, clients } from '../../db/schema/index.js';
import type { Channel } from '../../domain/channels/choose-channel.js';
import type { ClientRow } from '../clients/client-access.js';
import type { CheckinRow } from './record-reply.js';

const LATE_REPLY_WINDOW_MS = 7 * 24 * 3_600_000;

export async function clientsByPhone(db: DbOrTx, phone: string): Promise<ClientRow[]> {
  return db.select().from(clients).where(and(eq(clients.phone, phone), isNull(clients.deletedAt)));
}

/** Among the clients sharing a number, the one with the most recently sent check-in on that channel wins. */
export async function matchReply(db: DbOrTx, candidates: ClientRow[], channel: Channel, now: Date): Promise<{ client: ClientRow; checkin: CheckinRow | null } | null> {
  if (candidates.length === 0) return null;
  const ids = candidates.map((c) => c.id);
  const recent = await db
    .select()
    .from(checkins)
    .where(and(inArray(checkins.clientId, ids), eq(checkins.channel, channel), inArray(checkins.state, ['open', 'expired']), gt(checkins.expiresAt, new Date(now.getTime() - LATE_REPLY_WINDOW_MS))))
    // Never-sent check-ins (null sent_at) last: Postgres puts nulls first in a descending order.
    .orderBy(sql`${checkins.sentAt} desc nulls last`)
    .limit(10);
  // A check-in that expired unsent (no worker ran through its send time) was never seen, so nobody replies to it.
  const open = recent.find((c) => c.state === 'open') ?? recent.find((c) => c.state === 'expired' && c.sentAt !== null) ?? null;
  const client = open ? candidates.find((c) => c.id === open.clientId)! : candidates[0]!;
  return { client, checkin: open };
}

export async function checkinByReplyToken(db: DbOrTx, token: string): Promise<{ client: ClientRow; checkin: CheckinRow } | null> {
  const [row] = await db
    .select({ checkin: checkins, client: clients })
    .from(checkins)
    .innerJoin(clients, eq(clients.id, checkins.clientId))
    .where(and(eq(checkins.replyToken, token), isNull(clients.deletedAt)))
    .limit(1);
  return row ?? null;
}
