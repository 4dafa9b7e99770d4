// Step 3: every word token to a word the tables know, if we can do so without guessing:
// SMS spelling ("wl" -> "wel"), compounds ("supergoed" -> "super goed"), stretched letters
// ("suuuper"), Dutch sound-alikes ("slegt"), then typos by edit distance ("prma"). Known words
// are never touched, and short words are never typo-corrected.
import { isHead, LEXICONS, SENSES, SPELLING } from '../lexicon/index.js';
import { TYPO_TARGETS, VOCABULARY } from '../lexicon/vocabulary.js';
import { editDistance, maxTypos, phonetic, squeeze } from './fuzzy.js';
import { type Token, word } from './tokenize.js';

/** Confidence caps for repaired words. */
export const QUALITY = { exact: 1, stretched: 0.85, phonetic: 0.75, typo: 0.7 } as const;

const STRETCHED = /(\p{L})\1\1/u;

/** Nouns that Dutch glues to a feeling: "kutdag", "topweek", "rotweekend". */
const TIME_NOUNS = new Set(['dag', 'week', 'weekend', 'tijd', 'maand', 'periode', 'gevoel', 'jaar', 'ochtend', 'middag', 'avond', 'nacht', 'leven', 'day']);

function uniqueIndex(key: (w: string) => string, minLength: number): Map<string, string | null> {
  const map = new Map<string, string | null>();
  const exact = new Set<string>();
  for (const w of VOCABULARY) {
    if (w.length < minLength || /\d/.test(w) || exact.has(key(w))) continue;
    const k = key(w);
    if (k === w) {
      // a word that is its own key wins ("pf" over "pff" for "pfff")
      map.set(k, w);
      exact.add(k);
      continue;
    }
    const seen = map.get(k);
    if (seen === undefined) map.set(k, w);
    else if (seen !== w) map.set(k, null); // two words share the key: ambiguous, never used
  }
  return map;
}

const SQUEEZED = uniqueIndex(squeeze, 2);
const PHONETIC = uniqueIndex(phonetic, 4);
const INTENSIFIER_PREFIXES = [...new Set(LEXICONS.flatMap((l) => l.intensifiers).filter((w) => !w.includes(' ') && w.length >= 3))];

function isHeadWord(w: string): boolean {
  const m = SENSES.longestAt([word(w)], 0, 1);
  return m !== undefined && isHead(m.payload);
}

/** What a single word means as an answer; two typo targets with the same meaning are no real tie. */
function meaning(w: string): string {
  const s = SENSES.longestAt([word(w)], 0, 1)?.payload;
  return s ? `${s.five}|${s.grade}|${s.yn}|${s.num}|${s.unsure}|${s.neg}` : `=${w}`;
}

/** "supper" for "super": the prefix of t that is p with stretched letters, or undefined. */
function stretchedPrefix(t: string, p: string): number | undefined {
  const want = squeeze(p);
  for (let k = p.length + 1; k <= p.length + 3 && k < t.length - 2; k++) {
    if (squeeze(t.slice(0, k)) === want && t[k] !== t[k - 1]) return k;
  }
  return undefined;
}

function splitCompound(t: string): string[] | undefined {
  for (const p of INTENSIFIER_PREFIXES) {
    if (t.length > p.length + 2 && t.startsWith(p) && isHeadWord(t.slice(p.length))) return [p, t.slice(p.length)];
    // stretched prefix: "suppergoed", "heeelgoed"
    const k = t[0] === p[0] ? stretchedPrefix(t, p) : undefined;
    if (k !== undefined && isHeadWord(t.slice(k))) return [p, t.slice(k)];
  }
  for (const n of TIME_NOUNS) {
    if (t.length > n.length + 2 && t.endsWith(n)) {
      const head = t.slice(0, -n.length);
      if (isHeadWord(head)) return [head, n];
      if (head.endsWith('e') && isHeadWord(head.slice(0, -1))) return [head.slice(0, -1), n]; // "slechtedag"
    }
  }
  return undefined;
}

function isTransposition(a: string, b: string): boolean {
  const i = [...a].findIndex((ch, k) => ch !== b[k]);
  return i >= 0 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Typo targets by length: a word can only be within k edits of targets of length +-k. */
const TARGETS_BY_LENGTH = new Map<number, string[]>();
for (const w of TYPO_TARGETS) TARGETS_BY_LENGTH.set(w.length, [...(TARGETS_BY_LENGTH.get(w.length) ?? []), w]);

function typoRepair(t: string, strict: boolean): string | undefined {
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  let tie = false;
  const candidates = [-2, -1, 0, 1, 2].flatMap((d) => TARGETS_BY_LENGTH.get(t.length + d) ?? []);
  for (const target of candidates) {
    // At most one slip per four letters typed: "schuld" is not a typo of "schulden".
    const limit = Math.min(maxTypos(target), strict ? 1 : Math.max(1, Math.floor(t.length / 4)));
    if (limit === 0 || (strict && target.length < 8)) continue;
    // One edit leaves the first or the last letter in place: a cheap filter before the real work.
    if (limit === 1 && t[0] !== target[0] && t[t.length - 1] !== target[target.length - 1]) continue;
    const d = editDistance(t, target, limit);
    if (d > limit) continue;
    // "on" + word is its opposite ("ontevreden"), never a typo of it.
    if (t === `on${target}` || t === `niet${target}`) continue;
    // One swapped letter in a short word is usually another word ("boter" is not "beter").
    if (d === 1 && t.length === target.length && target.length < 7 && !isTransposition(t, target)) continue;
    if (d < bestD) [best, bestD, tie] = [target, d, false];
    else if (d === bestD && target !== best && meaning(target) !== meaning(best as string)) tie = true;
  }
  return tie ? undefined : best;
}

/**
 * Repairs one word; `shortReply` allows the looser typo repair that is only safe when the reply
 * is a few words long (in a long sentence an unknown word is more likely a real, unlisted word).
 */
function resolveWord(t: string, shortReply: boolean): Token[] {
  const spelled = SPELLING.get(t);
  if (spelled) return spelled.map((w) => word(w));
  if (VOCABULARY.has(t) || t.length < 2 || /\d/.test(t)) return [word(t)];
  // Dutch SMS writes "ij" as "y": "vyf", "bly", "zyn".
  if (t.includes('y')) {
    const ij = t.replaceAll('y', 'ij');
    if (VOCABULARY.has(ij)) return [word(ij, QUALITY.stretched)];
  }
  const compound = splitCompound(t);
  if (compound) return compound.map((w) => word(w));
  // Only a word with a doubled letter is squeezed: "goeed" -> "goed", but "god" is not "good".
  const squeezed = squeeze(t);
  const sq = squeezed !== t ? SQUEEZED.get(squeezed) : undefined;
  if (sq) return [word(sq, QUALITY.stretched)];
  // Only truly stretched words ("okkkk") may reach an SMS spelling: "uur" must not become "ur".
  const spelledSq = STRETCHED.test(t) ? SPELLING.get(squeeze(t)) : undefined;
  if (spelledSq) return spelledSq.map((w) => word(w, QUALITY.stretched));
  if (t.length >= 4) {
    const ph = PHONETIC.get(phonetic(t));
    if (ph) return [word(ph, QUALITY.phonetic)];
  }
  // in a sentence only long targets (8+ letters, see typoRepair) with one slip: "schuldn" is "schulden"
  if (t.length >= (shortReply ? 4 : 7)) {
    const typo = typoRepair(t, !shortReply);
    if (typo) return [word(typo, QUALITY.typo)];
  }
  return [word(t)];
}

// Replies reuse few words: remember repairs (bounded, so it is a cache and not a leak).
const memo = [new Map<string, Token[]>(), new Map<string, Token[]>()] as const;
function resolveCached(t: string, shortReply: boolean): Token[] {
  const m = memo[shortReply ? 1 : 0];
  let out = m.get(t);
  if (!out) {
    out = resolveWord(t, shortReply);
    if (m.size > 20_000) m.clear();
    m.set(t, out);
  }
  return out;
}

/** Resolves all word tokens; numbers, separators and symbols pass through. */
export function resolveTokens(tokens: readonly Token[]): Token[] {
  let words = 0;
  for (const t of tokens) if (t.k === 'w') words++;
  const shortReply = words <= 4;
  const out: Token[] = [];
  for (const tok of tokens) {
    if (tok.k !== 'w') out.push(tok);
    else for (const r of resolveCached(tok.t, shortReply)) out.push({ ...r });
  }
  return out;
}
