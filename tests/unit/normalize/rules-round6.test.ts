// Rules added in round 6 for unseen replies: a coach's summary in the third person ("client geeft aan dat hij ..."),
// callback phrases with a multi-word softener or "wil" inside, talking it over ("overleggen") with the coach,
// living in a shelter, having a home again, language levels and compound forms, English debt and reading words,
// being relieved of care, more ways to say nobody looks after the children, a sick "kid", typo repair of long
// barrier words inside sentences, "gh" for "ch" and "niks mis".
import { describe } from 'vitest';
import { anyOf, barriers, CC, CG, CHANNEL, callback, DB, HO, LL, MEETING, MH, PH, SCALE5, TR, values } from './helpers.js';

describe("a coach's summary: the client in the third person", () => {
  barriers([
    ['client geeft aan dat hij geen vervoer heeft naar het werk', { [TR]: true }],
    ['Cl. geeft aan dat ze schulden heeft bij meerdere instanties', { [DB]: true }],
    ['cliënte geeft aan dat de kinderopvang vanaf maandag geregeld is', { [CC]: false }],
    ['client meldt dat zij geen pijn meer heeft', { [PH]: false }],
    ['client geeft aan dat zijn vrouw ziek is en hij voor haar zorgt', { [CG]: true }],
    // someone else in the summary stays someone else
    ['client geeft aan dat zijn broer in de schulden zit', {}],
    // without a reporting frame "hij" is another person
    ['hij heeft geen vervoer', {}],
  ]);
  callback([
    ['client geeft aan dat hij teruggebeld wil worden door de coach', true],
    ['client geeft aan dat hij niet gebeld wil worden', false],
  ]);
});

describe('callback requests in new phrasings', () => {
  callback([
    ['kunnen we een keer bellen?', true],
    ['kunnen we binnenkort bellen', true],
    ['ik wil graag even overleggen met mijn coach', true],
    ['kan ik iets bespreken met mijn begeleider?', true],
    ['ik wil worden teruggebeld', true],
    // negated or with someone else
    ['je hoeft me niet te bellen', false],
    ['ik moet nog overleggen met mijn werkgever', false],
  ]);
});

describe('housing: a shelter, a home again, "huisvesting"', () => {
  barriers([
    ['ik woon in een opvang', { [HO]: true }],
    ['we zitten nog in het azc', { [HO]: true }],
    ['ik woon nu in een eigen huis', { [HO]: false }],
    ['ik woon nog niet in een eigen huis', { [HO]: true }],
    ['er zijn geen problemen met huisvesting', { [HO]: false }],
    ['ik heb geen huisvesting', { [HO]: true }],
    // the children in day care are no housing barrier
    ['de kinderen gaan naar de opvang', { [CC]: false }],
  ]);
});

describe('literacy: levels, compounds and English', () => {
  barriers([
    ['Ik heb mijn B1 gehaald', { [LL]: false }],
    ['ik heb mijn B1 niet gehaald', { [LL]: true }],
    ['ik snap die internetformulieren niet', { [LL]: true }],
    ['de belastingbrieven zijn te moeilijk', { [LL]: true }],
    ['I struggle with reading Dutch letters', { [LL]: true }],
  ]);
});

describe('debt in English', () => {
  barriers([
    ['rent arrears are piling up', { [DB]: true }],
    ['bills are piling up', { [DB]: true }],
    ['no debts anymore', { [DB]: false }],
  ]);
});

describe('caregiving: relieved of the care', () => {
  barriers([
    ['mijn zus zorgt nu voor vader, ik ben ontlast', { [CG]: false }],
    ['ik word niet ontlast, ik zorg elke dag voor mijn moeder', { [CG]: true }],
    ['ik zorg voor mijn moeder', { [CG]: true }],
  ]);
});

describe('childcare: nobody to look after a child, a sick kid', () => {
  barriers([
    ['ik heb niemand om op mijn zoontje te passen', { [CC]: true }],
    ['niemand die op de kleine kan passen', { [CC]: true }],
    ['oma past weer op de kinderen', { [CC]: false }],
    // a sick kid is not the client's own health
    ['my kid is sick and there is no daycare', { [CC]: true }],
    ['my kid is sick', { [CC]: true }],
    ['mijn zusje is ziek', {}],
  ]);
});

describe('typos of long barrier words inside a sentence', () => {
  barriers([
    ['het gaat wel maar ik hep schuldn', { [DB]: true }],
    ['kinderopfang is geregelt', { [CC]: false }],
    ['ik heb geen kinderopfang', { [CC]: true }],
    ['ik heb geen schuldn meer', { [DB]: false }],
    ['ik voel me somber', { [MH]: true }],
  ]);
});

describe('scale words: "gh" for "ch", "niks mis"', () => {
  anyOf(SCALE5, [
    ['sleght', [1, 2]],
    ['niks mis mee', 4],
    ['niets aan de hand', 4],
    ['niet sleght', [3, 4]],
  ]);
});

describe('choice: "tel" for the telephone', () => {
  values(CHANNEL, [
    ['tel', 'phone'],
    ['tel graag', 'phone'],
  ]);
});

describe('a negation with an adverb before a resolving cue is not resolved', () => {
  barriers([
    ['ben nog steeds niet helemaal hersteld van de operatie', { [PH]: true }],
    ['de opvang is nog niet goed geregeld', { [CC]: true }],
    ['ik ben helemaal hersteld van de operatie', { [PH]: false }],
    ['mijn schulden zijn eindelijk weg', { [DB]: false }],
  ]);
});

describe('transport: a lift, more vehicles, English', () => {
  barriers([
    ['ik kan meerijden met een collega', { [TR]: false }],
    ['ik kan niet meer meerijden met mijn collega', { [TR]: true }],
    ['mn bromfiets is gejat', { [TR]: true }],
    ['de bus gaat hier maar 1 keer per uur', { [TR]: true }],
    ['car is in the shop', { [TR]: true }],
    ['car got repossessed', { [TR]: true }],
  ]);
});

describe('childcare: someone can look after them, a childhood illness, English', () => {
  barriers([
    ['mijn moeder kan voortaan oppassen', { [CC]: false }],
    ['mijn moeder kan niet meer oppassen', { [CC]: true }],
    ['mijn dochter heeft waterpokken', { [CC]: true }],
    ['childcare fell through', { [CC]: true }],
  ]);
});

describe('housing: having to leave in subclause order, many people in one room', () => {
  barriers([
    ['client vertelt dat ze haar huis uit moet', { [HO]: true }],
    ['ik weet niet of ik mijn huis uit moet', { [HO]: true }],
    ['we slapen met zijn vijven in een kamer', { [HO]: true }],
    ['we gingen met zijn vijven op vakantie', {}],
  ]);
});

describe('health and debt: body words, "veel schuld", "sk" for "sch", speaking well now', () => {
  barriers([
    ['mn kop doet zeer', { [PH]: true }],
    ['geen last meer van mijn kop', { [PH]: false }],
    ['ik heb veel schuld', { [DB]: true }],
    ['skulden', { [DB]: true }],
    ['ik spreek nu goed Nederlands', { [LL]: false }],
  ]);
});

describe('choice: all of them refused', () => {
  values(MEETING, [
    ['allebei niet', 'none'],
    ['beide niet', 'none'],
    ['allebei', null],
  ]);
});
