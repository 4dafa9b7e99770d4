// Rules added in round 8 for unseen replies: a part that only lists barrier topics takes its verdict from
// what goes before (a verb shared across "en": "ik heb een baan en een oppas"; a resolving clause without a
// barrier: "alles is geregeld: oppas, vervoer"), or names a need alone ("een oppas", "alleen nog vervoer",
// "opvang voor mijn zoontje"); the client's body part alone after an answer ("nee, mijn knie"); a resolving cue
// in progress after it ("dat mijn rug beter wordt"); "lukt niet"/"ik kom" as yes/no; bills that are still open;
// a device that "doet raar".
import { describe } from 'vitest';
import { anyOf, barriers, CC, DB, HO, PH, SCALE5, TR, values, YES_NO } from './helpers.js';

describe('a list of topics shares the verb before it', () => {
  barriers([
    ['ik heb een baan en een oppas', { [CC]: false }],
    ['ik heb al een oppas en een fiets', { [CC]: false, [TR]: false }],
    ['geen oppas en vervoer', { [CC]: true, [TR]: true }],
    ['ik heb een baan en een oppas nodig', { [CC]: true }],
    // an indefinite article is outside the negation: "geen schulden meer en een oppas"
    ['geen schulden meer en een oppas', { [DB]: false }],
    // a cue after the first topic is not shared: "kost te veel tijd en geld" is no debt
    ['het reizen kost me te veel tijd en geld', { [TR]: true }],
  ]);
});

describe('a list after a resolving clause', () => {
  barriers([
    ['alles is geregeld: oppas, vervoer en laptop', { [CC]: false, [TR]: false }],
    ['alles geregeld, oppas, fiets', { [CC]: false, [TR]: false }],
    ['alles is geregeld', {}],
    // a clause that names a barrier gives nothing to the list after it
    ['geen schulden meer, oppas', { [DB]: false }],
    ['oppas is geregeld, alleen nog vervoer', { [CC]: false, [TR]: true }],
  ]);
});

describe('a need named alone', () => {
  barriers([
    ['een oppas', { [CC]: true }],
    ['een woning', { [HO]: true }],
    ['opvang voor mijn zoontje', { [CC]: true }],
    ['alleen een oppas voor dinsdag', { [CC]: true }],
    ['kinderopvang en een fiets', { [CC]: true, [TR]: true }],
    ['eerst een huis, ik slaap nu bij mijn moeder', { [HO]: true }],
    ['een oppas voor mijn dochter, mijn moeder kan niet meer', { [CC]: true }],
    // the means alone still answer other questions
    ['een fiets', {}],
    ['een laptop', {}],
    // not a whole clause: "geld en mijn kinderen" names no need
    ['geld en mijn kinderen', {}],
  ]);
});

describe("the client's body part alone after an answer", () => {
  barriers([
    ['gaat wel, mijn rug', { [PH]: true }],
    ['nee, mijn knie', { [PH]: true }],
    ['nee, maar mijn rug', { [PH]: true }],
    ['redelijk, alleen mijn rug', { [PH]: true }],
    ['een 3, geen vervoer en mijn knie', { [TR]: true, [PH]: true }],
    // resolved, someone else's or with more said: the usual rules decide
    ['nee, mijn knie is weer goed', { [PH]: false }],
    ['nee, mijn moeder haar knie', {}],
    ['nee, mijn knie is mooi', {}],
  ]);
  anyOf(SCALE5, [['niet goed, mijn knie', 2]]);
});

describe('resolution in progress and other words', () => {
  barriers([
    ['dat mijn rug beter wordt', {}],
    ['mijn rug is beter', { [PH]: false }],
    ['ik heb wat rekeningen open staan', { [DB]: true }],
    ['mijn auto doet raar', { [TR]: true }],
  ]);
});

describe('answering "lukt het?" with its verb', () => {
  values(YES_NO, [
    ['lukt niet', false],
    ['lukt wel', true],
    ['ik kom', true],
    ['ik kan niet', false],
    ['weet nog niet', null],
  ]);
});
