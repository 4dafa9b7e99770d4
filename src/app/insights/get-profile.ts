// The current value of every trait: the newest observation per key.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { loadClientFor } from '../clients/client-access.js';
import type { Principal } from '../context.js';

export interface ProfileTrait {
  value: unknown;
  observedAt: string;
  confidence: number;
  answerId: string | null;
  source: string;
}

export async function getProfile(db: DbOrTx, principal: Principal, clientId: string) {
  const client = await loadClientFor(db, principal, clientId);
  const result = await db.execute<{ key: string; value: unknown; observed_at: Date | string; confidence: number; answer_id: string | null; source: string }>(sql`
    select distinct on (key) key, value, observed_at, confidence, answer_id, source
    from traits where client_id = ${clientId}
    order by key, observed_at desc, id desc`);
  const traits: Record<string, ProfileTrait> = {};
  for (const r of result.rows) {
    traits[r.key] = { value: r.value, observedAt: new Date(r.observed_at).toISOString(), confidence: r.confidence, answerId: r.answer_id, source: r.source };
  }
  const flags = await db.execute<{ kind: string; created_at: Date | string }>(sql`
    select kind, created_at from client_flags where client_id = ${clientId} and resolved_at is null order by created_at`);
  return {
    clientId: client.id,
    traits,
    flags: flags.rows.map((f) => ({ kind: f.kind, since: new Date(f.created_at).toISOString() })),
  };
}
