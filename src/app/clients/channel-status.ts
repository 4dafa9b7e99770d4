// Why a client can or cannot be reached on each channel, for the coach: an opt-out (only the client lifts
// it), a number or address that failed for good, no consent, nothing to send to, or reachable.
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { clientChannelStates, pushSubscriptions } from '../../db/schema/index.js';
import type { Channel } from '../../domain/channels/choose-channel.js';
import type { ClientRow } from './client-access.js';

export type ChannelStatus = 'reachable' | 'opted_out' | 'unusable' | 'no_consent' | 'no_address';

export async function channelStatusOf(db: DbOrTx, client: ClientRow): Promise<Record<Channel, ChannelStatus>> {
  const states = await db.select().from(clientChannelStates).where(eq(clientChannelStates.clientId, client.id));
  const [push] = await db
    .select({ n: pushSubscriptions.clientId })
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.clientId, client.id), isNull(pushSubscriptions.expiredAt)))
    .limit(1);
  const consent: Record<Channel, boolean> = { sms: client.consentSms, email: client.consentEmail, push: client.consentPush };
  const address: Record<Channel, boolean> = { sms: Boolean(client.phone), email: Boolean(client.email), push: Boolean(push) };
  const statusOf = (channel: Channel): ChannelStatus => {
    const state = states.find((s) => s.channel === channel);
    if (state?.optedOutAt) return 'opted_out';
    if (state?.unusableAt) return 'unusable';
    if (!consent[channel]) return 'no_consent';
    if (!address[channel]) return 'no_address';
    return 'reachable';
  };
  return { sms: statusOf('sms'), email: statusOf('email'), push: statusOf('push') };
}
