// The lexicon is data that operators extend; these checks catch a bad edit early.
import { describe, expect, it } from 'vitest';
import { BARRIERS } from '../../../src/domain/normalize/lexicon/barriers.js';
import { LEXICONS, phraseTokens } from '../../../src/domain/normalize/lexicon/index.js';
import { TRAIT_KEYS } from '../../../src/domain/normalize/types.js';

describe('language tables', () => {
  for (const lex of LEXICONS) {
    it(`${lex.lang}: every phrase canonicalizes to words and every value is in range`, () => {
      const ranges: Array<[Readonly<Record<string, number>> | undefined, number, number]> = [
        [lex.scale, 1, 5], [lex.weakScale, 1, 5], [lex.finalScale, 1, 5], [lex.grades, 1, 10], [lex.frequency, 0, 5],
        [lex.numbers, 0, 10], [lex.numbersAlone, 0, 10], [lex.gradeNumbers, 1, 10],
      ];
      for (const [table, min, max] of ranges) {
        for (const [phrase, v] of Object.entries(table ?? {})) {
          expect(phraseTokens(phrase).length, phrase).toBeGreaterThan(0);
          expect(v, phrase).toBeGreaterThanOrEqual(min);
          expect(v, phrase).toBeLessThanOrEqual(max);
        }
      }
      for (const list of [lex.yes, lex.no, lex.unsure, lex.negators, lex.intensifiers, lex.downtoners]) {
        for (const phrase of list) expect(phraseTokens(phrase).length, phrase).toBeGreaterThan(0);
      }
    });
  }

  it('has no word that is both plainly yes and plainly no', () => {
    const yes = new Set(LEXICONS.flatMap((l) => l.yes.map((p) => phraseTokens(p).join(' '))));
    const clash = LEXICONS.flatMap((l) => l.no.map((p) => phraseTokens(p).join(' '))).filter((p) => yes.has(p));
    expect(clash).toEqual([]);
  });
});

describe('SMS spellings', () => {
  it('expand to words that are not themselves rewritten (normalizePhrase stays stable)', () => {
    for (const lex of LEXICONS) {
      for (const [from, to] of Object.entries(lex.spelling ?? {})) {
        for (const w of phraseTokens(to)) expect(Object.keys(lex.spelling ?? {}), `${from} -> ${to}`).not.toContain(w);
      }
    }
  });
});

describe('barrier table', () => {
  it('uses only known trait keys, once each', () => {
    const keys = BARRIERS.map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(TRAIT_KEYS).toContain(k);
  });
});
