// Web push subscriptions of a client's browsers: stored when the client turns on notifications on the
// answer page, read and expired by the web push adapter.
import { and, eq, isNull } from 'drizzle-orm';
import type { PushSubscriptionStore, StoredSubscription } from '../../channels/push-web/web-push.adapter.js';
import type { DbOrTx } from '../../db/client.js';
import { clientChannelStates, clients, pushSubscriptions } from '../../db/schema/index.js';
import { audit } from '../audit.js';
import type { AppContext } from '../context.js';
import { NotFoundError } from '../errors.js';

export interface NewSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export async function subscribeToPush(ctx: AppContext, clientId: string, subscription: NewSubscription, userAgent: string | null): Promise<{ id: string }> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [client] = await tx.select({ id: clients.id }).from(clients).where(and(eq(clients.id, clientId), isNull(clients.deletedAt))).for('update');
    if (!client) throw new NotFoundError('client');
    const values = { clientId, endpoint: subscription.endpoint, p256dh: subscription.keys.p256dh, auth: subscription.keys.auth, userAgent: userAgent?.slice(0, 300) ?? null };
    // One row per endpoint: a browser that subscribes again (new keys, or another client on a shared device) replaces it.
    const [row] = await tx
      .insert(pushSubscriptions)
      .values(values)
      .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: { ...values, expiredAt: null, createdAt: now } })
      .returning({ id: pushSubscriptions.id });
    // Turning on notifications is the client's own consent to push, and undoes an earlier failure or opt-out.
    await tx.update(clients).set({ consentPush: true }).where(eq(clients.id, clientId));
    await tx
      .update(clientChannelStates)
      .set({ unusableAt: null, optedOutAt: null, reason: null, updatedAt: now })
      .where(and(eq(clientChannelStates.clientId, clientId), eq(clientChannelStates.channel, 'push')));
    await audit(tx, { actor: `client:${clientId}`, action: 'channel.push_subscribed', entityType: 'client', entityId: clientId, details: { subscriptionId: row!.id } });
    return { id: row!.id };
  });
}

export function pushSubscriptionStore(db: DbOrTx): PushSubscriptionStore {
  return {
    async live(clientId: string): Promise<StoredSubscription[]> {
      return db
        .select({ id: pushSubscriptions.id, endpoint: pushSubscriptions.endpoint, p256dh: pushSubscriptions.p256dh, auth: pushSubscriptions.auth })
        .from(pushSubscriptions)
        .where(and(eq(pushSubscriptions.clientId, clientId), isNull(pushSubscriptions.expiredAt)));
    },
    async expire(id: string, at: Date): Promise<void> {
      await db.update(pushSubscriptions).set({ expiredAt: at }).where(and(eq(pushSubscriptions.id, id), isNull(pushSubscriptions.expiredAt)));
    },
    async delivered(id: string, at: Date): Promise<void> {
      await db.update(pushSubscriptions).set({ lastSuccessAt: at }).where(eq(pushSubscriptions.id, id));
    },
  };
}
