// Appends observations to the client's trait history, with the answer as their source.
import type { Tx } from '../../db/client.js';
import { traits } from '../../db/schema/index.js';
import type { AnswerValue } from '../../domain/normalize/types.js';

export async function appendTraits(
  tx: Tx,
  input: { clientId: string; answerId: string | null; observedAt: Date; confidence: number; source: 'answer' | 'coach' | 'system'; values: Record<string, AnswerValue> },
): Promise<void> {
  const rows = Object.entries(input.values).map(([key, value]) => ({
    clientId: input.clientId,
    key,
    value,
    confidence: input.confidence,
    answerId: input.answerId,
    source: input.source,
    observedAt: input.observedAt,
  }));
  if (rows.length) await tx.insert(traits).values(rows);
}
