// The contract of the answer normalizer: a pure function from (question, reply text) to a value,
// a status, a confidence and profile traits. See ../shared/CONTRACT.md ("normalize").

export type ScaleQuestion = { type: 'scale'; min: number; max: number };
export type YesNoQuestion = { type: 'yes_no' };
export type ChoiceOption = { value: string; label: string };
export type ChoiceQuestion = { type: 'choice'; options: ChoiceOption[] };
export type FreeTextQuestion = { type: 'free_text' };
export type QuestionSpec = ScaleQuestion | YesNoQuestion | ChoiceQuestion | FreeTextQuestion;
export type QuestionType = QuestionSpec['type'];

export type AnswerStatus = 'answered' | 'unclear' | 'opt_out' | 'help';
export type AnswerValue = number | boolean | string | null;

export const TRAIT_KEYS = [
  'barrier.childcare',
  'barrier.transport',
  'barrier.physical_health',
  'barrier.mental_health',
  'barrier.debt',
  'barrier.literacy_language',
  'barrier.housing',
  'barrier.caregiving',
  'contact.callback_requested',
] as const;
export type TraitKey = (typeof TRAIT_KEYS)[number];

export interface NormalizeResult {
  status: AnswerStatus;
  value: AnswerValue;
  /** Extracted traits; `false` means the text says the barrier is gone or absent. */
  traits: Partial<Record<TraitKey, boolean>>;
  /** 0..1 */
  confidence: number;
}

/**
 * An organization-specific lexicon entry learned from a coach's correction:
 * "when a client of this organization writes `phrase` to a question of this kind, it means `value`".
 */
export interface LearnedEntry {
  phrase: string;
  questionType: QuestionType;
  /** For scale entries: the scale the value was given on, so it can be rescaled to another scale. */
  scaleMin?: number;
  scaleMax?: number;
  value: number | boolean | string;
}

export interface NormalizeOptions {
  learned?: readonly LearnedEntry[];
}
