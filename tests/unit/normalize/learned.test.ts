import { describe, expect, it } from 'vitest';
import { type LearnedEntry, normalize, normalizePhrase } from '../../../src/domain/normalize/index.js';
import { CHANNEL, FREE_TEXT, SCALE5, SCALE10, YES_NO } from './helpers.js';

describe('normalizePhrase', () => {
  it.each<[string, string]>([
    ['  Goed  HOOR!! ', 'goed hoor'],
    ['Oké', 'oke'],
    ['ok', 'oke'],
    ['suuuuper', 'suuper'],
    ["z'n gangetje", 'zijn gangetje'],
    ['gaat wl', 'gaat wel'],
    ['HAYIR', 'hayir'],
    ['🙂', 'emo_smile'],
    ['6,5', '6,5'],
    ['', ''],
  ])('%j -> %j', (text, want) => {
    expect(normalizePhrase(text)).toBe(want);
  });

  it('is stable: normalizing twice changes nothing', () => {
    for (const p of ['Goed hoor!', 'suuuuper', 'gaat wl', 'Ça va']) expect(normalizePhrase(normalizePhrase(p))).toBe(normalizePhrase(p));
  });
});

describe('learned entries', () => {
  const learned: LearnedEntry[] = [
    { phrase: 'het is wat het is', questionType: 'scale', scaleMin: 1, scaleMax: 5, value: 3 },
    { phrase: 'lekker bezig', questionType: 'scale', scaleMin: 1, scaleMax: 5, value: 5 },
    { phrase: 'komt goed', questionType: 'yes_no', value: true },
    { phrase: 'piepertje', questionType: 'choice', value: 'sms' },
    { phrase: 'stop', questionType: 'scale', value: 3 },
    { phrase: 'onbekend kanaal', questionType: 'choice', value: 'fax' },
  ];

  it('wins over the built-in lexicon for an exact match of the whole reply', () => {
    expect(normalize(SCALE5, 'Het is wat het is!', { learned })).toMatchObject({ status: 'answered', value: 3, confidence: 0.95 });
    expect(normalize(SCALE5, 'lekker bezig', { learned }).value).toBe(5); // built in: 4
    expect(normalize(YES_NO, 'Komt goed', { learned }).value).toBe(true);
    expect(normalize(CHANNEL, 'piepertje', { learned }).value).toBe('sms');
  });

  it('only applies to the same question type and the whole reply', () => {
    expect(normalize(YES_NO, 'het is wat het is', { learned }).status).toBe('unclear');
    expect(normalize(SCALE5, 'lekker bezig met solliciteren', { learned }).value).toBe(4);
  });

  it('rescales a scale value learned on another scale', () => {
    expect(normalize(SCALE10, 'het is wat het is', { learned }).value).toBe(6); // 3 of 1-5 -> 5.5, rounded away from the middle
    expect(normalize(SCALE10, 'lekker bezig', { learned }).value).toBe(10);
  });

  it('ignores entries whose value does not fit the question', () => {
    expect(normalize(CHANNEL, 'onbekend kanaal', { learned }).status).toBe('unclear');
  });

  it("never overrides Twilio's own opt-out keywords", () => {
    expect(normalize(SCALE5, 'STOP', { learned }).status).toBe('opt_out');
  });

  it('still reports barriers of a learned reply', () => {
    const withBarrier: LearnedEntry[] = [{ phrase: 'geen oppas', questionType: 'free_text', value: 'geen oppas' }];
    expect(normalize(FREE_TEXT, 'geen oppas', { learned: withBarrier }).traits).toEqual({ 'barrier.childcare': true });
  });
});
