// Rules added after two more fresh held-out sets: elliptical "maar X wel", someone else's
// childcare/housing, run-on replies, sarcasm, particles that are no conjunction, softened callback
// phrases, statements that look like opt-outs, alternatives that are no range, "not found" and
// "in progress" resolution, forced moves, kin words of home languages and low-literacy spellings.
import { describe } from 'vitest';
import type { QuestionSpec } from '../../../src/domain/normalize/index.js';
import { barriers, callback, FREE_TEXT, SCALE5, SCALE10, status, values, YES_NO } from './helpers.js';

const CHOICE: QuestionSpec = {
  type: 'choice',
  options: [
    { value: 'workshop', label: 'CV-workshop' },
    { value: 'coach', label: 'Gesprek met je coach' },
    { value: 'none', label: 'Geen van beide' },
  ],
};
const DAYS: QuestionSpec = {
  type: 'choice',
  options: [
    { value: 'mon', label: 'Maandag' },
    { value: 'tue', label: 'Dinsdag' },
    { value: 'wed', label: 'Woensdag' },
  ],
};
const WORK: QuestionSpec = {
  type: 'choice',
  options: [
    { value: 'fulltime', label: 'Fulltime werk' },
    { value: 'parttime', label: 'Parttime werk' },
    { value: 'training', label: 'Een opleiding volgen' },
  ],
};

describe('an elliptical "maar X wel" repeats a negated barrier as present', () => {
  barriers([
    ['mijn rug doet geen pijn meer maar mijn knie wel', { 'barrier.physical_health': true }],
    ['mijn auto is niet kapot maar de bus wel', { 'barrier.transport': true }],
    // another barrier in the contrast part is not an ellipsis
    ['geen schulden meer maar wel veel stress', { 'barrier.debt': false, 'barrier.mental_health': true }],
    // without "wel" the resolution stands
    ['mijn rug doet geen pijn meer maar mijn knie is stijf', { 'barrier.physical_health': false }],
  ]);
});

describe("another adult's childcare or housing is not the client's", () => {
  barriers([
    ['mijn zus heeft geen oppas', {}],
    ['mijn broer heeft geen huis', {}],
    ['mijn buurvrouw heeft geen opvang', {}],
    // the client's own, or for their child, still counts
    ['ik heb geen oppas voor mijn zoon', { 'barrier.childcare': true }],
    ['de oppas heeft afgezegd', { 'barrier.childcare': true }],
    ['mijn man heeft geen oppas kunnen vinden', { 'barrier.childcare': true }],
    // the sister was the babysitter: the verb does not govern the topic, so it is the client's
    ['mijn zus heeft geen tijd om op te passen', { 'barrier.childcare': true }],
  ]);
});

describe('childcare, housing and caregiving phrasings', () => {
  barriers([
    ['niemand kan op mijn kinderen passen', { 'barrier.childcare': true }],
    ['ik heb niemand voor de kids na school', { 'barrier.childcare': true }],
    ['de kinderen kunnen nu naar de bso', { 'barrier.childcare': false }],
    ['de kinderen kunnen niet naar de bso', { 'barrier.childcare': true }],
    ['mijn schoonmoeder past voortaan op', { 'barrier.childcare': false }],
    ['de kinderopvangtoeslag is stopgezet', { 'barrier.childcare': true }],
    ['ik heb nog geen oppas gevonden', { 'barrier.childcare': true }],
    ['de opvang moet nog geregeld worden', { 'barrier.childcare': true }],
    ['ik heb eindelijk een huurhuis', { 'barrier.housing': false }],
    ['ik heb geen eigen plek', { 'barrier.housing': true }],
    ['we moeten voor 1 juni ons huis uit', { 'barrier.housing': true }],
    ['we moeten verhuizen maar kunnen niks vinden', { 'barrier.housing': true }],
    ['ik zit in de daklozenopvang', { 'barrier.housing': true }],
    ['mijn moeder woont in een verpleeghuis, ik hoef niet meer voor haar te zorgen', { 'barrier.caregiving': false }],
    ['I look after my disabled brother', { 'barrier.caregiving': true }],
    ['anne hasta, ik zorgen voor haar', { 'barrier.caregiving': true }],
  ]);
});

describe('health, debt and transport words', () => {
  barriers([
    ['ik heb mijn enkel verstuikt', { 'barrier.physical_health': true }],
    ['toothache', { 'barrier.physical_health': true }],
    ['ik ben gestopt met werken door mijn rug', { 'barrier.physical_health': true }],
    ['not so good, my back hurt', { 'barrier.physical_health': true }],
    ['ik voel me heel down', { 'barrier.mental_health': true }],
    ['ik pieker veel over geld', { 'barrier.debt': true, 'barrier.mental_health': true }],
    ['benim borcum var', { 'barrier.debt': true }],
    // in progress is not resolved; done is
    ['de schulden worden nu afgelost via de schuldhulp', { 'barrier.debt': true }],
    ['de schulden zijn afgelost', { 'barrier.debt': false }],
    ['ik heb sinds vorige week mijn rijbewijs', { 'barrier.transport': false }],
    ['ik heb een scooter gekocht', { 'barrier.transport': false }],
    ['mijn auto is total loss', { 'barrier.transport': true }],
  ]);
});

describe('run-on replies and sarcasm on a scale', () => {
  values(SCALE5, [
    ['slegt mijn moeder is ziek ik moet voor haar zorgen', 2],
    ['goed mijn dochter is ziek', 4],
    ['mijn dochter is ziek', null],
    ['Super, alweer geen bus 🙄', 1],
    ['top hoor 🙄', 1],
    ['goed hoor 🙄', 2],
    ['geweldig hoor, weer een brief van de deurwaarder', 1],
    ['lekker dan, weer geen geld', 2],
    // sincere: a contrast, a resolution, or no barrier
    ['Super! Maar mijn rug doet weer pijn', 5],
    ['Top, de oppas is weer geregeld', 5],
    ['geweldig, ik heb weer werk', 5],
    ['🙄', null],
  ]);
});

describe('numbers: grade nicknames on the own scale, alternatives far apart', () => {
  values(SCALE5, [
    ['een drietje', 3],
    ['een zesje', 3],
  ]);
  values(SCALE10, [
    ['een zesje', 6],
    ['6 of 7', 6.5],
    ['5 of 8', null],
    ['weet niet, 5 of 8', null],
  ]);
});

describe('low-literacy spellings and common words are not mistaken', () => {
  values(SCALE5, [
    ['sleg', 2],
    ['het gaad wel', 3],
    ['redluk', 3],
    ['slecht eerlijk gezegd', 2],
    ['mniej więcej', 3],
  ]);
  barriers([
    ['ik heb gien opas', { 'barrier.childcare': true }],
    ['ik heb gen huis', { 'barrier.housing': true }],
  ]);
});

describe('yes/no: particles and pairs of yes words', () => {
  values(YES_NO, [
    ['doe maar', true],
    ['ja hoor, doe maar', true],
    ['ok prima', true],
    ['welnee', false],
    ['nog steeds niet', false],
    ['wk nie', null],
    // "maar" that joins something is still a break
    ['ja maar ik heb geen vervoer', true],
  ]);
});

describe('choice: positions, synonyms and "geen" as a determiner', () => {
  values(CHOICE, [
    ['de bovenste', 'workshop'],
    ['de workshop, als ik oppas heb. nu nog geen opvang', 'workshop'],
    ['geen', 'none'],
    ['geen van beide', 'none'],
  ]);
  values(DAYS, [
    ['woe', 'wed'],
    ['din', 'tue'],
  ]);
  values(WORK, [
    ['deeltijd', 'parttime'],
    ['voltijd', 'fulltime'],
  ]);
});

describe('callback phrases with a softener, diminutives, particles and English "want"', () => {
  callback([
    ['kunnen we even bellen?', true],
    ['kunt u mij even terugbellen', true],
    ['heeft iemand tijd voor een gesprekje?', true],
    ['graag een telefoontje', true],
    ['ik zou graag een keer langskomen', true],
    ['kun je me belle', true],
    ['mijn nummer is 0612345678, bel maar', true],
    ['I want to speak to my coach', true],
    // not a request
    ['u hoeft mij niet te bellen', false],
    ['bel me niet, sms is beter', false],
    ['de coach belt me morgen', false],
    ['ik heb al gebeld met mijn coach', false],
  ]);
});

describe('opt-out: statements and other recipients are not about the messages', () => {
  status(FREE_TEXT, [
    ['ik stuur niks meer naar werkgevers', 'answered'],
    ['stuur niks meer', 'opt_out'],
    ['stuur me niks meer aub', 'opt_out'],
    ['stop sending me messages', 'opt_out'],
    ['ik wil geen sms meer ontvangen', 'opt_out'],
    ['ik stop met de cursus want ik heb geen opvang', 'answered'],
  ]);
});
