// Choice answers: by position ("2", "B", "de tweede", "laatste") or by the words of an option's
// label and their synonyms ("mail" -> "E-mail"). Ambiguous or conflicting replies are unclear.
import * as C from '../lexicon/choice.js';
import { phraseTokens } from '../lexicon/index.js';
import type { Analysis } from '../text/analyze.js';
import { editDistance, squeeze } from '../text/fuzzy.js';
import type { Token } from '../text/tokenize.js';
import type { ChoiceOption } from '../types.js';
import { senseOfToken } from './units.js';

export interface ChoiceResult {
  value: string | null;
  confidence: number;
}

const FILLERS = new Set(C.CHOICE_FILLERS.flatMap(phraseTokens));
const ORDINALS = new Map(Object.entries(C.ORDINALS).map(([k, v]) => [phraseTokens(k).join(' '), v]));
const LAST = new Set(C.LAST_WORDS.flatMap(phraseTokens));
const FIRST = new Set(C.FIRST_WORDS.flatMap(phraseTokens));
const MIDDLE = new Set(C.MIDDLE_WORDS.flatMap(phraseTokens));
const REFUSALS = new Set(C.REFUSAL_WORDS.flatMap(phraseTokens));
const ALL_WORDS = new Set(C.ALL_WORDS.flatMap(phraseTokens));
const OF_WORDS = new Set(['van', 'of', 'een', 'enkele', 'enkel', 'one', 'them', 'these']);
/** word -> every word of its synonym groups */
const SYNONYMS = new Map<string, Set<string>>();
for (const group of C.SYNONYM_GROUPS) {
  // single words only: "geen van beide" must not make "beide" a synonym of "geen"
  const words = group.map(phraseTokens).filter((t) => t.length === 1 && !FILLERS.has(t[0] as string)).flat();
  for (const w of words) {
    const s = SYNONYMS.get(w) ?? new Set<string>();
    for (const x of words) s.add(x);
    SYNONYMS.set(w, s);
  }
}

interface OptionWords {
  own: Set<string>;
  synonyms: Set<string>;
}

const optionMemo = new Map<string, OptionWords>();
function optionWords(o: ChoiceOption): OptionWords {
  const key = `${o.value}\u0000${o.label}`;
  let words = optionMemo.get(key);
  if (!words) {
    words = compileOption(o);
    if (optionMemo.size > 10_000) optionMemo.clear(); // bounded cache
    optionMemo.set(key, words);
  }
  return words;
}

function compileOption(o: ChoiceOption): OptionWords {
  let label = phraseTokens(o.label);
  // "Geen van beide" is not named by "beide": after a refusal, words for "all" do not count.
  if (label[0] !== undefined && REFUSALS.has(label[0])) label = label.filter((w) => !ALL_WORDS.has(w));
  const own = new Set([...label, ...phraseTokens(o.value)].filter((w) => !FILLERS.has(w)));
  const synonyms = new Set<string>();
  for (const w of own) for (const s of SYNONYMS.get(w) ?? []) if (!own.has(s)) synonyms.add(s);
  return { own, synonyms };
}

/** 1-based position named by a one-word reply, NaN if it names none. */
function position(tok: Token, tokens: readonly Token[], i: number, count: number): number {
  if (tok.k === 'n') return Number.isInteger(tok.v) ? tok.v : Number.NaN;
  const ordinal = ORDINALS.get(tok.t);
  if (ordinal !== undefined) return ordinal;
  if (LAST.has(tok.t)) return count;
  if (FIRST.has(tok.t)) return 1;
  if (MIDDLE.has(tok.t) && count % 2 === 1) return (count + 1) / 2;
  const num = senseOfToken(tokens, i)?.num;
  if (num !== undefined) return num;
  // A letter names an option only if there is one ("e" alone is not option E of three).
  if (tok.t.length === 1 && tok.t >= 'a' && tok.t <= 'z' && tok.t.charCodeAt(0) - 96 <= count) return tok.t.charCodeAt(0) - 96;
  return Number.NaN;
}

/** How well a reply word names an option word: 1 exact, lower for stretched, partial or mistyped. */
function wordMatch(w: string, words: Set<string>): number {
  if (words.has(w)) return 1;
  if (w.length < 4) return 0;
  let best = 0;
  for (const o of words) {
    if (squeeze(o) === squeeze(w)) best = Math.max(best, 0.9);
    // part of a compound: "geld" ~ "geldzaken", "ochtend" ~ "maandagochtend"
    else if (o.length >= 4 && (o.startsWith(w) || w.startsWith(o) || o.endsWith(w))) best = Math.max(best, 0.8);
    else if (o.length >= 5 && editDistance(w, o, 1) <= 1) best = Math.max(best, 0.75);
    else if (commonPrefix(w, o) >= Math.max(6, 0.7 * Math.min(w.length, o.length))) best = Math.max(best, 0.75);
  }
  return best;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * "geen" before a noun is its determiner ("nu nog geen opvang"), not a choice of "none";
 * "geen", "geen van beide", "geen een" still are.
 */
function refusalOfNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!REFUSALS.has(t.t) || next?.k !== 'w') return false;
  return !FILLERS.has(next.t) && !ALL_WORDS.has(next.t) && !REFUSALS.has(next.t) && !OF_WORDS.has(next.t);
}

/** "allebei niet", "beide niet", "both not": all of them refused is a refusal ("Geen van beide"). */
const NOT_WORDS = new Set(['niet', 'not', 'geen', 'none']);
function allRefused(a: Analysis): Analysis | undefined {
  const words = a.tokens.filter((t) => t.k === 'w' && !FILLERS.has(t.t));
  if (words.length !== 2 || !ALL_WORDS.has((words[0] as Token).t) || !NOT_WORDS.has((words[1] as Token).t)) return undefined;
  const refusal = C.REFUSAL_WORDS[0] as string;
  const tokens = [{ ...(words[0] as Token), t: refusal }];
  return { ...a, tokens, clauses: [{ start: 0, end: 1 }], parts: [{ start: 0, end: 1 }], content: 1 };
}

export function parseChoice(a: Analysis, options: readonly ChoiceOption[]): ChoiceResult {
  const refused = allRefused(a);
  if (refused) return parseChoice(refused, options);
  const content: number[] = [];
  const core: number[] = [];
  a.tokens.forEach((t, i) => {
    if (t.k !== 'w' && t.k !== 'n') return;
    content.push(i);
    if (!FILLERS.has(t.t) && !refusalOfNoun(a.tokens, i)) core.push(i);
  });
  // Positions named among fillers: "2", "optie B", "ik kies a" ("a" is option A here, not the
  // article); two different ones ("A of B", "1 en 2") are unclear.
  const named: number[] = [];
  let others = 0;
  for (const i of content) {
    const pos = position(a.tokens[i] as Token, a.tokens, i, options.length);
    if (!Number.isNaN(pos)) named.push(pos);
    else if (!FILLERS.has((a.tokens[i] as Token).t)) others++;
  }
  if (named.length > 0 && others === 0) {
    const pos = named[0] as number;
    const o = options[pos - 1];
    if (!o || named.some((p) => p !== pos)) return { value: null, confidence: 0.3 };
    return { value: o.value, confidence: named.length === 1 && content.length === 1 ? 0.95 : 0.9 };
  }
  // A short first clause that names one option, then a remark: "2, ik wil het over mijn schulden hebben",
  // "ochtend, 's middags moet ik de kinderen ophalen".
  const first = a.clauses[0];
  if (first && a.clauses.length > 1 && first.start === 0) {
    const words = content.filter((i) => i < first.end).length;
    if (words > 0 && words <= 3) {
      const head = parseChoice({ ...a, tokens: a.tokens.slice(0, first.end), clauses: [first], parts: a.parts.filter((p) => p.end <= first.end) }, options);
      if (head.value !== null && head.confidence >= 0.85) return { value: head.value, confidence: 0.85 };
    }
  }
  if (core.length === 0) return { value: null, confidence: 0.2 };

  // match[o][k]: how well reply word k names option o
  const match = options.map((o) => {
    const words = optionWords(o);
    return core.map((i) => {
      const w = (a.tokens[i] as Token).t;
      const own = wordMatch(w, words.own);
      return own > 0 ? own : words.synonyms.has(w) ? 0.85 : 0;
    });
  });
  const bestOf = core.map((_, k) => Math.max(...match.map((row) => row[k] ?? 0)));
  let best: { value: string; score: number; quality: number } | undefined;
  let tie = false;
  for (let oi = 0; oi < options.length; oi++) {
    let score = 0;
    let quality = 1;
    for (let k = 0; k < core.length; k++) {
      const m = match[oi]?.[k] ?? 0;
      // A word names the option it matches best: "online" is the label word of "Online training",
      // only a synonym of "Bij mij thuis"; "sollicitatiegesprek" is not "sollicitatiebrief".
      if (m === 0 || m < (bestOf[k] ?? 0)) continue;
      // A word shared by several options ("hulp" in "Hulp bij X", "Hulp bij Y") says less.
      const shared = match.filter((row) => (row[k] ?? 0) >= (bestOf[k] ?? 0)).length;
      score += 1 / shared;
      quality = Math.min(quality, m);
    }
    if (score === 0) continue;
    const value = (options[oi] as ChoiceOption).value;
    if (!best || score > best.score + 1e-9) [best, tie] = [{ value, score, quality }, false];
    else if (Math.abs(score - best.score) <= 1e-9) tie = true;
  }
  if (!best || tie) return { value: null, confidence: 0.3 };
  return { value: best.value, confidence: Math.min(0.9, best.quality) };
}
