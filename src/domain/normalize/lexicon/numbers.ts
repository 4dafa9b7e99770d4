// Context words around numbers: which number is the answer ("een 4", "4/5", "tussen 3 en 4")
// and which only counts things ("de 2 kinderen", "3 sollicitaties", "om 9 uur").

/** "8/10", "8 van de 10", "4 out of 5", "8 op 10". */
export const FRACTION_WORDS: readonly string[] = ['van', 'uit', 'op', 'out', 'z', 'na', 'من'];
/** Allowed between the fraction word and the denominator. */
export const FRACTION_FILLERS: readonly string[] = ['de', 'het', 'of', 'the'];
/** "3-4", "3 a 4", "3 tot 4", "3 of 4", "3 or 4". */
/** Range words that offer alternatives: "3 of 4" is a range, "5 of 8" two competing answers. */
export const ALTERNATIVE_WORDS: readonly string[] = ['of', 'or', 'lub', 'veya', 'او'];
export const RANGE_WORDS: readonly string[] = ['a', 'tot', 'of', 'or', 'to', 'til', 'until', 'lub', 'veya', 'او'];
/** "tussen 3 en 4", "between 3 and 4". */
export const BETWEEN_WORDS: readonly string[] = ['tussen', 'between', 'arasi', 'miedzy', 'بين'];
export const AND_WORDS: readonly string[] = ['en', 'and', 've', 'i', 'و'];
/** "7 1/2", "7 en een half": a half more. */
export const AND_A_HALF: readonly string[] = ['en een half', 'and a half', 'en half', 'enhalf'];
export const PERCENT_WORDS: readonly string[] = ['procent', 'percent', '%'];

/** A number right after these is clearly meant as the answer ("een 4", "cijfer 3", "dikke 8"). */
export const ANSWER_MARKERS: readonly string[] = [
  'een', 'cijfer', 'score', 'geef', 'geven', 'is', 'nu', 'a', 'an', 'rate', 'give', 'dikke', 'dik', 'ruime',
  'ruim', 'krappe', 'krap', 'magere', 'mager', 'vette', 'zwakke', 'hooguit', 'maximaal', 'ongeveer', 'rond',
  'zeg', 'zeggen', 'denk', 'het', 'wordt', 'graag', 'answer', 'antwoord', 'nummer', 'nr', 'number',
];

/** Month names and abbreviations (Dutch and English). */
function MONTHS_LIST(): string[] {
  return [
    'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
    'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
    'january', 'february', 'march', 'june', 'july', 'august', 'october',
  ];
}

/** A number before these counts things. */
export const COUNT_NOUNS: readonly string[] = [
  'kind', 'kinderen', 'keer', 'keertjes', 'dag', 'dagen', 'uur', 'uurtje', 'jaar', 'week', 'weken', 'maand',
  'maanden', 'euro', 'eur', 'minuut', 'minuten', 'sollicitatie', 'sollicitaties', 'baan', 'banen', 'brief',
  'brieven', 'x', 'km', 'kilometer', 'meter', 'kilo', 'persoon', 'personen', 'zoon', 'zonen', 'dochter',
  'dochters', 'gesprek', 'gesprekken', 'afspraak', 'afspraken', 'stuks', 'keren', 'mensen', 'vacature',
  'vacatures', 'uren', 'times', 'day', 'days', 'hour', 'hours', 'year', 'years', 'month', 'months', 'child',
  'kids', 'children', 'job', 'jobs', 'interview', 'interviews', 'minutes', 'euros', 'people', 'weeks', 'nachten',
  'nacht', 'procent', 'pond', 'broers', 'zussen', 'jaren', 'klanten', 'cursussen', 'lessen', 'workshops',
  // a number before a month is a date: "vanaf 1 april"
  ...MONTHS_LIST(),
];
/** Words that may follow an answer number without making it a count ("4 want...", "een 4 vandaag"). */
export const ALLOWED_AFTER: readonly string[] = [
  'maar', 'want', 'en', 'of', 'omdat', 'dus', 'hoor', 'alles', 'oppas', 'stress', 'bus', 'huis', 'ziekenhuis', 'thuis', 'denk', 'ik', 'het', 'is', 'vandaag', 'nu', 'deze',
  'eigenlijk', 'wel', 'gaat', 'voel', 'ongeveer', 'zo', 'ofzo', 'punten', 'punt', 'sterren', 'ster', 'pt',
  'cijfer', 'score', 'graag', 'gewoon', 'zou', 'zeg', 'dan', 'toch', 'alleen', 'ook', 'nog', 'met', 'op',
  'but', 'and', 'because', 'today', 'now', 'i', 'it', 'maybe', 'misschien', 'points', 'stars', 'out',
  'vanwege', 'door', 'omdat', 'mits', 'verder', 'ondanks', 'thanks', 'bedankt', 'groet', 'hallo',
];
/** "mijn dochter van 5", "a son of 3": a number after one of these + "van"/"of" is an age. */
export const AGE_OWNERS: readonly string[] = [
  'kind', 'kindje', 'kinderen', 'zoon', 'zoontje', 'dochter', 'dochtertje', 'jongen', 'meisje', 'baby', 'broertje', 'zusje',
  'neefje', 'nichtje', 'son', 'daughter', 'boy', 'girl', 'child', 'kid',
];
export const AGE_OF: readonly string[] = ['van', 'of'];
/** A clause that starts with one of these and ends in "?" asks back ("wat betekent 1?"): it holds no answer. */
export const QUESTION_STARTS: readonly string[] = [
  'wat', 'wie', 'waar', 'wanneer', 'waarom', 'hoe', 'welke', 'welk', 'is', 'betekent', 'bedoel', 'bedoelt', 'moet', 'mag',
  'what', 'who', 'which', 'why', 'how', 'does', 'do', 'is', 'should',
];
/** A number after these counts or times things ("om 9", "sinds 3", "de 2"). */
export const QUANTITY_BEFORE: readonly string[] = [
  'om', 'sinds', 'na', 'binnen', 'per', 'since', 'at', 'around', 'mijn', 'onze', 'my', 'our', 'his', 'her', 'al', 'already', 'voor', 'over', 'in', 'ben', 'am', 'huisnummer', 'vanaf', 'from', 'euro', 'eur',
];
