// The answer normalizer: a pure function from (question, reply text) to status, value,
// confidence and traits. See types.ts and ../shared/CONTRACT.md ("normalize").
//
// Pipeline: analyze (canonicalize, tokenize, repair spelling, split clauses) -> keywords
// (opt-out, help, callback) -> barriers -> the parser for the question type. The meaning of
// words lives in lexicon/ as data per language.
import { detectBarriers } from './parse/barriers.js';
import { parseChoice } from './parse/choice.js';
import { isHelp, isOptOut, isTwilioOptOut, wantsCallback } from './parse/keywords.js';
import { matchLearned } from './parse/learned.js';
import { parseScale } from './parse/scale.js';
import { parseYesNo } from './parse/yes-no.js';
import { analyze } from './text/analyze.js';
import type { NormalizeOptions, NormalizeResult, QuestionSpec, TraitKey } from './types.js';

export { normalizePhrase } from './parse/learned.js';
export * from './types.js';

export function normalize(question: QuestionSpec, text: string, options?: NormalizeOptions): NormalizeResult {
  const raw = typeof text === 'string' ? text : '';
  const a = analyze(raw);
  const barriers = detectBarriers(a);
  const traits: Partial<Record<TraitKey, boolean>> = barriers.traits;
  if (wantsCallback(a)) traits['contact.callback_requested'] = true;

  const learned = matchLearned(question, raw, options?.learned);
  // Twilio blocks the number after its own keywords whatever we decide, so they beat learned entries.
  if (learned !== undefined && !isTwilioOptOut(a)) return { status: 'answered', value: learned, traits, confidence: 0.95 };
  if (isOptOut(a)) return { status: 'opt_out', value: null, traits, confidence: 0.95 };
  if (isHelp(a)) return { status: 'help', value: null, traits, confidence: 0.9 };

  let value: NormalizeResult['value'] = null;
  let confidence = 0;
  switch (question.type) {
    case 'scale':
      ({ value, confidence } = parseScale(a, question, barriers));
      break;
    case 'yes_no':
      ({ value, confidence } = parseYesNo(a));
      break;
    case 'choice':
      ({ value, confidence } = parseChoice(a, question.options));
      break;
    case 'free_text': {
      const trimmed = raw.trim();
      value = trimmed === '' ? null : trimmed;
      confidence = trimmed === '' ? 0 : 0.99;
      break;
    }
  }
  const round = Math.round(confidence * 100) / 100;
  return value === null ? { status: 'unclear', value: null, traits, confidence: round } : { status: 'answered', value, traits, confidence: round };
}
