// Polish. Written with diacritics; canonicalization folds them ("źle" = "zle"), so replies typed
// without Polish letters match too. Values: 1 very bad .. 5 very good.
import type { LanguageLexicon } from './types.js';

export const pl: LanguageLexicon = {
  lang: 'pl',
  scale: {
    świetnie: 5, doskonale: 5, wspaniale: 5, fantastycznie: 5, rewelacyjnie: 5, 'bardzo dobrze': 5,
    dobrze: 4, dobry: 4, dobra: 4, 'w porządku': 4, fajnie: 4, spoko: 4, lepiej: 4,
    nieźle: 3, 'tak sobie': 3, średnio: 3, 'jako tako': 3, 'mniej wiecej': 3, 'tak sobie bywa': 3, 'może być': 3,
    źle: 2, kiepsko: 2, słabo: 2, niedobrze: 2, gorzej: 2, smutno: 2, 'nie najlepiej': 2, 'nie za dobrze': 2,
    fatalnie: 1, okropnie: 1, strasznie: 1, tragicznie: 1, beznadziejnie: 1, 'bardzo źle': 1,
  },
  yes: ['tak', 'tak tak', 'jasne', 'oczywiście', 'pewnie', 'no tak', 'zgadza się', 'dokładnie', 'owszem', 'tak jest'],
  no: ['nie', 'nie nie', 'jeszcze nie', 'na pewno nie', 'niestety nie', 'no nie', 'wcale nie'],
  maybeYes: ['raczej tak', 'chyba tak'],
  maybeNo: ['raczej nie', 'chyba nie'],
  yesAlone: ['dobra', 'dobrze', 'spoko'],
  unsure: ['może', 'nie wiem', 'chyba', 'czasami', 'czasem', 'trochę', 'nie jestem pewien', 'nie jestem pewna'],
  negators: ['nie'],
  intensifiers: ['bardzo', 'naprawdę', 'super'],
  downtoners: ['dość', 'całkiem'],
  numbersAlone: {
    jeden: 1, dwa: 2, trzy: 3, cztery: 4, pięć: 5, sześć: 6, siedem: 7, osiem: 8, dziewięć: 9, dziesięć: 10,
  },
  clauseBreaks: ['ale', 'bo', 'poniewaz'],
  contrast: ['ale'],
  partBreaks: ['oraz'],
  present: ['teraz', 'dzisiaj'],
  past: ['wczoraj'],
};
