import { describe, expect, it } from 'vitest';
import { scoreWho5, WHO5_ITEMS, WHO5_SCALE } from '../../../src/domain/instruments/who5.js';
import { normalize } from '../../../src/domain/normalize/index.js';

describe('WHO-5 items', () => {
  it('are five 0-5 scale questions with keys, traits and Dutch and English text', () => {
    expect(WHO5_ITEMS.map((i) => i.key)).toEqual(['who5.1', 'who5.2', 'who5.3', 'who5.4', 'who5.5']);
    expect(WHO5_ITEMS.map((i) => i.trait)).toEqual([1, 2, 3, 4, 5].map((n) => `wellbeing.who5.item${n}`));
    for (const item of WHO5_ITEMS) {
      expect(item).toMatchObject({ type: 'scale', min: 0, max: 5 });
      expect(item.text.nl).toContain(item.statement.nl);
      expect(item.text.en).toContain(item.statement.en);
    }
  });

  it('tell the client to answer with a number 0-5 and what 0 and 5 mean', () => {
    for (const item of WHO5_ITEMS) {
      expect(item.text.nl).toMatch(/0 tot 5/);
      expect(item.text.nl).toMatch(/0 = nooit/);
      expect(item.text.nl).toMatch(/5 = de hele tijd/);
      expect(item.text.en).toMatch(/0 to 5/);
      expect(item.text.en).toMatch(/0 = at no time/);
      expect(item.text.en).toMatch(/5 = all of the time/);
      expect(item.text.nl.length).toBeLessThanOrEqual(320); // at most two SMS segments
    }
  });

  it('have a six-step answer scale from "never" to "all of the time"', () => {
    expect(WHO5_SCALE.nl).toHaveLength(6);
    expect(WHO5_SCALE.en[0]).toBe('At no time');
    expect(WHO5_SCALE.en[5]).toBe('All of the time');
  });

  it('are understood by the normalizer, in numbers and in the scale words', () => {
    const q = WHO5_ITEMS[0] as (typeof WHO5_ITEMS)[number];
    expect(normalize(q, '0').value).toBe(0);
    expect(normalize(q, '5').value).toBe(5);
    expect(normalize(q, '6').status).toBe('unclear');
    for (const labels of [WHO5_SCALE.nl, WHO5_SCALE.en]) {
      labels.forEach((label, value) => {
        expect(normalize(q, label).value, label).toBe(value);
      });
    }
  });
});

describe('scoreWho5', () => {
  it.each<[number[], number, boolean, string[]]>([
    [[5, 5, 5, 5, 5], 100, false, []],
    [[3, 3, 3, 3, 3], 60, false, []],
    [[3, 3, 3, 2, 2], 52, false, []],
    [[3, 3, 2, 2, 2], 48, true, ['score_at_or_below_50']],
    [[3, 3, 3, 3, 1], 52, true, ['who5.5_low']],
    [[5, 5, 5, 5, 0], 80, true, ['who5.5_low']],
    [[0, 0, 0, 0, 0], 0, true, ['score_at_or_below_50', 'who5.1_low', 'who5.2_low', 'who5.3_low', 'who5.4_low', 'who5.5_low']],
    [[3, 3, 2, 2, 2.5], 50, true, ['score_at_or_below_50']],
  ])('%j -> %d', (values, score, flagged, reasons) => {
    expect(scoreWho5(values)).toEqual({ score, flagged, reasons });
  });

  it('flags a score of exactly 50', () => {
    expect(scoreWho5([2, 2, 2, 2, 4.5]).flagged).toBe(true);
  });

  it.each([[[]], [[1, 2, 3, 4]], [[1, 2, 3, 4, 5, 1]], [[1, 2, 3, 4, 6]], [[1, 2, 3, 4, -1]], [[1, 2, 3, 4, Number.NaN]]])(
    'rejects %j',
    (values) => {
      expect(() => scoreWho5(values)).toThrow(RangeError);
    },
  );
});
