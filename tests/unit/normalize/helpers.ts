// Shared question specs for the normalizer tests.
import type { ChoiceQuestion, QuestionSpec } from '../../../src/domain/normalize/index.js';

export const SCALE5: QuestionSpec = { type: 'scale', min: 1, max: 5 };
export const SCALE10: QuestionSpec = { type: 'scale', min: 1, max: 10 };
export const SCALE0_10: QuestionSpec = { type: 'scale', min: 0, max: 10 };
export const SCALE0_5: QuestionSpec = { type: 'scale', min: 0, max: 5 };
export const SCALE1_3: QuestionSpec = { type: 'scale', min: 1, max: 3 };
export const SCALE1_7: QuestionSpec = { type: 'scale', min: 1, max: 7 };
export const YES_NO: QuestionSpec = { type: 'yes_no' };
export const FREE_TEXT: QuestionSpec = { type: 'free_text' };
export const CHANNEL: ChoiceQuestion = {
  type: 'choice',
  options: [
    { value: 'sms', label: 'SMS' },
    { value: 'email', label: 'E-mail' },
    { value: 'phone', label: 'Telefoon' },
    { value: 'app', label: 'App' },
  ],
};
export const MEETING: ChoiceQuestion = {
  type: 'choice',
  options: [
    { value: 'training', label: 'Online training' },
    { value: 'group', label: 'Groepsbijeenkomst op kantoor' },
    { value: 'none', label: 'Geen van beide' },
  ],
};
export const HELP_WITH: ChoiceQuestion = {
  type: 'choice',
  options: [
    { value: 'jobs', label: 'Hulp bij solliciteren' },
    { value: 'money', label: 'Hulp bij geldzaken' },
    { value: 'other', label: 'Iets anders' },
  ],
};
