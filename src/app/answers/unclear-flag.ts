// The open "unclear answer" flag stays until every unclear answer of the client has been reviewed.
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { answers, clientFlags } from '../../db/schema/index.js';

export async function resolveUnclearFlagIfReviewed(tx: Tx, clientId: string, at: Date, by: string): Promise<boolean> {
  const waiting = await tx
    .select({ id: answers.id })
    .from(answers)
    .where(and(eq(answers.clientId, clientId), eq(answers.needsReview, true), isNull(answers.correctedAt)))
    .limit(1);
  if (waiting.length) return false;
  const resolved = await tx
    .update(clientFlags)
    .set({ resolvedAt: at, resolvedBy: by })
    .where(and(eq(clientFlags.clientId, clientId), eq(clientFlags.kind, 'unclear_answer'), isNull(clientFlags.resolvedAt)))
    .returning({ id: clientFlags.id });
  return resolved.length > 0;
}
