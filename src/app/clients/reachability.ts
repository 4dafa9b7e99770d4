// Reads what is needed to choose a channel for a client.
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { clientChannelStates, pushSubscriptions } from '../../db/schema/index.js';
import type { Channel, Reachability } from '../../domain/channels/choose-channel.js';
import type { ClientRow } from './client-access.js';

export async function reachabilityOf(db: DbOrTx, client: ClientRow): Promise<Reachability> {
  const states = await db.select().from(clientChannelStates).where(eq(clientChannelStates.clientId, client.id));
  const blocked = new Set<Channel>(states.filter((s) => s.optedOutAt || s.unusableAt).map((s) => s.channel));
  const livePush = await db.$count(pushSubscriptions, and(eq(pushSubscriptions.clientId, client.id), isNull(pushSubscriptions.expiredAt)));
  return {
    preferred: client.channels,
    consent: { sms: client.consentSms, email: client.consentEmail, push: client.consentPush },
    // Push reaches a client through the browsers they subscribed on the answer page.
    hasAddress: { sms: Boolean(client.phone), email: Boolean(client.email), push: livePush > 0 },
    blocked,
  };
}

/** For push the address is the client id: the adapter sends to every live subscription of that client. */
export function addressOf(client: ClientRow, channel: Channel): string | null {
  return channel === 'sms' ? client.phone : channel === 'email' ? client.email : client.id;
}
