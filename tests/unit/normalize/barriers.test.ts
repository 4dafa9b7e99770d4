import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/domain/normalize/index.js';
import { barrierTraits, SCALE5, type Traits } from './helpers.js';

describe('barriers present', () => {
  it.each<[string, Traits]>([
    ['Mijn oppas heeft afgezegd', { 'barrier.childcare': true }],
    ['de kinderopvang is te duur', { 'barrier.childcare': true }],
    ['mijn kind heeft geen plek op de bso', { 'barrier.childcare': true }],
    ['kinderopvang nog niet geregeld', { 'barrier.childcare': true }],
    ['I have no childcare', { 'barrier.childcare': true }],
    ['ik heb geen auto en de bus gaat niet', { 'barrier.transport': true }],
    ['Mijn fiets is gestolen', { 'barrier.transport': true }],
    ['mijn scooter is kapot', { 'barrier.transport': true }],
    ['De bus naar mijn werk rijdt niet in het weekend', { 'barrier.transport': true }],
    ['Ik heb hoofdpijn en buikpijn', { 'barrier.physical_health': true }],
    ['ik heb last van mijn rug', { 'barrier.physical_health': true }],
    ['mijn knie is geopereerd en ik loop met krukken', { 'barrier.physical_health': true }],
    ['my back hurts', { 'barrier.physical_health': true }],
    ['ik zit thuis met een burnout', { 'barrier.mental_health': true }],
    ['ik heb last van angst en paniek', { 'barrier.mental_health': true }],
    ['ik pieker veel', { 'barrier.mental_health': true }],
    ['I am very stressed', { 'barrier.mental_health': true }],
    ['ik krijg steeds aanmaningen', { 'barrier.debt': true }],
    ['mijn geld is op', { 'barrier.debt': true }],
    ['De rekeningen stapelen zich op', { 'barrier.debt': true }],
    ['ik heb schuldhulpverlening aangevraagd', { 'barrier.debt': true }],
    ["I can't pay my bills", { 'barrier.debt': true }],
    ['ik spreek geen nederlands', { 'barrier.literacy_language': true }],
    ['de brieven van de gemeente begrijp ik niet', { 'barrier.literacy_language': true }],
    ['Ik heb hulp nodig met het lezen van brieven', { 'barrier.literacy_language': true }],
    ['Ik ben laaggeletterd', { 'barrier.literacy_language': true }],
    ['ik ben dakloos', { 'barrier.housing': true }],
    ['ik woon in de nachtopvang', { 'barrier.housing': true }],
    ['De huisbaas heeft de huur opgezegd', { 'barrier.housing': true }],
    ['We wonen met 5 mensen in een kleine kamer', { 'barrier.housing': true }],
    ['we moeten uit ons huis', { 'barrier.housing': true }],
    ['Mijn vader heeft dementie en ik zorg voor hem', { 'barrier.caregiving': true }],
    ['Ik verzorg mijn oma', { 'barrier.caregiving': true }],
    ['Ik kan niet werken want ik moet voor mijn zieke vader zorgen', { 'barrier.caregiving': true }],
    ['My car broke down and I have no money', { 'barrier.transport': true, 'barrier.debt': true }],
    ['Nee, de kinderopvang was dicht', { 'barrier.childcare': true }],
    ['gaat wel, oppas viel af', { 'barrier.childcare': true }],
    ['ik spreek weinig Nederlands', { 'barrier.literacy_language': true }],
    ['ja, maar ik snap de brief niet', { 'barrier.literacy_language': true }],
    ['ik ben bang dat ik mijn huis kwijtraak', { 'barrier.housing': true }],
    ['Sinds mijn ongeluk kan ik niet meer autorijden', { 'barrier.transport': true }],
    ['ik slaap heel slecht de laatste tijd', { 'barrier.mental_health': true }],
    ['mijn rekening staat rood', { 'barrier.debt': true }],
  ])('%j', (text, want) => {
    expect(barrierTraits(text)).toEqual(want);
  });
});

describe('barriers resolved or absent: false', () => {
  it.each<[string, Traits]>([
    ['Ik heb eindelijk mijn rijbewijs gehaald!', { 'barrier.transport': false }],
    ['Ik heb nu een auto', { 'barrier.transport': false }],
    ['mijn auto is weer gemaakt', { 'barrier.transport': false }],
    ['oppas gevonden!', { 'barrier.childcare': false }],
    ['Ik heb een nieuwe oppas gevonden', { 'barrier.childcare': false }],
    ['de kinderen gaan naar de bso, dat is geregeld', { 'barrier.childcare': false }],
    ['Mijn rug is weer beter', { 'barrier.physical_health': false }],
    ['Ik ben 3 weken ziek geweest maar nu weer beter', { 'barrier.physical_health': false }],
    ['ik heb geen stress meer', { 'barrier.mental_health': false }],
    ['ik ben niet depressief', { 'barrier.mental_health': false }],
    ['Mijn schulden zijn eindelijk afbetaald', { 'barrier.debt': false }],
    ['ik heb geen schulden', { 'barrier.debt': false }],
    ['Ik heb geen problemen met vervoer', { 'barrier.transport': false }],
  ])('%j', (text, want) => {
    expect(barrierTraits(text)).toEqual(want);
  });
});

describe('no barrier: avoiding false positives', () => {
  it.each([
    'Alles goed, geen bijzonderheden',
    'Alles gaat goed, geen problemen',
    'Ik heb een leuke stage gevonden',
    'mijn kinderen zijn weer naar school',
    'Ik heb twee kinderen en werk 20 uur',
    'ik ga met de fiets',
    'ik zorg voor mijn kinderen',
    'het is mijn schuld',
    'ik heb genoeg geld',
    'De cursus Nederlands gaat goed',
    'goed',
    'Ik heb een fijne week gehad',
    // someone else's illness is not the client's health
    'mijn moeder heeft kanker',
    'mijn zoon ligt in het ziekenhuis',
    // (a sick child at home is a childcare barrier: see rules-round4.test.ts)
    'ik heb geen brief gehad',
  ])('%j', (text) => {
    expect(barrierTraits(text)).toEqual({});
  });
});

describe('barriers next to a scale answer', () => {
  it('gives both the value and the trait', () => {
    expect(normalize(SCALE5, '4, maar mijn auto is kapot dus ik kan niet naar mijn werk')).toMatchObject({
      value: 4,
      traits: { 'barrier.transport': true },
    });
    expect(normalize(SCALE5, 'Gaat wel, veel stress door de schulden')).toMatchObject({
      value: 3,
      traits: { 'barrier.debt': true, 'barrier.mental_health': true },
    });
    expect(normalize(SCALE5, 'goed hoor! oppas geregeld en ik kan maandag beginnen')).toMatchObject({
      value: 4,
      traits: { 'barrier.childcare': false },
    });
  });

  it('reads the feeling, not the barrier, when both are there', () => {
    // "niet zo goed" describes the Dutch, not the client
    expect(normalize(SCALE5, 'Gaat prima, alleen mijn Nederlands is niet zo goed')).toMatchObject({
      value: 4,
      traits: { 'barrier.literacy_language': true },
    });
  });
});
