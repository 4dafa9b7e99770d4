// The shape of one language's answer lexicon. Every field is plain data: an operator adds a word
// or a language by editing/adding a table, never the parsing code. Phrases are written in normal
// spelling ("niet zo best", "z'n gangetje", "hayır"); they pass through the same canonicalization
// as replies, so accents, case and apostrophes do not matter.

export interface LanguageLexicon {
  /** ISO 639-1 code, or 'und' for language-neutral entries (emoji). */
  lang: string;
  /** How one feels, 1 (very bad) .. 5 (very good). */
  scale: Readonly<Record<string, number>>;
  /** Only read when nothing stronger is in the clause: "het gaat" = 3, "het gaat goed" = 4. */
  weakScale?: Readonly<Record<string, number>>;
  /** Only read at the end of a clause: "niet zo" = 2, while "niet zo goed" is a negation. */
  finalScale?: Readonly<Record<string, number>>;
  /** Report grades 1..10 ("voldoende" = 6), used instead of the 1-5 meaning on 10-point scales. */
  grades?: Readonly<Record<string, number>>;
  /** How often, 0 (never) .. 5 (all of the time): WHO-5 style answers, on scales starting at 0. */
  frequency?: Readonly<Record<string, number>>;

  yes: readonly string[];
  no: readonly string[];
  /** Hedged answers ("denk het wel"): a value, with lower confidence. */
  maybeYes?: readonly string[];
  maybeNo?: readonly string[];
  /** Yes/no only when (nearly) the whole reply: "prima", "niet", "goed". */
  yesAlone?: readonly string[];
  noAlone?: readonly string[];
  /** Explicit non-answers: "misschien", "weet ik niet", "soms". */
  unsure: readonly string[];

  /** Negation before the word it negates ("niet goed"). */
  negators: readonly string[];
  /** Negation after the word ("iyi değil", inverted "goed gaat het niet"). */
  postNegators?: readonly string[];
  /** Strengthen the next word ("heel goed" = 5, "heel slecht" = 1). */
  intensifiers: readonly string[];
  /** Strengthen the previous word ("kwayes awi", "جيد جدا"). */
  postIntensifiers?: readonly string[];
  /** Soften the next word ("best goed" = 4, "een beetje slecht" = 2). */
  downtoners: readonly string[];
  /** Small words allowed between a modifier and its word ("niet zo goed", "not too bad"). */
  fillers?: readonly string[];

  /** Number words that count anywhere ("ik geef het een zeven"). */
  numbers?: Readonly<Record<string, number>>;
  /** Number words that only count as the whole reply ("een" is also the article). */
  numbersAlone?: Readonly<Record<string, number>>;
  /** Grade nicknames on a 10-point scale ("zesje"). */
  gradeNumbers?: Readonly<Record<string, number>>;

  /** SMS spellings and abbreviations, replaced before any lookup ("wl" -> "wel", "idk" -> "weet ik niet"). */
  spelling?: Readonly<Record<string, string>>;
  /** A clause about the past loses to one about now ("vorige week een 2, nu een 4"). */
  past?: readonly string[];
  present?: readonly string[];
  /** Words that start a new clause ("maar", "want"): negation and meaning do not cross them. */
  clauseBreaks?: readonly string[];
  /** Contrast words among the clause breaks: two short feelings around one are one mixed state ("moe maar goed" = 3). */
  contrast?: readonly string[];
  /** Irony markers: praise next to one of these is sarcasm ("super 🙄" is bad). */
  irony?: readonly string[];
  /** "Again": praise followed by a barrier that is back again is sarcasm ("geweldig, weer een brief van de deurwaarder"). */
  again?: readonly string[];
  /** Words that split a clause into parts for barrier cues ("en"), but not phrases ("ups en downs"). */
  partBreaks?: readonly string[];
  /** Frequent ordinary words: known, so never "repaired" into a lexicon word by typo correction. */
  common?: readonly string[];
}
