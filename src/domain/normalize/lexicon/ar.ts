// Arabic (MSA and the dialects clients write: Egyptian, Levantine, Gulf, Maghrebi), in Arabic
// script and in the usual Latin transliterations ("3" = ع, "7" = ح, "2" = ء). Canonicalization
// removes vowel marks and folds letter variants (أ/إ/آ -> ا, ة -> ه, ى -> ي).
import type { LanguageLexicon } from './types.js';

export const ar: LanguageLexicon = {
  lang: 'ar',
  scale: {
    ممتاز: 5, رائع: 5, 'جيد جدا': 5, 'كويس جدا': 5, 'منيح كتير': 5, 'تمام التمام': 5, mumtaz: 5, momtaz: 5,
    كويس: 4, كويسة: 4, منيح: 4, منيحة: 4, زين: 4, زينة: 4, تمام: 4, بخير: 4, جيد: 4, مبسوط: 4, مبسوطة: 4,
    'الحمد لله': 4, الحمدلله: 4, 'الحمد الله': 4,
    kwayes: 4, kwayyes: 4, kwayis: 4, kuwayyis: 4, kwaysa: 4, kwayesa: 4, mnih: 4, mneeh: 4, mni7: 4,
    zein: 4, zain: 4, tamam: 4, tamaam: 4, bikhair: 4, bkhair: 4, bekhair: 4, mabsout: 4, mabsoot: 4,
    alhamdulillah: 4, hamdulillah: 4, alhamdulilah: 4, hamdullah: 4, 'el hamdulillah': 4,
    'al hamdulillah': 4, '7amdellah': 4, '7amdulillah': 4, hamdellah: 4,
    'مش بطال': 3, 'مش وحش': 3, 'ماشي الحال': 3, 'نص نص': 3, 'على قد الحال': 3,
    'mish battal': 3, 'mesh battal': 3, 'mashi el hal': 3, 'mashi l7al': 3, 'nus nus': 3, 'nuss nuss': 3,
    'noss noss': 3,
    سيء: 2, سيئ: 2, تعبان: 2, تعبانة: 2, زعلان: 2, زعلانة: 2, حزين: 2, حزينة: 2, وحش: 2,
    ta3ban: 2, taaban: 2, tabaan: 2, za3lan: 2, hazeen: 2, wihish: 2, 'mish kwayes': 2,
    زفت: 1, 'سيء جدا': 1, 'تعبان كتير': 1, 'وحش جدا': 1,
  },
  yes: [
    'نعم', 'ايوه', 'ايوا', 'اكيد', 'طبعا', 'اه', 'صح', 'ايه', 'اي نعم',
    'naam', 'na3am', 'aywa', 'aiwa', 'aywah', 'eywa', 'ewa', 'akeed', 'akid', 'tab3an', 'sa7',
  ],
  no: ['لا', 'لاء', 'لا شكرا', 'لسه', 'لسا', 'ابدا', 'la', 'laa', 'la2', 'la shukran', 'lissa', 'lessa', 'abadan'],
  yesAlone: ['ماشي', 'تمام', 'mashi', 'tamam'],
  unsure: [
    'ممكن', 'يمكن', 'ربما', 'مش عارف', 'مش عارفة', 'ما بعرف', 'لا اعرف', 'مش متاكد', 'احيانا', 'ان شاء الله',
    'انشالله', 'mumkin', 'yimkin', 'rubbama', 'mish 3arif', 'mesh 3aref', 'ma ba3ref', 'ma3rafsh', 'ahyanan',
    'inshallah', 'insha allah',
  ],
  negators: ['مش', 'مو', 'ما', 'mish', 'mesh', 'mush', 'mosh', 'msh', 'mo'],
  intensifiers: [],
  postIntensifiers: ['كتير', 'جدا', 'خالص', 'awi', 'jiddan', 'kteer', 'ktir'],
  downtoners: [],
  numbersAlone: { واحد: 1, اثنين: 2, اتنين: 2, ثلاثه: 3, تلاته: 3, اربعه: 4, خمسه: 5 },
  clauseBreaks: ['لكن', 'بس', 'لان', 'bas', 'laken', 'lakin'],
  present: ['الان', 'هلا', 'دلوقتي'],
};
