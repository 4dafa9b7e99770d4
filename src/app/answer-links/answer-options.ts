// The answers a client can tap for a question (scale steps, yes/no, choice options), and the words
// stored for a tapped answer: the same text the client could have typed, so the normal reply path applies.
import type { Locale } from '../../domain/messages/texts.js';
import type { QuestionSpec } from '../../domain/normalize/types.js';
import type { AnswerValue } from './tokens.js';

export interface AnswerOption {
  value: AnswerValue;
  label: string;
}

/** More steps than this do not fit as buttons; such a scale is answered in words or digits. */
const MAX_SCALE_BUTTONS = 11;

const YES_NO: Record<Locale, { yes: string; no: string }> = { nl: { yes: 'Ja', no: 'Nee' }, en: { yes: 'Yes', no: 'No' } };

export function answerOptions(spec: QuestionSpec, locale: Locale): AnswerOption[] {
  switch (spec.type) {
    case 'scale': {
      if (!Number.isInteger(spec.min) || !Number.isInteger(spec.max) || spec.max - spec.min + 1 > MAX_SCALE_BUTTONS) return [];
      return Array.from({ length: spec.max - spec.min + 1 }, (_, i) => ({ value: spec.min + i, label: String(spec.min + i) }));
    }
    case 'yes_no':
      return [
        { value: true, label: YES_NO[locale].yes },
        { value: false, label: YES_NO[locale].no },
      ];
    case 'choice':
      return spec.options.map((o) => ({ value: o.value, label: o.label }));
    case 'free_text':
      return [];
  }
}

export function findOption(spec: QuestionSpec, locale: Locale, value: AnswerValue): AnswerOption | null {
  return answerOptions(spec, locale).find((o) => o.value === value) ?? null;
}

/** A value posted by a form (always a string) back to the option it names. */
export function optionFromForm(spec: QuestionSpec, locale: Locale, raw: string): AnswerOption | null {
  return answerOptions(spec, locale).find((o) => String(o.value) === raw) ?? null;
}

/** What is recorded as the client's words: "4", "ja"/"nee" ("yes"/"no"), or the option's label. */
export function answerText(spec: QuestionSpec, option: AnswerOption): string {
  return spec.type === 'yes_no' ? option.label.toLowerCase() : option.label;
}
