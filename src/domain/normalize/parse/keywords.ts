// Opt-out, help and callback requests (lexicon/keywords.ts). An opt-out must be about the
// messages: "stop" alone or "stop met die sms'jes" is, "ik stop met mijn opleiding" is not.

import { phraseTokens } from '../lexicon/index.js';
import * as K from '../lexicon/keywords.js';
import type { Analysis, Span } from '../text/analyze.js';
import { PhraseIndex } from '../text/phrase-index.js';
import type { Token } from '../text/tokenize.js';

const set = (list: readonly string[]) => new Set(list.flatMap(phraseTokens));
const phrases = (list: readonly string[]) => new Set(list.map((p) => phraseTokens(p).join(' ')));
const index = (list: readonly string[]) => {
  const idx = new PhraseIndex<true>();
  for (const p of list) idx.add(phraseTokens(p), true);
  return idx;
};

const WHOLE_OPT_OUT = phrases(K.OPT_OUT_WHOLE);
const WHOLE_OPT_OUT_WORDS = set(K.OPT_OUT_WHOLE);
const TWILIO = phrases(K.TWILIO_OPT_OUT);
const STOP_VERBS = index(K.STOP_VERBS);
const STOP_WORDS = set([...K.STOP_VERBS, ...K.OPT_OUT_WHOLE]);
const MESSAGE_OBJECTS = set(K.MESSAGE_OBJECTS);
const MESSAGE_VERBS = set(K.MESSAGE_VERBS);
const OPT_OUT_PHRASES = index(K.OPT_OUT_PHRASES);
const NONE = set(K.NONE_WORDS);
const ANYMORE = set(K.ANYMORE_WORDS);
const NO_LONGER = index(K.NO_LONGER);
const CANCEL = set(K.CANCEL_WORDS);
const FILLERS = set(K.KEYWORD_FILLERS);
const HELP = phrases(K.HELP_WORDS);
const HELP_SINGLE = set(K.HELP_WORDS);
const CALL_VERBS = index(K.CALL_VERBS);
const CALL_TARGETS = set(K.CALL_TARGETS);
const TALK = index(K.TALK_WORDS);
const TALK_ALONE = index(K.TALK_WORDS_ALONE);
const TALK_TARGETS = set(K.TALK_TARGETS);
const WISH = set(K.WISH_WORDS);
const OTHER_PARTIES = set(K.OTHER_PARTIES);
/** Callback phrases, also with one softener inside ("kunt u mij even terugbellen", "bel me even"). */
const CALLBACK_PHRASES = (() => {
  const idx = new PhraseIndex<true>();
  // a softener may be several words: "kunnen we een keer bellen"
  const softeners = K.CALLBACK_SOFTENERS.map(phraseTokens);
  for (const p of K.CALLBACK_PHRASES) {
    const w = phraseTokens(p);
    idx.add(w, true);
    for (let k = 1; k < w.length; k++) for (const s of softeners) idx.add([...w.slice(0, k), ...s, ...w.slice(k)], true);
  }
  return idx;
})();
const SUBJECTS = set(K.STATEMENT_SUBJECTS);
const RECIPIENT = set(K.RECIPIENT_WORDS);
const SELF_RECIPIENTS = set(K.SELF_RECIPIENTS);

/**
 * An imperative opt-out phrase that is not addressed to Pols: a subject before it ("ik stuur niks
 * meer") makes it a statement, a recipient after it ("... naar werkgevers") makes it about others.
 */
function notAboutUs(tokens: readonly Token[], c: Span, at: { start: number; end: number }): boolean {
  for (let j = at.start - 1; j >= c.start && j >= at.start - 2; j--) {
    const t = tokens[j] as Token;
    if (t.k === 'w' && SUBJECTS.has(t.t)) return true;
  }
  for (let j = at.end; j < c.end - 1; j++) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1] as Token;
    if (t.k === 'w' && RECIPIENT.has(t.t) && next.k === 'w' && !SELF_RECIPIENTS.has(next.t)) return true;
  }
  return false;
}

const words = (tokens: readonly Token[], span: Span): string[] => {
  const out: string[] = [];
  for (let i = span.start; i < span.end; i++) {
    const t = tokens[i] as Token;
    if (t.k === 'w' || t.k === 'n') out.push(t.t);
  }
  return out;
};

/** The reply without politeness words: "stop aub" -> "stop", "ik wil me afmelden" -> "afmelden". */
const coreMemo = new WeakMap<Analysis, string>();
function core(a: Analysis): string {
  let c = coreMemo.get(a);
  if (c === undefined) {
    c = words(a.tokens, { start: 0, end: a.tokens.length }).filter((w) => !FILLERS.has(w)).join(' ');
    coreMemo.set(a, c);
  }
  return c;
}

function findIn(idx: PhraseIndex<true>, tokens: readonly Token[], span: Span): { start: number; end: number } | undefined {
  for (let i = span.start; i < span.end; i++) {
    const m = idx.longestAt(tokens, i, span.end);
    if (m) return { start: i, end: i + m.len };
  }
  return undefined;
}

function cancelledNear(tokens: readonly Token[], span: Span, at: { start: number; end: number }): boolean {
  // "bel me liever niet": the negation may follow one more word
  for (let j = Math.max(span.start, at.start - 2); j < Math.min(span.end, at.end + 3); j++) {
    const t = tokens[j];
    if (t && t.k === 'w' && CANCEL.has(t.t)) return true;
  }
  return false;
}

/** "deze", "dit" stand for the messages only on their own: "deze maand" is a month. */
const DEMONSTRATIVES = new Set(['dit', 'deze', 'this']);
function messageObject(w: readonly string[], k: number): boolean {
  const x = w[k] as string;
  if (!MESSAGE_OBJECTS.has(x)) return false;
  const next = w[k + 1];
  return !(DEMONSTRATIVES.has(x) && next !== undefined && !MESSAGE_OBJECTS.has(next) && !ANYMORE.has(next));
}

/** Twilio's own keyword as the whole reply: always an opt-out. */
export function isTwilioOptOut(a: Analysis): boolean {
  return mentions(a, WHOLE_OPT_OUT_WORDS) && TWILIO.has(core(a));
}

/** Does any token belong to this set? A cheap test before building the reply's core. */
function mentions(a: Analysis, words: Set<string>): boolean {
  for (const t of a.tokens) if (t.k === 'w' && words.has(t.t)) return true;
  return false;
}

export function isOptOut(a: Analysis): boolean {
  if (a.content === 0) return false;
  if (mentions(a, WHOLE_OPT_OUT_WORDS) && WHOLE_OPT_OUT.has(core(a))) return true;
  const t = a.tokens;
  for (const c of a.clauses) {
    const phrase = findIn(OPT_OUT_PHRASES, t, c);
    if (phrase && !notAboutUs(t, c, phrase)) return true;
    const w = words(t, c);
    // "geen berichten meer", "niet meer sturen"
    if (w.some((x) => NONE.has(x)) && w.some((_x, k) => messageObject(w, k)) && w.some((x) => ANYMORE.has(x))) return true;
    const noLonger = findIn(NO_LONGER, t, c);
    if (noLonger && w.some((x) => MESSAGE_VERBS.has(x))) return true;
    // a stop verb whose clause holds nothing but fillers and message words
    const stop = findIn(STOP_VERBS, t, c);
    if (stop && !cancelledNear(t, c, stop)) {
      const rest = [...words(t, { start: c.start, end: stop.start }), ...words(t, { start: stop.end, end: c.end })];
      if (rest.every((x) => FILLERS.has(x) || MESSAGE_OBJECTS.has(x) || STOP_WORDS.has(x))) return true; // "STOP STOP"
    }
  }
  return false;
}

/** "HELP", "hulp", "ik heb hulp nodig": the whole reply asks for help. */
export function isHelp(a: Analysis): boolean {
  if (!mentions(a, HELP_SINGLE)) return false;
  const c = core(a);
  return c !== '' && (HELP.has(c) || c.split(' ').every((w) => HELP_SINGLE.has(w)));
}

/** "bel me", "kunt u mij bellen?", "graag een gesprek met mijn coach". */
export function wantsCallback(a: Analysis): boolean {
  const t = a.tokens;
  for (const c of a.clauses) {
    const phrase = findIn(CALLBACK_PHRASES, t, c);
    if (phrase && !cancelledNear(t, c, phrase)) return true;
    const w = words(t, c);
    const call = findIn(CALL_VERBS, t, c);
    if (call && !cancelledNear(t, c, call) && w.some((x) => CALL_TARGETS.has(x))) return true;
    // a wish for a talk with the coach, or with nobody else named ("ik wil graag een gesprek")
    const talk = findIn(TALK, t, c);
    if (talk && !cancelledNear(t, c, talk) && w.some((x) => WISH.has(x))) {
      if (w.some((x) => TALK_TARGETS.has(x))) return true;
      if (findIn(TALK_ALONE, t, c) && !w.some((x) => OTHER_PARTIES.has(x))) return true;
    }
  }
  return false;
}
