import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/domain/normalize/index.js';
import { anyOf, SCALE0_5, SCALE1_3, SCALE1_7, SCALE5, SCALE10 } from './helpers.js';

describe('scale words (1-5): the plain meanings', () => {
  anyOf(SCALE5, [
    ['Gaat goed hoor', 4], ['lekker!', 4], ['prima hoor 👍', 4], ['Gaat best!', 4], ['ik ben blij met mijn nieuwe baan', 4],
    ['uitstekend!', 5], ['Geweldig!!!', 5], ['Ik voel me top', 5], ['topweek gehad', 5],
    ['het gaat wel weer', 3], ['Het gaat z\'n gangetje', 3], ['zozo', 3], ['matig', [2, 3]], ['oké', 3], ['ok', 3], ['mwah', 3],
    ['op en neer', 3], ['kan ermee door', 3], ['Nou, het gaat', 3],
    ['moe', 2], ['valt tegen', 2], ['ik heb het zwaar', 2], ['ging wel eens beter', 2], ['ging beter', 2], ['pfff', 2],
    ['beroerd', [1, 2]], ['kut', [1, 2]], ['Klote week gehad', [1, 2]], ['kutdag', [1, 2]], ['verschrikkelijk', 1], ['Ellendig', 1],
  ]);
});

describe('scale words: negation and its scope', () => {
  anyOf(SCALE5, [
    ['niet zo lekker', 2], ['niet al te best', 2], ['helemaal niet goed', 1], ['niet super', 2], ['nie goed', 2],
    ['niet slecht', [3, 4]], ['echt niet slecht', 4], ['Het gaat niet', 2], ['gaat nie', 2], ['goed gaat het niet', 2],
    ['niet goed, niet slecht', 3], ['Not good at all', [1, 2]], ['not too bad', 3],
    // negation does not cross a clause boundary
    ['goed, niet moe', 4],
  ]);
});

describe('scale words: intensifiers and downtoners', () => {
  anyOf(SCALE5, [
    ['Heel erg goed', 5], ['echt super', 5], ['supergoed', 5], ['Echt heel slecht', 1], ['super slecht', 1],
    ['best wel goed eigenlijk', 4], ['een beetje slecht', 2], ['pretty good', 4], ['really bad', 1], ['Very good!', 5],
  ]);
});

describe('scale words: idioms', () => {
  anyOf(SCALE5, [
    ['nooit beter gevoeld!', 5], ['kan niet beter', 5], ['kan beter', [2, 3]], ['het kan beter', [2, 3]], ['geen klachten', 4],
    ['mag niet klagen', 4], ['ik zit er een beetje doorheen', 2], ['soms goed soms slecht', 3], ['never been better', 5], ['could be better', 2],
  ]);
});

describe('scale words: typos and stretched letters', () => {
  anyOf(SCALE5, [['goedd', 4], ['gewldig', 5], ['suuuper goed', 5], ['prma', 4], ['slegt', [1, 2]], ['vreselik', 1], ['uitsteknd', 5], ['redelik', 3], ['gaat wl', 3]]);

  it('gives repaired words a lower confidence than exact ones', () => {
    expect(normalize(SCALE5, 'prima').confidence).toBeGreaterThan(normalize(SCALE5, 'prma').confidence);
    expect(normalize(SCALE5, 'prma').confidence).toBeLessThanOrEqual(0.75);
  });

  it('never repairs short or ordinary words into answers', () => {
    expect(normalize(SCALE5, 'moed').status).toBe('unclear'); // not "goed"
    expect(normalize(SCALE5, 'god').status).toBe('unclear');
    expect(normalize(SCALE5, 'beker').status).toBe('unclear'); // not "beter"
  });
});

describe('scale words: emoji and emoticons', () => {
  anyOf(SCALE5, [['😃', 5], ['😁', 5], ['🙂🙂', 4], ['😐', 3], ['🙁', 2], ['😭😭', 1], ['👎', [1, 2]], ['👍🏽', [4, 5]], [':)', 4], [':(', 2], ['goed!!! 😊', [4, 5]]]);
});

describe('scale words: the clause about how the client is decides', () => {
  anyOf(SCALE5, [
    ['Vorige week slecht, nu gaat het goed', 4],
    ['eerst slecht maar nu beter', 4],
    ['Het gaat goed, maar ik heb nog steeds schulden', 4],
    ['Het gaat goed met mij maar mijn zoon is ziek', 4],
    ['goed, maar ik ben wel moe', 4],
    ['Hallo, het gaat goed met mij. Groetjes', 4],
  ]);
});

describe('scale words: no answer', () => {
  anyOf(SCALE5, [['ja', null], ['geen idee', null], ['ik weet het niet goed', null], ['Gaat het wel?', null], ['wat bedoelt u', null], ['-', null], ['...', null], ['', null], ['bel me', null]]);
});

describe('scale words on a 1-10 scale: report grades', () => {
  anyOf(SCALE10, [
    ['ruime voldoende', 7], ['een dikke voldoende', 7], ['voldoende', 6], ['dikke onvoldoende', [3, 4]], ['onvoldoende', [4, 5]],
    ['matig', 5], ['prima', [7, 8]], ['goed', [7, 8]], ['heel goed', [9, 10]], ['slecht', [3, 4]], ['gaat wel', [5, 6]], ['super', [9, 10]], ['zesje', 6],
  ]);
});

describe('scale words on other ranges: the 1-5 meaning rescaled', () => {
  anyOf(SCALE1_3, [['goed', 3], ['slecht', 1], ['gaat wel', 2]]);
  anyOf(SCALE1_7, [['goed', [5, 6]], ['slecht', [2, 3]], ['heel goed', 7]]);
  anyOf(SCALE0_5, [['goed', 4], ['heel slecht', 0]]);
});

describe('scale words on scales starting at 0: WHO-5 frequencies', () => {
  anyOf(SCALE0_5, [['de hele tijd', 5], ['meestal', 4], ['af en toe', 1], ['nooit', 0], ['all of the time', 5], ['some of the time', 1]]);
});
