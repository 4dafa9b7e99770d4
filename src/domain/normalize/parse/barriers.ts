// Barrier traits from any reply. Per clause part: find barrier words (lexicon/barriers.ts), then
// read the cues near them in the same part. A problem word counts unless negated or resolved
// ("geen pijn meer" -> false); a topic counts only with a cue ("geen oppas" -> true,
// "kinderopvang is geregeld" -> false). Health words next to another person are not the client's.
import * as B from '../lexicon/barriers.js';
import { phraseTokens } from '../lexicon/index.js';
import type { Analysis, Span } from '../text/analyze.js';
import { PhraseIndex } from '../text/phrase-index.js';
import type { Token } from '../text/tokenize.js';
import type { TraitKey } from '../types.js';

type CueKind = 'neg' | 'problem' | 'resolved' | 'regained' | 'none' | 'gone' | 'need';
interface Cue {
  kind: CueKind;
  /** only for this barrier; shared cues have none */
  key?: TraitKey;
}
interface Hit {
  key: TraitKey;
  /** narrow: a topic that only this barrier's own cues qualify */
  /** covered: the barrier taken care of ("oma past op", "ik ben weer beter"), a problem only when negated */
  role: 'problem' | 'topic' | 'narrow' | 'covered';
}

const concat = <T>(a: T[], b: T[]): T[] => [...a, ...b];
const HITS = new PhraseIndex<Hit[]>();
const CUES = new PhraseIndex<Cue[]>();
const SPEC = new Map<TraitKey, B.BarrierSpec>();

const addCues = (list: readonly string[], cue: Cue) => {
  for (const p of list) CUES.add(phraseTokens(p), [cue], concat);
};
for (const spec of B.BARRIERS) {
  SPEC.set(spec.key, spec);
  const wild = (p: string) => (p.startsWith('*') || p.endsWith('*') ? [p] : phraseTokens(p));
  for (const p of spec.problems) HITS.add(wild(p), [{ key: spec.key, role: 'problem' }], concat);
  for (const p of spec.topics) HITS.add(wild(p), [{ key: spec.key, role: 'topic' }], concat);
  for (const p of spec.narrowTopics ?? []) HITS.add(wild(p), [{ key: spec.key, role: 'narrow' }], concat);
  for (const p of spec.covered ?? []) {
    const w = phraseTokens(p);
    HITS.add(w, [{ key: spec.key, role: 'covered' }], concat);
    // with an adverb inside: "past voortaan op"
    for (let k = 1; k < w.length; k++) {
      for (const adv of B.COVERED_ADVERBS.map(phraseTokens)) {
        if (w.includes(adv[0] as string)) continue;
        HITS.add([...w.slice(0, k), ...adv, ...w.slice(k)], [{ key: spec.key, role: 'covered' }], concat);
      }
    }
  }
  addCues(spec.topicCues ?? [], { kind: 'problem', key: spec.key });
  addCues(spec.resolvedCues ?? [], { kind: 'resolved', key: spec.key });
  addCues(spec.regainedCues ?? [], { kind: 'regained', key: spec.key });
}
addCues(B.NEGATION_CUES, { kind: 'neg' });
addCues(B.PROBLEM_CUES, { kind: 'problem' });
addCues(B.RESOLVED_CUES, { kind: 'resolved' });
addCues(B.REGAINED_CUES, { kind: 'regained' });
addCues(B.NO_PROBLEM_CUES, { kind: 'none' });
addCues(B.GONE_CUES, { kind: 'gone' });
addCues(B.NEED_CUES, { kind: 'need' });
// Look-alikes ("broke down"): matched as a whole, with no barrier, so their words are not read alone.
for (const p of B.NOT_BARRIERS) HITS.add(phraseTokens(p), [], concat);
const PERSONS = new Set(B.PERSON_NOUNS.flatMap(phraseTokens));
const SELF = new Set(B.FIRST_PERSON.flatMap(phraseTokens));
const HOUSEHOLD = new Set(B.HOUSEHOLD_NOUNS.flatMap(phraseTokens));
const OWNED = new Set(B.OWNED_BEFORE.flatMap(phraseTokens));
const IN_PROGRESS = new Set(B.IN_PROGRESS.flatMap(phraseTokens));
const CHILDREN = new Set(B.CHILD_NOUNS.flatMap(phraseTokens));
const OTHERS_HAVE = new Set(B.OTHERS_HAVE_VERBS.flatMap(phraseTokens));
const ELLIPSIS_YES = B.ELLIPSIS_YES.map(phraseTokens);
const CONTRAST = new Set(B.CONTRAST_WORDS.flatMap(phraseTokens));

/** "mijn zus heeft geen oppas": another adult (not the household, not a child) has or lacks the topic. */
function ownedBySomeoneElse(tokens: readonly Token[], part: Span, start: number, key: TraitKey): boolean {
  // the verb governs the topic: "zus heeft geen oppas", not "zus heeft geen tijd om op te passen"
  for (let j = start - 1; j > part.start && j >= start - 3; j--) {
    const t = tokens[j] as Token;
    if (t.k !== 'w') continue;
    if (SELF.has(t.t)) return false;
    if (!OTHERS_HAVE.has(t.t)) continue;
    const who = tokens[j - 1] as Token;
    // the person is not the barrier word itself ("de oppas heeft afgezegd")
    const own = HITS.longestAt(tokens, j - 1, j)?.payload.some((h) => h.key === key) ?? false;
    return PERSONS.has(who.t) && !HOUSEHOLD.has(who.t) && !CHILDREN.has(who.t) && !own;
  }
  return false;
}

/** "... maar mijn knie wel": a short contrast part that ends in "wel" and repeats the barrier before it. */
function ellipticalYes(tokens: readonly Token[], part: Span): boolean {
  if (part.end - part.start > 6) return false;
  const before = tokens[part.start - 1];
  const first = tokens[part.start] as Token;
  if (!(before && CONTRAST.has(before.t)) && !CONTRAST.has(first.t)) return false;
  return ELLIPSIS_YES.some((e) => e.length <= part.end - part.start && e.every((w, k) => tokens[part.end - e.length + k]?.t === w));
}

/** How far (in tokens) a cue may be from the barrier word it qualifies. */
const WINDOW = 6;

interface Located<T> {
  start: number;
  end: number;
  items: T[];
}

function scan<T>(index: PhraseIndex<T[]>, tokens: readonly Token[], part: Span): Located<T>[] {
  const out: Located<T>[] = [];
  for (let i = part.start; i < part.end; ) {
    const m = index.longestAt(tokens, i, part.end);
    if (m) out.push({ start: i, end: i + m.len, items: m.payload });
    i += m?.len ?? 1;
  }
  return out;
}

/** "worden nu afgelost": a resolving cue in progress resolves nothing yet. */
function inProgress(tokens: readonly Token[], part: Span, c: Located<Cue>): boolean {
  for (let j = Math.max(part.start, c.start - 2); j < c.start; j++) if (IN_PROGRESS.has((tokens[j] as Token).t)) return true;
  return false;
}

function aboutSomeoneElse(tokens: readonly Token[], part: Span, start: number, end: number, household: boolean): boolean {
  let person = false;
  let self = false;
  for (let j = part.start; j < part.end; j++) {
    const t = tokens[j] as Token;
    if (t.k !== 'w' || (j >= start && j < end)) continue;
    if (PERSONS.has(t.t) && !(household && HOUSEHOLD.has(t.t))) {
      if (j >= start - 3 && j <= end) return true; // "mijn man heeft kanker", "zieke moeder"
      person = true;
    } else if (SELF.has(t.t)) self = true;
  }
  return person && !self; // "mijn zoon ligt in het ziekenhuis"
}

/** "we moeten voor 1 juni ons huis uit": the topic followed by "uit" in a part with a verb of having to. */
function forcedOut(tokens: readonly Token[], part: Span, at: Located<Hit>, key: TraitKey): boolean {
  const f = SPEC.get(key)?.forcedOut;
  if (!f?.after.includes(tokens[at.end]?.t ?? '')) return false;
  for (let j = part.start; j < at.start; j++) if (f.verbs.includes((tokens[j] as Token).t)) return true;
  return false;
}

/** true = barrier present, false = absent/resolved, undefined = no signal. */
function judge(hit: Hit, at: Located<Hit>, cues: readonly Located<Cue>[], owned: boolean): boolean | undefined {
  const spec = SPEC.get(hit.key);
  const shared = spec?.sharedCues ?? 'all';
  const near: CueKind[] = [];
  let negBefore = false;
  for (const c of cues) {
    if (c.end > at.start && c.start < at.end) continue; // the barrier word itself
    if (c.start > at.end + WINDOW || c.end < at.start - WINDOW) continue;
    for (const cue of c.items) {
      if (cue.key !== undefined && cue.key !== hit.key) continue;
      if (cue.key === undefined && hit.role === 'narrow') continue;
      if (cue.key === undefined && hit.role === 'topic') {
        if (shared === 'none' || (shared === 'negation' && cue.kind === 'problem')) continue;
      }
      near.push(cue.kind);
      if (cue.kind === 'neg' && c.end <= at.start && c.end >= at.start - 2) negBefore = true;
    }
  }
  const has = (k: CueKind) => near.includes(k);
  // "ik heb een oppas nodig" = a problem; "geen oppas nodig", "hoef geen oppas" = none.
  // "ik heb mijn auto nodig" needs what one has: no signal.
  if (hit.role === 'covered') return negBefore || has('neg') || has('problem');
  if (hit.role !== 'problem' && has('need')) return has('neg') ? false : owned ? undefined : true;
  if (hit.role === 'problem') {
    if (has('none') || has('resolved') || has('gone') || negBefore) return false;
    return true;
  }
  if (has('none')) return false;
  // "nog geen oppas gevonden", "geen woning gekregen": not found is a problem
  if (negBefore && (has('resolved') || has('regained'))) return true;
  if (has('resolved')) return false;
  if (has('neg') || has('problem') || has('gone')) return true;
  if (has('regained')) return false;
  return undefined;
}

/** A resolving cue for this barrier (shared, or this barrier's own). */
function resolves(cues: readonly Located<Cue>[], hit: Hit): boolean {
  return cues.some((c) => c.items.some((cue) => cue.kind === 'resolved' && (cue.key === undefined || cue.key === hit.key)));
}

export interface BarrierResult {
  traits: Partial<Record<TraitKey, boolean>>;
  /** where a health word is about someone else ("mijn dochter is ziek"): not the client's state at all */
  others: number[];
  /** where barrier words are: a clause with one is about the barrier (or someone else), not about how the client feels */
  positions: number[];
}

export function detectBarriers(a: Analysis): BarrierResult {
  const traits: Partial<Record<TraitKey, boolean>> = {};
  const positions: number[] = [];
  const others: number[] = [];
  // Barriers of the previous part, for a short follow-up: "..., dat is geregeld", "... maar nu weer beter".
  let previous: Hit[] = [];
  // Verdicts of the previous part, for an elliptical "maar X wel".
  let lastVerdicts = new Map<TraitKey, boolean>();
  for (const part of a.parts) {
    const hits = scan(HITS, a.tokens, part);
    const cues = scan(CUES, a.tokens, part).filter((c) => !(c.items.some((x) => x.kind === 'resolved') && inProgress(a.tokens, part, c)));
    const verdicts = new Map<TraitKey, boolean>();
    if (lastVerdicts.size > 0 && ellipticalYes(a.tokens, part)) {
      const repeated = [...lastVerdicts].filter(([, v]) => !v).map(([k]) => k);
      // only when the part names nothing but that barrier ("maar mijn knie wel", not "maar wel stress")
      if (repeated.length > 0 && hits.every((h) => h.items.every((hit) => repeated.includes(hit.key)))) {
        for (const key of repeated) traits[key] = true;
        lastVerdicts = new Map();
        continue;
      }
    }
    lastVerdicts = verdicts;
    if (hits.length === 0) {
      if (part.end - part.start <= 4) {
        for (const hit of previous) if (resolves(cues, hit)) traits[hit.key] = false;
      }
      previous = [];
      continue;
    }
    previous = [];
    // A problem word decides for its barrier: in "mijn knie doet geen pijn meer" the topic "knie" adds nothing.
    const decided = new Set<TraitKey>();
    for (const at of hits) for (const hit of at.items) if (hit.role === 'problem') decided.add(hit.key);
    // "ik ben weer beter" alone is about health; in a part with a barrier verdict it is about that one.
    let judged = false;
    for (const covered of [false, true]) {
      if (covered && judged) break;
      for (const at of hits) {
        for (const hit of at.items) {
          if ((hit.role === 'covered') !== covered) continue;
          if (hit.role !== 'problem' && decided.has(hit.key)) continue;
          positions.push(at.start);
          // about someone else: neither a barrier nor the client's own state
          const selfOnly = SPEC.get(hit.key)?.selfOnly;
          if (
            (selfOnly && aboutSomeoneElse(a.tokens, part, at.start, at.end, selfOnly === 'household')) ||
            (SPEC.get(hit.key)?.othersOwn && ownedBySomeoneElse(a.tokens, part, at.start, hit.key))
          ) {
            others.push(at.start);
            continue;
          }
          if (SPEC.get(hit.key)?.sharedCues !== 'none' && !covered) previous.push(hit);
          const verdict = forcedOut(a.tokens, part, at, hit.key) ? true : judge(hit, at, cues, OWNED.has(a.tokens[at.start - 1]?.t ?? ''));
          if (verdict === undefined) continue;
          traits[hit.key] = traits[hit.key] === true ? true : verdict;
          verdicts.set(hit.key, verdict);
          judged = true;
        }
      }
    }
  }
  return { traits, positions, others };
}
