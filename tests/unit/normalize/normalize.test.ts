import { describe, expect, it } from 'vitest';
import { normalize, type QuestionSpec } from '../../../src/domain/normalize/index.js';
import { CHANNEL, FREE_TEXT, SCALE5, SCALE10, YES_NO } from './helpers.js';

describe('free text', () => {
  it('answers with the trimmed text, plus traits', () => {
    expect(normalize(FREE_TEXT, '  Ik heb geen oppas voor de kinderen \n')).toEqual({
      status: 'answered',
      value: 'Ik heb geen oppas voor de kinderen',
      traits: { 'barrier.childcare': true },
      confidence: 0.99,
    });
  });

  it('is unclear when empty', () => {
    for (const text of ['', '   ', '\n']) expect(normalize(FREE_TEXT, text)).toMatchObject({ status: 'unclear', value: null });
  });

  it('still honours STOP and HELP', () => {
    expect(normalize(FREE_TEXT, 'STOP').status).toBe('opt_out');
    expect(normalize(FREE_TEXT, 'HELP').status).toBe('help');
  });
});

describe('quoted e-mail text', () => {
  it.each<[string, number]>([
    ['Goed\n\nOp 12 mei 2025 om 10:00 schreef Pols <noreply@pols.nl>:\n> Hoe gaat het? Antwoord met een cijfer van 1 tot 5.', 4],
    ['4\n\nOn Mon, May 12, 2025 at 10:00 AM Pols <noreply@pols.nl> wrote:\n> How are you? Reply 1-5', 4],
    ['Slecht\n> Hoe gaat het? 1 = slecht, 5 = heel goed', 2],
    ['goed\n-----Oorspronkelijk bericht-----\nVan: Pols\nHoe gaat het, 1-5?', 4],
  ])('is not read as part of the answer: %j', (text, want) => {
    expect(normalize(SCALE5, text)).toMatchObject({ status: 'answered', value: want });
  });
});

describe('the result contract', () => {
  const questions: QuestionSpec[] = [SCALE5, SCALE10, YES_NO, CHANNEL, FREE_TEXT];
  const replies = ['4', 'goed', 'ja', 'mail', 'STOP', 'help', '', '😀', 'Ik heb schulden, bel me', 'x'.repeat(5000), 'ا'.repeat(50), '\u0000\u0007'];

  it('always returns a status, a value of the right kind, traits and a confidence in 0..1', () => {
    for (const q of questions) {
      for (const text of replies) {
        const r = normalize(q, text);
        expect(['answered', 'unclear', 'opt_out', 'help']).toContain(r.status);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        expect(typeof r.traits).toBe('object');
        if (r.status !== 'answered') expect(r.value).toBeNull();
        else if (q.type === 'scale') expect(typeof r.value).toBe('number');
        else if (q.type === 'yes_no') expect(typeof r.value).toBe('boolean');
        else expect(typeof r.value).toBe('string');
      }
    }
  });

  it('is deterministic and does not keep state between calls', () => {
    const a = normalize(SCALE5, 'Gaat wel, maar ik heb geen oppas voor dinsdag');
    for (let i = 0; i < 3; i++) normalize(SCALE5, 'iets heel anders 1 2 3');
    expect(normalize(SCALE5, 'Gaat wel, maar ik heb geen oppas voor dinsdag')).toEqual(a);
  });

  it('does not modify its inputs', () => {
    const q = { type: 'choice', options: [{ value: 'a', label: 'A' }] } as const;
    const copy = JSON.stringify(q);
    normalize(q as unknown as QuestionSpec, 'a');
    expect(JSON.stringify(q)).toBe(copy);
  });
});
