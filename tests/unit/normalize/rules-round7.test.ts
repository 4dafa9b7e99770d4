// Rules added in round 7 for unseen replies: a reply that only names a barrier's domain ("vervoer", "alleen geld"),
// wishes as needs ("zou graag een fiets willen"), having it ("ik heb nu een oppas"), a follow-up that breaks what one
// has ("ik heb een auto maar die is kapot"), "nu X" after a resolved barrier, street language ("skeer", "geen doekoe",
// "kapot slecht", "ff niet"), an unreliable bus, having to get out ("we moeten eruit"), a child with nowhere to go,
// singular nouns ending in -s after an answer number ("3 fiets is gejat"), hedged feelings around "maar" and 💯.
import { describe } from 'vitest';
import { anyOf, barriers, CC, DB, HO, LL, PH, SCALE5, TR, values, YES_NO } from './helpers.js';

describe('a reply that only names a barrier', () => {
  barriers([
    ['vervoer', { [TR]: true }],
    ['alleen vervoer', { [TR]: true }],
    ['geld', { [DB]: true }],
    ['vooral geld', { [DB]: true }],
    ['huis', { [HO]: true }],
    ['woning', { [HO]: true }],
    ['kinderopvang', { [CC]: true }],
    ['taal', { [LL]: true }],
    ['3 vervoer', { [TR]: true }],
    // the means or a language alone answer other questions ("hoe kom je naar je werk?")
    ['fiets', {}],
    ['de bus', {}],
    ['nederlands', {}],
    ['alleen', {}],
    // negated or with a cue the usual rules decide
    ['geen vervoer', { [TR]: true }],
    ['vervoer is geregeld', { [TR]: false }],
    ['geld is geen probleem', { [DB]: false }],
  ]);
});

describe('wishes, having it, and a follow-up that breaks it', () => {
  barriers([
    ['zou graag een fiets willen', { [TR]: true }],
    ['ik wil graag een eigen woning', { [HO]: true }],
    ['ik zou wel graag een oppas willen', { [CC]: true }],
    ['ik heb een fiets nu', { [TR]: false }],
    ['vanaf volgende week heb ik opvang voor de kinderen', { [CC]: false }],
    ['heb ik geen oppas', { [CC]: true }],
    ['ik heb een auto maar die is kapot', { [TR]: true }],
    ['ik heb een fiets, die is stuk', { [TR]: true }],
    ['ik heb mijn auto nodig voor mijn werk', {}],
  ]);
});

describe('"nu X" after a resolved barrier', () => {
  barriers([
    ['rugpijn is over, nu mijn knie', { [PH]: true }],
    ['de pijn is weg, nu mijn schouder', { [PH]: true }],
    // another barrier after "nu" keeps the first resolved
    ['geen schulden meer, nu stress', { [DB]: false, 'barrier.mental_health': true }],
    ['geen pijn meer, nu gaat het goed', { [PH]: false }],
  ]);
});

describe('street language and code-switching', () => {
  barriers([
    ['ik ben skeer', { [DB]: true }],
    ['skeer deze maand wollah', { [DB]: true }],
    ['geen doekoe voor de huur', { [DB]: true }],
    ['niet skeer meer, heb weer werk', { [DB]: false }],
    ['mattie ik heb geen rijbewijs', { [TR]: true }],
  ]);
  anyOf(SCALE5, [
    ['kapot slecht', 1],
    ['kapot goed', 5],
    ['ik ben kapot', 2],
    ['💯', 5],
  ]);
  values(YES_NO, [
    ['ff niet', false],
    ['niet nodig', false],
    ['wel een beetje', true],
    ['een beetje', null],
  ]);
});

describe('transport, housing and childcare phrasings', () => {
  barriers([
    ['de bus is steeds te laat', { [TR]: true }],
    ['de trein heeft vaak vertraging', { [TR]: true }],
    ['ik was te laat maar de bus reed gewoon', {}],
    ['we moeten eruit', { [HO]: true }],
    ['ik moet eruit voor het eind van de maand', { [HO]: true }],
    ['ik kan mijn kind nergens kwijt', { [CC]: true }],
    ['mijn zus kan haar kinderen nergens kwijt', {}],
  ]);
});

describe('an answer number before a singular noun, hedged feelings around "maar"', () => {
  anyOf(SCALE5, [
    ['3 fiets is gejat', 3],
    ['4 rijbewijs gehaald!!', 4],
    ['2 reis was zwaar', 2],
    ['af en toe lastig maar gaat wel', 3],
    ['soms lastig maar gaat wel', 3],
    // a count stays a count
    ['3 fietsen gekocht', null],
  ]);
});

describe('lists of barrier names, having it again after a contrast', () => {
  barriers([
    ['geld en vervoer', { [DB]: true, [TR]: true }],
    ['oppas, vervoer', { [CC]: true, [TR]: true }],
    ['geld en mijn kinderen', {}],
    // "nu wel" after a missing topic: it is there now; after a negated problem word: present now
    ['had geen oppas maar nu wel', { [CC]: false }],
    ['ik had geen pijn maar nu wel', { [PH]: true }],
    ['geen oppas maar nu wel een baan', { [CC]: true }],
    ['mijn fiets is gejat maar ik heb een nieuwe', { [TR]: false }],
    ['auto kapot maar ik heb een nieuwe baan', { [TR]: true }],
    ['vervoer is gefixt', { [TR]: false }],
    ['de oppas is weer terug', { [CC]: false }],
    ['de pijn is terug', { [PH]: true }],
    // from a date on
    ['de kinderen kunnen vanaf volgende week naar de bso', { [CC]: false }],
    ['de opvang begint vanaf maandag', { [CC]: false }],
    ['vanaf volgende week geen opvang meer', { [CC]: true }],
    // still to improve
    ['mijn nederlands moet nog beter', { [LL]: true }],
    ['mijn nederlands is goed genoeg', { [LL]: false }],
  ]);
});
