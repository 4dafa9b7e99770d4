// Rules added in round 5 for unseen replies: conditions on having a barrier topic ("pas als ik opvang heb"),
// the end of the month and amounts of money, someone reading or translating for the client, crowded homes,
// a course about a barrier word or one the client teaches, run-on replies that switch between past and now or
// start a new sentence after a short feeling, dates and "1x" as counts, digit diminutives ("een 3tje").
import { describe } from 'vitest';
import { barriers, CC, DB, HO, LL, MH, PH, SCALE5, SCALE10, TR, values, YES_NO } from './helpers.js';

describe('a condition on having it: the client does not have it yet', () => {
  barriers([
    ['ik kan pas beginnen als ik opvang heb', { [CC]: true }],
    ['als ik opvang kan regelen kan ik maandag starten', { [CC]: true }],
    ['zodra ik een auto heb kan ik solliciteren', { [TR]: true }],
    ['als mijn kinderen een plekje hebben op de opvang kan ik werken', { [CC]: true }],
    ['if I find a babysitter I can start', { [CC]: true }],
    // no having verb: not a condition on having it
    ['als ik de kinderen naar de opvang breng ben ik om 9 uur op mijn werk', {}],
    // resolution and negation still work without a condition
    ['de opvang is geregeld', { [CC]: false }],
    ['ik heb nog steeds geen opvang', { [CC]: true }],
  ]);
});

describe('money at the end of the month and amounts of money', () => {
  barriers([
    ['eind van de maand niks meer over', { [DB]: true }],
    ['aan het eind van de maand heb ik niks meer over', { [DB]: true }],
    ['eind van de maand geen geld voor eten', { [DB]: true }],
    ['€ 50 tekort deze maand', { [DB]: true }],
    ["I'm behind on my rent", { [DB]: true }],
    ['lekker dan, weer geen geld', { [DB]: true }],
    // money without a problem cue, or the end of the month as a date
    ['ik heb € 150 verdiend met klussen', {}],
    ['mijn huisbaas wil dat ik eruit ga voor het eind van de maand', { [HO]: true }],
    ['geen schulden meer', { [DB]: false }],
  ]);
});

describe('someone reading or translating for the client is a literacy barrier', () => {
  barriers([
    ['mijn dochter leest mijn post voor', { [LL]: true }],
    ['mijn dochter leest altijd mijn post voor', { [LL]: true }],
    ['mijn zoon vertaalt alles voor mij', { [LL]: true }],
    ['bij gesprekken heb ik een tolk nodig', { [LL]: true }],
    // reading to a child, or interpreting as a job
    ['ik lees mijn dochter elke avond voor', {}],
    ['ik wil werken als tolk', {}],
  ]);
});

describe('crowded homes and who is staying where', () => {
  barriers([
    ['we wonen met 6 personen in een 2-kamerwoning', { [HO]: true }],
    ['met zijn allen in een kleine flat', { [HO]: true }],
    ['we logeren bij mijn zus', { [HO]: true }],
    ['ik logeer bij een vriend', { [HO]: true }],
    // the children staying over is no housing barrier
    ['de kinderen logeren dit weekend bij oma', {}],
    ['we hebben eindelijk een huurwoning', { [HO]: false }],
  ]);
});

describe('a course about a barrier word, or one the client teaches, is no barrier', () => {
  barriers([
    ['ik volg een cursus over stress bij het werkplein', {}],
    ['de workshop over schulden was nuttig', {}],
    ['ik ga een taalcursus geven aan nieuwkomers', {}],
    ['ik heb zin in de taalcursus die ik ga geven', {}],
    // the client learns, or has the barrier itself
    ['mijn buurvrouw geeft mij taalles', { [LL]: true }],
    ['ik volg een cursus want ik heb veel stress', { [MH]: true }],
  ]);
});

describe('new barrier words and spellings', () => {
  barriers([
    ['ik hep stres van de shulden', { [MH]: true, [DB]: true }],
    ['mijn rug is kapot', { [PH]: true }],
    ['ik heb suiker en mijn voeten doen pijn', { [PH]: true }],
    ['mijn ogen worden slechter', { [PH]: true }],
    ['mijn rug is weer beter', { [PH]: false }],
    ['de bso sluit om 6 uur en mijn dienst eindigt om 7', { [CC]: true }],
    ['I have no one to watch my kids', { [CC]: true }],
    ['ik heb eindelijk mijn rijbewijs', { [TR]: false }],
    ['ik heb mijn rijbewijs niet gehaald', { [TR]: true }],
    ['de bus komt maar 1x per uur', { [TR]: true }],
  ]);
});

describe('run-on replies, dates and counts', () => {
  values(SCALE5, [
    ['gister was het een 2 vandaag een 4', 4],
    ['vandaag goed gisteren slecht', 4],
    ['gaat wel ik ben mn rijbewijs kwijt', 3],
    ['4 na 3 maanden eindelijk werk', 4],
    ['Goed! Vanaf 1 april 24 uur per week aan de slag', 4],
    ['4 ik sport 1x per week', 4],
    ['€ 4 over', null],
    ['1x', null],
  ]);
});

describe('digit diminutives, worn out, hedges, "idd"', () => {
  values(SCALE5, [
    ['Een 3tje', 3],
    ['een 4tje', 4],
    ['ging wel', 3],
    ['ik ben kapot', 2],
    ['ik ben helemaal kapot', 1],
    ['moeilijk te zeggen', null],
    ['hard to say', null],
  ]);
  values(SCALE10, [
    ['een 6je', 6],
    ['een 7tje', 7],
  ]);
  values(YES_NO, [
    ['idd', true],
    ['idd niet', false],
  ]);
});

describe('negation and resolution across sentences and cues', () => {
  barriers([
    // a negation inside the barrier's own cue negates that cue, not the word after it
    ['mijn knie is nog niet hersteld van de operatie', { [PH]: true }],
    // a resolving cue right after a negation is not done
    ['ik heb mijn rijbewijs niet gehaald', { [TR]: true }],
    ['de schulden zijn nog niet afgelost', { [DB]: true }],
    ['de schulden zijn afgelost', { [DB]: false }],
    // a new subject starts another sentence: the negation before it does not reach the barrier
    ['ik kan niet meer ik huil de hele dag', { [MH]: true }],
    ['ik heb geen angst meer', { [MH]: false }],
    // a short recovery after another barrier resolves that one, not health in general
    ['ik heb een burnout gehad maar ben nu hersteld', { [MH]: false }],
    ['ik had rugpijn maar ben weer beter', { [PH]: false }],
    // "pas als de opvang rond is": a condition in subclause order
    ['pas als de opvang rond is kan ik aan de slag', { [CC]: true }],
    ['de opvang is rond', { [CC]: false }],
    ['ik moet eerst oppas regelen', { [CC]: true }],
    ['ik kan zelf vervoer regelen', {}],
  ]);
});

describe('more barrier vocabulary from round 5', () => {
  barriers([
    ['de opvang heeft pas plek in september', { [CC]: true }],
    ['ik heb een lekke band', { [TR]: true }],
    ['de bus staakt vandaag', { [TR]: true }],
    ['ik heb een nieuwe fiets', { [TR]: false }],
    ['mijn nieuwe fiets is gestolen', { [TR]: true }],
    ['ik durf niet naar buiten', { [MH]: true }],
    ['er liggen stapels rekeningen', { [DB]: true }],
    ['ik moet elke maand lenen bij familie', { [DB]: true }],
    ['we leven van de voedselbank', { [DB]: true }],
    ['ik help bij de voedselbank als vrijwilliger', {}],
    ['ik wil een boek lenen bij de bieb', {}],
  ]);
  values(SCALE5, [
    ['niet zo denderend', 2],
    ['ambetant', 2],
    ['feeling low', 2],
  ]);
});
