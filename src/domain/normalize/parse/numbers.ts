// Numbers in a reply: digits, number words, fractions ("8/10", "2 van de 5"), ranges ("3-4",
// "tussen 3 en 4"), percentages and grade nicknames ("zesje"). Each mention says whether it
// looks like the answer ("een 4") or counts something ("de 2 kinderen").

import { phraseTokens } from '../lexicon/index.js';
import * as N from '../lexicon/numbers.js';
import type { Analysis } from '../text/analyze.js';
import { PhraseIndex } from '../text/phrase-index.js';
import type { Token } from '../text/tokenize.js';
import { senseOfToken } from './units.js';

export interface NumberMention {
  start: number;
  /** exclusive */
  end: number;
  kind: 'number' | 'fraction' | 'range' | 'grade';
  /** the number, or the numerator of a fraction, or the range midpoint */
  value: number;
  /** denominator of a fraction ("/10"), or 10 for grade nicknames */
  of?: number;
  /** preceded by an answer marker ("een", "cijfer") or the whole reply */
  marked: boolean;
  /** counts or times something: not an answer */
  quantity: boolean;
  q: number;
}

const set = (list: readonly string[]) => new Set(list.flatMap(phraseTokens));
const FRACTION = set(N.FRACTION_WORDS);
const FRACTION_FILL = set(N.FRACTION_FILLERS);
const RANGE = set(N.RANGE_WORDS);
const ALTERNATIVES = set(N.ALTERNATIVE_WORDS);
const BETWEEN = set(N.BETWEEN_WORDS);
const AND = set(N.AND_WORDS);
const PERCENT = new Set([...N.PERCENT_WORDS.flatMap(phraseTokens), '%']);
const MARKERS = set(N.ANSWER_MARKERS);
const COUNT = set(N.COUNT_NOUNS);
const ALLOWED = set(N.ALLOWED_AFTER);
const BEFORE = set(N.QUANTITY_BEFORE);
const AGE_OWNERS = set(N.AGE_OWNERS);
const AGE_OF = set(N.AGE_OF);
// a plural, not a singular ending in -ts or -is ("3 fiets is gejat", "4 rijbewijs gehaald", "2 reis")
const PLURAL = /(?:en|jes|tjes|(?<![tij])s)$/;
const HALF = new PhraseIndex<true>();
for (const p of N.AND_A_HALF) HALF.add(phraseTokens(p), true);

interface Num {
  value: number;
  grade: boolean;
  q: number;
}

/** The number at tokens[i]: a digit token, a number word, or (whole reply only) "een"/"one". */
function numberAt(a: Analysis, i: number): Num | undefined {
  const tok = a.tokens[i];
  if (!tok) return undefined;
  if (tok.k === 'n') return { value: tok.v, grade: false, q: 1 };
  if (tok.k !== 'w') return undefined;
  const s = senseOfToken(a.tokens, i);
  if (!s) return undefined;
  if (s.num !== undefined) return { value: s.num, grade: false, q: 0.95 * tok.q };
  if (s.gradeNum !== undefined) return { value: s.gradeNum, grade: true, q: 0.95 * tok.q };
  if (s.numAlone !== undefined && a.content === 1) return { value: s.numAlone, grade: false, q: 0.85 * tok.q };
  return undefined;
}

const isWord = (t: Token | undefined, words: Set<string>): boolean => !!t && t.k === 'w' && words.has(t.t);
const isSym = (t: Token | undefined, sym: string): boolean => !!t && t.k === 'x' && t.t === sym;

function isQuantity(a: Analysis, start: number, end: number): boolean {
  const prev = a.tokens[start - 1];
  if (isWord(prev, BEFORE)) return true;
  if (isWord(prev, AGE_OF) && isWord(a.tokens[start - 2], AGE_OWNERS)) return true; // "mijn dochter van 5"
  const next = a.tokens[end];
  if (next?.k !== 'w') return false;
  if (COUNT.has(next.t)) return true;
  if (ALLOWED.has(next.t) || senseOfToken(a.tokens, end)) return false;
  return next.t.length > 3 && PLURAL.test(next.t);
}

/** Position of "tussen" (or "tussen de") right before tokens[i], or -1. */
function betweenAt(t: readonly Token[], i: number): number {
  if (isWord(t[i - 1], BETWEEN)) return i - 1;
  if (isWord(t[i - 1], FRACTION_FILL) && isWord(t[i - 2], BETWEEN)) return i - 2;
  return -1;
}

/** All numbers in the reply, left to right; fractions and ranges are one mention. */
export function findNumbers(a: Analysis): NumberMention[] {
  const out: NumberMention[] = [];
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const n = numberAt(a, i);
    if (!n) continue;
    let end = i + 1;
    let kind: NumberMention['kind'] = n.grade ? 'grade' : 'number';
    let value = n.value;
    let of: number | undefined = n.grade ? 10 : undefined;
    const next = t[i + 1];
    const fractionAt = isWord(t[i + 2], FRACTION_FILL) ? i + 3 : i + 2; // "8 van (de) 10"
    let second: Num | undefined;
    if (isSym(next, '/') || isSym(next, '-')) {
      second = numberAt(a, i + 2);
      if (second) [kind, end] = [isSym(next, '/') ? 'fraction' : 'range', i + 3];
    } else if (isSym(next, '%') || isWord(next, PERCENT)) {
      [kind, of, end] = ['fraction', 100, i + 2];
    } else if (isWord(next, FRACTION)) {
      second = numberAt(a, fractionAt);
      // "4 na 3 maanden": a count after the word, not a denominator
      if (second && !isWord(t[fractionAt + 1], COUNT)) [kind, end] = ['fraction', fractionAt + 1];
      else second = undefined;
    } else if (isWord(next, RANGE) || (isWord(next, AND) && betweenAt(t, i) >= 0)) {
      second = numberAt(a, i + 2);
      if (second) [kind, end] = ['range', i + 3];
      // alternatives far apart are two answers, not one range: "5 of 8" is unclear
      if (second && isWord(next, ALTERNATIVES) && Math.abs(second.value - value) > 1) [second, kind, end] = [undefined, 'number', i + 1];
    }
    if (second && kind === 'fraction' && of === undefined) of = second.value;
    // "12-3" is a date, not a range: keep it out of the answers.
    const date = !!second && kind === 'range' && (second.value <= value || second.value - value > 3);
    if (second && kind === 'range' && !date) value = (value + second.value) / 2;
    if (isSym(t[end], '+')) end++; // "7+"
    if (kind === 'number') {
      // "7 1/2", "zeven en een half"
      const halfLen = HALF.longestAt(t, end, t.length)?.len ?? (t[end]?.t === '1' && isSym(t[end + 1], '/') && t[end + 2]?.t === '2' ? 3 : 0);
      if (halfLen > 0) [value, end] = [value + 0.5, end + halfLen];
    }
    const between = kind === 'range' ? betweenAt(t, i) : -1;
    const start = between >= 0 ? between : i;
    let content = 0;
    for (let j = start; j < end; j++) if (t[j]?.k === 'w' || t[j]?.k === 'n') content++;
    const whole = a.content === content;
    out.push({
      start,
      end,
      kind,
      value,
      of,
      marked: whole || isWord(t[start - 1], MARKERS),
      quantity: date || (kind === 'number' && !whole && isQuantity(a, start, end)),
      q: Math.min(n.q, second?.q ?? 1),
    });
    i = end - 1;
  }
  return out;
}
