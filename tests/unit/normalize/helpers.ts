// Shared question specs and table helpers for the normalizer tests.
import { expect, it } from 'vitest';
import { type ChoiceQuestion, normalize, type QuestionSpec, type TraitKey } from '../../../src/domain/normalize/index.js';

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

// Table helpers shared by the rule tests: one `it` per row.
export type Traits = Partial<Record<TraitKey, boolean>>;
type Value = number | string | boolean | null;

/** Only the barrier traits of a free-text reply. */
export function barrierTraits(text: string): Traits {
  const out: Traits = {};
  for (const [k, v] of Object.entries(normalize(FREE_TEXT, text).traits)) if (k.startsWith('barrier.')) out[k as TraitKey] = v;
  return out;
}

/** The value of each reply (null: unclear) and the matching status. */
export function values(q: QuestionSpec, rows: Array<[string, Value]>) {
  it.each(rows)('%j -> %j', (text, want) => {
    const r = normalize(q, text);
    expect(r.value).toBe(want);
    expect(r.status).toBe(want === null ? 'unclear' : 'answered');
  });
}

/** Like `values`, but a row may list every defensible value; null is unclear. */
export function anyOf(q: QuestionSpec, rows: Array<[string, number | number[] | null]>) {
  it.each(rows)('%j -> %j', (text, want) => {
    const r = normalize(q, text);
    if (want === null) {
      expect(r.status).toBe('unclear');
      return;
    }
    expect(r.status).toBe('answered');
    expect(Array.isArray(want) ? want : [want]).toContain(r.value);
  });
}

/** Exactly these barrier traits for each free-text reply. */
export function barriers(rows: Array<[string, Traits]>) {
  it.each(rows)('%j -> %j', (text, want) => {
    expect(barrierTraits(text)).toEqual(want);
  });
}

/** Whether each free-text reply asks for a callback. */
export function callback(rows: Array<[string, boolean]>) {
  it.each(rows)('%j -> callback %j', (text, want) => {
    expect(normalize(FREE_TEXT, text).traits['contact.callback_requested'] === true).toBe(want);
  });
}

/** The status of each reply. */
export function status(q: QuestionSpec, rows: Array<[string, string]>) {
  it.each(rows)('%j -> %s', (text, want) => {
    expect(normalize(q, text).status).toBe(want);
  });
}

export const CC = 'barrier.childcare';
export const TR = 'barrier.transport';
export const PH = 'barrier.physical_health';
export const MH = 'barrier.mental_health';
export const DB = 'barrier.debt';
export const LL = 'barrier.literacy_language';
export const HO = 'barrier.housing';
export const CG = 'barrier.caregiving';
