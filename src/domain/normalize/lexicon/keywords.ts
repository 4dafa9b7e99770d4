// Keywords that change what happens with a reply rather than its value: opt-out, help, and a
// request for personal contact. All phrases pass through the normal canonicalization.

/**
 * Whole-reply opt-out keywords (after dropping politeness fillers). Twilio's standard English
 * keywords are here: Twilio itself blocks the number after them, so Pols must agree.
 */
export const OPT_OUT_WHOLE: readonly string[] = [
  'stop', 'stopall', 'stop all', 'unsubscribe', 'cancel', 'end', 'quit', 'revoke', 'optout', 'opt out',
  'stoppen', 'afmelden', 'uitschrijven', 'meld af', 'schrijf uit', 'stop alles', 'stop sms', 'stop berichten',
  'uit', 'uitzetten', 'zet uit', 'hou op', 'houd op', 'kappen', 'kap', 'kap ermee', 'stopp', 'stopt',
];
/** Twilio's own keywords: always opt-out, even over an organization's learned entry. */
export const TWILIO_OPT_OUT: readonly string[] = [
  'stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'revoke', 'optout',
];
/** Verbs of stopping; in a sentence they are an opt-out only about the messages themselves. */
export const STOP_VERBS: readonly string[] = [
  'stop', 'stoppen', 'stopt', 'afmelden', 'meld af', 'meld me af', 'meld mij af', 'uitschrijven',
  'schrijf me uit', 'schrijf mij uit', 'unsubscribe', 'opt out', 'optout', 'hou op', 'houd op', 'ophouden',
  'kappen', 'kap', 'stopzetten', 'opzeggen', 'zeg op',
];
/** What the stop may be about and still mean Pols: messages, this service ("stop met die sms'jes"). */
export const MESSAGE_OBJECTS: readonly string[] = [
  'berichten', 'bericht', 'berichtjes', 'berichtje', 'sms', 'smsjes', 'smsje', 'smsen', 'mail', 'mails',
  'email', 'emails', 'mailtjes', 'appjes', 'vragen', 'check ins', 'checkins', 'meldingen', 'notificaties',
  'herinneringen', 'dit', 'deze', 'hiermee', 'sturen', 'mailen', 'appen', 'messages', 'message', 'texts',
  'text', 'texting', 'sending', 'send', 'notifications', 'this', 'pols', 'dienst', 'service', 'abonnement', 'subscription',
  'contact', 'vragenlijst', 'vragenlijsten',
];
/** Verbs of sending, after "niet meer" / "no longer". */
export const MESSAGE_VERBS: readonly string[] = [
  'sturen', 'sms', 'smsen', 'mailen', 'appen', 'berichten', 'contacteren', 'benaderen', 'storen', 'lastigvallen',
  'text', 'message', 'contact', 'email', 'bellen', 'ontvangen', 'krijgen', 'meedoen', 'deelnemen',
];
/** Fixed opt-out phrases, anywhere in the reply. */
export const OPT_OUT_PHRASES: readonly string[] = [
  'laat me met rust', 'laat mij met rust', 'laat me met rust alsjeblieft', 'leave me alone',
  'no more messages', 'no more texts', 'stop texting', 'stop sending', 'stop messaging', 'dont text me', 'dont message me',
  'do not text', 'do not contact', 'dont contact me', 'wil niet meer meedoen', 'doe niet meer mee',
  'wil hier niet meer aan meedoen', 'wil geen berichten', 'wil geen sms', 'wil geen smsjes', 'wil geen mails',
  'stuur geen', 'stuur me geen', 'stuur mij geen', 'stuur me niks', 'stuur me niets', 'stuur mij niks', 'stuur mij niets',
  'stuur ons niks', 'stuur ons niets', 'stuur me nix', 'send me nothing', 'dont send', 'stuur niks meer',
  'stuur niets meer', 'hoef geen berichten', 'hoef geen sms', 'remove me', 'take me off',
];
/** Words of refusal before a message object + "meer": "geen berichten meer". */
export const NONE_WORDS: readonly string[] = ['geen', 'niks', 'niets', 'no'];
export const ANYMORE_WORDS: readonly string[] = ['meer', 'more', 'anymore'];
export const NO_LONGER: readonly string[] = ['niet meer', 'nooit meer', 'no longer', 'not anymore'];
/** Negation that cancels a stop or call request ("ik wil niet stoppen", "bel me niet"). */
export const CANCEL_WORDS: readonly string[] = ['niet', 'geen', 'not', 'dont', 'hoeft', 'hoef', 'nooit', 'never'];

/** Words that may accompany a whole-reply keyword ("stop aub", "ik wil me afmelden"). */
export const KEYWORD_FILLERS: readonly string[] = [
  'ik', 'wil', 'willen', 'graag', 'alsjeblieft', 'nu', 'me', 'mij', 'hier', 'bij', 'jullie', 'alles', 'all',
  'now', 'ermee', 'hiermee', 'daarmee', 'mee', 'met', 'de', 'het', 'die', 'gewoon', 'echt', 'wel', 'zo',
  'snel', 'onmiddellijk', 'direct', 'meteen', 'asap', 'ga', 'gaan', 'zou', 'liever', 'mag', 'kan', 'even',
  'nou', 'toch', 'a', 'the', 'i', 'want', 'to', 'me', 'bedankt', 'thanks', 'groet', 'hallo', 'dan', 'maar',
  'heb', 'nodig', 'need', 'some', 'een', 'beetje', 'pls', 'svp', 'dank', 'u', 'ok', 'oke', 'voor', 'van', 'aan',
];

/** Whole-reply help request (with fillers): status `help`. */
export const HELP_WORDS: readonly string[] = [
  'help', 'hulp', 'info', 'informatie', 'helpdesk', 'sos', 'menu', 'yardim', 'pomoc', 'مساعده', 'musaada',
  'hulp nodig', 'help me', 'help mij',
];

/** A request for personal contact: a calling verb with someone to call... */
export const CALL_VERBS: readonly string[] = [
  'bel', 'bellen', 'terugbellen', 'opbellen', 'terug bellen', 'call', 'phone', 'ring', 'اتصل', 'اتصلوا',
];
export const CALL_TARGETS: readonly string[] = [
  'me', 'mij', 'u', 'iemand', 'jullie', 'je', 'jij', 'coach', 'terug', 'back', 'someone', 'somebody', 'you',
];
/** ...or a wish to talk with a person from the service ("graag een gesprek met mijn coach", "kan ik iemand spreken?"). */
export const TALK_WORDS: readonly string[] = [
  'gesprek', 'gesprekje', 'praatje', 'belletje', 'telefoontje', 'spreken', 'praten', 'afspraak', 'contact', 'overleggen', 'overleg', 'bespreken', 'sparren', 'langskomen', 'langs komen', 'persoonlijk contact',
  'belafspraak', 'terugbelafspraak', 'terugbelverzoek', 'telefonische afspraak', 'videobellen', 'beeldbellen',
  'talk', 'speak', 'meeting', 'appointment', 'chat',
];
/** Talk words that are a request even without naming who ("ik wil graag een gesprek"); "afspraak" is not. */
export const TALK_WORDS_ALONE: readonly string[] = [
  'gesprek', 'gesprekje', 'praatje', 'belletje', 'telefoontje', 'langskomen', 'langs komen', 'spreken', 'praten', 'persoonlijk contact', 'contact', 'belafspraak', 'telefonische afspraak', 'terugbelafspraak', 'terugbelverzoek', 'talk', 'speak',
];
export const TALK_TARGETS: readonly string[] = [
  'coach', 'consulent', 'begeleider', 'klantmanager', 'contactpersoon', 'iemand', 'u', 'jullie', 'jou', 'je',
  'someone', 'somebody', 'you', 'mij', 'me', 'hulpverlener', 'maatschappelijk werker',
];
export const WISH_WORDS: readonly string[] = [
  'wil', 'willen', 'graag', 'kan', 'kunt', 'kunnen', 'mag', 'zou', 'alsjeblieft', 'want', 'like', 'can',
  'could', 'would', 'please', 'nodig', 'need', 'opnemen', 'neem', 'wens', 'tijd', 'time',
];
/** A wish for a talk with one of these is not about the coach ("een afspraak bij de huisarts"). */
export const OTHER_PARTIES: readonly string[] = [
  'huisarts', 'dokter', 'arts', 'tandarts', 'ziekenhuis', 'specialist', 'fysio', 'psycholoog', 'werkgever',
  'baas', 'school', 'leraar', 'juf', 'meester', 'kapper', 'garage', 'bank', 'advocaat', 'notaris', 'doctor',
  'dentist', 'employer', 'boss', 'teacher', 'sollicitatie', 'vacature', 'bedrijf',
];
/** Fixed callback phrases. */
export const CALLBACK_PHRASES: readonly string[] = [
  'bel me', 'bel mij', 'call me', 'neem contact op', 'neem contact met mij op', 'neem contact met me op',
  'contact met mij opnemen', 'contact met me opnemen', 'contact opnemen', 'graag contact', 'terugbellen',
  'bel me terug', 'call me back', 'kan ik u spreken', 'kan ik je spreken', 'kunnen we praten', 'gebeld worden',
  'teruggebeld worden', 'graag gebeld', 'graag teruggebeld', 'word graag gebeld',
  // reported or inverted: "dat hij teruggebeld wil worden", "ik wil worden teruggebeld"
  'worden teruggebeld', 'worden gebeld', 'gebeld te worden', 'teruggebeld te worden',
  'kunnen we even praten', 'kunnen we bellen', 'kan je bellen', 'kun je bellen', 'kunt u bellen',
  'bel maar', 'bel gerust', 'mag bellen', 'mag me bellen', 'mag mij bellen', 'mag gebeld worden', 'bellen mag',
  'zullen we bellen', 'zullen we praten', 'kunnen wij bellen', 'give me a call', 'ring me',
  // wanting to be called or to meet: "liever dat je me belt", "kunnen we afspreken?"
  'dat je me belt', 'dat je mij belt', 'dat u me belt', 'dat u mij belt', 'dat u belt',
  'dat je belt', 'bellen aub', 'bellen alsjeblieft', 'bellen svp', 'kunnen we afspreken', 'kunnen we een keer afspreken', 'zullen we afspreken', 'afspraak maken',
];
/** Softeners that may stand inside a callback phrase ("kunt u mij even terugbellen", "kunnen we eens praten"). */
export const CALLBACK_SOFTENERS: readonly string[] = [
  'even', 'eens', 'misschien', 'nog', 'alsjeblieft', 'asap', 'snel', 'morgen', 'vandaag', 'een keer', 'binnenkort', 'graag', 'zo snel mogelijk',
  'deze week', 'vanmiddag', 'straks', 'wil', 'wilt',
];
/** Subjects before an imperative opt-out phrase make it a statement ("ik stuur niks meer naar werkgevers"). */
export const STATEMENT_SUBJECTS: readonly string[] = ['ik', 'we', 'wij', 'hij', 'zij', 'ze', 'i', 'he', 'she', 'they'];
/** After "naar"/"aan"/"to", a recipient other than these makes a "stuur niks meer" about someone else. */
export const RECIPIENT_WORDS: readonly string[] = ['naar', 'aan', 'to'];
export const SELF_RECIPIENTS: readonly string[] = ['me', 'mij', 'ons', 'us', 'dit', 'deze', 'mijn', 'my', 'this', 'dat'];
