// The WHO-5 Well-Being Index (WHO, 1998; Psychiatric Research Unit, Mental Health Centre North
// Zealand) as a ready question set, plus its scoring. Each item is about the last two weeks and
// is answered 0 (at no time) .. 5 (all of the time). Raw sum x 4 = 0..100; a score of 50 or less,
// or any item answered 0 or 1, is a reason to look closer (screen for depression).
//
// The `text` of each item is the SMS question: the statement, and how to answer with a number.

export interface Who5Item {
  key: `who5.${1 | 2 | 3 | 4 | 5}`;
  type: 'scale';
  min: 0;
  max: 5;
  /** The statement, as published (for display next to the answer). */
  statement: { nl: string; en: string };
  /** The question as sent: statement plus how to answer. */
  text: { nl: string; en: string };
  /** Profile trait the answer is stored as. */
  trait: string;
}

/** The answer scale, as published; the value is the index. */
export const WHO5_SCALE = {
  nl: ['Nooit', 'Af en toe', 'Iets minder dan de helft van de tijd', 'Iets meer dan de helft van de tijd', 'Het grootste deel van de tijd', 'De hele tijd'],
  en: ['At no time', 'Some of the time', 'Less than half of the time', 'More than half of the time', 'Most of the time', 'All of the time'],
} as const;

const STATEMENTS: ReadonlyArray<{ nl: string; en: string }> = [
  { nl: 'Ik voelde me opgewekt en in een goede stemming', en: 'I have felt cheerful and in good spirits' },
  { nl: 'Ik voelde me rustig en ontspannen', en: 'I have felt calm and relaxed' },
  { nl: 'Ik voelde me actief en energiek', en: 'I have felt active and vigorous' },
  { nl: 'Ik voelde me fris en uitgerust toen ik wakker werd', en: 'I woke up feeling fresh and rested' },
  { nl: 'Mijn dagelijks leven was gevuld met dingen die mij interesseren', en: 'My daily life has been filled with things that interest me' },
];

function smsText(i: number, s: { nl: string; en: string }): { nl: string; en: string } {
  return {
    nl: `WHO-5 vraag ${i}/5. Hoe vaak gold dit de afgelopen twee weken: "${s.nl}"? Antwoord met een cijfer van 0 tot 5: 0 = nooit, 5 = de hele tijd.`,
    en: `WHO-5 question ${i}/5. Over the last two weeks, how often: "${s.en}"? Reply with a number from 0 to 5: 0 = at no time, 5 = all of the time.`,
  };
}

export const WHO5_ITEMS: readonly Who5Item[] = STATEMENTS.map((statement, i) => ({
  key: `who5.${(i + 1) as 1 | 2 | 3 | 4 | 5}`,
  type: 'scale',
  min: 0,
  max: 5,
  statement,
  text: smsText(i + 1, statement),
  trait: `wellbeing.who5.item${i + 1}`,
}));

export interface Who5Score {
  /** 0..100 (raw sum x 4) */
  score: number;
  flagged: boolean;
  /** why it is flagged, e.g. "score_at_or_below_50", "who5.3_low" */
  reasons: string[];
}

/** The score at or below which WHO-5 suggests screening for depression. */
export const WHO5_CUTOFF = 50;

/**
 * Scores five answers, in item order, each 0..5. Throws a RangeError for anything else: a
 * partial or invalid set must not produce a score that looks valid.
 */
export function scoreWho5(values: readonly number[]): Who5Score {
  if (values.length !== WHO5_ITEMS.length) {
    throw new RangeError(`WHO-5 needs ${WHO5_ITEMS.length} answers, got ${values.length}`);
  }
  values.forEach((v, i) => {
    if (!Number.isFinite(v) || v < 0 || v > 5) throw new RangeError(`WHO-5 item ${i + 1} must be 0..5, got ${v}`);
  });
  const score = Math.round(values.reduce((sum, v) => sum + v, 0) * 4 * 100) / 100;
  const reasons: string[] = [];
  if (score <= WHO5_CUTOFF) reasons.push('score_at_or_below_50');
  values.forEach((v, i) => {
    if (v <= 1) reasons.push(`who5.${i + 1}_low`);
  });
  return { score, flagged: reasons.length > 0, reasons };
}
