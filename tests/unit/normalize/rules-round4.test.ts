// Rules added for barrier recall on unseen replies (round 4): school pick-up times, a sick child at home,
// weak health words that give way to another barrier, negation that does not cross a cause, resolution
// with an adverb inside or negated, short follow-ups ("dat is geen probleem", "dat lukt niet"), someone
// else's barrier across "en" and with "is"/"woont"/"zorgt", barrier words as a workplace, "alleen"/"maar"
// as "only", a position or option alone before a remark in a choice, and new barrier vocabulary.
import { describe, expect, it } from 'vitest';
import { normalize, type QuestionSpec } from '../../../src/domain/normalize/index.js';
import { barriers, callback, CC, CG, DB, FREE_TEXT, HO, LL, MH, PH, SCALE5, SCALE10, TR, values } from './helpers.js';


describe('school pick-up times are a childcare barrier (narrow topics with their own cues)', () => {
  barriers([
    ['ik moet om 3 uur de kinderen van school halen', { [CC]: true }],
    ['mijn zoon moet om half 3 opgehaald worden', { [CC]: true }],
    ['ik kan alleen werken als de kinderen op school zitten', { [CC]: true }],
    // "moet" qualifies only the pick-up phrases, not any childcare word
    ['ik moet naar de opvang om mijn cv te printen', {}],
    // someone else picks them up: covered
    ['de buurvrouw haalt de kinderen van school', { [CC]: false }],
    ['mijn ex brengt de kinderen niet meer naar de opvang', { [CC]: true }],
  ]);
});

describe('a sick child at home is a childcare barrier, not the client health', () => {
  barriers([
    ['Mijn dochter is ziek dus ik kan niet komen', { [CC]: true }],
    ['de kleine heeft koorts', { [CC]: true }],
    // round 6: a childhood illness keeps the child home like a fever does (was {} while "waterpokken" was no health word)
    ['mijn zoontje heeft waterpokken', { [CC]: true }],
    // a hospital stay is not a day at home; a recovered child is no barrier
    ['mijn zoon ligt in het ziekenhuis', {}],
    ['mijn dochter is niet meer ziek', {}],
  ]);
});

describe('weak health words give way to another barrier in the part', () => {
  barriers([
    ['ik ben overspannen volgens de huisarts', { [MH]: true }],
    ['ik moet naar de huisarts', { [PH]: true }],
    ['ik breng mijn moeder elke week naar het ziekenhuis', { [CG]: true }],
    ['ik ben bang dat ik mijn huis kwijtraak', { [HO]: true }],
    ['ik ben bang dat ik het niet red', { [MH]: true }],
    ['de dokter zegt dat ik weer mag werken', { [PH]: false }],
  ]);
});

describe('negation does not reach over a cause', () => {
  barriers([
    ['ik durf niet door mijn angststoornis', { [MH]: true }],
    ['niet vanwege mijn rugpijn', { [PH]: true }],
    ['geen angst meer', { [MH]: false }],
  ]);
});

describe('resolution: adverbs inside, negated resolution, new resolving words', () => {
  barriers([
    ['de paniekaanvallen zijn gelukkig weg', { [MH]: false }],
    ['de pijn is nu weg', { [PH]: false }],
    ['de migraine is veel minder', { [PH]: false }],
    ['ik ben ziek geweest en nog niet helemaal beter', { [PH]: true }],
    ['de bewindvoering is beeindigd', { [DB]: false }],
    ['de uitzetting gaat niet door', { [HO]: false }],
    ['de uitzetting gaat wel door', { [HO]: true }],
    ['de depressie is onder controle', { [MH]: false }],
    ['fysio is klaar', { [PH]: false }],
    ['de operatie is goed gegaan', { [PH]: false }],
    ['reiskosten worden vergoed', { [TR]: false }],
    ['de reiskosten zijn te hoog', { [TR]: true }],
    ['ben weer helemaal fit', { [PH]: false }],
    ['ik slaap tegenwoordig prima', { [MH]: false }],
    ['ik slaap slecht', { [MH]: true }],
  ]);
});

describe('short follow-ups about the barrier before them', () => {
  barriers([
    ['ik spreek goed nederlands, dat is geen probleem', { [LL]: false }],
    ['woonsituatie is stabiel, geen probleem', { [HO]: false }],
    ['ik moet nog 500 euro aan de zorgverzekeraar betalen en dat lukt niet', { [DB]: true }],
    ['ik moet nog 500 euro aan de zorgverzekeraar betalen en dat lukt wel', {}],
  ]);
});

describe('someone else: across "en", with "is"/"woont", the giver of care', () => {
  barriers([
    ['mijn buurman heeft schulden en een deurwaarder', {}],
    ['mijn buurman heeft schulden en ik heb een deurwaarder', { [DB]: true }],
    ['mijn neef is dakloos', {}],
    ['ik ben dakloos', { [HO]: true }],
    ['mijn broer woont in de daklozenopvang', {}],
    ['mijn zwager heeft veel schulden', {}],
    ['mijn buurvrouw is mantelzorger', {}],
    ['ik ben mantelzorger', { [CG]: true }],
    ['mijn zus zorgt voor onze vader', {}],
    ['ik zorg voor onze vader', { [CG]: true }],
    ['mijn moeder heeft veel zorg nodig', { [CG]: true }],
    ['mijn moeder is naar een verpleeghuis', { [CG]: false }],
    ['een lening bij familie die ik niet terug kan betalen', { [DB]: true }],
  ]);
});

describe('barrier words naming a place of work', () => {
  barriers([
    ['ik wil bij de GGZ werken', {}],
    ['ik heb een sollicitatie bij een schuldhulporganisatie', {}],
    ['ik heb een stageplek in het ziekenhuis', {}],
    ['ik sta op de wachtlijst bij de GGZ', { [MH]: true }],
    ['ik heb last in mijn rug door het werk', { [PH]: true }],
  ]);
});

describe('"alleen" and "maar" as "only"', () => {
  barriers([
    ['ik zorg alleen voor mijn zieke vader', { [CG]: true }],
    ['ik spreek alleen Arabisch en een beetje Engels', { [LL]: true }],
    ['ik slaap maar 3 uur per nacht', { [MH]: true }],
  ]);
});

describe('new barrier vocabulary, present and resolved', () => {
  barriers([
    ['mijn ov-chipkaart is leeg', { [TR]: true }],
    ['geen geld voor benzine', { [TR]: true, [DB]: true }],
    ['mijn auto is bij de apk afgekeurd', { [TR]: true }],
    ['mijn rijbewijs is terug', { [TR]: false }],
    ['ik heb epilepsie', { [PH]: true }],
    ['geen pijnklachten meer', { [PH]: false }],
    ['ik ben opgebrand', { [MH]: true }],
    ['ik heb geen energie en nergens zin in', { [MH]: true }],
    ['er ligt beslag op mijn loon', { [DB]: true }],
    ['mijn loonbeslag is opgeheven', { [DB]: false }],
    ['ik sta geregistreerd bij het BKR', { [DB]: true }],
    ['mijn laatste schuld is afgelost', { [DB]: false }],
    ['financieel gaat het goed nu', { [DB]: false }],
    ['geen zorgen meer over geld', { [DB]: false }],
    ['ik weet niet hoe DigiD werkt', { [LL]: true }],
    ['ik heb mijn DigiD aangevraagd', {}],
    ['ik heb mijn inburgeringsexamen gehaald', { [LL]: false }],
    ['ik kan nu zelf mijn brieven lezen', { [LL]: false }],
    ['ik heb een tijdelijk huurcontract', { [HO]: true }],
    ['ik heb een vast huurcontract', { [HO]: false }],
    ['we zitten in een noodwoning', { [HO]: true }],
    ['de woningcorporatie wil ons uitzetten', { [HO]: true }],
    ['ik wil de tv uitzetten', {}],
    ['ik woon goed', { [HO]: false }],
    ['mijn dochter heeft een beperking, ik ben de hele dag met haar bezig', { [CG]: true }],
    ['de thuiszorg neemt de zorg voor mijn vader over', { [CG]: false }],
  ]);
});

describe('callback wishes', () => {
  callback([
    ['ik heb liever dat je me belt', true],
    ['kunnen we een keer afspreken?', true],
    ['bellen aub', true],
    ['graag een telefonische afspraak', true],
    ['bel me liever niet, ik app wel', false],
    ['jullie hoeven me niet te bellen', false],
  ]);
});

describe('scale numbers before a barrier word, and "deze" + noun is no message', () => {
  values(SCALE5, [
    ['3 oppas valt steeds uit', 3],
    ['3 kinderen', null],
  ]);
  values(SCALE10, [['3 alles is me te veel', 3]]);
  it('"geen paniekaanvallen meer gehad deze maand" is no opt-out', () => {
    expect(normalize(FREE_TEXT, 'geen paniekaanvallen meer gehad deze maand').status).toBe('answered');
    expect(normalize(FREE_TEXT, 'geen berichten meer').status).toBe('opt_out');
    expect(normalize(FREE_TEXT, 'ik wil deze niet meer ontvangen, geen berichten meer').status).toBe('opt_out');
  });
});

describe('choice: an option alone in the first clause, then a remark', () => {
  const CH: QuestionSpec = {
    type: 'choice',
    options: [
      { value: 'workshop', label: 'CV-workshop' },
      { value: 'coach', label: 'Gesprek met je coach' },
      { value: 'none', label: 'Geen van beide' },
    ],
  };
  const TIME: QuestionSpec = {
    type: 'choice',
    options: [
      { value: 'ochtend', label: 'Ochtend' },
      { value: 'middag', label: 'Middag' },
      { value: 'avond', label: 'Avond' },
    ],
  };
  values(CH, [
    ['2, ik wil het over mijn schulden hebben', 'coach'],
    ['1 of 2', null],
  ]);
  values(TIME, [
    ["ochtend, 's middags moet ik de kinderen ophalen", 'ochtend'],
    ['ochtend of middag', null],
  ]);
});
