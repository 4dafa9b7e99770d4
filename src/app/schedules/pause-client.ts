// Pause a client (holiday, hospital): nothing goes out until resumed. Unsent planned check-ins are removed,
// queued prompts of open ones (a fallback, a reminder) are skipped, and no reminders are composed meanwhile.
import { eq } from 'drizzle-orm';
import { clients } from '../../db/schema/index.js';
import { audit } from '../audit.js';
import { loadClientFor } from '../clients/client-access.js';
import { type AppContext, actorOf, type Principal } from '../context.js';
import { removeUnsentPlanned } from './manage-schedules.js';
import { lockPlanning } from './planning-lock.js';
import { silencePrompts } from './silence-prompts.js';

const INDEFINITELY = new Date('9999-12-31T00:00:00Z');

export async function pauseClient(ctx: AppContext, principal: Principal, clientId: string, until?: Date) {
  return ctx.db.transaction(async (tx) => {
    await loadClientFor(tx, principal, clientId);
    // Under the planning lock, so a planning batch that read this client before the pause cannot add check-ins after it.
    await lockPlanning(tx);
    const [client] = await tx.update(clients).set({ pausedUntil: until ?? INDEFINITELY }).where(eq(clients.id, clientId)).returning();
    const removed = await removeUnsentPlanned(tx, { clientId });
    const silenced = await silencePrompts(tx, { clientId }, 'client paused', ctx.now());
    await audit(tx, { actor: actorOf(principal), action: 'client.pause', entityType: 'client', entityId: clientId, details: { removed, silenced } });
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
