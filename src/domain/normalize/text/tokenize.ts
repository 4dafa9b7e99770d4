// Step 2: canonical text -> tokens. Words (letters, possibly with digits: "2e", "ta3ban"), numbers
// ("4", "6,5"), separators (punctuation that ends a clause) and the few symbols that matter
// between numbers ("8/10", "3-4", "7+", "80%").

export type TokenKind = 'w' | 'n' | 's' | 'x';

export interface Token {
  /** canonical text */
  t: string;
  k: TokenKind;
  /** numeric value of a number token, NaN otherwise */
  v: number;
  /** how sure we are of the spelling: 1 exact, lower when repaired (stretched letters, typo) */
  q: number;
}

const LETTER = /[\p{L}\p{M}]/u;
const SEPARATORS = '.,;:!?()[]\n\r';
const SYMBOLS = '/+%&-';

const isDigit = (c: number) => c >= 48 && c <= 57;
/** Letters, digits and "_" continue a word; ASCII is decided without a regex. */
function isWordChar(ch: string, c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95;
  return LETTER.test(ch);
}

/** Hours digits at [i, j) followed by ":mm" (and no further digit): a clock time. */
function isClockTime(s: string, i: number, j: number): boolean {
  if (s[j] !== ':' || !isDigit(s.charCodeAt(j + 1)) || !isDigit(s.charCodeAt(j + 2)) || isDigit(s.charCodeAt(j + 3))) return false;
  return Number(s.slice(i, j)) <= 24 && Number(s.slice(j + 1, j + 3)) < 60;
}

export function word(t: string, q = 1): Token {
  return { t, k: 'w', v: Number.NaN, q };
}

/** Tokens of canonical text; symbols survive only next to numbers ("8/10"), never between words. */
export function tokenize(canonical: string): Token[] {
  const raw: Token[] = [];
  const n = canonical.length;
  let i = 0;
  while (i < n) {
    const ch = canonical[i] as string;
    const c = canonical.charCodeAt(i);
    if (isWordChar(ch, c)) {
      // A run of word characters; a pure number may carry a decimal part ("6,5", "6.5").
      let j = i;
      let letters = false;
      while (j < n && isWordChar(canonical[j] as string, canonical.charCodeAt(j))) {
        if (!isDigit(canonical.charCodeAt(j))) letters = true;
        j++;
      }
      if (!letters && j - i <= 2 && isClockTime(canonical, i, j)) {
        // "14:00", "9:30": a time of day is never an answer; one word token, not "14" and "00".
        raw.push(word(canonical.slice(i, j + 3)));
        i = j + 3;
        continue;
      }
      if (!letters && (canonical[j] === ',' || canonical[j] === '.') && isDigit(canonical.charCodeAt(j + 1))) {
        let k = j + 1;
        while (k < n && isDigit(canonical.charCodeAt(k))) k++;
        if (k - j - 1 <= 2 && !(k < n && isWordChar(canonical[k] as string, canonical.charCodeAt(k)))) j = k;
      }
      const text = canonical.slice(i, j);
      if (letters && /^\d{1,2}x$/.test(text)) {
        // "1x", "2x per week": a count and its "times", like "1 x"
        raw.push({ t: text.slice(0, -1), k: 'n', v: Number(text.slice(0, -1)), q: 1 }, word('x'));
      } else if (letters) raw.push(word(text));
      else raw.push({ t: text, k: 'n', v: Number(text.replace(',', '.')), q: 1 });
      i = j;
    } else if (SEPARATORS.includes(ch)) {
      let j = i + 1;
      while (j < n && SEPARATORS.includes(canonical[j] as string)) j++;
      raw.push({ t: canonical.slice(i, j), k: 's', v: Number.NaN, q: 1 });
      i = j;
    } else if (ch === '-' && isDigit(canonical.charCodeAt(i + 1)) && (i === 0 || canonical[i - 1] === ' ') && raw[raw.length - 1]?.k !== 'n') {
      // "-3": a negative number (out of any scale), not "3"
      let j = i + 1;
      while (j < n && isDigit(canonical.charCodeAt(j))) j++;
      raw.push({ t: canonical.slice(i, j), k: 'n', v: Number(canonical.slice(i, j)), q: 1 });
      i = j;
    } else {
      if (ch === '&') raw.push(word('en'));
      else if (ch === '€') raw.push(word('euro')); // "€ 250 achterstand": an amount of money, never an answer
      else if (SYMBOLS.includes(ch)) raw.push({ t: ch, k: 'x', v: Number.NaN, q: 1 });
      i++;
    }
  }
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const tok = raw[i] as Token;
    if (tok.k === 'x') {
      const prevIsNumber = out[out.length - 1]?.k === 'n';
      const nextIsNumber = raw[i + 1]?.k === 'n';
      const keep = tok.t === '+' || tok.t === '%' ? prevIsNumber : prevIsNumber && nextIsNumber;
      if (!keep) continue;
    }
    out.push(tok);
  }
  return out;
}

/** Word tokens of a data phrase ("niet zo best", "burn-out"), no symbols or separators. */
export function phraseWords(canonical: string): string[] {
  return tokenize(canonical)
    .filter((t) => t.k === 'w' || t.k === 'n')
    .map((t) => t.t);
}
