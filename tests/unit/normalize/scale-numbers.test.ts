import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/domain/normalize/index.js';
import { SCALE0_5, SCALE5, SCALE10, values } from './helpers.js';

describe('scale numbers: digits with noise', () => {
  values(SCALE5, [
    ['5!!!', 5], ['  2 ', 2], ['4.', 4], ['4,', 4], ['cijfer 3', 3], ['cijfer: 3', 3], ['nummer 4', 4],
    ['ik geef het een 4', 4], ['Ik zou zeggen een 2', 2], ['3 denk ik', 3], ['ongeveer 4', 4], ['vandaag een 5!', 5],
  ]);
});

describe('scale numbers: words, keycaps, fractions, decimals, ranges', () => {
  values(SCALE5, [
    ['Vijf', 5], ['vyf', 5], ['vier', 4], ['één', 1], ['een', 1], ['tweeeee', 2], ['4️⃣', 4], ['2️⃣', 2],
    ['5/5', 5], ['3 van de 5', 3], ['4 uit 5', 4], ['4 out of 5', 4], ['6/10', 3], ['9/10', 4.5], ['100%', 5], ['80%', 4],
    ['3,5', 3.5], ['3-4', 3.5], ['3 of 4', 3.5], ['tussen de 2 en 3', 2.5], ['between 3 and 4', 3.5], ['een dikke 4', 4],
  ]);
  values(SCALE10, [['8,5', 8.5], ['7 1/2', 7.5], ['zeven en een half', 7.5], ['7,5', 7.5], ['7 of 8', 7.5], ['een zeven', 7], ['4/5', 8], ['7+', 7], ['10!', 10], ['een mager zesje', 6]]);
});

describe('scale numbers: out of range and competing answers are unclear', () => {
  values(SCALE5, [['9', null], ['0', null], ['-3', null], ['ik geef het een 7', null], ['1 2 3 4 5', null], ['1-2-3', null], ['een 3 of een 5', null]]);
  values(SCALE10, [['12', null], ['0', null]]);
  values(SCALE0_5, [['0', 0], ['6', null]]);
});

describe('scale numbers: a number that is not the answer is ignored', () => {
  values(SCALE5, [
    ['Goed hoor, 3 sollicitaties verstuurd deze week', 4],
    ['Ik heb 2 sollicitatiegesprekken gehad, gaat goed', 4],
    ['het gaat goed, ik werk nu 32 uur', 4],
    ['ik ben 45 en het gaat goed', 4],
    ['2 kinderen ziek, verder goed', 4],
    ['een 3, de afspraak is om 10 uur', 3],
    ['Op een schaal van 1 tot 5 een 3', 3],
  ]);
});

describe('scale numbers: the current one wins over the past', () => {
  values(SCALE5, [
    ['Eerst een 2 maar nu een 4', 4],
    ['Gisteren een 2, vandaag een 3', 3],
    ['3 weken ziek geweest, nu weer een 4', 4],
    ['vorige keer een 1, nu een 3', 3],
  ]);
});

describe('scale numbers: confidence', () => {
  it('is highest for a bare digit', () => {
    expect(normalize(SCALE5, '4').confidence).toBeGreaterThanOrEqual(0.98);
  });
  it('is lower for a number inside a sentence, and low for unclear', () => {
    expect(normalize(SCALE5, 'ik geef het een 4').confidence).toBeLessThan(0.99);
    expect(normalize(SCALE5, '1 2 3 4 5').confidence).toBeLessThanOrEqual(0.4);
  });
});
