// Compiles the language tables once, at module load, into one phrase index of "senses": what a
// word or phrase can mean in an answer (a feeling 1-5, yes, no, a negation, a number...).
// To add a language: write a LanguageLexicon table and list it in LEXICONS.
import { canonicalize } from '../text/canonicalize.js';
import { PhraseIndex } from '../text/phrase-index.js';
import { phraseWords } from '../text/tokenize.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { tr } from './tr.js';
import type { LanguageLexicon } from './types.js';
import { universal } from './universal.js';

export type { LanguageLexicon } from './types.js';

/** Earlier tables win when two languages give the same phrase different values. */
export const LEXICONS: readonly LanguageLexicon[] = [nl, en, universal, pl, tr, ar];

export interface Sense {
  /** feeling 1..5 */
  five?: number;
  /** report grade 1..10 */
  grade?: number;
  /** frequency 0..5 */
  freq?: number;
  weak?: boolean;
  final?: boolean;
  yn?: 'yes' | 'no';
  /** 'any': anywhere in the first answering clause; 'hedged': lower confidence; 'alone': only as the whole clause */
  ynMode?: 'any' | 'hedged' | 'alone';
  unsure?: boolean;
  neg?: boolean;
  postNeg?: boolean;
  int?: boolean;
  postInt?: boolean;
  down?: boolean;
  filler?: boolean;
  num?: number;
  numAlone?: number;
  gradeNum?: number;
  past?: boolean;
  present?: boolean;
}

/** SMS spellings: token -> replacement tokens. */
export const SPELLING = new Map<string, string[]>();
for (const lex of LEXICONS) {
  for (const [from, to] of Object.entries(lex.spelling ?? {})) {
    const key = canonicalize(from);
    if (!SPELLING.has(key)) SPELLING.set(key, phraseWords(canonicalize(to)));
  }
}

/** Canonical tokens of a data phrase, with SMS spellings expanded like replies are. */
export function phraseTokens(phrase: string): string[] {
  return phraseWords(canonicalize(phrase)).flatMap((w) => SPELLING.get(w) ?? [w]);
}

const YN_RANK = { alone: 0, hedged: 1, any: 2 } as const;

/** Same phrase in several tables: the first value wins; a stronger yes/no mode wins. */
function mergeSense(old: Sense, added: Sense): Sense {
  const out: Sense = { ...old };
  const { five, weak, final, yn, ynMode, ...rest } = added;
  if (out.five === undefined && five !== undefined) Object.assign(out, { five, weak, final });
  if (yn && !out.yn) Object.assign(out, { yn, ynMode });
  else if (yn === out.yn && ynMode && out.ynMode && YN_RANK[ynMode] > YN_RANK[out.ynMode]) out.ynMode = ynMode;
  const target = out as Record<string, unknown>;
  for (const [k, v] of Object.entries(rest)) if (target[k] === undefined) target[k] = v;
  return out;
}

export const SENSES = new PhraseIndex<Sense>();

function add(phrases: Iterable<string>, sense: (p: string) => Sense): void {
  for (const p of phrases) SENSES.add(phraseTokens(p), sense(p), mergeSense);
}

for (const lex of LEXICONS) {
  const rec = (r: Readonly<Record<string, number>> | undefined) => Object.entries(r ?? {});
  for (const [p, v] of rec(lex.scale)) add([p], () => ({ five: v }));
  for (const [p, v] of rec(lex.weakScale)) add([p], () => ({ five: v, weak: true }));
  for (const [p, v] of rec(lex.finalScale)) add([p], () => ({ five: v, final: true }));
  for (const [p, v] of rec(lex.grades)) add([p], () => ({ grade: v }));
  for (const [p, v] of rec(lex.frequency)) add([p], () => ({ freq: v }));
  for (const [p, v] of rec(lex.numbers)) add([p], () => ({ num: v }));
  for (const [p, v] of rec(lex.numbersAlone)) add([p], () => ({ numAlone: v }));
  for (const [p, v] of rec(lex.gradeNumbers)) add([p], () => ({ gradeNum: v }));
  add(lex.yes, () => ({ yn: 'yes', ynMode: 'any' }));
  add(lex.no, () => ({ yn: 'no', ynMode: 'any' }));
  add(lex.maybeYes ?? [], () => ({ yn: 'yes', ynMode: 'hedged' }));
  add(lex.maybeNo ?? [], () => ({ yn: 'no', ynMode: 'hedged' }));
  add(lex.yesAlone ?? [], () => ({ yn: 'yes', ynMode: 'alone' }));
  add(lex.noAlone ?? [], () => ({ yn: 'no', ynMode: 'alone' }));
  add(lex.unsure, () => ({ unsure: true }));
  add(lex.negators, () => ({ neg: true }));
  add(lex.postNegators ?? [], () => ({ postNeg: true }));
  add(lex.intensifiers, () => ({ int: true }));
  add(lex.postIntensifiers ?? [], () => ({ postInt: true }));
  add(lex.downtoners, () => ({ down: true }));
  add(lex.fillers ?? [], () => ({ filler: true }));
  add(lex.past ?? [], () => ({ past: true }));
  add(lex.present ?? [], () => ({ present: true }));
}

/** A head is a word with a meaning on a scale (as opposed to a modifier). */
export function isHead(s: Sense): boolean {
  return s.five !== undefined || s.grade !== undefined;
}
