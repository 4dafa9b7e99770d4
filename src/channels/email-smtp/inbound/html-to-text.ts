// Just enough HTML → text for replies sent without a text/plain part (Outlook, some webmail).
// Quoted history is cut at the HTML level first, because the conversion loses its `>` markers.

/** Where mail clients start the quoted message or the signature in their HTML. */
const HISTORY_MARKERS: readonly RegExp[] = [
  /<div\b[^>]*\bclass\s*=\s*["']?[^"'>]*\b(?:gmail_quote|gmail_signature|moz-cite-prefix|yahoo_quoted|OutlookMessageHeader)\b/i,
  /<div\b[^>]*\bid\s*=\s*["']?(?:appendonsend|divRplyFwdMsg|mail-editor-reference-message-container)\b/i,
  /<blockquote\b/i,
];

/** Drops everything from the first quoted-history marker on. */
export function cutHtmlHistory(html: string): string {
  let end = html.length;
  for (const marker of HISTORY_MARKERS) {
    const found = marker.exec(html);
    if (found && found.index < end) end = found.index;
  }
  return html.slice(0, end);
}

const BLOCK_TAG =
  /<\/?(?:p|div|tr|li|ul|ol|table|h[1-6]|blockquote|pre|hr|section|article|header|footer|address|dl|dt|dd)\b[^>]*>/gi;
/** A private-use character marks block boundaries until runs of them are collapsed. */
const BLOCK = '\ue000';

/** Converts HTML to plain text: one line per block or `<br>`, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|style|script|title|xml)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(BLOCK_TAG, BLOCK)
    .replace(/(?:\s*\ue000\s*)+/g, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .trim();
}

const NAMED: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  shy: '',
  zwnj: '',
  zwj: '',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
};

const COMBINING: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED[name];
    if (named !== undefined) return named;
    // &eacute; &euml; &Uuml; &ccedil; ...: a letter plus a combining mark, composed.
    const accented = /^([a-z])(acute|grave|circ|uml|tilde|cedil|ring)$/i.exec(name);
    const mark = accented ? COMBINING[accented[2] as string] : undefined;
    return accented && mark ? `${accented[1]}${mark}`.normalize('NFC') : whole;
  });
}
