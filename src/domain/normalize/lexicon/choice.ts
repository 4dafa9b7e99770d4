// Choice answers: ordinals, letters and synonym groups. When an option's label (or value)
// contains a word of a group, every word of that group selects the option: "mail" -> "E-mail",
// "bellen" -> "Telefoon", "via de app" -> "App".

export const ORDINALS: Readonly<Record<string, number>> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10,
  '1e': 1, '1ste': 1, '2e': 2, '2de': 2, '3e': 3, '3de': 3, '4e': 4, '4de': 4, '5e': 5, '5de': 5, '6e': 6, '6de': 6,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5,
  pierwszy: 1, drugi: 2, trzeci: 3, birinci: 1, ikinci: 2, ucuncu: 3,
};
/** Relative positions. */
export const LAST_WORDS: readonly string[] = ['laatste', 'last', 'onderste'];
/** The first in the list as it was shown. */
export const FIRST_WORDS: readonly string[] = ['bovenste', 'top one', 'eerstgenoemde'];
export const MIDDLE_WORDS: readonly string[] = ['middelste', 'middle'];
/** After a refusal at the start of a label, words for "all" do not name it ("Geen van beide" is not "beide"). */
export const REFUSAL_WORDS: readonly string[] = ['geen', 'niets', 'niks', 'nee', 'none', 'no', 'neither', 'nothing'];
export const ALL_WORDS: readonly string[] = ['beide', 'allebei', 'alle', 'allemaal', 'allen', 'both', 'all'];

/** Words around a choice that carry no choice ("ik kies optie B graag"). */
export const CHOICE_FILLERS: readonly string[] = [
  'ik', 'kies', 'kies voor', 'kiezen', 'neem', 'doe', 'wil', 'graag', 'liefst', 'liever', 'het', 'de', 'een',
  'via', 'per', 'met', 'optie', 'nummer', 'nr', 'antwoord', 'keuze', 'voor', 'mij', 'me', 'maar', 'dan', 'is',
  'hoor', 'alsjeblieft', 'bedankt', 'oke', 'mijn', 'voorkeur', 'gaat', 'uit', 'naar', 'op', 'van', 'je', 'jullie',
  'the', 'a', 'an', 'i', 'choose', 'pick', 'option', 'number', 'please', 'prefer', 'would', 'like', 'by', 'via',
  'thanks', 'en', 'and', 'of', 'wel', 'toch', 'gewoon', 'denk', 'zou', 'zeggen', 'lijkt', 'leuk', 'beste',
];

export const SYNONYM_GROUPS: ReadonlyArray<readonly string[]> = [
  ['email', 'e mail', 'mail', 'mailen', 'mailtje', 'emailen', 'gmail', 'hotmail', 'inbox', 'per mail'],
  ['sms', 'smsje', 'smsjes', 'smsen', 'tekst', 'tekstbericht', 'berichtje', 'text', 'texting', 'sms bericht'],
  ['telefoon', 'telefonisch', 'tel', 'telefoonnummer', 'bellen', 'bel', 'gebeld', 'opbellen', 'phone', 'call', 'calling', 'telefoontje', 'mobiel'],
  ['app', 'appen', 'applicatie', 'pushbericht', 'push', 'melding', 'meldingen', 'notificatie', 'whatsapp', 'appje'],
  ['workshop', 'training', 'cursus', 'les', 'bijeenkomst'],
  ['parttime', 'deeltijd', 'halve dagen'], ['fulltime', 'voltijd', 'hele dagen'],
  ['opleiding', 'studie', 'studeren', 'school', 'scholing', 'leren'],
  ['coach', 'consulent', 'begeleider', 'klantmanager', 'contactpersoon'],
  ['gesprek', 'afspraak', 'praten', 'spreken', 'langskomen', 'meeting'],
  ['ja', 'jazeker', 'yes', 'jep', 'tak', 'evet', 'naam'],
  ['nee', 'no', 'nope', 'nie', 'hayir'],
  ['geen', 'niks', 'niets', 'none', 'neither', 'geen van beide', 'geen van allen', 'geen van allebei', 'allebei niet', 'beide niet', 'geen van tweeen', 'geen van de twee'],
  ['beide', 'allebei', 'both', 'alle', 'allemaal', 'all'],
  ['maandag', 'ma', 'maa', 'maan', 'monday', 'mon'], ['dinsdag', 'di', 'din', 'dins', 'tuesday', 'tue'], ['woensdag', 'wo', 'woe', 'woens', 'wednesday', 'wed'],
  ['donderdag', 'do', 'dond', 'thursday', 'thu'], ['vrijdag', 'vr', 'friday', 'fri'], ['zaterdag', 'za', 'saturday'], ['zondag', 'zo', 'sunday'],
  ['ochtend', 'morgen', 'sochtends', 'morning', 'voormiddag'], ['middag', 'smiddags', 'afternoon', 'namiddag'],
  ['avond', 'savonds', 'evening'],
  // remote: "thuis" may mean online, but the video words name "online" rather than "at home"
  ['thuis', 'online'],
  ['online', 'digitaal', 'video', 'beeldbellen', 'videobellen', 'teams', 'zoom', 'internet', 'webinar'],
  ['kantoor', 'gemeente', 'gemeentehuis', 'op locatie', 'langskomen'],
  // languages, by their Dutch, English and own names
  ['nederlands', 'dutch', 'hollands', 'nl'], ['engels', 'english', 'en'], ['arabisch', 'arabic', 'العربية', 'عربي', 'arabi'],
  ['turks', 'turkish', 'türkçe', 'turkce'], ['pools', 'polish', 'polski'], ['duits', 'german', 'deutsch'],
  ['frans', 'french', 'français'], ['spaans', 'spanish', 'español'], ['oekraiens', 'ukrainian', 'українська'],
  ['russisch', 'russian', 'русский'], ['tigrinya', 'tigrinya', 'ትግርኛ'], ['somalisch', 'somali', 'soomaali'],
];
