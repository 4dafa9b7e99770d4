// Reads what is needed to choose a channel for a client.
import { and, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { clientChannelStates, pushSubscriptions } from '../../db/schema/index.js';
import type { Channel, Reachability } from '../../domain/channels/choose-channel.js';
import type { ClientRow } from './client-access.js';

export async function reachabilityOf(db: DbOrTx, client: ClientRow): Promise<Reachability> {
  return (await reachabilityOfMany(db, [client])).get(client.id)!;
}

/** The same for many clients in two queries (schedule fan-out). */
export async function reachabilityOfMany(db: DbOrTx, clients: readonly ClientRow[]): Promise<Map<string, Reachability>> {
  const ids = clients.map((c) => c.id);
  if (ids.length === 0) return new Map();
  const states = await db.select().from(clientChannelStates).where(inArray(clientChannelStates.clientId, ids));
  const live = await db
    .select({ clientId: pushSubscriptions.clientId })
    .from(pushSubscriptions)
    .where(and(inArray(pushSubscriptions.clientId, ids), isNull(pushSubscriptions.expiredAt)));
  const withPush = new Set(live.map((l) => l.clientId));
  const blockedOf = new Map<string, Set<Channel>>();
  for (const s of states) if (s.optedOutAt || s.unusableAt) blockedOf.set(s.clientId, (blockedOf.get(s.clientId) ?? new Set<Channel>()).add(s.channel));
  return new Map(
    clients.map((client) => [
      client.id,
      {
        preferred: client.channels,
        consent: { sms: client.consentSms, email: client.consentEmail, push: client.consentPush },
        // Push reaches a client through the browsers they subscribed on the answer page.
        hasAddress: { sms: Boolean(client.phone), email: Boolean(client.email), push: withPush.has(client.id) },
        blocked: blockedOf.get(client.id) ?? new Set<Channel>(),
      },
    ]),
  );
}

/** For push the address is the client id: the adapter sends to every live subscription of that client. */
export function addressOf(client: ClientRow, channel: Channel): string | null {
  return channel === 'sms' ? client.phone : channel === 'email' ? client.email : client.id;
}
