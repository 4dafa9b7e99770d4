// Flags put a client on top of the coach's caseload ("call me", unclear answers, unreachable, low WHO-5).
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { clientFlags } from '../db/schema/index.js';

export type FlagKind = 'callback_requested' | 'help_requested' | 'unclear_answer' | 'unreachable' | 'wellbeing_low' | 'missed_checkins';

/** Raises a flag unless the same kind is already open for this client. */
export async function raiseFlag(db: DbOrTx, clientId: string, kind: FlagKind, answerId?: string): Promise<void> {
  await db
    .insert(clientFlags)
    .values({ clientId, kind, answerId: answerId ?? null })
    .onConflictDoNothing({ target: [clientFlags.clientId, clientFlags.kind], where: sql`resolved_at is null` });
}
