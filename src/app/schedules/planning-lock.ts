// One lock serializes every change to what is planned: a planning batch (read the client's check-ins,
// apply the per-client daily cap, write new ones), a schedule edit/pause and a client pause. Without it two
// worker processes planning at once could both see room under the cap, and a pause or an edit committed in
// the middle of a batch would be undone by check-ins planned from what the batch read before it.
// A transaction-scoped advisory lock: released at commit or rollback, also when a process dies.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';

export async function lockPlanning(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('pols:plan-schedules'))`);
}
