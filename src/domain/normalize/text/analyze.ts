// The shared first pass over a reply: canonical, resolved tokens split into clauses (at
// punctuation and "maar"/"want"/"but") and clause parts (also at "en"/"and"). Negation,
// barrier cues and "the current one wins" are all scoped by these spans.
import { REPORT_VERBS, REPORTED_SUBJECTS, REPORTERS } from '../lexicon/barriers.js';
import { isHead, LEXICONS, phraseTokens, SENSES } from '../lexicon/index.js';
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

/** A conjunction needs something to join: a final "maar" is a particle ("doe maar", "bel maar"), not a break. */
const joinsSomething = (tokens: readonly Token[], i: number) => {
  const next = tokens[i + 1];
  return next !== undefined && next.k !== 's';
};
/** After an English subject a Dutch conjunction is the English word: "I want to talk" is no "want" (because). */
const ENGLISH_SUBJECTS = new Set(['i', 'you', 'we', 'they', 'dont', 'do', 'really']);
/** Right after a subject and its verb "alleen" is "only"/"alone": "ik zorg alleen voor mijn vader", "ik spreek alleen Arabisch". */
const ADVERB_AFTER_VERB = new Set(['alleen']);
const ONLY_UNITS = new Set(['uur', 'uurtje', 'uurtjes', 'keer', 'x', 'minuten', 'dagen', 'per']);
const DUTCH_SUBJECTS = new Set(['ik', 'we', 'wij', 'ze', 'zij', 'hij', 'je', 'jij', 'u']);
const isClauseBreak = (tokens: readonly Token[], i: number) => {
  const t = tokens[i] as Token;
  if (t.k === 's') return true;
  if (t.k !== 'w' || !CLAUSE_BREAKS.has(t.t)) return false;
  if (i > 0 && ENGLISH_SUBJECTS.has(tokens[i - 1]?.t ?? '')) return false;
  // "ik slaap maar 3 uur per nacht", "de bus komt maar 1x per uur": "maar" before a count of time is "only"
  if (t.t === 'maar' && tokens[i - 1]?.k === 'w' && tokens[i + 1]?.k === 'n' && ONLY_UNITS.has(tokens[i + 2]?.t ?? '')) return false;
  if (ADVERB_AFTER_VERB.has(t.t) && i >= 2 && tokens[i - 1]?.k === 'w' && DUTCH_SUBJECTS.has(tokens[i - 2]?.t ?? '')) return false;
  return i === 0 || joinsSomething(tokens, i);
};
const isPartBreak = (tokens: readonly Token[], i: number) => {
  const t = tokens[i] as Token;
  return isClauseBreak(tokens, i) || (t.k === 'w' && PART_BREAKS.has(t.t));
};

function split(tokens: readonly Token[], isBreak: (tokens: readonly Token[], i: number) => boolean): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || isBreak(tokens, i)) {
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

/** A new subject after an opening feeling in a run-on reply: "gaat wel ik ben mijn rijbewijs kwijt". */
const RUN_ON_SUBJECTS = new Set(['ik', 'we', 'wij', 'mijn', 'i', 'my']);
/** Opening feelings this long (in tokens) may be followed by a new sentence without punctuation. */
const RUN_ON_OPENING = 3;

/**
 * Unpunctuated replies (voice-to-text) run sentences together. Split a span where it switches between
 * past and now ("gister was het een 2 vandaag een 4") and after a short opening feeling followed by a
 * new subject ("gaat wel ik ben mijn rijbewijs kwijt").
 */
function splitRunOns(tokens: readonly Token[], spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    let start = s.start;
    let time: 'past' | 'present' | undefined;
    let feelingEnd = -1;
    for (let i = s.start; i < s.end; ) {
      const m = SENSES.longestAt(tokens, i, s.end);
      const sense = m?.payload;
      const kind = sense?.past ? 'past' : sense?.present ? 'present' : undefined;
      const t = tokens[i] as Token;
      const runOn = feelingEnd === i && i - start <= RUN_ON_OPENING && t.k === 'w' && RUN_ON_SUBJECTS.has(t.t);
      if (i > start && ((kind && time && kind !== time) || runOn)) {
        out.push({ start, end: i });
        start = i;
        feelingEnd = -1;
      }
      if (kind) time = kind;
      const len = m?.len ?? 1;
      if (sense && (isHead(sense) || sense.weak)) feelingEnd = i + len;
      i += len;
    }
    out.push({ start, end: s.end });
  }
  return out;
}

const REPORTER = new Set(REPORTERS.flatMap(phraseTokens));
const REPORT = REPORT_VERBS.map(phraseTokens);
const REPORTED = new Set(REPORTED_SUBJECTS.flatMap(phraseTokens));

/**
 * A coach's summary ("client geeft aan dat hij geen vervoer heeft", "Cl. meldt dat ze schulden heeft"): after the
 * reporting frame the third-person subject is the client, so it reads as "ik" for barriers and answers alike.
 */
function firstPersonReported(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    if (!REPORTER.has((tokens[i] as Token).t)) continue;
    let j = i + 1;
    if (tokens[j]?.k === 's' && tokens[j]?.t === '.') j++; // "Cl. geeft aan"
    const verb = REPORT.find((v) => v.every((w, k) => tokens[j + k]?.t === w));
    if (!verb) continue;
    const from = j + verb.length;
    let out: Token[] | undefined;
    for (let k = from; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.k === 'w' && REPORTED.has(t.t)) {
        out ??= tokens.slice();
        out[k] = { ...t, t: 'ik' };
      }
    }
    return out ?? tokens;
  }
  return tokens;
}

export function analyze(text: string): Analysis {
  const tokens = firstPersonReported(resolveTokens(tokenize(canonicalize(stripQuoted(text)))));
  const clauses = splitRunOns(tokens, split(tokens, isClauseBreak));
  const parts = splitRunOns(tokens, split(tokens, isPartBreak));
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
