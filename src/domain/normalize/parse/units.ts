// A clause as a sequence of units: the longest lexicon phrase at each position ("niet zo best"
// is one unit, "niet" + "goed" are two), or a single unknown token.
import { SENSES, type Sense } from '../lexicon/index.js';
import type { Analysis, Span } from '../text/analyze.js';
import type { Token } from '../text/tokenize.js';

export interface Unit {
  start: number;
  end: number;
  sense: Sense | undefined;
  /** lowest spelling quality of its tokens */
  q: number;
}

/** Yes/no-only phrases ("is goed" = yes) must not hide the feeling word inside them on a scale. */
const scaleMemo = new WeakMap<Sense, boolean>();
function forScale(s: Sense): boolean {
  let ok = scaleMemo.get(s);
  if (ok === undefined) {
    ok = !s.yn || Object.keys(s).some((k) => k !== 'yn' && k !== 'ynMode' && s[k as keyof Sense] !== undefined);
    scaleMemo.set(s, ok);
  }
  return ok;
}

/**
 * Units of a span. In 'scale' mode a clause-final entry ("niet zo" = 2) only matches at the end
 * of the clause, so that "niet zo goed" reads as negation + "goed".
 */
export function unitsOf(a: Analysis, span: Span, mode: 'scale' | 'any'): Unit[] {
  const out: Unit[] = [];
  const tokens = a.tokens;
  let i = span.start;
  const accept = mode === 'scale' ? (s: Sense, len: number) => forScale(s) && (!s.final || i + len === span.end) : undefined;
  while (i < span.end) {
    const m = SENSES.longestAt(tokens, i, span.end, accept);
    const len = m?.len ?? 1;
    let q = 1;
    for (let j = i; j < i + len; j++) q = Math.min(q, (tokens[j] as Token).q);
    out.push({ start: i, end: i + len, sense: m?.payload, q });
    i += len;
  }
  return out;
}

/** The sense of a single token, if it has one on its own. */
export function senseOfToken(tokens: readonly Token[], i: number): Sense | undefined {
  return SENSES.longestAt(tokens, i, i + 1)?.payload;
}
