// Which check-in a reply belongs to: the open one on that channel, else the latest expired one
// (the reply is kept and marked late), else none (stored as a free-text message from the client).
import { and, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
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
    .orderBy(desc(checkins.sentAt))
    .limit(10);
  const open = recent.find((c) => c.state === 'open') ?? recent.find((c) => c.state === 'expired') ?? null;
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
