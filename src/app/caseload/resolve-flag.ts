// A coach marks a flag as handled (they called, they talked): the client drops down the caseload.
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { clientFlags } from '../../db/schema/index.js';
import { audit } from '../audit.js';
import { loadClientFor } from '../clients/client-access.js';
import { actorOf, type Principal } from '../context.js';
import { NotFoundError } from '../errors.js';

export async function resolveFlag(db: DbOrTx, principal: Principal, clientId: string, kind: string, now: Date) {
  await loadClientFor(db, principal, clientId);
  const resolved = await db
    .update(clientFlags)
    .set({ resolvedAt: now, resolvedBy: actorOf(principal) })
    .where(and(eq(clientFlags.clientId, clientId), eq(clientFlags.kind, kind), isNull(clientFlags.resolvedAt)))
    .returning({ id: clientFlags.id });
  if (resolved.length === 0) throw new NotFoundError('open flag');
  await audit(db, { actor: actorOf(principal), action: 'flag.resolve', entityType: 'client', entityId: clientId, details: { kind } });
  return { clientId, kind, resolvedAt: now.toISOString() };
}
