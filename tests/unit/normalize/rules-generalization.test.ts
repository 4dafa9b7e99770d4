// Rules added for replies beyond the dev set: clock times, star ratings, mixed feelings around
// "maar", positions among fillers, needing/not needing a barrier topic, look-alike barrier words,
// someone else's barrier, resolution phrases and the lexicon entries that go with them.
import { describe, expect, it } from 'vitest';
import { normalize, type QuestionSpec } from '../../../src/domain/normalize/index.js';
import { barriers, MEETING, SCALE5, SCALE10, values } from './helpers.js';

describe('clock times are not answers', () => {
  values(SCALE5, [
    ['4, ik heb om 14:00 een gesprek', 4],
    ['goed, morgen 9:30 naar het uwv', 4],
    ['3 en om 10:15 een afspraak', 3],
    ['14:00', null],
  ]);
  values(SCALE10, [['een 8, vanavond 19:00 werken', 8]]);
});

describe('a row of stars is a rating', () => {
  values(SCALE5, [
    ['⭐⭐⭐⭐', 4],
    ['⭐⭐⭐⭐⭐', 5],
    ['★★★☆☆', 3],
    ['4 ⭐', 4],
    ['goed ⭐', 4],
    ['⭐', null],
  ]);
});

describe('two short feelings around "maar" are one mixed state', () => {
  values(SCALE5, [
    ['moe maar goed', 3],
    ['goed maar moe', 3],
    ['tired but good', 3],
    ['slecht maar nu beter', 4],
    ['goed, maar ik heb geen oppas', 4],
  ]);
});

describe('lexicon: idioms and spelling', () => {
  values(SCALE5, [
    ['kon slechter', 3],
    ['het kan erger', 3],
    ['neit goed', 2],
    ['geod', 4],
    ['ik zie het niet meer zitten', 1],
  ]);
});

describe('choice: positions among fillers, competing positions', () => {
  values(MEETING, [
    ['optie a', 'training'],
    ['ik kies a', 'training'],
    ['A, graag', 'training'],
    ['b graag', 'group'],
    ['A of B', null],
    ['a en b', null],
    ['de tweede of de derde', null],
    ['2 of 3', null],
  ]);
});

describe('opt-out: sending verbs with "niks meer"', () => {
  it.each(['stuur mij niks meer', 'stuur me niets meer aub', 'jullie sturen niks meer graag'])('%j is an opt-out', (text) => {
    expect(normalize(SCALE5, text).status).toBe('opt_out');
  });
  it.each(['ik heb niks meer gestuurd'])('%j is not', (text) => {
    expect(normalize(SCALE5, text).status).not.toBe('opt_out');
  });
});

describe('barriers: needing or not needing a topic', () => {
  barriers([
    ['ik heb een oppas nodig', { 'barrier.childcare': true }],
    ['ik zoek een woning', { 'barrier.housing': true }],
    ['Ik heb geen oppas nodig', { 'barrier.childcare': false }],
    ['ik hoef geen kinderopvang', { 'barrier.childcare': false }],
    ["I don't need a babysitter", { 'barrier.childcare': false }],
    ['ik heb mijn auto nodig voor werk', {}],
  ]);
});

describe('barriers: a problem word decides over its topic', () => {
  barriers([
    ['mijn knie doet geen pijn meer', { 'barrier.physical_health': false }],
    ['mijn knie doet pijn', { 'barrier.physical_health': true }],
    ['mijn rug is weer goed', { 'barrier.physical_health': false }],
    ['mijn rug is nog niet goed', { 'barrier.physical_health': true }],
  ]);
});

describe('barriers: look-alikes and someone else', () => {
  barriers([
    ['my car broke down', { 'barrier.transport': true }],
    ['I am broke', { 'barrier.debt': true }],
    ['mijn zus heeft schulden', {}],
    ['mijn man heeft schulden', { 'barrier.debt': true }],
    ['ik heb schulden bij mijn broer', { 'barrier.debt': true }],
    ['mijn buurman heeft geen auto', {}],
    ['de auto van mijn man is kapot', { 'barrier.transport': true }],
    ['mijn moeder spreekt geen Nederlands', {}],
  ]);
});

describe('barriers: new phrases, present and resolved', () => {
  barriers([
    ['ik zie het niet meer zitten', { 'barrier.mental_health': true }],
    ['ik slaap in mijn auto', { 'barrier.housing': true }],
    ['we moeten het huis uit', { 'barrier.housing': true }],
    ['ik moet uit mijn woning', { 'barrier.housing': true }],
    ['ik zorg voor mijn broertje', { 'barrier.caregiving': true }],
    ['mijn Nederlands is nu goed genoeg', { 'barrier.literacy_language': false }],
    ['mijn Nederlands is nog niet goed genoeg', { 'barrier.literacy_language': true }],
    ['ik heb mijn inburgering gehaald', { 'barrier.literacy_language': false }],
  ]);
});

describe('parentheses separate clauses; ages and questions back are not answers', () => {
  values(SCALE5, [
    ['3 (vorige week was het 2)', 3],
    ['Mijn dochter van 5 is jarig, gaat goed!', 4],
    ['mijn zoon van 3 is ziek, met mij gaat het wel', 3],
    ['ik geef het een cijfer van 4', 4],
    ['wat betekent 1?', null],
    ['is 5 goed of slecht?', null],
    ['hoe gaat het met jou?', null],
    ['4, hoe gaat het met jou?', 4],
    ['3?', 3],
  ]);
});

describe('greetings and closings are not feelings', () => {
  values(SCALE5, [
    ['Goedemiddag,\n\nHet gaat redelijk.\n\nMet vriendelijke groet,\nJan', 3],
    ['goedemorgen! slecht geslapen maar verder prima', 4],
    ['Goedenavond, niet zo best', 2],
    ['Het gaat slecht. Fijne dag nog', 2],
  ]);
});

describe('spelling repair: same-meaning ties, stretched intensifier prefixes', () => {
  values(SCALE5, [
    ['fantastich', 5],
    ['suppergoed', 5],
    ['heeelgoed', 5],
    ['superrrslecht', 1],
  ]);
});

describe('yes/no phrases', () => {
  it.each<[string, boolean | null]>([
    ['ik denk het', true],
    ['ik denk het niet', false],
    ['helaas niet gelukt', false],
    ['is helaas niet gelukt', false],
    ['weet ik nog niet precies', null],
  ])('%j -> %j', (text, want) => {
    expect(normalize({ type: 'yes_no' }, text).value).toBe(want);
  });
});

describe('choice: a word names the option it matches best', () => {
  const WHERE: QuestionSpec = {
    type: 'choice',
    options: [
      { value: 'online', label: 'Online training' },
      { value: 'office', label: 'Op kantoor' },
      { value: 'home', label: 'Bij mij thuis' },
    ],
  };
  const HELP: QuestionSpec = {
    type: 'choice',
    options: [
      { value: 'cv', label: 'Hulp bij mijn cv' },
      { value: 'letter', label: 'Hulp bij een sollicitatiebrief' },
      { value: 'interview', label: 'Oefenen voor een sollicitatiegesprek' },
    ],
  };
  values(WHERE, [['online', 'online'], ['thuis', 'home'], ['via teams', 'online'], ['beeldbellen', 'online']]);
  values(HELP, [['sollicitatiegesprek', 'interview'], ['sollicitatiebrief', 'letter'], ['brief', 'letter'], ['cv', 'cv']]);
});

describe('barriers: covered (taken care of) phrases, negated and not', () => {
  barriers([
    ['mijn moeder past nu op de kinderen', { 'barrier.childcare': false }],
    ['oma past niet meer op', { 'barrier.childcare': true }],
    ['niemand past op de kinderen', { 'barrier.childcare': true }],
    ['ik ben weer helemaal beter', { 'barrier.physical_health': false }],
    ['ik ben nog niet helemaal hersteld', { 'barrier.physical_health': true }],
    ['mijn moeder is weer gezond', {}],
    ['ik ben hersteld van mijn burn-out', { 'barrier.mental_health': false }],
    ['de kinderopvang is rond', { 'barrier.childcare': false }],
  ]);
});

describe('barriers: more phrases from unseen replies', () => {
  barriers([
    ['niemand om op de kinderen te passen', { 'barrier.childcare': true }],
    ['ik woon tijdelijk bij mijn zus', { 'barrier.housing': true }],
    ['ik werk tijdelijk bij de Jumbo', {}],
    ['ik zorg voor mijn gehandicapte zoon', { 'barrier.caregiving': true }],
    ['ik kom niet rond', { 'barrier.debt': true }],
  ]);
});
