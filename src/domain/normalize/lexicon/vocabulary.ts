// Every word the tables know, so spelling repair leaves known words alone, plus the subset that
// typo repair may produce (answer words long enough that a one-letter slip is not a guess).
import {
  BARRIERS, CAUSE_WORDS, CHILD_NOUNS, CONTRAST_WORDS, ELLIPSIS_YES, FIRST_PERSON, OTHERS_HAVE_VERBS, GONE_CUES, POSSESSIVES, COVERED_ADVERBS, IN_PROGRESS, HOUSEHOLD_NOUNS, NEED_CUES, NEGATION_CUES, NO_PROBLEM_CUES, NOT_BARRIERS, OWNED_BEFORE, PERSON_NOUNS, PROBLEM_CUES, REGAINED_CUES,
  RESOLVED_CUES, SERVICE_PERSONS, SICK_CHILD_WORDS, WORK_WORDS, WORKPLACE_BEFORE, CONDITIONAL_BEFORE, CONDITIONAL_HAVE, COURSE_WORDS, ABOUT_WORDS,
  TEACH_VERBS, TEACH_RECIPIENTS, TAUGHT_SUFFIXES, REPORTERS, REPORT_VERBS, REPORTED_SUBJECTS, NEGATION_GAP_ADVERBS,
} from './barriers.js';
import { CHOICE_FILLERS, FIRST_WORDS, ORDINALS, SYNONYM_GROUPS } from './choice.js';
import { LEXICONS, phraseTokens, SENSES } from './index.js';
import * as keywords from './keywords.js';
import * as numbers from './numbers.js';

export const VOCABULARY = new Set<string>();
SENSES.words(VOCABULARY);

const addAll = (phrases: readonly string[]) => {
  for (const p of phrases) for (const w of phraseTokens(p.replace(/^\*|\*$/g, ''))) VOCABULARY.add(w);
};
for (const lex of LEXICONS) addAll(lex.common ?? []);
for (const b of BARRIERS) {
  addAll(b.problems);
  addAll(b.topics);
  addAll(b.topicCues ?? []);
  addAll(b.resolvedCues ?? []);
  addAll(b.covered ?? []);
  addAll(b.narrowTopics ?? []);
  addAll(b.regainedCues ?? []);
  addAll(b.weakProblems ?? []);
  addAll(b.assisted ?? []);
  addAll(b.narrowCues ?? []);
}
for (const list of [NEGATION_CUES, PROBLEM_CUES, RESOLVED_CUES, REGAINED_CUES, NO_PROBLEM_CUES, GONE_CUES, NEED_CUES, NOT_BARRIERS, OWNED_BEFORE, PERSON_NOUNS, HOUSEHOLD_NOUNS, FIRST_PERSON, IN_PROGRESS, COVERED_ADVERBS, POSSESSIVES, CHILD_NOUNS, OTHERS_HAVE_VERBS, ELLIPSIS_YES, CONTRAST_WORDS, CAUSE_WORDS, WORK_WORDS, WORKPLACE_BEFORE, SICK_CHILD_WORDS, SERVICE_PERSONS, CONDITIONAL_BEFORE, CONDITIONAL_HAVE, COURSE_WORDS, ABOUT_WORDS, TEACH_VERBS, TEACH_RECIPIENTS, TAUGHT_SUFFIXES, REPORTERS, REPORT_VERBS, REPORTED_SUBJECTS, NEGATION_GAP_ADVERBS]) {
  addAll(list);
}
for (const list of Object.values(keywords)) addAll(list);
addAll(CHOICE_FILLERS);
for (const list of Object.values(numbers)) addAll(list);
addAll(Object.keys(ORDINALS));
addAll(FIRST_WORDS);
for (const g of SYNONYM_GROUPS) addAll(g);

/** Single answer words of 5+ letters: what a typo may be repaired into. */
export const TYPO_TARGETS: readonly string[] = (() => {
  const out = new Set<string>();
  const single = (p: string) => {
    const t = phraseTokens(p);
    if (t.length === 1 && (t[0] as string).length >= 5 && !/\d/.test(t[0] as string)) out.add(t[0] as string);
  };
  for (const lex of LEXICONS) {
    for (const r of [lex.scale, lex.weakScale, lex.grades, lex.numbers]) for (const p of Object.keys(r ?? {})) single(p);
    for (const list of [lex.yes, lex.no, lex.unsure, lex.maybeYes ?? [], lex.maybeNo ?? []]) for (const p of list) single(p);
  }
  for (const p of keywords.OPT_OUT_WHOLE) if (p.length >= 8) single(p);
  // compounds' stems too: "deurwaader" is a slip of "deurwaarder*"
  for (const b of BARRIERS) for (const p of b.problems) if (p.replace(/^\*|\*$/g, '').length >= 8) single(p.replace(/^\*|\*$/g, ''));
  // long topic words too: "kinderopfang" is a slip of "kinderopvang"
  for (const b of BARRIERS) for (const p of b.topics) if (p.replace(/^\*|\*$/g, '').length >= 8) single(p.replace(/^\*|\*$/g, ''));
  return [...out];
})();
