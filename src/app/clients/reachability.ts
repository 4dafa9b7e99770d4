// Reads what is needed to choose a channel for a client.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { clientChannelStates } from '../../db/schema/index.js';
import type { Channel, Reachability } from '../../domain/channels/choose-channel.js';
import type { ClientRow } from './client-access.js';

export async function reachabilityOf(db: DbOrTx, client: ClientRow): Promise<Reachability> {
  const states = await db.select().from(clientChannelStates).where(eq(clientChannelStates.clientId, client.id));
  const blocked = new Set<Channel>(states.filter((s) => s.optedOutAt || s.unusableAt).map((s) => s.channel));
  return {
    preferred: client.channels,
    consent: { sms: client.consentSms, email: client.consentEmail, push: client.consentPush },
    // Push subscriptions arrive with the push channel; until then push has no address.
    hasAddress: { sms: Boolean(client.phone), email: Boolean(client.email), push: false },
    blocked,
  };
}

export function addressOf(client: ClientRow, channel: Channel): string | null {
  return channel === 'sms' ? client.phone : channel === 'email' ? client.email : null;
}
