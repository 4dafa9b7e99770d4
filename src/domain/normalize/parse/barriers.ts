// Barrier traits from any reply. Per clause part: find barrier words (lexicon/barriers.ts), then
// read the cues near them in the same part. A problem word counts unless negated or resolved
// ("geen pijn meer" -> false); a topic counts only with a cue ("geen oppas" -> true,
// "kinderopvang is geregeld" -> false). Health words next to another person are not the client's.
import * as B from '../lexicon/barriers.js';
import { phraseTokens } from '../lexicon/index.js';
import { type Analysis, type Span, spanOf } from '../text/analyze.js';
import { PhraseIndex } from '../text/phrase-index.js';
import type { Token } from '../text/tokenize.js';
import type { TraitKey } from '../types.js';

type CueKind = 'neg' | 'problem' | 'resolved' | 'regained' | 'none' | 'gone' | 'need';
interface Cue {
  kind: CueKind;
  /** only for this barrier; shared cues have none */
  key?: TraitKey;
  /** only for this barrier's narrow topics */
  narrow?: boolean;
}
interface Hit {
  key: TraitKey;
  /** narrow: a topic that only this barrier's own cues qualify */
  /** covered: the barrier taken care of ("oma past op", "ik ben weer beter"), a problem only when negated */
  role: 'problem' | 'topic' | 'narrow' | 'covered';
  /** a weak problem word ("huisarts"): ignored when another barrier's problem word is in the part */
  weak?: boolean;
  /** someone else does it for the client ("mijn dochter leest mijn post voor"): the client's even with another person */
  assisted?: boolean;
}

const concat = <T>(a: T[], b: T[]): T[] => [...a, ...b];
const HITS = new PhraseIndex<Hit[]>();
const CUES = new PhraseIndex<Cue[]>();
const SPEC = new Map<TraitKey, B.BarrierSpec>();

const NEGATIONS = B.NEGATION_CUES.map(phraseTokens);
const NEGATION_PHRASES = new Set(NEGATIONS.map((w) => w.join(' ')));
const cueText = (tokens: readonly Token[], c: { start: number; end: number }) => tokens.slice(c.start, c.end).map((t) => t.t).join(' ');
const contains = (w: readonly string[], sub: readonly string[]) =>
  w.some((_, i) => i + sub.length <= w.length && sub.every((x, k) => w[i + k] === x));
const addCues = (list: readonly string[], cue: Cue) => {
  for (const p of list) {
    const w = phraseTokens(p);
    // a barrier's own cue that holds a negation ("kan ik niet") still negates for the others in the part
    const neg: Cue[] = cue.key !== undefined && cue.kind !== 'neg' && NEGATIONS.some((n) => n.length < w.length && contains(w, n)) ? [{ kind: 'neg' }] : [];
    CUES.add(w, [cue, ...neg], concat);
  }
};
for (const spec of B.BARRIERS) {
  SPEC.set(spec.key, spec);
  const wild = (p: string) => (p.startsWith('*') || p.endsWith('*') ? [p] : phraseTokens(p));
  for (const p of spec.problems) HITS.add(wild(p), [{ key: spec.key, role: 'problem' }], concat);
  for (const p of spec.assisted ?? []) {
    const w = phraseTokens(p);
    HITS.add(w, [{ key: spec.key, role: 'problem', assisted: true }], concat);
    // with an adverb inside: "leest altijd mijn post voor"
    for (let k = 1; k < w.length; k++) {
      for (const adv of B.COVERED_ADVERBS.map(phraseTokens)) HITS.add([...w.slice(0, k), ...adv, ...w.slice(k)], [{ key: spec.key, role: 'problem', assisted: true }], concat);
    }
  }
  for (const p of spec.weakProblems ?? []) HITS.add(wild(p), [{ key: spec.key, role: 'problem', weak: true }], concat);
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
  addCues(spec.narrowCues ?? [], { kind: 'problem', key: spec.key, narrow: true });
  addCues(spec.resolvedCues ?? [], { kind: 'resolved', key: spec.key });
  addCues(spec.regainedCues ?? [], { kind: 'regained', key: spec.key });
}
addCues(B.NEGATION_CUES, { kind: 'neg' });
addCues(B.PROBLEM_CUES, { kind: 'problem' });
addCues(B.RESOLVED_CUES, { kind: 'resolved' });
addCues(B.REGAINED_CUES, { kind: 'regained' });
addCues(B.NO_PROBLEM_CUES, { kind: 'none' });
addCues(B.GONE_CUES, { kind: 'gone' });
// with an adverb inside: "de paniekaanvallen zijn gelukkig weg"
for (const p of B.GONE_CUES) {
  const w = phraseTokens(p);
  if (w.length !== 2) continue;
  for (const adv of B.COVERED_ADVERBS) CUES.add([w[0] as string, ...phraseTokens(adv), w[1] as string], [{ kind: 'gone' }], concat);
}
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
/** "mijn moeder is naar een verpleeghuis": a copula after the person says nothing about who gives care. */
const COPULAS = new Set(['is', 'was', 'zijn', 'waren']);
const OTHERS_VERBS = new Map<TraitKey, Set<string>>();
for (const spec of B.BARRIERS) if (spec.othersVerbs) OTHERS_VERBS.set(spec.key, new Set(spec.othersVerbs.flatMap(phraseTokens)));
const SERVICE = new Set(B.SERVICE_PERSONS.flatMap(phraseTokens));
const POSSESSIVES = new Set(B.POSSESSIVES.flatMap(phraseTokens));
const WORKPLACE_BEFORE = new Set(B.WORKPLACE_BEFORE.flatMap(phraseTokens));
const WORK = new Set(B.WORK_WORDS.flatMap(phraseTokens));

const CONDITIONAL_BEFORE = new Set(B.CONDITIONAL_BEFORE.flatMap(phraseTokens));
const CONDITIONAL_HAVE = new PhraseIndex<true>();
for (const p of B.CONDITIONAL_HAVE) CONDITIONAL_HAVE.add(phraseTokens(p), true);
const COURSES = new Set(B.COURSE_WORDS.flatMap(phraseTokens));
const ABOUT = new Set(B.ABOUT_WORDS.flatMap(phraseTokens));
const TEACH = new Set(B.TEACH_VERBS.flatMap(phraseTokens));
const TEACH_RECIPIENTS = new Set(B.TEACH_RECIPIENTS.flatMap(phraseTokens));
const TAUGHT = B.TAUGHT_SUFFIXES.flatMap(phraseTokens);

/**
 * "kan pas beginnen als ik opvang heb", "als ik vervoer kan regelen": a topic inside a condition on having
 * it (a condition word up to 4 words before, a having verb or resolving cue right after) is still missing.
 */
function conditional(tokens: readonly Token[], part: Span, at: Located<Hit>, cues: readonly Located<Cue>[], key: TraitKey): boolean {
  let cond = -1;
  for (let j = Math.max(part.start, at.start - 8); j < at.start; j++) if (CONDITIONAL_BEFORE.has((tokens[j] as Token).t)) cond = j;
  if (cond < 0) return false;
  // the having verb before the topic: "als mijn kinderen een plekje hebben op de opvang"
  for (let j = cond + 1; j < at.start; j++) if (CONDITIONAL_HAVE.longestAt(tokens, j, at.start)) return true;
  if (at.start - cond > 4) return false;
  for (let j = at.end; j < Math.min(part.end, at.end + 2); j++) if (CONDITIONAL_HAVE.longestAt(tokens, j, part.end)) return true;
  return cues.some((c) => c.start >= at.end && c.start < at.end + 2 && c.items.some((x) => (x.kind === 'resolved' || x.kind === 'regained') && (x.key === undefined || x.key === key)));
}

/** "een cursus over stress", "ik ga een taalcursus geven": the barrier word names what a course is about, or one the client teaches. */
function aboutACourse(tokens: readonly Token[], part: Span, at: Located<Hit>): boolean {
  const before = tokens[at.start - 1];
  if (before && at.start - 1 >= part.start && ABOUT.has(before.t)) {
    for (let j = Math.max(part.start, at.start - 4); j < at.start - 1; j++) if (COURSES.has((tokens[j] as Token).t)) return true;
  }
  const last = (tokens[at.end - 1] as Token).t;
  if (!TAUGHT.some((s) => last.endsWith(s))) return false;
  for (let j = Math.max(part.start, at.start - 3); j < Math.min(part.end, at.end + 5); j++) {
    if (j >= at.start && j < at.end) continue;
    if (TEACH.has((tokens[j] as Token).t) && !TEACH_RECIPIENTS.has(tokens[j + 1]?.t ?? '')) return true;
  }
  return false;
}

/** "ik wil bij de GGZ werken": the barrier word names a place of work ("bij"/"als" just before, a work word in the part). */
function workplace(tokens: readonly Token[], part: Span, start: number): boolean {
  let before: string | undefined;
  for (let j = Math.max(part.start, start - 3); j < start; j++) if (WORKPLACE_BEFORE.has((tokens[j] as Token).t)) before = (tokens[j] as Token).t;
  if (before === undefined) return false;
  // "in" only after the work word ("stage in het ziekenhuis"), not in "pijn in mijn rug door het werk"
  const end = before === 'in' ? start : part.end;
  for (let j = part.start; j < end; j++) if (WORK.has((tokens[j] as Token).t)) return true;
  return false;
}

/** The part is about another adult: it starts with one ("mijn buurman heeft ...", "zij is ...") and has no "ik". */
function otherAdultSubject(tokens: readonly Token[], part: Span): boolean {
  let i = part.start;
  if (POSSESSIVES.has(tokens[i]?.t ?? '')) i++;
  const who = tokens[i]?.t ?? '';
  if (i >= part.end || !PERSONS.has(who) || HOUSEHOLD.has(who) || CHILDREN.has(who)) return false;
  for (let j = part.start; j < part.end; j++) if (SELF.has((tokens[j] as Token).t)) return false;
  return true;
}

/** A follow-up about what came before: "dat lukt niet", "die rijdt niet". */
const FOLLOW_UP = new Set(['dat', 'die', 'het', 'dit', 'that', 'it']);
function followUpSubject(tokens: readonly Token[], part: Span): boolean {
  return FOLLOW_UP.has(tokens[part.start]?.t ?? '');
}

/** Nobody in the part but a child and no "ik": "mijn dochter is ziek", "de kleine heeft koorts". */
function onlyAboutAChild(tokens: readonly Token[], part: Span): boolean {
  let child = false;
  for (let j = part.start; j < part.end; j++) {
    const t = (tokens[j] as Token).t;
    if (CHILDREN.has(t)) child = true;
    else if (PERSONS.has(t) && t !== 'hij' && t !== 'zij') return false;
  }
  return child;
}

/** A part with nothing but a person-less tail: "mijn buurman heeft schulden en een deurwaarder". */
function noPerson(tokens: readonly Token[], part: Span): boolean {
  for (let j = part.start; j < part.end; j++) {
    const t = (tokens[j] as Token).t;
    if (PERSONS.has(t) || SELF.has(t)) return false;
  }
  return true;
}

/** "mijn zus heeft geen oppas": another adult (not the household, not a child) has or lacks the topic. */
function ownedBySomeoneElse(tokens: readonly Token[], part: Span, start: number, end: number, key: TraitKey): boolean {
  const verbs = OTHERS_VERBS.get(key);
  // the person is the subject of such a verb: "mijn zus zorgt voor onze vader"
  const after = tokens[end];
  if (verbs && end - start === 1 && after && verbs.has(after.t) && !COPULAS.has(after.t)) {
    const who = tokens[start] as Token;
    if (PERSONS.has(who.t) && !HOUSEHOLD.has(who.t) && !CHILDREN.has(who.t)) return true;
  }
  // the barrier phrase starts with such a verb, right after the person: "mijn broer woont in de opvang"
  const first = tokens[start] as Token;
  if (start - 1 >= part.start && (verbs ? verbs.has(first.t) : OTHERS_HAVE.has(first.t)) && !COPULAS.has(first.t)) {
    const who = tokens[start - 1] as Token;
    if (PERSONS.has(who.t) && !HOUSEHOLD.has(who.t) && !CHILDREN.has(who.t)) return true;
  }
  // the verb governs the topic: "zus heeft geen oppas", not "zus heeft geen tijd om op te passen"
  for (let j = start - 1; j > part.start && j >= start - 3; j--) {
    const t = tokens[j] as Token;
    if (t.k !== 'w') continue;
    if (SELF.has(t.t)) return false;
    if (!(verbs ? verbs.has(t.t) : OTHERS_HAVE.has(t.t))) continue;
    const who = tokens[j - 1] as Token;
    // the person is not the barrier word itself ("de oppas heeft afgezegd")
    const own = SERVICE.has(who.t) && (HITS.longestAt(tokens, j - 1, j)?.payload.some((h) => h.key === key) ?? false);
    return PERSONS.has(who.t) && !HOUSEHOLD.has(who.t) && !CHILDREN.has(who.t) && !own;
  }
  return false;
}

const ELLIPSIS_NOW = new Set(B.ELLIPSIS_NOW.flatMap(phraseTokens));
const BARE = new PhraseIndex<true>();
for (const p of B.BARE_TOPICS) BARE.add(phraseTokens(p), true);
const BARE_FILLERS = new Set(B.BARE_FILLERS.flatMap(phraseTokens));
const BARE_JOINERS = new Set(B.BARE_JOINERS.flatMap(phraseTokens));
const NOW_YES = B.NOW_YES.map(phraseTokens);
/** The part is nothing but "nu wel" (after a contrast word): "had geen oppas maar nu wel". */
function nowYes(tokens: readonly Token[], part: Span): boolean {
  return NOW_YES.some((w) => w.length === part.end - part.start && w.every((x, k) => tokens[part.start + k]?.t === x));
}
/** A regaining cue that ends the part: "mijn fiets is gejat maar ik heb een nieuwe". */
function endsRegained(cues: readonly Located<Cue>[], part: Span, key: TraitKey): boolean {
  return cues.some((c) => c.end === part.end && c.items.some((x) => x.kind === 'regained' && (x.key === undefined || x.key === key)));
}

/**
 * A reply that is only a barrier's domain name ("vervoer", "alleen geld", "3 vervoer"): the barrier it names,
 * or undefined. Leading numbers (a scale answer) and `BARE_FILLERS` may stand around it.
 */
function bareTopics(tokens: readonly Token[]): TraitKey[] {
  let i = 0;
  while (i < tokens.length && (tokens[i] as Token).k !== 'w') i++;
  const found: TraitKey[] = [];
  // a name is expected next: at the start and after a joiner or separator ("geld en vervoer", "geld, vervoer")
  let open = true;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.k === 'w' && BARE_FILLERS.has(t.t)) {
      i++;
      continue;
    }
    if (t.k === 's' || t.k === 'x' || (t.k === 'w' && BARE_JOINERS.has(t.t))) {
      open = true;
      i++;
      continue;
    }
    const m = open ? BARE.longestAt(tokens, i, tokens.length) : undefined;
    if (!m) return [];
    const hit = HITS.longestAt(tokens, i, i + m.len);
    const keys = new Set((hit?.len === m.len ? hit.payload : []).filter((h) => h.role === 'topic').map((h) => h.key));
    if (keys.size !== 1) return [];
    found.push([...keys][0] as TraitKey);
    open = false;
    i += m.len;
  }
  return found;
}

/** "... maar mijn knie wel": a short contrast part that ends in "wel" and repeats the barrier before it. */
function ellipticalYes(tokens: readonly Token[], part: Span): boolean {
  if (part.end - part.start > 6) return false;
  // "rugpijn is over, nu mijn knie" (naming a barrier: not "nu gaat het goed")
  if (part.end - part.start <= 4 && ELLIPSIS_NOW.has(tokens[part.start]?.t ?? '') && part.start > 0) {
    for (let i = part.start + 1; i < part.end; i++) if (HITS.longestAt(tokens, i, part.end)) return true;
  }
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
  // "dat mijn rug beter wordt"
  return c.end < part.end && IN_PROGRESS_AFTER.has((tokens[c.end] as Token).t);
}

const IN_PROGRESS_AFTER = new Set(B.IN_PROGRESS_AFTER.flatMap(phraseTokens));
const BARE_TOPIC_WORDS = new Set(B.BARE_TOPICS.flatMap(phraseTokens));
const LIST_WORDS = new Set([...B.LIST_ARTICLES, ...B.BARE_FILLERS, ...B.BARE_JOINERS, ...B.LIST_NEED_LEADS].flatMap(phraseTokens));
const LIST_INDEFINITE = new Set(B.LIST_INDEFINITE.flatMap(phraseTokens));
const BARE_TAIL = new Set(B.BARE_TAIL.flatMap(phraseTokens));
const LIST_NEED_LEADS = new Set(B.LIST_NEED_LEADS.flatMap(phraseTokens));
const OWNED_ALONE_LEADS = new Set(B.OWNED_ALONE_LEADS.flatMap(phraseTokens));
const SELF_POSSESSIVES = new Set(B.SELF_POSSESSIVES.flatMap(phraseTokens));

/** A short tail ("voor mijn zoontje") from `from` to the end of the part, naming no barrier. */
function bareTail(tokens: readonly Token[], from: number, end: number): boolean {
  if (!BARE_TAIL.has(tokens[from]?.t ?? '') || end - from - 1 > B.BARE_TAIL_MAX || end - from < 2) return false;
  for (let j = from + 1; j < end; j++) if (HITS.longestAt(tokens, j, end)) return false;
  return true;
}

/**
 * A part that only lists topics ("een oppas", "vervoer en een fiets", "opvang voor mijn zoontje"):
 * 'bare' when one of them is a `BARE_TOPICS` name, 'list' otherwise, undefined when the part says more.
 */
function listOnly(tokens: readonly Token[], part: Span): 'bare' | 'list' | undefined {
  let named = false;
  let bare = false;
  for (let i = part.start; i < part.end; ) {
    const t = tokens[i] as Token;
    if (t.k !== 'w') return undefined;
    if (LIST_WORDS.has(t.t)) {
      i++;
      continue;
    }
    if (named && bareTail(tokens, i, part.end)) break;
    const m = HITS.longestAt(tokens, i, part.end);
    if (!m || m.payload.length === 0 || !m.payload.every((h) => h.role === 'topic') || new Set(m.payload.map((h) => h.key)).size !== 1) return undefined;
    if (m.len === 1 && BARE_TOPIC_WORDS.has(t.t)) bare = true;
    named = true;
    i += m.len;
  }
  return named ? (bare ? 'bare' : 'list') : undefined;
}

/** What the part before says of a list after it: see `LIST_NEED_LEADS` in the lexicon. */
interface PartInfo {
  clause: Span | undefined;
  /** the verdict a list part took from before it: "alles geregeld, oppas, vervoer" */
  listCarry?: boolean;
  cues: readonly Located<Cue>[];
  hits: number;
  /** where the part's first barrier word starts (its end when it has none) */
  firstHit: number;
}
function carried(tokens: readonly Token[], part: Span, clause: Span | undefined, kind: 'bare' | 'list', prev: PartInfo | undefined, first: boolean): boolean | undefined {
  if (prev?.listCarry !== undefined) return prev.listCarry;
  const kinds = new Set((prev?.cues ?? []).flatMap((c) => c.items.filter((x) => x.key === undefined).map((x) => x.kind)));
  if (prev && prev.clause === clause) {
    // a cue before the first barrier word is shared across "en": "geen oppas en vervoer", "ik heb een baan en een oppas"
    const lead = new Set(prev.cues.filter((c) => c.end <= prev.firstHit).flatMap((c) => c.items.filter((x) => x.key === undefined).map((x) => x.kind)));
    if (lead.has('need')) return true;
    if (lead.has('neg')) return tokens.slice(part.start, part.end).some((t) => LIST_INDEFINITE.has(t.t)) ? undefined : true;
    if (lead.has('resolved') || lead.has('regained') || lead.has('none')) return false;
    return undefined;
  }
  // "alles is geregeld: oppas en vervoer"
  if (prev && prev.hits === 0 && !kinds.has('neg') && (kinds.has('resolved') || kinds.has('none'))) return false;
  // "oppas is geregeld, alleen nog vervoer"; "een oppas voor mijn dochter, ..."
  // (the whole clause a list: not "geld en mijn kinderen")
  if (LIST_NEED_LEADS.has(tokens[part.start]?.t ?? '') || (first && kind === 'bare' && clause !== undefined && listOnly(tokens, clause) !== undefined)) return true;
  return undefined;
}

/** "gaat wel, mijn rug", "nee, maar mijn knie": only leading words, the client's possessive and the topic. */
function ownedAlone(tokens: readonly Token[], part: Span, at: Located<Hit>): boolean {
  if (at.end !== part.end || at.start === part.start || !SELF_POSSESSIVES.has((tokens[at.start - 1] as Token).t)) return false;
  for (let j = part.start; j < at.start - 1; j++) if (!OWNED_ALONE_LEADS.has((tokens[j] as Token).t)) return false;
  return true;
}

function selfBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (SELF.has((tokens[j] as Token).t)) return true;
  return false;
}

function aboutSomeoneElse(tokens: readonly Token[], part: Span, start: number, end: number, household: boolean): boolean {
  let person = false;
  let self = false;
  for (let j = part.start; j < part.end; j++) {
    const t = tokens[j] as Token;
    if (t.k !== 'w' || (j >= start && j < end)) continue;
    if (PERSONS.has(t.t) && !(household && HOUSEHOLD.has(t.t))) {
      // "mijn man heeft kanker", "zieke moeder"; not over an "ik" between ("familie die ik niet terug kan betalen")
      if (j >= start - 3 && j <= end && !selfBetween(tokens, j, start)) return true;
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

const NEGATION_GAP = new PhraseIndex<true>();
for (const p of B.NEGATION_GAP_ADVERBS) NEGATION_GAP.add(phraseTokens(p), true);
/** The length of a `NEGATION_GAP_ADVERBS` phrase that ends right before `at` (0: none). */
function gapBefore(tokens: readonly Token[], at: number): number {
  for (const len of [1, 2]) if (at - len >= 0 && NEGATION_GAP.longestAt(tokens, at - len, at)?.len === len) return len;
  return 0;
}
const SICK_CHILD = new Set(B.SICK_CHILD_WORDS.flatMap(phraseTokens));
const CAUSES = new Set(B.CAUSE_WORDS.flatMap(phraseTokens));
/** "niet door mijn angststoornis": a cause word between a negation and the barrier word. */
function causeBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (CAUSES.has((tokens[j] as Token).t)) return true;
  return false;
}

/**
 * A short part with only a covered phrase ("maar ben nu hersteld") right after a part where one barrier was
 * present: recovered from that barrier when it is the phrase's own, or when its resolving cues share a word with it.
 */
function recoveredFrom(tokens: readonly Token[], part: Span, at: Located<Hit>, key: TraitKey, before: ReadonlyMap<TraitKey, boolean>): TraitKey | undefined {
  if (part.end - part.start > 6) return undefined;
  const present = [...before].filter(([, v]) => v).map(([k]) => k);
  if (present.length !== 1) return undefined;
  const other = present[0] as TraitKey;
  // "ik had rugpijn maar ben weer beter": the same barrier, recovered
  if (other === key) return key;
  const words = new Set((SPEC.get(other)?.resolvedCues ?? []).flatMap(phraseTokens));
  for (let j = at.start; j < at.end; j++) if (words.has((tokens[j] as Token).t)) return other;
  return undefined;
}

/** "ik kan niet meer ik huil de hele dag": a new subject between a negation and the barrier word starts another sentence. */
const SUBJECTS = new Set(['ik', 'we', 'wij', 'i']);
function subjectBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (SUBJECTS.has((tokens[j] as Token).t)) return true;
  return false;
}

/** true = barrier present, false = absent/resolved, undefined = no signal. */
function judge(tokens: readonly Token[], hit: Hit, at: Located<Hit>, cues: readonly Located<Cue>[], owned: boolean): boolean | undefined {
  const spec = SPEC.get(hit.key);
  const shared = spec?.sharedCues ?? 'all';
  const near: CueKind[] = [];
  let negBefore = false;
  for (const c of cues) {
    if (c.end > at.start && c.start < at.end) continue; // the barrier word itself
    if (c.start > at.end + WINDOW || c.end < at.start - WINDOW) continue;
    // a resolving cue right after a negation is not done: "rijbewijs niet gehaald", also with an adverb between ("niet helemaal hersteld")
    const gap = gapBefore(tokens, c.start);
    const negated = cues.some((n) => (n.end === c.start || (gap > 0 && n.end === c.start - gap)) && n.items.some((x) => x.kind === 'neg'));
    for (const cue of c.items) {
      if (cue.key !== undefined && cue.key !== hit.key) continue;
      if (cue.narrow && hit.role !== 'narrow') continue;
      if (cue.key === undefined && hit.role === 'narrow') continue;
      if (cue.key === undefined && hit.role === 'topic') {
        if (shared === 'none' || (shared === 'negation' && cue.kind === 'problem')) continue;
      }
      near.push(cue.kind === 'resolved' && negated ? 'problem' : cue.kind);
      // the negation inside another cue of this barrier ("nog niet hersteld van de operatie") negates that cue, not the word after it
      const inOwnCue = c.items.some((x) => x.kind !== 'neg' && x.key === hit.key) && !NEGATION_PHRASES.has(cueText(tokens, c));
      if (cue.kind === 'neg' && !inOwnCue && c.end <= at.start && c.end >= at.start - 2 && !causeBetween(tokens, c.end, at.start) && !subjectBetween(tokens, c.end, at.start)) negBefore = true;
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
  // the clause of the last part about another adult: its person-less follow-up parts are about them too
  let otherClause: Span | undefined;
  // the part before, for a list after it ("ik heb een baan en een oppas"); whether a part with words came before
  let prevPart: PartInfo | undefined;
  let wordsBefore = false;
  for (const part of a.parts) {
    const lastPart = prevPart;
    const first = !wordsBefore;
    if (a.tokens.slice(part.start, part.end).some((t) => t.k === 'w')) wordsBefore = true;
    const clause = spanOf(a.clauses, part.start);
    const inherited = otherClause !== undefined && clause === otherClause && noPerson(a.tokens, part);
    if (otherAdultSubject(a.tokens, part)) otherClause = clause;
    else if (!inherited) otherClause = undefined;
    const hits = scan(HITS, a.tokens, part);
    const cues = scan(CUES, a.tokens, part).filter((c) => !(c.items.some((x) => x.kind === 'resolved') && inProgress(a.tokens, part, c)));
    const verdicts = new Map<TraitKey, boolean>();
    prevPart = { clause, cues, hits: hits.length, firstHit: hits[0]?.start ?? part.end };
    if (lastVerdicts.size > 0 && ellipticalYes(a.tokens, part)) {
      const repeated = [...lastVerdicts].filter(([, v]) => !v).map(([k]) => k);
      // only when the part names nothing but that barrier ("maar mijn knie wel", not "maar wel stress")
      if (repeated.length > 0 && hits.every((h) => h.items.every((hit) => repeated.includes(hit.key)))) {
        for (const key of repeated) traits[key] = true;
        lastVerdicts = new Map();
        continue;
      }
    }
    const before = lastVerdicts;
    lastVerdicts = verdicts;
    if (hits.length === 0) {
      if (part.end - part.start <= 4) {
        const none = cues.some((c) => c.items.some((cue) => cue.kind === 'none'));
        // "... aan de zorgverzekeraar betalen en dat lukt niet": a short negated follow-up makes an undecided topic a problem
        const failed = cues.some((c) => c.items.some((cue) => cue.kind === 'neg' && cue.key === undefined));
        // "ik heb een auto maar die is kapot": a follow-up with a problem cue for the topic before
        const broken = (hit: Hit) =>
          cues.some((c) => c.items.some((cue) => cue.kind === 'problem' && !cue.narrow && (cue.key === hit.key || (cue.key === undefined && SPEC.get(hit.key)?.sharedCues === undefined))));
        for (const hit of previous) {
          if (resolves(cues, hit) || none) traits[hit.key] = false;
          // "had geen oppas maar nu wel", "fiets gejat maar ik heb een nieuwe": the client has it now
          else if (hit.role === 'topic' && traits[hit.key] === true && (nowYes(a.tokens, part) || (!failed && !broken(hit) && endsRegained(cues, part, hit.key))))
            traits[hit.key] = false;
          else if (hit.role === 'topic' && followUpSubject(a.tokens, part) && broken(hit)) traits[hit.key] = true;
          else if (failed && hit.role === 'topic' && traits[hit.key] === undefined && followUpSubject(a.tokens, part)) traits[hit.key] = true;
        }
      }
      previous = [];
      continue;
    }
    previous = [];
    const list = listOnly(a.tokens, part);
    const carry = list ? carried(a.tokens, part, clause, list, lastPart, first) : undefined;
    if (list && carry !== undefined) prevPart.listCarry = carry;
    // A problem word decides for its barrier: in "mijn knie doet geen pijn meer" the topic "knie" adds nothing.
    // a weak problem word gives way to any other barrier named in the part
    const named = new Set<TraitKey>();
    for (const at of hits) for (const hit of at.items) if (!hit.weak) named.add(hit.key);
    const ignored = (hit: Hit) => hit.weak === true && [...named].some((k) => k !== hit.key);
    const decided = new Set<TraitKey>();
    for (const at of hits) for (const hit of at.items) if (hit.role === 'problem' && !ignored(hit)) decided.add(hit.key);
    // "ik ben weer beter" alone is about health; in a part with a barrier verdict it is about that one.
    let judged = false;
    for (const covered of [false, true]) {
      if (covered && judged) break;
      for (const at of hits) {
        for (const hit of at.items) {
          if ((hit.role === 'covered') !== covered) continue;
          // "een burn-out gehad maar ben nu hersteld": a short recovery after another barrier resolves that one
          const recovered = covered ? recoveredFrom(a.tokens, part, at, hit.key, before) : undefined;
          if (recovered) {
            // overrides the earlier part's verdict: the later statement is the current one
            traits[recovered] = false;
            verdicts.set(recovered, false);
            judged = true;
            continue;
          }
          if (hit.role !== 'problem' && decided.has(hit.key)) continue;
          if (ignored(hit)) continue;
          positions.push(at.start);
          if (workplace(a.tokens, part, at.start) || aboutACourse(a.tokens, part, at)) continue;
          // about someone else: neither a barrier nor the client's own state
          const selfOnly = SPEC.get(hit.key)?.selfOnly;
          if (
            !hit.assisted &&
            ((selfOnly && aboutSomeoneElse(a.tokens, part, at.start, at.end, selfOnly === 'household')) ||
              (SPEC.get(hit.key)?.othersOwn && ownedBySomeoneElse(a.tokens, part, at.start, at.end, hit.key)) ||
              (inherited && (selfOnly || SPEC.get(hit.key)?.othersOwn)))
          ) {
            others.push(at.start);
            // a sick child at home is a childcare barrier: "mijn dochter is ziek", "de kleine heeft koorts"
            if (
              hit.key === 'barrier.physical_health' &&
              hit.role === 'problem' &&
              at.end - at.start === 1 &&
              SICK_CHILD.has((a.tokens[at.start] as Token).t) &&
              traits['barrier.childcare'] === undefined &&
              onlyAboutAChild(a.tokens, part) &&
              judge(a.tokens, hit, at, cues, false) === true
            ) {
              traits['barrier.childcare'] = true;
            }
            continue;
          }
          if (SPEC.get(hit.key)?.sharedCues !== 'none' && !covered) previous.push(hit);
          const lacking = forcedOut(a.tokens, part, at, hit.key) || (hit.role !== 'problem' && hit.role !== 'covered' && conditional(a.tokens, part, at, cues, hit.key));
          let verdict = lacking ? true : judge(a.tokens, hit, at, cues, OWNED.has(a.tokens[at.start - 1]?.t ?? ''));
          if (verdict === undefined && hit.role === 'topic') verdict = carry ?? (SPEC.get(hit.key)?.ownedAlone && ownedAlone(a.tokens, part, at) ? true : undefined);
          if (verdict === undefined) continue;
          traits[hit.key] = traits[hit.key] === true ? true : verdict;
          verdicts.set(hit.key, verdict);
          judged = true;
        }
      }
    }
  }
  // "vervoer", "alleen geld": a reply that only names a barrier's domain
  if (Object.keys(traits).length === 0) for (const key of bareTopics(a.tokens)) traits[key] = true;
  return { traits, positions, others };
}
