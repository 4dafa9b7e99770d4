// Turkish. Written with Turkish letters; canonicalization folds them ("hayır" = "hayir",
// "kötü" = "kotu"). Negation follows the word ("iyi değil"). Values: 1 very bad .. 5 very good.
import type { LanguageLexicon } from './types.js';

export const tr: LanguageLexicon = {
  lang: 'tr',
  scale: {
    harika: 5, mükemmel: 5, süper: 5, 'çok iyi': 5, 'çok iyiyim': 5, muhteşem: 5,
    iyi: 4, iyiyim: 4, güzel: 4, mutlu: 4, mutluyum: 4, 'daha iyi': 4,
    'fena değil': 3, 'idare eder': 3, 'eh işte': 3, 'şöyle böyle': 3, orta: 3, normal: 3,
    kötü: 2, kötüyüm: 2, 'iyi değil': 2, 'iyi değilim': 2, 'pek iyi değil': 2, yorgun: 2, yorgunum: 2,
    hasta: 2, hastayım: 2, üzgün: 2, üzgünüm: 2, 'daha kötü': 2,
    'çok kötü': 1, berbat: 1, rezalet: 1, 'çok kötüyüm': 1,
  },
  yes: ['evet', 'evet evet', 'tabii', 'tabi', 'tabii ki', 'elbette', 'aynen', 'doğru', 'olur', 'kesinlikle'],
  no: ['hayır', 'hayir hayir', 'yok', 'henüz değil', 'maalesef hayır', 'olmaz', 'maalesef'],
  maybeYes: ['sanırım evet'],
  maybeNo: ['sanmıyorum'],
  yesAlone: ['tamam'],
  noAlone: ['değil'],
  unsure: ['belki', 'bilmiyorum', 'bilmem', 'emin değilim', 'bazen', 'biraz'],
  negators: [],
  postNegators: ['değil', 'değilim'],
  intensifiers: ['çok', 'gerçekten', 'baya', 'epey'],
  downtoners: ['biraz', 'oldukça'],
  numbersAlone: { bir: 1, iki: 2, üç: 3, dört: 4, beş: 5, altı: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10 },
  clauseBreaks: ['ama', 'fakat', 'ancak', 'cunku'],
  contrast: ['ama', 'fakat'],
  partBreaks: ['ve'],
  present: ['şimdi', 'bugün'],
  past: ['dün', 'geçen'],
};
