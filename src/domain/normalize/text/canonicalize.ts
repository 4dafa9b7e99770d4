// Step 1 of every lookup: one canonical spelling of a reply. Lower case, no accents (clients on
// foreign keyboards and SMS often drop them: "oke" = "oké", "zle" = "źle"), emoji and emoticons
// as word tokens, Arabic letter variants folded, Arabic-Indic digits as ASCII digits.
import { EMOJI_TOKENS, EMOTICONS } from '../lexicon/emoji.js';

const NON_ASCII = /[^\p{ASCII}]/u;
const COMBINING = /[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
// Dotted abbreviations ("a.u.b.", "s.v.p.") would otherwise split into clauses at every dot.
const DOTTED_ABBREVIATION = /\b(?:[a-z]\.){2,}/g;
// "één"/"eén" is the number one; plain "een" is usually the article "a" and is handled later.
const ACCENTED_ONE = /(^|[^\p{L}])(?:één|eén|éen)(?![\p{L}])/gu;
const HALF = /(\d)\s*½/g;
const APOSTROPHES = /['`´]/g;
const MAYBE_APOSTROPHE = /['`´]/;
const MAYBE_EMOTICON = /[:;<]/;
const XD = /(^|[^\p{L}])xd+(?![\p{L}])/gu;
// A row of stars is a rating ("⭐⭐⭐⭐" = 4, "★★★☆☆" = 3) unless the reply also has a digit.
const STARS = /(?:[\u2b50\u2605\u{1f31f}]\ufe0f?)+(?:\u2606\ufe0f?)*/gu;
const STAR = /[\u2b50\u2605\u{1f31f}]/gu;
const DIGIT = /\d/;

const EMOTICON_RE = new RegExp(
  EMOTICONS.map(([e]) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);
const EMOTICON_TOKEN = new Map(EMOTICONS);

/** Single characters that are folded to another spelling (no Unicode decomposition exists). */
const FOLD: Readonly<Record<string, string>> = {
  ı: 'i', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd',
  ة: 'ه', ى: 'ي', ٱ: 'ا', '،': ',', '؟': '?', '؛': ';', '’': "'", '‘': "'", '‛': "'", '“': '"', '”': '"',
  '…': '.', '–': '-', '—': '-', '⁄': '/', '٪': '%',
};

const SKIP = new Set([0xfe0e, 0xfe0f, 0x200d, 0x20e3, 0x200b, 0x200e, 0x200f]);

function foldChar(ch: string, cp: number): string {
  if (cp >= 0x0660 && cp <= 0x0669) return String(cp - 0x0660); // Arabic-Indic digits
  if (cp >= 0x06f0 && cp <= 0x06f9) return String(cp - 0x06f0); // Eastern Arabic-Indic digits
  const emoji = EMOJI_TOKENS[ch];
  if (emoji !== undefined) return ` ${emoji} `;
  if (SKIP.has(cp) || (cp >= 0x1f3fb && cp <= 0x1f3ff)) return ''; // joiners, keycaps, skin tones
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  if (cp > 0x2000 && PICTOGRAPHIC.test(ch)) return ' ';
  return ch;
}

function foldNonAscii(s: string): string {
  let out = '';
  for (const ch of s) out += foldChar(ch, ch.codePointAt(0) ?? 0);
  return out.normalize('NFD').replace(COMBINING, '');
}

/** Lower-cased, accent-free text with emoji as `emo_*` words; punctuation is kept for clause splitting. */
export function canonicalize(text: string): string {
  let s = text.toLowerCase();
  if (NON_ASCII.test(s)) {
    const digits = DIGIT.test(s);
    s = s.replace(STARS, (m) => {
      const n = m.match(STAR)?.length ?? 0;
      return n >= 2 && !digits ? ` ${n} sterren ` : ' sterren ';
    });
    s = s.replace(HALF, '$1.5').replace(ACCENTED_ONE, (_m, pre: string) => `${pre}1`);
    s = foldNonAscii(s);
  }
  if (s.includes('.')) s = s.replace(DOTTED_ABBREVIATION, (m) => m.replaceAll('.', ''));
  if (MAYBE_EMOTICON.test(s)) s = s.replace(EMOTICON_RE, (m) => ` ${EMOTICON_TOKEN.get(m) ?? ''} `);
  if (s.includes('xd')) s = s.replace(XD, (_m, pre: string) => `${pre} emo_grin `);
  return MAYBE_APOSTROPHE.test(s) ? s.replace(APOSTROPHES, '') : s;
}
