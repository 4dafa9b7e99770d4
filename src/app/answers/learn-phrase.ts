// A coach's correction teaches the organization's lexicon: "when our clients write this to a question of
// this kind, it means that". The normalizer reads these entries for every later reply (learnedEntriesForCoach).
import type { Tx } from '../../db/client.js';
import { lexiconEntries } from '../../db/schema/index.js';
import { normalizePhrase } from '../../domain/normalize/index.js';
import type { QuestionSpec } from '../../domain/normalize/types.js';

/** Whole replies longer than this are sentences, not phrases a client will send again. */
const MAX_PHRASE_LENGTH = 200;

export interface LearnInput {
  organizationId: string | null;
  rawText: string;
  spec: QuestionSpec;
  value: number | boolean | string;
  sourceAnswerId: string;
  createdBy: string;
}

/** Upserts the organization's entry for this phrase and question type; returns the phrase, or null when nothing was learned. */
export async function learnPhrase(tx: Tx, input: LearnInput): Promise<string | null> {
  if (!input.organizationId || input.spec.type === 'free_text') return null;
  const phrase = normalizePhrase(input.rawText);
  if (phrase === '' || phrase.length > MAX_PHRASE_LENGTH) return null;
  const scale = input.spec.type === 'scale' ? { scaleMin: input.spec.min, scaleMax: input.spec.max } : { scaleMin: null, scaleMax: null };
  const entry = { value: input.value, ...scale, sourceAnswerId: input.sourceAnswerId, createdBy: input.createdBy };
  await tx
    .insert(lexiconEntries)
    .values({ organizationId: input.organizationId, phrase, questionType: input.spec.type, ...entry })
    .onConflictDoUpdate({ target: [lexiconEntries.organizationId, lexiconEntries.phrase, lexiconEntries.questionType], set: entry });
  return phrase;
}
