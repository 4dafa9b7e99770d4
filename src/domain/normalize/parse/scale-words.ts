// How one clause describes a feeling, on 1..5: lexicon words ("goed" 4) adjusted by the
// modifiers before them (negation, intensifiers, downtoners) and after them (Turkish "değil",
// Arabic "جدا", Dutch inversion "goed gaat het niet").
import { isHead, type Sense } from '../lexicon/index.js';
import type { Analysis, Span } from '../text/analyze.js';
import { senseOfToken, type Unit, unitsOf } from './units.js';

export interface ClauseReading {
  /** 1..5, absent when the clause has no feeling word */
  five?: number;
  /** report grade, when the single feeling word has one and is not modified */
  grade?: number;
  /** frequency 0..5 ("meestal" = 4) */
  freq?: number;
  q: number;
  weakOnly: boolean;
  past: boolean;
  present: boolean;
  /** "weet ik niet", "misschien": no answer in this clause */
  unsure: boolean;
}

/** Weak readings ("het gaat", "gewoon") only count in clauses with at most this many words besides small ones. */
const WEAK_MAX_UNITS = 3;

function substantive(units: readonly Unit[]): number {
  let n = 0;
  for (const u of units) if (!isModifier(u.sense)) n++;
  return n;
}

const isModifier = (s: Sense | undefined): boolean => !!s && !!(s.neg || s.int || s.down || s.filler);

/** Grades to 1..5 for grade-only entries ("magere voldoende" 6 -> 3). */
export const gradeToFive = (grade: number): number => Math.round(1 + ((grade - 1) * 4) / 9);

function applyModifiers(v: number, neg: boolean, strongNeg: boolean, int: boolean, down: boolean): number {
  if (neg) {
    if (strongNeg) return v > 3 ? 1 : v < 3 ? 4 : 2; // "helemaal niet goed" = 1
    return v > 3 ? 2 : v < 3 ? 3 : 2; // "niet goed" = 2, "niet slecht" = 3
  }
  if (int) return v > 3 ? 5 : v < 3 ? 1 : 3;
  if (down) return v === 5 ? 4 : v === 1 ? 2 : v;
  return v;
}

/** Is there a feeling word after units[i], with only modifiers in between? */
function headFollows(units: readonly Unit[], i: number): boolean {
  for (let j = i + 1; j < units.length && j <= i + 3; j++) {
    const s = units[j]?.sense;
    if (s && isHead(s) && !s.weak) return true;
    if (!isModifier(s)) return false;
  }
  return false;
}

/** Post-negation: "iyi değil", or "goed gaat het niet" (only small words up to a clause-final "niet"). */
function negatedAfter(units: readonly Unit[], i: number): boolean {
  for (let j = i + 1; j < units.length && j <= i + 4; j++) {
    const s = units[j]?.sense;
    if (s?.postNeg) {
      if (j === units.length - 1) return true;
      const after = units[j + 1]?.sense; // "goed niet slecht" is not a negation of "goed"
      return j === i + 1 && !(after && isHead(after));
    }
    if (s && !(s.filler || s.weak)) return false;
  }
  return false;
}

interface Head {
  five: number;
  grade?: number;
  weak: boolean;
  q: number;
}

function readHead(units: readonly Unit[], i: number): Head | undefined {
  const u = units[i] as Unit;
  const s = u.sense as Sense;
  const base = s.five ?? (s.grade !== undefined ? gradeToFive(s.grade) : undefined);
  if (base === undefined) return undefined;
  let neg = false;
  let strongNeg = false;
  let int = false;
  let down = false;
  let q = u.q;
  // Walk back over the modifiers directly before the word.
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const m = units[j] as Unit;
    const ms = m.sense;
    if (!isModifier(ms) || !ms) break;
    q = Math.min(q, m.q);
    if (ms.neg) neg = !neg;
    else if (ms.int && neg) strongNeg = true; // "helemaal niet goed"
    else if (ms.int) int = true;
    else if (ms.down) down = true;
  }
  const next = units[i + 1]?.sense;
  if (next?.postInt) int = true;
  if (negatedAfter(units, i)) neg = !neg;
  const modified = neg || int || down;
  const five = applyModifiers(base, neg, strongNeg, int, down);
  return { five, grade: modified ? undefined : s.grade, weak: !!s.weak, q };
}

/**
 * A hedge ("soms", "een beetje") leaves the feeling words around it readable: "soms goed soms
 * slecht" = 3. "Don't know" phrases contain a negation ("weet ik niet", "geen idee") and veto.
 */
function isHedge(u: Unit, a: Analysis): boolean {
  if (u.end - u.start === 1) return true;
  for (let i = u.start; i < u.end; i++) {
    const s = senseOfToken(a.tokens, i);
    if (s?.neg || s?.postNeg) return false;
  }
  return true;
}

export function readClause(a: Analysis, span: Span): ClauseReading {
  const units = unitsOf(a, span, 'scale');
  const reading: ClauseReading = { q: 1, weakOnly: false, past: false, present: false, unsure: false };
  let hedged = false;
  const strong: Head[] = [];
  const weak: Head[] = [];
  for (let i = 0; i < units.length; i++) {
    const s = units[i]?.sense;
    if (!s) continue;
    if (s.past) reading.past = true;
    if (s.present) reading.present = true;
    if (s.unsure && isHedge(units[i] as Unit, a)) hedged = true;
    else if (s.unsure) reading.unsure = true;
    if (s.freq !== undefined && reading.freq === undefined) reading.freq = s.freq;
    if (!isHead(s)) continue;
    // "super goed", "redelijk goed": a modifier that is also a word reads as modifier here.
    if ((s.int || s.down || s.neg) && headFollows(units, i)) continue;
    const head = readHead(units, i);
    // "het gaat" = 3 only as (nearly) the whole clause, not in "de bus gaat maar 1 keer per uur"
    if (head?.weak && substantive(units) > WEAK_MAX_UNITS) continue;
    if (head) (head.weak ? weak : strong).push(head);
  }
  // "Gaat het wel?" asks back; it does not answer.
  if (strong.length === 0 && a.tokens[span.end]?.t.includes('?')) weak.length = 0;
  const used = strong.length > 0 ? strong : weak;
  if (used.length === 0) {
    if (hedged) reading.unsure = true; // "misschien", "soms" alone: no answer
    return reading;
  }
  const mean = used.reduce((sum, h) => sum + h.five, 0) / used.length;
  reading.five = Math.round(mean);
  if (used.length === 1) reading.grade = used[0]?.grade;
  reading.q = Math.min(...used.map((h) => h.q));
  reading.weakOnly = strong.length === 0;
  return reading;
}
