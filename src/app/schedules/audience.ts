// Who a schedule asks: a list of clients, all clients of a coach, or everyone with a tag; never paused clients.
import { and, arrayContains, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { clients } from '../../db/schema/index.js';
import type { ScheduleInput } from '../../domain/schedule/index.js';
import type { ClientRow } from '../clients/client-access.js';

export async function audienceOf(db: DbOrTx, audience: ScheduleInput['audience'], now: Date, onlyClientIds?: readonly string[]): Promise<ClientRow[]> {
  const anyOf: SQL[] = [];
  if (audience.clientIds?.length) anyOf.push(inArray(clients.id, audience.clientIds));
  if (audience.coachId) anyOf.push(eq(clients.coachId, audience.coachId));
  if (audience.tag) anyOf.push(arrayContains(clients.tags, [audience.tag]));
  if (!anyOf.length) return [];
  const rows = await db
    .select()
    .from(clients)
    .where(and(isNull(clients.deletedAt), or(...anyOf), onlyClientIds ? inArray(clients.id, [...onlyClientIds]) : undefined));
  return rows.filter((c) => !isPaused(c, now));
}

export const isPaused = (client: ClientRow, now: Date) => Boolean(client.pausedUntil && client.pausedUntil > now);
