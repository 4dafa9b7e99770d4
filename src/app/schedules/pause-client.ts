// Pause a client (holiday, hospital): no scheduled check-ins until resumed; unsent planned ones are removed.
import { eq } from 'drizzle-orm';
import { clients } from '../../db/schema/index.js';
import { audit } from '../audit.js';
import { loadClientFor } from '../clients/client-access.js';
import { type AppContext, actorOf, type Principal } from '../context.js';
import { removeUnsentPlanned } from './manage-schedules.js';

const INDEFINITELY = new Date('9999-12-31T00:00:00Z');

export async function pauseClient(ctx: AppContext, principal: Principal, clientId: string, until?: Date) {
  return ctx.db.transaction(async (tx) => {
    await loadClientFor(tx, principal, clientId);
    const [client] = await tx.update(clients).set({ pausedUntil: until ?? INDEFINITELY }).where(eq(clients.id, clientId)).returning();
    const removed = await removeUnsentPlanned(tx, { clientId });
    await audit(tx, { actor: actorOf(principal), action: 'client.pause', entityType: 'client', entityId: clientId, details: { removed } });
    return client!;
  });
}

export async function resumeClient(ctx: AppContext, principal: Principal, clientId: string) {
  const client = await ctx.db.transaction(async (tx) => {
    await loadClientFor(tx, principal, clientId);
    const [updated] = await tx.update(clients).set({ pausedUntil: null }).where(eq(clients.id, clientId)).returning();
    await audit(tx, { actor: actorOf(principal), action: 'client.resume', entityType: 'client', entityId: clientId });
    return updated!;
  });
  await ctx.queue.enqueuePlan();
  return client;
}
