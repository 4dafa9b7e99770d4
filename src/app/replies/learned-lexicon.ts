// The organization's learned words (from coach corrections), in the normalizer's shape.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { coaches, lexiconEntries } from '../../db/schema/index.js';
import type { LearnedEntry } from '../../domain/normalize/types.js';

export async function organizationOfCoach(db: DbOrTx, coachId: string): Promise<string | null> {
  const [coach] = await db.select({ organizationId: coaches.organizationId }).from(coaches).where(eq(coaches.id, coachId));
  return coach?.organizationId ?? null;
}

export async function learnedEntriesFor(db: DbOrTx, organizationId: string | null): Promise<LearnedEntry[]> {
  if (!organizationId) return [];
  const rows = await db.select().from(lexiconEntries).where(eq(lexiconEntries.organizationId, organizationId));
  return rows.map((r) => ({
    phrase: r.phrase,
    questionType: r.questionType,
    value: r.value,
    ...(r.scaleMin !== null ? { scaleMin: r.scaleMin } : {}),
    ...(r.scaleMax !== null ? { scaleMax: r.scaleMax } : {}),
  }));
}
