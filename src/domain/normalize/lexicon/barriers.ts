// Barriers to work, as data. Two kinds of entry per barrier:
// - problems: words that are the barrier itself ("schulden", "burn-out"). Negated or resolved
//   ("geen schulden meer", "geen pijn meer") they mean the barrier is absent: false.
// - topics: neutral words that become a barrier only with a problem cue nearby in the same
//   clause part ("geen oppas", "auto kapot", "de bus rijdt niet"), or resolved ("oppas geregeld").
// "deurwaarder*" matches words starting with it, "*pijn" words ending in it (Dutch compounds).
import type { TraitKey } from '../types.js';

export interface BarrierSpec {
  key: TraitKey;
  problems: readonly string[];
  topics: readonly string[];
  /** Cues that make a topic a problem for this barrier only ("eruit" for housing). */
  topicCues?: readonly string[];
  /** Cues that resolve this barrier only ("beter" for health, "gemaakt" for a car). */
  resolvedCues?: readonly string[];
  /** Phrases that say the barrier is taken care of ("oma past op de kinderen"): false, or true when negated. */
  covered?: readonly string[];
  /** Topics that count only with this barrier's own cues ("ik snap de brief niet", not "geen brief gehad"). */
  narrowTopics?: readonly string[];
  /** Cues for the narrow topics only: "moet" in "ik moet de kids van school halen", not in "ik moet naar de opvang". */
  narrowCues?: readonly string[];
  /** Whether the shared cues apply to topics: all of them, only negation ("geen huis"), or none. */
  sharedCues?: 'all' | 'negation' | 'none';
  /**
   * Only about the client: "mijn moeder is ziek" is not the client's health. 'household': a partner's
   * share counts as the client's ("mijn man heeft schulden"), a sister's or neighbour's does not.
   */
  selfOnly?: boolean | 'household';
  /** Cues that say the client has it (again) for this barrier only ("sinds kort een auto"): false unless negated. */
  regainedCues?: readonly string[];
  /**
   * Someone else's: another adult (not the household, not a child) who has or lacks it
   * ("mijn zus heeft geen oppas") is not the client's barrier.
   */
  othersOwn?: boolean;
  /** The verbs that make another adult's share theirs for this barrier (default `OTHERS_HAVE_VERBS`). */
  othersVerbs?: readonly string[];
  /**
   * Made to leave, with words between: "we moeten voor 1 juni ons huis uit". A topic directly followed by
   * one of `after`, in a part with one of `verbs`, is a problem.
   */
  forcedOut?: { verbs: readonly string[]; after: readonly string[] };
  /**
   * Problem words that only point at this barrier when no other barrier's problem word stands in the same
   * part: "overspannen volgens de huisarts" is mental, not physical health.
   */
  weakProblems?: readonly string[];
  /**
   * Someone else doing it for the client: the client's barrier even with another person in the part
   * ("mijn dochter leest mijn post voor").
   */
  assisted?: readonly string[];
  /**
   * A topic named alone with the client's possessive after an answer is the complaint itself:
   * "gaat wel, mijn rug", "nee, mijn knie" (see `OWNED_ALONE_LEADS`).
   */
  ownedAlone?: boolean;
}

/** "niemand voor de kids", "niemand om op mijn zoontje te passen": nobody to look after the children. */
function nobodyForTheChildren(): string[] {
  const out: string[] = [];
  for (const det of ['de', 'mijn', 'onze', 'ons']) {
    for (const kid of ['kinderen', 'kids', 'kind', 'kindje', 'kleine', 'kleintjes', 'zoon', 'dochter', 'baby', 'jongste', 'zoontje', 'dochtertje', 'kindjes']) {
      // "niemand voor mijn zoontje", "niemand om op mijn dochter te passen", "niemand die op de kleine past"
      // "ik kan mijn kind nergens kwijt"
      out.push(`${det} ${kid} nergens kwijt`, `${det} ${kid} nergens heen`);
      out.push(`niemand voor ${det} ${kid}`, `niemand om op ${det} ${kid} te passen`, `niemand die op ${det} ${kid} past`, `niemand die op ${det} ${kid} kan passen`);
    }
  }
  return out;
}

/** "moet het huis uit", "moeten onze woning uit": having to leave one's home, in its usual word orders. */
function mustLeave(): string[] {
  const out: string[] = [];
  for (const verb of ['moet', 'moeten', 'moest', 'moesten']) {
    for (const det of ['het', 'ons', 'onze', 'mijn', 'de']) {
      for (const home of ['huis', 'woning', 'kamer', 'appartement', 'flat']) out.push(`${verb} ${det} ${home} uit`, `${verb} uit ${det} ${home}`);
    }
    // subclause order, also in a coach's summary: "dat ik mijn huis uit moet", "dat ze haar woning uit moet"
    for (const det of ['het', 'ons', 'onze', 'mijn', 'haar', 'zijn', 'hun']) {
      for (const home of ['huis', 'woning', 'kamer', 'appartement', 'flat']) out.push(`${det} ${home} uit ${verb}`);
    }
  }
  return out;
}

/** "we slapen met zijn vijven in een kamer": many people in one room or home. */
function crowded(): string[] {
  const out: string[] = [];
  for (const zijn of ['zijn', 'zn']) {
    for (const n of ['drieen', 'vieren', 'vijven', 'zessen', 'zevenen', 'achten', 'negenen', 'tienen']) out.push(`met ${zijn} ${n} in een`, `met ${zijn} ${n} op een`);
  }
  return out;
}

/** "ik woon in een opvang", "we zitten nog in het azc": living in a shelter (not "de kinderen zitten in de opvang"). */
function livingInShelter(): string[] {
  const out: string[] = [];
  for (const verb of ['woon', 'wonen', 'woont', 'slaap', 'slapen', 'verblijf', 'verblijven', 'zit ik', 'zitten we', 'zit nog', 'zitten nog']) {
    for (const det of ['de', 'een', 'het']) {
      for (const place of ['opvang', 'azc', 'asielzoekerscentrum', 'pension', 'hostel', 'noodopvang', 'crisisopvang']) out.push(`${verb} in ${det} ${place}`);
    }
  }
  return out;
}

/** Clear improvement ("veel beter", "beter nu"): a resolving cue for health and for language skills. */
const MUCH_BETTER: readonly string[] = ['veel beter', 'stuk beter', 'een stuk beter', 'beter nu', 'nu beter', 'al beter', 'al veel beter', 'much better'];

/** "we wonen bij mijn schoonouders in", "ik woon in bij mijn ouders": living in someone else's home, no place of one's own. */
function livingInWith(): string[] {
  const out: string[] = [];
  const hosts = ['ouders', 'schoonouders', 'moeder', 'vader', 'schoonmoeder', 'schoonvader', 'zus', 'broer', 'oma', 'opa', 'tante', 'oom'];
  for (const verb of ['woon', 'wonen', 'woont', 'woonde', 'woonden']) {
    for (const who of ['mijn', 'zijn', 'haar', 'onze']) {
      for (const host of hosts) out.push(`${verb} bij ${who} ${host} in`, `${verb} in bij ${who} ${host}`);
    }
    out.push(`${verb} bij familie in`, `${verb} in bij familie`, `${verb} bij vrienden in`, `${verb} in bij vrienden`);
  }
  out.push('inwonen', 'inwonend', 'inwoning', 'woon inwonend', 'wonen inwonend');
  return out;
}

/** "de kinderen zijn weer beter", "mijn dochter is weer gezond": a sick child has recovered, so the childcare gap is gone. */
function childRecovered(): string[] {
  const out: string[] = [];
  for (const [child, verb] of [['dochter', 'is'], ['dochtertje', 'is'], ['zoon', 'is'], ['zoontje', 'is'], ['kind', 'is'], ['kleine', 'is'], ['jongste', 'is'], ['oudste', 'is'], ['baby', 'is'], ['kinderen', 'zijn'], ['kids', 'zijn'], ['kindjes', 'zijn']] as const) {
    for (const state of ['weer beter', 'weer gezond', 'weer fit', 'hersteld', 'weer hersteld', 'weer opgeknapt', 'opgeknapt', 'beter']) out.push(`${child} ${verb} ${state}`);
  }
  return out;
}

export const BARRIERS: readonly BarrierSpec[] = [
  {
    key: 'barrier.childcare',
    problems: [
      'niemand om op te passen', 'niemand voor de kinderen', 'niemand die op de kinderen past',
      'moet op de kinderen passen', 'moet oppassen', 'niemand om op de kinderen te passen', 'niemand om op mijn kinderen te passen',
      'niemand die op de kinderen kan passen', 'niemand die kan oppassen', 'kan niemand vinden om op te passen',
      'als de kinderen op school zitten', 'als de kinderen op school zijn', 'tijdens schooltijd', 'onder schooltijd',
      'binnen schooltijden', 'tijdens schooltijden', 'onder schooltijden',
      'no one to watch', 'nobody to watch', 'no one to look after', 'nobody to look after', 'no one to babysit', 'nobody to babysit',
      'past niet meer op', 'past niet op', 'wie past er op', 'wie past op', 'wie let er op', 'passen niet meer op', 'kan niet meer oppassen', 'kan niet oppassen',
      ...nobodyForTheChildren(),
    ],
    // looking after the children: a problem with this barrier's own cues ("niemand kan op mijn kinderen passen")
    narrowTopics: [
      'oppassen', 'op te passen', 'op de kinderen passen', 'op mijn kinderen passen', 'op de kids passen', 'op mijn kind passen',
      'op de kleine passen', 'op mijn zoon passen', 'op mijn dochter passen', 'op de kinderen letten',
      // school hours: "ik moet om 3 uur de kids van school halen", "school is om 14.00 uit"
      'van school halen', 'van school ophalen', 'ophalen van school', 'halen van school', 'uit school halen',
      'uit school ophalen', 'naar school brengen', 'school is uit', 'school uit', 'is de school uit', 'school is om',
      'opgehaald', 'opgehaald worden', 'ophalen', 'kinderen halen', 'kids halen', 'kinderen brengen', 'kids brengen',
    ],
    topics: [
      'oppas', 'oppasser', 'oppasmoeder', 'kinderopvang', 'opvang', 'bso', 'kdv', 'creche', 'gastouder',
      'kinderdagverblijf', 'naschoolse opvang', 'buitenschoolse opvang', 'babysit', 'babysitter', 'childcare',
      'daycare', 'nanny', 'kinderopvangtoeslag',
    ],
    topicCues: [
      'vol', 'wachtlijst', 'te duur', 'afgezegd', 'valt weg', 'viel weg', 'valt af', 'viel af', 'valt uit', 'viel uit',
      'kan niet meer', 'gestopt', 'stopt', 'niemand', 'dicht', 'gesloten', 'full', 'waiting list', 'cancelled', 'closed',
      'stopgezet', 'ingetrokken', 'teruggevorderd', 'geweigerd', 'afgewezen', 'geen tijd', 'no time', 'kwijt',
      'kost te veel', 'kan niet', 'kan ik niet', 'gaat niet', 'lukt niet', 'valt steeds uit', 'valt vaak uit',
      'zegt af', 'zegt steeds af', 'zegt vaak af',
      // closing before the working day ends: "de bso sluit om 6 uur"
      'sluit', 'sluit al', 'sluiten', 'gaat dicht', 'closes',
      // no place yet: "de opvang heeft pas plek in september"
      'pas plek', 'pas een plek', 'nog geen plek',
    ],
    narrowCues: ['moet', 'moeten', 'moest'],
    // the children can go there: "de kinderen kunnen nu naar de bso"
    resolvedCues: [
      'kunnen naar', 'kunnen nu naar', 'kunnen weer naar', 'kan naar', 'kan nu naar', 'kan weer naar', 'gaan naar',
      'gaan nu naar', 'gaan weer naar', 'gaat naar', 'gaat nu naar', 'gaat weer naar', 'mogen naar', 'mag naar',
      'kunnen eindelijk naar', 'kan eindelijk naar', 'mogen weer naar', 'mag weer naar', 'beschikbaar', 'weer beschikbaar',
      // from a date on: "de kinderen kunnen vanaf volgende week naar de bso", "de opvang begint vanaf maandag"
      'kunnen vanaf', 'kan vanaf', 'mogen vanaf', 'mag vanaf', 'gaan vanaf', 'gaat vanaf', 'begint vanaf', 'start vanaf',
      // the sitter is back: "de oppas is terug"
      'is terug', 'is weer terug', 'weer terug',
    ],
    regainedCues: ['sinds kort', 'sinds', 'eindelijk'],
    othersOwn: true,
    covered: [
      'past op', 'past nu op', 'past weer op', 'passen op', 'passen nu op', 'passen weer op', 'paste op', 'pasten op',
      'looks after the kids', 'watches the kids', 'haalt de kinderen', 'haalt de kids', 'haalt mijn kinderen', 'brengt de kinderen',
      'brengt mijn kinderen', 'halen de kinderen', 'brengen de kinderen', 'haalt ze op', 'brengt en haalt',
      // someone can or will look after them: "mijn moeder kan voortaan oppassen"
      'kan oppassen', 'kunnen oppassen', 'gaat oppassen', 'gaan oppassen', 'komt oppassen', 'komen oppassen', 'wil oppassen', 'willen oppassen',
      ...childRecovered(),
    ],
    // "wie past er op mijn kinderen?": nobody to look after them
  },
  {
    key: 'barrier.transport',
    problems: ['lekke band', 'lekke fietsband', 'flat tire', 'flat tyre', 'reiskosten te hoog', 'kan er niet komen', 'kan er niet naartoe', 'te ver weg', 'te ver reizen', 'uur reizen', 'uur onderweg'],
    topics: [
      'auto', 'wagen', 'car', 'vervoer', 'transport', 'rijbewijs', 'bus', 'bussen', 'trein', 'treinen', 'ov',
      'openbaar vervoer', 'ov chipkaart', 'ovchipkaart', 'fiets', 'scooter', 'brommer', 'tram', 'metro', 'taxi',
      'lift', 'reiskosten', 'driving licence', 'drivers license', 'license', 'licence', 'bike', 'train', 'ride',
      'busabonnement', 'ov kaart', 'autorijden', 'auto rijden', 'rijden', 'driving',
      'benzine', 'brandstof', 'diesel', 'tanken', 'reizen', 'reistijd', 'fietsen', 'ov chip', 'ovchip', 'benzinegeld',
      'treinkaartje', 'treinkaartjes', 'buskaartje', 'buskaartjes', 'kaartjes', 'ov abonnement', 'apk', 'reis',
      'bromfiets', 'motor', 'motorfiets', 'e bike', 'ebike', 'elektrische fiets', 'snorfiets', 'busje',
    ],
    topicCues: [
      'kapot', 'stuk', 'gestolen', 'kwijt', 'weg', 'rijdt niet', 'rijden niet', 'te ver', 'ver weg', 'te duur',
      'ingetrokken', 'afgepakt', 'in beslag', 'panne', 'lek', 'lekke band', 'garage', 'uitgevallen', 'staking',
      'broken', 'broke down', 'stolen', 'too far', 'verkocht', 'onbetaalbaar', 'total loss', 'totaal loss', 'total los',
      'afgeschreven', 'leeg', 'niet opladen', 'gejat', 'gepikt', 'te hoog', 'afgekeurd', 'inleveren', 'ingeleverd', 'komt maar',
      'rijdt maar', 'maar 1x', 'maar een keer', 'maar 1 keer', 'maar 2 keer', 'maar twee keer', 'in the shop', 'repossessed', 'towed',
      'weggesleept', 'niet vaak genoeg', 'kost me te veel', 'te veel tijd', 'staakt', 'staken', 'strike',
      // unreliable: "de bus is steeds te laat"
      'te laat', 'vertraging', 'vertraagd', 'valt uit', 'vallen uit',
      // taken or not working: "mijn rijbewijs is ingenomen", "de auto start niet"
      'ingenomen', 'ingevorderd', 'kwijtgeraakt', 'start niet', 'wil niet starten', 'springt niet aan', 'verlopen',
    ],
    resolvedCues: [
      'gemaakt', 'gerepareerd', 'gehaald', 'repaired', 'gekocht', 'gekregen', 'bought', 'vergoed', 'worden vergoed', 'wordt vergoed',
      'krijg een', 'krijg nu', 'krijg weer', 'lukt nu', 'lukt weer', 'doet het weer', 'rijdt weer', 'werkt weer', 'weer rijdt',
      'rijden weer', 'weer rijden', 'is terug', 'weer terug', 'meerijden', 'rij mee', 'kan meerijden',
    ],
    regainedCues: ['sinds kort', 'sinds', 'eindelijk'],
    // a lift or a shared ride: "ik kan meerijden met een collega", "mijn broer brengt me"
    covered: ['meerijden', 'kan meerijden', 'mag meerijden', 'rij mee met', 'rijd mee met', 'carpool', 'carpoolen', 'krijg een lift', 'haalt me op', 'haalt mij op', 'brengt me', 'brengt mij'],
    selfOnly: 'household',
  },
  {
    key: 'barrier.physical_health',
    problems: [
      'ziek', 'zieke', 'ziekte', 'ziek*', 'pijn', 'pijnlijk', '*pijn', 'migraine', 'blessure', '*blessure',
      'geblesseerd', 'operatie', 'geopereerd', 'gebroken', 'griep', 'koorts', 'corona', 'covid', 'chronisch',
      'reuma', 'artrose', 'hernia', 'astma', 'diabetes', 'suikerziekte', 'kanker', 'hartklachten', 'rugklachten',
      'lichamelijke klachten', 'fysieke klachten', 'fysio', 'fysiotherapeut', 'fysiotherapie', 'revalidatie', 'revalideren', 'handicap', 'gehandicapt',
      'lichamelijke beperking', 'rolstoel', 'krukken', 'gips', 'sick', 'ill', 'illness', 'pain', 'injury',
      'injured', 'surgery', 'headache', 'flu', 'fever', 'disabled', 'disability',
      'chronic', 'back pain', 'verstuikt', 'verstuiking', 'gekneusd', 'kneuzing', 'ontsteking', 'misselijk', 'misselijkheid',
      'overgeven', 'duizelig', 'duizeligheid', '*ache', 'complicaties', 'bekkeninstabiliteit', 'gynaecoloog', 'gyneacoloog',
      'gynaecologe', 'bedrust', 'diabeet', 'pijnstillers', 'bloeding', 'bloedingen', 'whiplash', 'fibromyalgie', 'epilepsie',
      'slechtziend', 'slechthorend', 'doof', 'blind', 'chemo', 'chemotherapie', 'bestraling', 'hartaanval', 'herseninfarct',
      'beroerte', 'pijnklachten', 'maagklachten', 'buikklachten', 'spierklachten', 'gewrichtsklachten', 'nekklachten',
      'knieklachten', 'schouderklachten', 'chronisch vermoeid', 'knieoperatie', 'heupoperatie', 'rugoperatie', 'pijnstiller', 'ziektewet',
      'arbeidsongeschikt', 'aching', 'heb suiker', 'suiker hebben', 'suikerpatient', 'suikerziek', 'waterpokken', 'buikgriep', 'mazelen', 'roodvonk', 'krentenbaard', 'oorontsteking', 'hasta', 'hastayim', 'chory', 'choroba', 'مريض', 'مريضه',
    ],
    topics: [
      'rug', 'knie', 'knieen', 'schouder', 'schouders', 'nek', 'hoofd', 'benen', 'voet', 'voeten',
      'enkel', 'pols', 'heup', 'arm', 'armen', 'hand', 'handen', 'buik', 'maag', 'hart', 'longen', 'tanden', 'kies',
      'lichaam', 'gezondheid', 'lichamelijk', 'fysiek', 'ogen', 'oog', 'gehoor', 'kop', 'been', 'vinger', 'vingers', 'kaak', 'oor', 'oren',
      'ribben', 'elleboog', 'teen', 'tenen', 'bekken', 'spieren', 'gewrichten', 'eyes', 'back', 'knee', 'shoulder', 'neck', 'leg', 'foot', 'hip', 'health',
    ],
    topicCues: ['last', 'zeer', 'doet', 'ontstoken', 'opereren', 'vervangen', 'opgespeeld', 'slecht', 'slechte', 'beperking',
      'nog niet beter', 'niet helemaal beter', 'nog niet helemaal beter', 'nog niet hersteld', 'niet hersteld', 'gaat niet goed', 'speelt', 'opspelen', 'hurts', 'sore', 'problemen', 'klachten', 'hurt', 'hurting', 'aches',
      // cause: "gestopt met werken door mijn rug"
      'door', 'vanwege', 'because of', 'due to', 'killing me',
      // worn or failing: "mijn rug is kapot", "mijn ogen worden slechter"
      'kapot', 'stuk', 'versleten', 'slechter', 'worden slechter', 'wordt slechter'],
    covered: [
      'ben weer beter', 'weer helemaal beter', 'ben helemaal beter', 'ben hersteld', 'helemaal hersteld', 'ben genezen',
      'weer gezond', 'ben weer gezond', 'weer fit', 'helemaal fit', 'uitgeziekt', 'beter gemeld', 'hersteld gemeld', 'feeling better now',
    ],
    resolvedCues: [
      'beter', 'hersteld', 'genezen', 'weer fit', 'weer gezond', 'beter nu', 'gaat goed', 'gaat prima', 'weer goed', 'weer in orde',
      'opgeknapt', 'recovered', 'better', 'healed', 'goed gegaan', 'goed verlopen', 'gezond', 'is minder', 'zijn minder',
      'veel minder', 'stuk minder', 'minder last', 'weer ok', 'weer oke', 'weer okay', 'weer mag werken', 'mag weer werken',
      'sterk', 'sterker', 'weer sterk',
      // the same improvement phrases as language, so neither hides the other's "beter"
      ...MUCH_BETTER,
    ],
    ownedAlone: true,
    weakProblems: ['huisarts', 'dokter', 'specialist', 'doctor', 'medicatie', 'medicijnen', 'medicijn', 'ziekenhuis', 'hospital'],
    sharedCues: 'negation',
    selfOnly: true,
  },
  {
    key: 'barrier.mental_health',
    problems: [
      'somber', 'somberheid', 'depressie', 'depressief', 'depressieve', 'depri', 'angst', 'angsten', 'angstig',
      'angstaanval', 'angstaanvallen', 'paniek', 'paniekaanval', 'paniekaanvallen', 'stress', 'gestrest',
      'gestresst', 'burn out', 'burnout', 'overspannen', 'overwerkt', 'psycholoog', 'psychiater', 'ggz',
      'slaap slecht', 'slecht slapen', 'slecht geslapen', 'kan niet slapen', 'slaapproblemen', 'slapeloos',
      'slapeloosheid', 'piekeren', 'pieker', 'in de put', 'eenzaam', 'eenzaamheid', 'psychisch', 'psychische',
      'mentaal', 'mentale problemen', 'trauma', 'ptss', 'suicidaal', 'zelfmoord', 'dood willen', 'overprikkeld',
      'heel down', 'erg down', 'zo down', 'echt down', 'super down', 'neerslachtig', 'zwaarmoedig', 'feel down', 'feeling down',
      'angst*', 'zenuwen', 'gedachten malen', 'malen', 'onrustig', 'gespannen', 'spanningen', 'opgebrand', 'geen energie',
      'nergens zin in', 'nergens zin', 'erg bang', 'heel bang', 'stemmingswisselingen', 'terugval',
      'zit er doorheen', 'zit er helemaal doorheen', 'zit helemaal stuk', 'op van de zenuwen', 'therapie', 'therapeut', 'kan het niet meer aan', 'kan het niet aan', 'alles is me te veel',
      'wordt me te veel', 'hoofd zit vol', 'hoofd is vol', 'overvol', 'kan niet meer nadenken', 'huil veel', 'huil vaak',
      'veel huilen', 'moet veel huilen', 'huil de hele dag', 'huil elke dag', 'huil steeds', 'huil alleen maar', 'moet steeds huilen',
      'durf niet naar buiten', 'durf niet meer naar buiten', 'durf de deur niet uit', 'kom de deur niet uit', 'kom het huis niet uit', 'feeling low', 'feel low', 'concentratieproblemen', 'voel me alleen', 'voel me zo alleen', 'voel me erg alleen',
      'zit niet lekker in mijn vel', 'niet lekker in mijn vel', 'zie het niet meer zitten', 'zie het niet zitten', 'het niet meer zien zitten', 'maak me zorgen', 'veel zorgen', 'zorgen maken',
      'mental health', 'anxiety', 'anxious', 'depressed', 'depression', 'panic', 'lonely', 'stressed',
      'burned out', 'cant sleep', 'overwhelmed', 'depresja', 'stres', 'اكتئاب', 'قلق',
    ],
    // sleep: "ik slaap heel slecht", "ik kan niet slapen"
    topics: ['slaap', 'slapen', 'sleep', 'sleeping', 'concentreren', 'concentratie'],
    topicCues: ['slecht', 'weinig', 'nauwelijks', 'bad', 'badly', 'poorly', 'maar', 'amper', 'bijna niet', 'onrustig'],
    // fear of something else ("bang dat ik mijn huis kwijtraak") is that barrier
    weakProblems: ['ben bang', 'bang dat', 'bang om'],
    resolvedCues: [
      'beter', 'hersteld', 'weer fit', 'gaat goed', 'gaat prima', 'weer goed', 'opgeknapt', 'better', 'is minder', 'zijn minder',
      'veel minder', 'stuk minder', 'sterk', 'sterker', 'weer sterk', 'nog niet beter', 'niet helemaal beter',
      ...MUCH_BETTER,
    ],
    covered: ['minder alleen', 'minder eenzaam', 'minder stress', 'minder gestrest', 'minder angstig', 'minder angst', 'minder somber', 'minder paniekaanvallen', 'slaap goed', 'slaap prima', 'slaap weer goed', 'slaap beter', 'slaap weer'],
    sharedCues: 'negation',
    selfOnly: true,
  },
  {
    key: 'barrier.debt',
    problems: [
      'schulden', '*schulden', 'schuldhulp*', 'schuldsanering', 'schuldeiser*', 'deurwaarder*', 'incasso*',
      'aanmaning*', 'betalingsachterstand*', 'achterstand', 'achterstanden', 'huurachterstand', 'bewindvoer*',
      'beschermingsbewind', 'budgetbeheer', 'wsnp', 'rood staan', 'staat rood', 'sta rood', 'roodstand', 'geldzorgen', 'geldproblemen',
      'financiele problemen', 'financiele zorgen', 'kom niet rond', 'kom net niet rond', 'kan niet rondkomen',
      'kunnen niet rondkomen', 'niet rondkomen', 'moeilijk rondkomen', 'cant make ends meet', 'krap bij kas', 'blut', 'platzak', 'boetes', 'cjib',
      'terugbetalen', 'terugvordering', 'debt', 'debts', 'bailiff', 'debt collector', 'collection agency',
      'money problems', 'broke', 'arrears', 'in arrears', 'rent arrears', 'overdue bills', 'unpaid bills', 'dlugi', 'borc', 'borclar', 'borcum', 'borcumuz', 'borcu', 'borclarim', 'ديون', 'een schuld', 'schuld bij', 'openstaande schuld', 'veel schuld', 'grote schuld', 'hoge schuld', 'in debt',
      'openstaande rekeningen', 'beslag op', 'loonbeslag', 'beslaglegging', 'bkr', 'bkr registratie', 'kan niet betalen',
      'niet kan betalen', 'kan ik niet betalen', 'niet terug kan betalen', 'niet terugbetalen', 'kan niet terugbetalen',
      'betalingsregeling', 'schuldenlast', 'schuldenberg', 'gokschuld', 'studieschuld', 'belastingschuld', 'huurschuld',
      'geen eten', 'geen geld voor eten', 'geen geld voor boodschappen', 'geen geld voor de boodschappen', 'boodschappen niet betalen', 'boodschappen niet meer betalen', 'voedselbank', 'voedselpakket', 'moet lenen', 'moeten lenen', 'lenen bij familie', 'lenen bij vrienden',
      'lenen van familie', 'lenen van vrienden', 'borrow money', 'kom tekort', 'komen tekort', 'kom ik tekort', 'komen we tekort', 'tekort komen', 'geld tekort', 'tekort aan geld',
      // street language: "ben skeer" (broke)
      'skeer', 'sker', 'ben skeer', 'kredietbank', 'om rond te komen', 'rond te komen', 'geld lenen', 'leen geld', 'leen steeds', 'achter met betalen',
    ],
    covered: [
      'alles is afgelost', 'alles afgelost', 'alles is betaald', 'alles betaald', 'schuldenvrij', 'schuld is afgelost', 'schuld afgelost',
      'schuld is betaald', 'schuld afbetaald', 'schuld is afbetaald',
    ],
    resolvedCues: ['gaat goed', 'gaat het goed', 'op orde', 'gaat prima', 'gaat het prima'],
    topics: ['geld', 'doekoe', 'doekoes', 'poen', 'centen', 'rekening', 'rekeningen', 'huur', 'energierekening', 'bills', 'money', 'rent', 'klarna', 'afterpay', 'lening', 'betalingen',
      'zorgverzekering', 'zorgverzekeraar', 'premie', 'financieel', 'financien', 'financiele situatie', 'telefoonabonnement'],
    topicCues: ['zorgen', 'stress', 'stress over', 'pieker', 'piekeren', 'tekort', 'te weinig', 'is op', 'krap', 'zorgen over', 'stapelen', 'stapelen zich op', 'lopen op', 'achterstand',
      // nothing left: "eind van de maand niks meer over", "I'm behind on rent"
      'open staan', 'openstaan', 'staan open', 'staat open',
      'niks meer over', 'niets meer over', 'niks over', 'niets over', 'nothing left', 'behind', 'behind on', 'achter met',
      // piling up: "er liggen stapels rekeningen", "onbetaalde rekeningen"
      'stapels', 'stapel', 'onbetaald', 'onbetaalde', 'openstaand', 'openstaande', 'piling up', 'pile up', 'overdue', 'unpaid'],
    // the end of the month and amounts of money ("euro", from "€") only with debt's own cues
    narrowTopics: ['eind van de maand', 'einde van de maand', 'eind vd maand', 'einde maand', 'end of the month', 'euro', 'euros'],
    narrowCues: ['niks meer', 'niets meer', 'geen', 'blut', 'rood'],
    selfOnly: 'household',
  },
  {
    key: 'barrier.literacy_language',
    problems: [
      'laaggeletterd', 'laaggeletterdheid', 'taalcursus', 'taalles', 'taallessen', 'nt2', 'inburgering',
      'inburgering*', 'inburgeren', 'inburgeringscursus', 'taalhulp', 'taalcoach', 'taalmaatje', 'taalschool', 'taalklas', 'taalachterstand', 'taalprobleem', 'taalproblemen', 'taalbarriere',
      'analfabeet', 'verstond niet', 'versta niet', 'versta het niet', 'verstond het niet', 'spreek alleen', 'spreek maar een beetje',
      'een beetje nederlands', 'weinig nederlands', 'dyslexie', 'dyslectisch', 'cant read', 'cannot read', 'language barrier',
    ],
    topics: [
      'lezen', 'schrijven', 'nederlands', 'taal', 'brieven', 'formulieren', 'formulier', 'spelling', 'dutch',
      'language', 'read', 'reading', 'write', 'writing', 'letters', 'de taal',
      // the verbs in the first person: "ik lees niet zo goed", "ik schrijf slecht"
      'lees', 'schrijf',
      // compounds: "internetformulieren", "belastingbrieven"; language levels and exams: "mijn B1 gehaald"
      '*formulieren', '*formulier', '*brieven', 'a2', 'b1', 'b2', 'taalexamen', 'taaltoets', 'staatsexamen', 'taalniveau',
    ],
    narrowTopics: [
      'brief', 'papieren', 'post', 'letter', 'paperwork',
      // digital skills: "ik weet niet hoe DigiD werkt", "computer is moeilijk"
      'digid', 'computer', 'mailen', 'mail', 'mails', 'e mail', 'email', 'internet', 'digitaal', 'digitale', 'laptop', 'online', 'computers',
    ],
    topicCues: [
      'moeilijk', 'lastig', 'snap', 'begrijp', 'snappen', 'begrijpen', 'leren', 'hulp', 'hulp nodig', 'weinig', 'nauwelijks',
      'understand', 'hard', 'difficult', 'help', 'little', 'niet goed genoeg', 'nog niet goed genoeg', 'not good enough',
      'weet niet hoe', 'niet hoe', 'ken geen', 'kan niet', 'leer', 'niet handig', 'niet zo handig', 'niet zo goed', 'niet goed',
      // still to improve: "mijn nederlands moet beter"
      'moet beter', 'moet nog beter', 'moet nog veel beter', 'kan beter', 'kan nog beter', 'needs to improve',
      'moet veel beter', 'moet een stuk beter', 'kan veel beter', 'kan een stuk beter', 'moet al beter',
    ],
    resolvedCues: [
      'goed genoeg', 'vloeiend', 'gehaald', 'geslaagd', 'good enough', 'fluent', 'passed', 'spreek goed', 'spreek nu goed', 'spreek al goed', 'spreek inmiddels goed', 'spreek vloeiend', 'helpt mij', 'helpt me', 'kan nu zelf', 'zelf lezen', 'kan ik nu zelf',
      'helpen mij', 'helpen me',
      // clearly improved: "mijn Nederlands is veel beter nu"
      ...MUCH_BETTER,
    ],
    // reading or translating for the client: "mijn dochter leest mijn post voor", "ik heb een tolk nodig"
    assisted: [
      'leest mijn post voor', 'leest mijn brieven voor', 'leest de post voor', 'leest de brieven voor', 'leest alles voor',
      'leest het voor', 'leest mij voor', 'leest voor mij', 'laat voorlezen', 'laten voorlezen', 'voorgelezen', 'vertaalt voor mij',
      'vertaalt voor me', 'vertaalt mijn', 'vertaalt alles', 'vertalen voor mij', 'vertalen voor me', 'tolk', 'tolken', 'reads my mail',
      'reads my letters', 'translates for me', 'translate for me', 'interpreter',
    ],
    selfOnly: true,
  },
  {
    key: 'barrier.housing',
    problems: [
      // having to leave: "we moeten eruit"
      'moet eruit', 'moeten eruit', 'moest eruit', 'moesten eruit', 'moet ik eruit', 'moeten we eruit',
      'dakloos', 'daklozen*', 'thuisloos', 'zwerven', 'op straat', 'nachtopvang', 'daklozenopvang',
      'maatschappelijke opvang', 'in de opvang', 'noodopvang', 'huisuitzetting', 'uitzetting', 'ontruiming',
      'ontruimd', 'uit huis gezet', 'slaap op de bank', 'op de bank bij', 'op de bank slapen', 'logeer bij',
      // "we logeren bij mijn zus", not "de kinderen logeren bij oma"
      'we logeren bij', 'wij logeren bij', 'logeren we bij', 'logeren wij bij', 'logeer ik bij', 'couchsurf*',
      'te weinig ruimte', 'te weinig slaapkamers', 'met zijn allen in', 'opeengepakt', 'overcrowded', 'geen vaste woonplek', 'geen vast adres', 'briefadres', 'urgentieverklaring',
      'woningnood', 'huurachterstand', 'woon tijdelijk', 'woon nu tijdelijk', 'wonen tijdelijk', 'tijdelijk wonen',
      'tijdelijk onderdak', 'tijdelijke slaapplek', 'staying with friends', 'noodwoning', 'antikraak', 'anti kraak',
      'ons uitzetten', 'mij uitzetten', 'me uitzetten', 'ons eruit zetten', 'woon op een camping', 'wonen op een camping',
      'woon in een caravan', 'wonen in een caravan', 'woon in een stacaravan', 'opvanghuis', 'vrouwenopvang', 'slaap bij mijn',
      'slapen bij mijn', 'slaap bij kennissen', 'urgentie aangevraagd', 'urgentie aanvragen', 'zonder verwarming', 'geen verwarming',
      'schimmel', 'homeless', 'evicted', 'eviction', 'no place to live', 'nowhere to live', 'sleeping on a couch',
      ...mustLeave(),
      'slaap in mijn auto', 'slaap in de auto', 'slapen in de auto', 'slapen in mijn auto', 'woon in mijn auto',
      'sleep in my car', 'sleeping in my car', 'living in my car',
      'slaap bij vrienden', 'slaap bij familie', 'slaap bij een vriend', 'slaap bij een vriendin', 'slapen bij vrienden',
      'moet verhuizen', 'moeten verhuizen', 'moest verhuizen', 'must move', 'have to move',
      ...livingInShelter(),
      ...crowded(),
      ...livingInWith(),
      // rent the client cannot carry (a housing problem, not a debt by itself): "de huur is te hoog"
      'huur is te hoog', 'huur te hoog', 'huur is veel te hoog', 'huur is te duur', 'huur te duur', 'huur is zo hoog', 'huur is erg hoog',
      'huur is heel hoog', 'hoge huur', 'huur gaat omhoog', 'huur omhoog', 'huur is omhoog', 'huur is verhoogd', 'huurverhoging',
      'rent is too high', 'rent too high',
    ],
    topics: [
      'huis', 'woning', 'kamer', 'appartement', 'huisbaas', 'verhuurder', 'woningcorporatie', 'huurcontract',
      'dak boven mijn hoofd', 'woonruimte', 'woonplek', 'slaapplek', 'onderdak', 'verblijfplaats', 'house', 'apartment',
      'landlord', 'home', 'flat', 'eigen plek', 'eigen plekje', 'eigen huis', 'eigen woning', 'huurhuis', 'huurwoning',
      'sociale huurwoning', 'woonsituatie', 'vaste plek', 'plek om te slapen', 'vaste plek om te slapen',
      'kamerwoning', '*kamerwoning', 'kamerappartement', '*kamerappartement', 'kamer woning', 'huisvesting', 'housing', 'accommodation',
    ],
    topicCues: [
      'eruit', 'moet eruit', 'moeten uit', 'moet uit', 'me out', 'us out', 'wants me out', 'kwijtraak', 'kwijtraken',
      'kwijtgeraakt', 'verliezen', 'verlies', 'lose', 'losing', 'gezet', 'zetten', 'opgezegd', 'opzeggen', 'kwijt', 'verhuizen', 'lekt', 'vochtig', 'te klein',
      'klein', 'kleine', 'krap', 'overbewoond',
      'wachtlijst', 'urgentie', 'evict', 'kicked out', 'kick me out', 'te duur', 'dakloos', 'tijdelijk', 'tijdelijke', 'loopt af', 'afloopt', 'wacht',
      'wachten', 'wacht nog', 'niet verlengd', 'wordt niet verlengd',
      // too many people: "met 6 personen in een 2-kamerwoning"
      'personen in een', 'mensen in een', 'personen op een', 'mensen op een',
    ],
    sharedCues: 'negation',
    othersOwn: true,
    forcedOut: { verbs: ['moet', 'moeten', 'moest', 'moesten', 'must', 'gezet', 'zet', 'zetten'], after: ['uit', 'out', 'verlaten'] },
    // "eindelijk een huurhuis", "een woning toegewezen"
    // living in it: "ik woon nu in een eigen huis" (a problem cue or negation still wins: "woon niet in een eigen huis")
    regainedCues: ['eindelijk', 'gekregen', 'toegewezen', 'gevonden', 'heb nu', 'hebben nu', 'sinds', 'vaste', 'vast', 'woon', 'wonen', 'woont'],
    resolvedCues: ['stabiel'],
    covered: ['woon goed', 'woon prima', 'woon fijn', 'wonen goed', 'wonen prima',
      // rent the client can carry: "de huur is niet te hoog", "een betaalbare huur"
      'huur is niet te hoog', 'huur is niet zo hoog', 'huur is niet hoog', 'huur is betaalbaar', 'betaalbare huur', 'huur is te doen'],
  },
  {
    key: 'barrier.caregiving',
    problems: [
      'mantelzorg', 'mantelzorger', 'mantelzorgen', 'mantelzorgtaken', 'caregiver', 'carer', 'mantelzorgster',
      // a family member who needs much care: "mijn zoon heeft autisme en heeft veel zorg nodig"
      'veel zorg nodig', 'extra zorg nodig', 'intensieve zorg', 'zorgintensief', 'zorgintensieve', 'toezicht nodig', 'veel hulp nodig',
      'continue zorg',
    ],
    topics: [
      'moeder', 'vader', 'ouders', 'man', 'vrouw', 'partner', 'opa', 'oma', 'broer', 'zus', 'schoonmoeder',
      'schoonvader', 'schoonouders', 'grootouders', 'broertje', 'zusje', 'tante', 'oom', 'familielid', 'gehandicapte', 'zieke', 'dementerende', 'demente', 'hulpbehoevende', 'zorgbehoevende', 'hem', 'haar', 'dr', 'mama', 'papa', 'mother', 'father', 'parents', 'husband', 'wife', 'him',
      'her', 'grandmother', 'grandfather', 'brother', 'sister', 'mom', 'dad', 'grandma', 'grandpa', 'disabled',
      // kin in the languages many clients speak at home (Turkish, Polish, Arabic)
      'anne', 'annem', 'baba', 'babam', 'esim', 'matka', 'ojciec', 'tata', 'maz', 'zona', 'ummi', 'abi', 'امي', 'ابي', 'زوجي', 'زوجتي',
    ],
    // no longer caring: "ik hoef niet meer voor haar te zorgen"
    resolvedCues: [
      'hoef niet meer', 'hoeft niet meer', 'hoeven niet meer', 'hoef ik niet meer', 'zorg niet meer', 'zorgt niet meer', 'no longer',
      // someone else took over: "de thuiszorg neemt de zorg over", "naar een verpleeghuis"
      'thuiszorg', 'verpleeghuis', 'verzorgingshuis', 'neemt over', 'overgenomen', 'neemt de zorg', 'dagbesteding', 'zorginstelling',
      'meer tijd', 'respijtzorg',
    ],
    // relieved of the care: "ik ben ontlast" (false; negated, "ik word niet ontlast", true)
    covered: ['ben ontlast', 'word ontlast', 'wordt ontlast', 'worden ontlast', 'ben nu ontlast'],
    topicCues: [
      'zorg', 'zorgen', 'verzorg', 'verzorgen', 'verzorgt', 'zorgt', 'care', 'caring', 'take care', 'look after', 'bezig met', 'bezig',
      'wassen', 'regel alles', 'alles regelen', 'alles voor', 'aankleden', 'douchen', 'breng', 'brengen', 'dementie', 'alzheimer',
      'dement', 'woont bij ons', 'woont bij mij',
    ],
    othersOwn: true,
    // another adult who gives the care ("mijn zus zorgt voor onze vader", "mijn buurvrouw is mantelzorger"),
    // not one who needs it ("mijn moeder heeft veel zorg nodig")
    othersVerbs: ['is', 'was', 'zorgt', 'verzorgt', 'regelt', 'doet', 'helpt'],
    sharedCues: 'none',
  },
];

/**
 * A reply that is nothing but the name of a barrier's domain ("schulden" is a problem word anyway):
 * "vervoer", "alleen vervoer", "3 vervoer", "huis" name what stands in the way. Only these general words, not
 * the means ("fiets" answers "hoe kom je naar je werk?") nor a language ("nederlands").
 */
export const BARE_TOPICS: readonly string[] = [
  'vervoer', 'transport', 'openbaar vervoer', 'ov', 'kinderopvang', 'opvang', 'oppas', 'childcare', 'geld', 'geldzaken', 'financien',
  'money', 'huis', 'woning', 'huisvesting', 'woonruimte', 'wonen', 'housing', 'taal', 'de taal', 'language', 'gezondheid', 'health',
];
/** Words that may stand around a bare barrier name: "alleen vervoer", "vooral geld", "nog steeds huis". */
export const BARE_FILLERS: readonly string[] = ['alleen', 'vooral', 'nog', 'steeds', 'only', 'mostly', 'wel'];
/** Words that join bare barrier names in a list: "geld en vervoer". */
export const BARE_JOINERS: readonly string[] = ['en', 'and', 'of', 'or'];
/** Articles before a named barrier in a list: "een oppas", "de opvang en een fiets". */
export const LIST_ARTICLES: readonly string[] = ['een', 'de', 'het', 'a', 'an', 'the'];
/** A short tail after a named barrier: "een oppas voor dinsdag", "opvang voor mijn zoontje" (at most `BARE_TAIL_MAX` words). */
export const BARE_TAIL: readonly string[] = ['voor', 'for'];
export const BARE_TAIL_MAX = 4;
/**
 * A clause part that only lists topics ("een oppas", "vervoer en een fiets") takes its verdict from what goes before:
 * the verb of the part before it across "en" ("ik heb een baan en een oppas"), a resolving clause without a barrier
 * before it ("alles is geregeld: oppas en vervoer"); alone it is still needed when it starts with one of these
 * ("alleen nog vervoer") or opens the reply with a `BARE_TOPICS` name ("een oppas voor mijn dochter, ...").
 */
/** An indefinite article in the list is outside a negation before it: "geen schulden meer en een eigen huis". */
export const LIST_INDEFINITE: readonly string[] = ['een', 'a', 'an'];
export const LIST_NEED_LEADS: readonly string[] = ['alleen', 'nog', 'vooral', 'eerst', 'only', 'mostly', 'still', 'first'];
/** Words that may stand before the client's possessive in an `ownedAlone` part: "nee, maar mijn rug", "alleen mijn knie". */
export const OWNED_ALONE_LEADS: readonly string[] = ['nee', 'maar', 'alleen', 'vooral', 'behalve', 'ook', 'nog', 'en', 'wel', 'no', 'but', 'only', 'except', 'and'];
export const SELF_POSSESSIVES: readonly string[] = ['mijn', 'my'];
/** A short "nu wel" after a missing topic: the client has it now ("had geen oppas maar nu wel"). */
export const NOW_YES: readonly string[] = ['nu wel', 'inmiddels wel', 'nu gelukkig wel', 'nu weer wel', 'now i do'];
/** A short part starting with these after a resolved barrier repeats it as present: "rugpijn is over, nu mijn knie". */
export const ELLIPSIS_NOW: readonly string[] = ['nu', 'now'];
/** Phrases whose words look like barrier words but are not ("my car broke down" is not "broke"). */
export const NOT_BARRIERS: readonly string[] = ['broke down', 'broken down', 'broke up'];
/** Needing a topic makes it a problem ("ik heb een oppas nodig"); not needing it, absent ("geen oppas nodig"). */
export const NEED_CUES: readonly string[] = [
  // a wish: "zou graag een fiets willen", "wil graag een oppas"
  'zou graag', 'zou wel graag', 'wil graag', 'wil wel graag', 'willen graag', 'zou willen', 'would like',
  'moet regelen', 'moeten regelen', 'moet eerst', 'nodig', 'hoef', 'hoeft', 'hoeven', 'need', 'needs', 'zoek', 'zoeken', 'op zoek naar', 'looking for'];
/** Before a topic, these say the client has it ("ik heb mijn auto nodig" is no barrier). */
export const OWNED_BEFORE: readonly string[] = ['de', 'het', 'mijn', 'onze', 'ons', 'die', 'deze', 'the', 'my', 'our', 'that', 'this'];
/** Shared negation: a topic with it is a problem ("geen oppas"); a problem word after it is absent. */
export const NEGATION_CUES: readonly string[] = [
  'geen', 'niet', 'nie', 'zonder', 'nooit', 'kan niet', 'kon niet', 'lukt niet', 'no', 'not', 'without',
  'cant', 'cannot', 'dont', 'doesnt', 'havent', 'no longer', 'niemand', 'yok', 'nergens',
];
/** Shared problem cues for topics. */
export const PROBLEM_CUES: readonly string[] = [
  'kapot', 'stuk', 'probleem', 'problemen', 'moeite', 'slecht', 'zorgen', 'ziek', 'lastig', 'moeilijk', 'kwijtgeraakt',
  'kwijtraak', 'kwijtraken', 'verloren', 'doet raar', 'doet het niet', 'doet het niet meer',
  'te duur', 'niet geregeld', 'nog niet geregeld', 'kost te veel', 'kosten te veel', 'te hoog',
  // still to do: "moet nog geregeld worden" is not "geregeld"
  'moet nog geregeld worden', 'moet nog geregeld', 'moeten nog geregeld worden', 'moeten nog geregeld', 'nog geregeld worden',
  'moet ik nog regelen', 'nog regelen', 'moet nog gevonden worden', 'nog gevonden worden', 'still needs to be arranged', 'niet opgelost', 'niet gevonden', 'niet gelukt', 'problem', 'problems',
  'trouble', 'issue', 'issues', 'struggle', 'struggles', 'struggling', 'struggle with', 'fell through', 'falls through', 'viel in het water', 'valt in het water',
];
/** The barrier is solved: false, unless negated (those forms are listed above as problems). */
export const RESOLVED_CUES: readonly string[] = [
  'geregeld', 'opgelost', 'gevonden', 'afbetaald', 'afgelost', 'voor elkaar', 'in orde', 'gelukt', 'sorted',
  'fixed', 'solved', 'arranged', 'resolved', 'found', 'is over', 'zijn over', 'voorbij', 'is rond', 'zijn rond',
  'afgerond', 'beeindigd', 'opgeheven', 'gaat niet door', 'gaat niet meer door', 'van de baan', 'afgewend', 'onder controle',
  'is klaar', 'zijn klaar', 'afgesloten', 'gefixt', 'gefixed', 'gefikst',
  // subclause order: "pas als de opvang rond is"
  'rond is', 'rond zijn', 'geregeld is', 'geregeld zijn', 'opgelost is',
];
/** Gone: a problem word that is gone is solved ("pijn is weg"), a topic that is gone is a problem ("auto is weg"). */
export const GONE_CUES: readonly string[] = ['is weg', 'zijn weg', 'gone', 'verdwenen'];
/** Having it (again): solves a topic ("ik heb weer een auto"), says nothing about a problem word. */
export const REGAINED_CUES: readonly string[] = [
  'heb nu', 'heb weer', 'hebben nu', 'hebben weer', 'heb al', 'heb al een', 'hebben al', 'hebben al een',
  // "ik heb een fiets nu", "vanaf volgende week heb ik een oppas"
  'heb een', 'heb ik een', 'hebben een', 'hebben we een', 'i have a', 'heb ik', 'hebben we', 'eindelijk een', 'nu een', 'weer een', 'een nieuwe', 'nieuwe', 'now have', 'got a new',
];
/** Explicitly none: "geen problemen met vervoer" means transport is not a barrier (false). */
export const NO_PROBLEM_CUES: readonly string[] = [
  'geen probleem', 'geen problemen', 'geen moeite', 'geen last', 'geen last meer', 'geen klachten', 'geen zorgen', 'geen zorgen meer',
  'no problem', 'no problems', 'no issues', 'fine',
];
/** The client speaking about themself: with these, only a person right next to a health word counts. */
export const FIRST_PERSON: readonly string[] = ['ik', 'me', 'mij', 'i', 'im', 'ben', 'heb'];
/** The client's household: with selfOnly 'household', what they have is the client's too. */
export const HOUSEHOLD_NOUNS: readonly string[] = [
  'man', 'vrouw', 'partner', 'echtgenoot', 'echtgenote', 'husband', 'wife', 'esim', 'kocam', 'karim', 'maz', 'zona', 'زوجي', 'زوجتي',
];
/** Children: the ones childcare is for, so "geen opvang voor mijn dochter" stays the client's. */
export const CHILD_NOUNS: readonly string[] = [
  'dochter', 'zoon', 'kind', 'kinderen', 'kindje', 'baby', 'dochtertje', 'zoontje', 'kleine', 'kleintje', 'kindjes', 'jongste', 'oudste', 'son', 'daughter', 'child', 'kids', 'kid', 'children', 'toddler', 'oglum', 'kizim', 'syn', 'corka',
];
/** Verbs of having or needing after another person: "mijn zus heeft geen oppas". */
export const OTHERS_HAVE_VERBS: readonly string[] = ['heeft', 'had', 'zoekt', 'vindt', 'krijgt', 'has', 'needs', 'hasnt', 'doesnt', 'is', 'was', 'woont', 'slaapt', 'zit', 'zorgt'];
/** Someone else: health words next to them, or in a part without "ik", are not about the client. */
export const PERSON_NOUNS: readonly string[] = [
  'moeder', 'vader', 'ouders', 'man', 'vrouw', 'partner', 'vriend', 'vriendin', 'dochter', 'zoon', 'kind',
  'kinderen', 'kindje', 'broer', 'zus', 'oma', 'opa', 'schoonmoeder', 'schoonvader', 'buurvrouw', 'buurman',
  'collega', 'baby', 'hij', 'zij', 'mama', 'papa', 'mother', 'father', 'husband', 'wife', 'son', 'daughter',
  'child', 'kids', 'friend', 'he', 'she', 'brother', 'sister', 'mom', 'dad', 'grandma', 'grandpa', 'aunt', 'uncle', 'familie', 'tante', 'oom', 'neef', 'nicht', 'zwager', 'schoonzus', 'schoonbroer', 'gastouder', 'leidster', 'juf', 'meester', 'kleine', 'kleintje', 'jongste', 'oudste', 'dochtertje', 'zoontje',
  'oppas', 'babysitter', 'coach', 'begeleider',
  'kid', 'children', 'toddler', 'broertje', 'broertjes', 'zusje', 'zusjes', 'kleinkind', 'kleinkinderen', 'stiefzoon', 'stiefdochter',
  // kin in Turkish, Polish and Arabic
  'anne', 'annem', 'baba', 'babam', 'esim', 'kocam', 'karim', 'oglum', 'kizim', 'kardesim', 'abim', 'ablam', 'matka', 'ojciec',
  'tata', 'maz', 'zona', 'syn', 'corka', 'brat', 'siostra', 'ummi', 'امي', 'ابي', 'زوجي', 'زوجتي', 'ابني', 'بنتي',
];
/** Possessives that start talk about someone else ("mijn moeder", "zijn rug"). */
export const POSSESSIVES: readonly string[] = ['mijn', 'zijn', 'haar', 'onze', 'hun', 'my', 'his', 'her', 'our', 'their'];
/** In progress, not done: "de schulden worden afgelost" still has debts; a resolving cue after these does not resolve. */
export const IN_PROGRESS: readonly string[] = ['wordt', 'worden', 'being'];
/** The same after the cue, in subclause order: "dat mijn rug beter wordt". */
export const IN_PROGRESS_AFTER: readonly string[] = ['wordt', 'worden'];
/** Adverbs that may stand between a negation and a resolving cue: "niet helemaal hersteld", "niet goed geregeld". */
export const NEGATION_GAP_ADVERBS: readonly string[] = ['helemaal', 'echt', 'volledig', 'compleet', 'goed', 'op tijd'];
/** Adverbs that may stand inside a "covered" phrase: "past voortaan op", "passen nu gelukkig op". */
export const COVERED_ADVERBS: readonly string[] = ['nu', 'weer', 'helemaal', 'eindelijk', 'allemaal', 'tegenwoordig', 'voortaan', 'gelukkig', 'ook', 'vaak', 'soms', 'altijd', 'straks', 'morgen', 'vandaag', 'sinds kort'];
/** A short "maar X wel" after a negated or resolved barrier repeats it as present: "geen pijn meer in mijn rug maar in mijn knie wel". */
export const ELLIPSIS_YES: readonly string[] = ['wel', 'nog wel', 'still does', 'does'];
export const CONTRAST_WORDS: readonly string[] = ['maar', 'but', 'alleen'];
/** A barrier word as a place of work: "ik wil bij de GGZ werken", "sollicitatie bij een schuldhulporganisatie". */
export const WORKPLACE_BEFORE: readonly string[] = ['bij', 'als', 'in'];
export const WORK_WORDS: readonly string[] = [
  'werken', 'werk', 'werkt', 'sollicitatie', 'sollicitaties', 'solliciteren', 'solliciteer', 'gesolliciteerd', 'vacature',
  'stage', 'baan', 'functie', 'job', 'medewerker', 'work', 'working', 'job interview', 'stageplek', 'stageplaats', 'vrijwilliger',
  'vrijwilligerswerk', 'leidster',
];
/** Negation does not reach over a cause: "ik durf niet door mijn angststoornis" still has the anxiety. */
export const CAUSE_WORDS: readonly string[] = ['door', 'vanwege', 'wegens', 'because', 'due'];
/** Illness of a child, who then stays home: a childcare barrier ("mijn dochter is ziek", "de kleine heeft koorts"). */
export const SICK_CHILD_WORDS: readonly string[] = [
  'ziek', 'zieke', 'ziekjes', 'koorts', 'griep', 'buikgriep', 'waterpokken', 'verkouden', 'overgeven', 'sick', 'ill', 'fever', 'flu',
  'mazelen', 'roodvonk', 'krentenbaard', 'oorontsteking',
];
/** People who provide the service itself: "de oppas heeft afgezegd" is about the client's childcare, not the sitter's. */
export const SERVICE_PERSONS: readonly string[] = ['oppas', 'babysitter', 'gastouder', 'leidster', 'juf', 'meester', 'coach', 'begeleider'];

/**
 * A condition on having it says the client does not have it yet: "ik kan pas beginnen als ik opvang heb",
 * "als ik vervoer kan regelen". A topic after one of `CONDITIONAL_BEFORE` (within a few words) and before
 * one of `CONDITIONAL_HAVE` (or a resolving cue) is a problem.
 */
export const CONDITIONAL_BEFORE: readonly string[] = ['als', 'zodra', 'wanneer', 'tot', 'totdat', 'mits', 'if', 'once', 'until', 'unless'];
export const CONDITIONAL_HAVE: readonly string[] = [
  'heb', 'hebt', 'hebben', 'krijg', 'krijgen', 'vind', 'vinden', 'regel', 'regelen', 'kan regelen', 'kunnen regelen', 'have', 'get', 'find',
];
/** A barrier word as the subject of a course: "een cursus over stress", "a workshop about debt". */
export const COURSE_WORDS: readonly string[] = [
  'cursus', 'training', 'workshop', 'les', 'lessen', 'voorlichting', 'webinar', 'folder', 'boek', 'presentatie', 'informatieavond',
  'bijeenkomst', 'module', 'course', 'class', 'talk', 'info', 'informatie',
];
export const ABOUT_WORDS: readonly string[] = ['over', 'about', 'omtrent', 'rond'];
/** Teaching a course is no barrier: "ik ga een taalcursus geven" (but "zij geeft mij taalles" is). */
export const TEACH_VERBS: readonly string[] = ['geven', 'geef', 'geeft', 'gaf', 'gegeven', 'teach', 'teaching', 'teaches', 'taught'];
/** Course words a teaching verb may go with (as the end of the barrier word: "taalcursus", "taalles"). */
export const TAUGHT_SUFFIXES: readonly string[] = ['cursus', 'les', 'lessen', 'training', 'klas', 'school', 'course', 'class', 'classes'];
/** After a teaching verb these make the client the learner. */
export const TEACH_RECIPIENTS: readonly string[] = ['mij', 'me', 'ons', 'us'];

/**
 * A coach's summary speaks of the client in the third person: "client geeft aan dat hij geen vervoer heeft".
 * After one of `REPORTERS` followed by one of `REPORT_VERBS`, the words `REPORTED_SUBJECTS` are the client ("ik").
 */
export const REPORTERS: readonly string[] = [
  'client', 'clint', 'clientje', 'cliente', 'cl', 'deelnemer', 'deelneemster', 'kandidaat', 'betrokkene', 'werkzoekende',
  'mevrouw', 'meneer', 'mevr', 'dhr', 'mw',
];
export const REPORT_VERBS: readonly string[] = [
  'geeft aan', 'gaf aan', 'heeft aangegeven', 'geeft door', 'vertelt', 'vertelde', 'zegt', 'zei', 'meldt', 'meldde', 'laat weten',
  'liet weten', 'benoemt', 'noemt', 'vermeldt', 'verklaart', 'ervaart', 'geeft zelf aan',
];
export const REPORTED_SUBJECTS: readonly string[] = ['hij', 'zij', 'ze'];
