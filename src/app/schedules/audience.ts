// Who a schedule asks: a list of clients, all clients of a coach, or everyone with a tag; never paused clients.
import { and, arrayContains, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { clients } from '../../db/schema/index.js';
import type { ScheduleInput } from '../../domain/schedule/index.js';
import type { ClientRow } from '../clients/client-access.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function audienceOf(db: DbOrTx, audience: ScheduleInput['audience'], now: Date, onlyClientIds?: readonly string[]): Promise<ClientRow[]> {
  // Ids are validated as UUIDs at the API; a schedule stored before that check may hold a name, which
  // matches no client (and must not reach Postgres as a uuid, where it would fail the whole query).
  const clientIds = audience.clientIds?.filter((id) => UUID.test(id)) ?? [];
  const anyOf: SQL[] = [];
  if (clientIds.length) anyOf.push(inArray(clients.id, clientIds));
  if (audience.coachId && UUID.test(audience.coachId)) anyOf.push(eq(clients.coachId, audience.coachId));
  if (audience.tag) anyOf.push(arrayContains(clients.tags, [audience.tag]));
  if (!anyOf.length) return [];
  const onlyIds = onlyClientIds?.filter((id) => UUID.test(id));
  const rows = await db
    .select()
    .from(clients)
    .where(and(isNull(clients.deletedAt), or(...anyOf), onlyIds ? inArray(clients.id, onlyIds) : undefined));
  return rows.filter((c) => !isPaused(c, now));
}

export const isPaused = (client: Pick<ClientRow, 'pausedUntil'>, now: Date) => Boolean(client.pausedUntil && client.pausedUntil > now);
