// Organization-specific corrections from coaches: an exact match of the whole reply (after
// normalizePhrase) to an entry for the same kind of question wins over the built-in lexicon.
import { SPELLING } from '../lexicon/index.js';
import { canonicalize } from '../text/canonicalize.js';
import { tokenize } from '../text/tokenize.js';
import type { AnswerValue, LearnedEntry, QuestionSpec } from '../types.js';
import { rescale } from './scale.js';

const STRETCH = /(\p{L})\1{2,}/gu;

/**
 * The canonical form of a phrase, as stored for learned entries: lower case, no accents or
 * punctuation, emoji as words, stretched letters cut to two, SMS spellings expanded.
 */
export function normalizePhrase(text: string): string {
  const out: string[] = [];
  for (const t of tokenize(canonicalize(text))) {
    if (t.k !== 'w' && t.k !== 'n') continue;
    const w = t.k === 'w' ? t.t.replace(STRETCH, '$1$1') : t.t;
    for (const s of SPELLING.get(w) ?? [w]) out.push(s);
  }
  return out.join(' ');
}

const phraseCache = new WeakMap<LearnedEntry, string>();
function entryPhrase(e: LearnedEntry): string {
  let p = phraseCache.get(e);
  if (p === undefined) {
    p = normalizePhrase(e.phrase);
    phraseCache.set(e, p);
  }
  return p;
}

function valueFor(e: LearnedEntry, q: QuestionSpec): AnswerValue | undefined {
  switch (q.type) {
    case 'scale': {
      if (typeof e.value !== 'number') return undefined;
      const from = { min: e.scaleMin ?? q.min, max: e.scaleMax ?? q.max };
      if (from.min === q.min && from.max === q.max) return e.value >= q.min && e.value <= q.max ? e.value : undefined;
      if (from.max <= from.min || e.value < from.min || e.value > from.max) return undefined;
      return rescale(e.value, from.min, from.max, q);
    }
    case 'yes_no':
      return typeof e.value === 'boolean' ? e.value : undefined;
    case 'choice':
      return typeof e.value === 'string' && q.options.some((o) => o.value === e.value) ? e.value : undefined;
    case 'free_text':
      return typeof e.value === 'string' ? e.value : undefined;
  }
}

/** The value of the last matching learned entry (later corrections override earlier ones). */
export function matchLearned(q: QuestionSpec, text: string, learned: readonly LearnedEntry[] | undefined): AnswerValue | undefined {
  if (!learned || learned.length === 0) return undefined;
  const key = normalizePhrase(text);
  if (key === '') return undefined;
  for (let i = learned.length - 1; i >= 0; i--) {
    const e = learned[i] as LearnedEntry;
    if (e.questionType !== q.type || entryPhrase(e) !== key) continue;
    const v = valueFor(e, q);
    if (v !== undefined) return v;
  }
  return undefined;
}
