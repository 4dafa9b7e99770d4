// The one place that decides whether a caller may see a client: another coach's client does not exist for them.
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { clients } from '../../db/schema/index.js';
import type { Principal } from '../context.js';
import { NotFoundError } from '../errors.js';

export type ClientRow = typeof clients.$inferSelect;

export async function loadClientFor(db: DbOrTx, principal: Principal, clientId: string): Promise<ClientRow> {
  const [client] = await db
    .select()
    .from(clients)
    .where(and(eq(clients.id, clientId), isNull(clients.deletedAt)))
    .limit(1);
  if (!client || (principal.role === 'coach' && client.coachId !== principal.coachId)) throw new NotFoundError('client');
  return client;
}
