import { describe, expect, it } from 'vitest';
import { type ChoiceQuestion, normalize } from '../../../src/domain/normalize/index.js';
import { CHANNEL, HELP_WITH, MEETING, values } from './helpers.js';

describe('choice by position: number, letter, ordinal', () => {
  values(MEETING, [
    ['1', 'training'], ['optie 2', 'group'], ['nummer 3', 'none'], ['A', 'training'], ['b)', 'group'], ['C.', 'none'],
    ['de tweede', 'group'], ['2e', 'group'], ['het eerste', 'training'], ['laatste', 'none'], ['4', null], ['d', null], ['0', null],
  ]);
});

describe('choice by label words and synonyms', () => {
  values(CHANNEL, [
    ['per mail graag', 'email'], ['e-mail', 'email'], ['mailen', 'email'], ['whatsapp', 'app'], ['via whatsapp', 'app'],
    ['bel maar', 'phone'], ['telefonisch', 'phone'], ["sms'je is prima", 'sms'], ['SMS graag', 'sms'], ['tweede', 'email'],
    ['sms of mail', null], ['maakt niet uit', null],
  ]);
  values(MEETING, [
    ['online', 'training'], ['liever online', 'training'], ['op kantoor', 'group'], ['de groepsbijeenkomst', 'group'],
    ['geen van beide', 'none'], ['geen', 'none'], ['beide', null],
  ]);
  values(HELP_WITH, [['solliciteren', 'jobs'], ['geldzaken', 'money'], ['hulp met geld', 'money'], ['iets anders', 'other'], ['anders', 'other']]);
});

describe('choice between answers that share words', () => {
  const COMING: ChoiceQuestion = {
    type: 'choice',
    options: [
      { value: 'yes', label: 'Ja, ik kom' },
      { value: 'no', label: 'Nee, ik kan niet' },
      { value: 'unsure', label: 'Ik weet het nog niet' },
    ],
  };
  values(COMING, [['ja ik kom', 'yes'], ['kan niet', 'no'], ['weet nog niet', 'unsure'], ['ja', 'yes'], ['nee', 'no']]);
  const LANGUAGE: ChoiceQuestion = {
    type: 'choice',
    options: [
      { value: 'nl', label: 'Nederlands' },
      { value: 'ar', label: 'العربية' },
      { value: 'tr', label: 'Türkçe' },
    ],
  };
  values(LANGUAGE, [['arabisch', 'ar'], ['Turks', 'tr'], ['turkce', 'tr'], ['dutch', 'nl']]);
});

describe('choice confidence', () => {
  it('is high by position and lower by synonym', () => {
    expect(normalize(CHANNEL, '3').confidence).toBeGreaterThan(0.9);
    expect(normalize(CHANNEL, 'mailen').confidence).toBeLessThan(normalize(CHANNEL, 'e-mail').confidence);
  });
});
