// The organization's learned words (from coach corrections), in the normalizer's shape.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { coaches, lexiconEntries } from '../../db/schema/index.js';
import type { LearnedEntry } from '../../domain/normalize/types.js';

export async function organizationOfCoach(db: DbOrTx, coachId: string): Promise<string | null> {
  const [coach] = await db.select({ organizationId: coaches.organizationId }).from(coaches).where(eq(coaches.id, coachId));
  return coach?.organizationId ?? null;
}

/** The learned words of the organization a client's coach works for, in one query (every reply reads them). */
export async function learnedEntriesForCoach(db: DbOrTx, coachId: string): Promise<LearnedEntry[]> {
  const rows = await db
    .select({ entry: lexiconEntries })
    .from(lexiconEntries)
    .innerJoin(coaches, eq(coaches.organizationId, lexiconEntries.organizationId))
    .where(eq(coaches.id, coachId))
    .then((found) => found.map((f) => f.entry));
  return rows.map((r) => ({
    phrase: r.phrase,
    questionType: r.questionType,
    value: r.value,
    ...(r.scaleMin !== null ? { scaleMin: r.scaleMin } : {}),
    ...(r.scaleMax !== null ? { scaleMax: r.scaleMax } : {}),
  }));
}
