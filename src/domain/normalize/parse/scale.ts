// Scale answers. An explicit number wins over words; several different numbers are unclear,
// except that a clause about the past loses to one about now ("vorige week een 2, nu een 4").
// Words are read per clause; the first clause about how the client is (not about a barrier)
// gives the value, rescaled from 1..5 to the question's scale.
import { PERSON_NOUNS, POSSESSIVES } from '../lexicon/barriers.js';
import { LEXICONS, phraseTokens } from '../lexicon/index.js';
import { QUESTION_STARTS } from '../lexicon/numbers.js';
import type { Analysis, Span } from '../text/analyze.js';
import { PhraseIndex } from '../text/phrase-index.js';
import type { ScaleQuestion } from '../types.js';
import type { BarrierResult } from './barriers.js';
import { findNumbers, type NumberMention } from './numbers.js';
import { type ClauseReading, readClause } from './scale-words.js';
import { unitsOf } from './units.js';

export interface ScaleResult {
  value: number | null;
  confidence: number;
}

const UNCLEAR = (confidence: number): ScaleResult => ({ value: null, confidence });
/** 1..5 on a 10-point scale: the Dutch report-grade reading of "slecht" .. "uitstekend". */
const FIVE_TO_TEN = [Number.NaN, 2, 4, 6, 8, 9] as const;
const NICE_DENOMINATORS = new Set([5, 10, 20, 100]);
const ASKING = new Set(QUESTION_STARTS.flatMap(phraseTokens));
const CONTRAST = new Set(LEXICONS.flatMap((l) => (l.contrast ?? []).flatMap(phraseTokens)));

const NO_READING: ClauseReading = { q: 1, weakOnly: false, past: false, present: false, unsure: false };
const phraseIndex = (list: readonly string[]) => {
  const idx = new PhraseIndex<true>();
  for (const p of list) idx.add(phraseTokens(p), true);
  return idx;
};
const IRONY = phraseIndex(LEXICONS.flatMap((l) => l.irony ?? []));
const AGAIN = phraseIndex(LEXICONS.flatMap((l) => l.again ?? []));

function findAt(idx: PhraseIndex<true>, a: Analysis, from: number): boolean {
  for (let i = from; i < a.tokens.length; i++) if (idx.longestAt(a.tokens, i, a.tokens.length)) return true;
  return false;
}

/**
 * Sarcasm: praise with an irony marker ("super 🙄"), or top praise followed, with no "maar",
 * by a barrier that is there again ("geweldig hoor, weer een brief van de deurwaarder").
 */
function sarcastic(a: Analysis, five: number, chosen: number, present: boolean): boolean {
  if (five < 4) return false;
  if (findAt(IRONY, a, 0)) return true;
  if (five < 5 || !present) return false;
  const c = a.clauses[chosen];
  if (!c || a.tokens.some((t) => t.k === 'w' && CONTRAST.has(t.t))) return false;
  return findAt(AGAIN, a, c.end);
}

const SOMEONE = new Set([...PERSON_NOUNS, ...POSSESSIVES].flatMap(phraseTokens));

/**
 * A clause about someone else's health says nothing about the client, but in a run-on reply
 * ("slecht mijn moeder is ziek") the words before that person still answer.
 */
function beforeSomeoneElse(a: Analysis, c: Span): ClauseReading {
  for (let j = c.start; j < c.end; j++) {
    const t = a.tokens[j];
    if (t?.k === 'w' && SOMEONE.has(t.t)) return j > c.start ? readClause(a, { start: c.start, end: j }) : NO_READING;
  }
  return NO_READING;
}
const roundHalf = (x: number) => Math.round(x * 2) / 2;
const isTenPoint = (q: ScaleQuestion) => q.max === 10 && (q.min === 0 || q.min === 1);
const inRange = (v: number, q: ScaleQuestion) => v >= q.min - 1e-9 && v <= q.max + 1e-9;

/** A number mention on the question's scale; NaN when it cannot be one. */
function numberValue(m: NumberMention, q: ScaleQuestion): number {
  if (m.kind === 'number' || m.kind === 'range') return m.value;
  const of = m.of ?? q.max;
  // A grade nickname is a report grade, unless it fits the question's own scale ("een drietje" on 1-5 is 3).
  if (m.kind === 'grade' && (isTenPoint(q) || inRange(m.value, q))) return m.value;
  if (of <= 0 || m.value > of) return Number.NaN;
  if (of === q.max) return m.value;
  // "3/4" on a 1-5 scale is "3 or 4" rather than three quarters.
  if (m.kind === 'fraction' && !NICE_DENOMINATORS.has(of) && of - m.value === 1 && inRange(of, q)) return (m.value + of) / 2;
  return Math.min(q.max, Math.max(q.min, roundHalf((m.value / of) * q.max)));
}

/** A 1..5 feeling on the question's scale. */
export function fromFive(five: number, grade: number | undefined, q: ScaleQuestion): number {
  if (isTenPoint(q)) return grade ?? FIVE_TO_TEN[Math.round(five) as 1 | 2 | 3 | 4 | 5];
  if (q.min === 1 && q.max === 5) return five;
  return rescale(five, 1, 5, q);
}

/**
 * Linear rescale to an integer point of the question's scale, rounding halves away from the
 * middle: "slecht" (2 of 1-5) is 1 on a 1-3 scale, "goed" (4) is 3.
 */
export function rescale(v: number, fromMin: number, fromMax: number, q: ScaleQuestion): number {
  const x = q.min + ((v - fromMin) * (q.max - q.min)) / (fromMax - fromMin);
  const mid = (q.min + q.max) / 2;
  const r = x >= mid ? Math.round(x) : -Math.round(-x);
  return Math.min(q.max, Math.max(q.min, r));
}

/** A clause of at most three tokens, followed by a comma or "maar" (for the first of a pair). */
function isShort(a: Analysis, clause: number, pairedAfter = false): boolean {
  const c = a.clauses[clause];
  // counted in lexicon phrases: "af en toe lastig" is two ("af en toe", "lastig")
  if (!c || (c.end - c.start > 3 && (c.end - c.start > 5 || unitsOf(a, c, 'any').length > 3))) return false;
  const next = a.tokens[c.end];
  return !pairedAfter || next?.t === ',' || (next?.k === 'w' && CONTRAST.has(next.t));
}

function clauseOf(a: Analysis, pos: number): number {
  return a.clauses.findIndex((c) => pos >= c.start && pos < c.end);
}

/** The clauses that count: about now rather than the past. */
function current<T>(items: T[], reading: (t: T) => ClauseReading | undefined): T[] {
  const present = items.filter((t) => reading(t)?.present);
  if (present.length > 0) return present;
  const notPast = items.filter((t) => !reading(t)?.past);
  return notPast.length > 0 ? notPast : items;
}

function fromWords(a: Analysis, q: ScaleQuestion, readings: ClauseReading[], barrierClauses: Set<number>, barrierPresent: boolean): ScaleResult | undefined {
  const idx = readings.map((_, i) => i);
  if (q.min === 0) {
    // WHO-5 style: "meestal", "af en toe", "nooit" on a scale that starts at "never".
    const freq = idx.find((i) => readings[i]?.freq !== undefined);
    const f = freq === undefined ? undefined : readings[freq]?.freq;
    if (f !== undefined) return { value: Math.round((f / 5) * q.max), confidence: 0.85 };
  }
  const answering = idx.filter((i) => readings[i]?.five !== undefined && !readings[i]?.unsure);
  if (answering.length === 0) return undefined;
  const now = current(answering, (i) => readings[i]);
  const chosen = now.find((i) => !barrierClauses.has(i)) ?? now[0];
  const r = chosen === undefined ? undefined : readings[chosen];
  if (!r || r.five === undefined || chosen === undefined) return undefined;
  let five = r.five;
  let grade = r.grade;
  // A short comma list describes one state together: "niet goed, niet slecht" = 3, "moe maar goed" = 3.
  const next = readings[chosen + 1];
  if (next?.five !== undefined && !next.unsure && isShort(a, chosen, true) && isShort(a, chosen + 1) && !barrierClauses.has(chosen + 1)) {
    five = Math.round((five + next.five) / 2);
    grade = undefined;
  }
  if (sarcastic(a, five, chosen, barrierPresent)) {
    five = 6 - five;
    grade = undefined;
  }
  const value = fromFive(five, grade, q);
  if (!inRange(value, q)) return undefined;
  return { value, confidence: Math.min(r.weakOnly ? 0.75 : 0.9, r.q) };
}

/** "wat betekent 1?", "is 5 goed of slecht?": a question back, not an answer. */
function asksBack(a: Analysis, i: number): boolean {
  const c = a.clauses[i] as Span;
  const first = a.tokens[c.start];
  return !!a.tokens[c.end]?.t.includes('?') && first?.k === 'w' && ASKING.has(first.t);
}

export function parseScale(a: Analysis, q: ScaleQuestion, barriers: Pick<BarrierResult, 'positions' | 'others'> & Partial<Pick<BarrierResult, 'traits'>>): ScaleResult {
  // A clause about someone else's health ("mijn dochter is ziek") says nothing about the client.
  const elsewhere = new Set(barriers.others.map((p) => clauseOf(a, p)));
  const asking = new Set<number>();
  if (a.question) for (let i = 0; i < a.clauses.length; i++) if (asksBack(a, i)) asking.add(i);
  const readings = a.clauses.map((c, i) => (asking.has(i) ? NO_READING : elsewhere.has(i) ? beforeSomeoneElse(a, c) : readClause(a, c)));
  const barrierClauses = new Set(barriers.positions.map((p) => clauseOf(a, p)));
  const present = Object.values(barriers.traits ?? {}).some((v) => v === true);
  const words = () => fromWords(a, q, readings, barrierClauses, present);

  const mentions = current(
    findNumbers(a).filter((m) => !m.quantity && !(asking.size > 0 && asking.has(clauseOf(a, m.start)))),
    (m) => readings[clauseOf(a, m.start)],
  );
  if (mentions.length > 0) {
    const values = mentions.map((m) => numberValue(m, q));
    const first = values[0] as number;
    if (values.some((v) => Number.isNaN(v) || Math.abs(v - first) > 1e-9)) return UNCLEAR(0.3);
    const m = mentions[0] as NumberMention;
    if (inRange(first, q)) {
      const exact = m.kind === 'number' && a.content === 1;
      const base = exact ? 0.99 : m.kind === 'number' ? 0.95 : 0.9;
      return { value: first, confidence: Math.min(base, m.q) };
    }
    // An unmarked out-of-range number next to words ("goed, ik ben 45") is not the answer.
    if (m.marked || mentions.length > 1) return UNCLEAR(0.4);
    return words() ?? UNCLEAR(0.4);
  }
  return words() ?? UNCLEAR(a.content === 0 ? 0 : 0.2);
}
