// The shared first pass over a reply: canonical, resolved tokens split into clauses (at
// punctuation and "maar"/"want"/"but") and clause parts (also at "en"/"and"). Negation,
// barrier cues and "the current one wins" are all scoped by these spans.
import { LEXICONS, phraseTokens } from '../lexicon/index.js';
import { canonicalize } from './canonicalize.js';
import { stripQuoted } from './quoted.js';
import { resolveTokens } from './resolve.js';
import { type Token, tokenize } from './tokenize.js';

export interface Span {
  start: number;
  /** exclusive */
  end: number;
}

export interface Analysis {
  tokens: Token[];
  clauses: Span[];
  /** clause parts, for barrier cues */
  parts: Span[];
  /** number of word and number tokens */
  content: number;
  /** the reply contains a question mark */
  question: boolean;
}

const CLAUSE_BREAKS = new Set(LEXICONS.flatMap((l) => (l.clauseBreaks ?? []).flatMap(phraseTokens)));
const PART_BREAKS = new Set(LEXICONS.flatMap((l) => (l.partBreaks ?? []).flatMap(phraseTokens)));

const isClauseBreak = (t: Token) => t.k === 's' || (t.k === 'w' && CLAUSE_BREAKS.has(t.t));
const isPartBreak = (t: Token) => isClauseBreak(t) || (t.k === 'w' && PART_BREAKS.has(t.t));

function split(tokens: readonly Token[], isBreak: (t: Token) => boolean): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const tok = tokens[i];
    if (tok === undefined || isBreak(tok)) {
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

export function analyze(text: string): Analysis {
  const tokens = resolveTokens(tokenize(canonicalize(stripQuoted(text))));
  const clauses = split(tokens, isClauseBreak);
  const parts = split(tokens, isPartBreak);
  let content = 0;
  let question = false;
  for (const t of tokens) {
    if (t.k === 'w' || t.k === 'n') content++;
    else if (t.k === 's' && t.t.includes('?')) question = true;
  }
  return { tokens, clauses, parts, content, question };
}

/** The span that contains token i. */
export function spanOf(spans: readonly Span[], i: number): Span | undefined {
  for (const s of spans) if (i >= s.start && i < s.end) return s;
  return undefined;
}
