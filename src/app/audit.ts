// The audit log records who did what to which entity; never personal data in `details`.
import type { DbOrTx } from '../db/client.js';
import { auditLog } from '../db/schema/index.js';

export async function audit(
  db: DbOrTx,
  entry: { actor: string; action: string; entityType: string; entityId?: string; details?: Record<string, unknown> },
): Promise<void> {
  await db.insert(auditLog).values({
    actor: entry.actor,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    details: entry.details ?? {},
  });
}
