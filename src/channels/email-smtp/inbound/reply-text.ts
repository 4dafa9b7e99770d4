// The client's new words in a reply: quoted history, attribution lines and signatures removed, for
// the Dutch and English mail clients our clients use.
//
// Not email-reply-parser: its Dutch rule (/^\s*(Op\s[\s\S]+?\n?schreef[\s\S]+:)$/m) spans lines
// freely, so a reply that starts "Op zich gaat het goed." above Gmail's "Op ... schreef ...:" is
// swallowed whole and the result is empty. The rules here look at one attribution (at most three
// wrapped lines) at a time.
import { cutHtmlHistory, htmlToText } from './html-to-text.js';

/**
 * The new text of a reply. Uses the text part; falls back to the HTML part when the text part is
 * missing or blank. Returns '' when nothing new is left.
 */
export function extractReplyText(text: string, html?: string): string {
  const source = text.trim() !== '' ? text : html ? htmlToText(cutHtmlHistory(html)) : '';
  const lines = normalize(source).split('\n');
  const kept: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (isSignatureStart(line) || isHistorySeparator(line) || startsHeaderBlock(lines, i)) break;
    const attribution = attributionLength(lines, i);
    if (attribution > 0) {
      // Quoted history below the attribution is skipped; a bottom-posted answer may follow it.
      const next = nextNonBlank(lines, i + attribution);
      if (next === -1 || !isQuoted(lines[next] as string)) break;
      i = skipQuoted(lines, next);
      continue;
    }
    if (!isQuoted(line) && !isInlineImage(line)) kept.push(line);
    i++;
  }
  return tidy(kept);
}

function normalize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\u00a0/g, ' ');
}

const isQuoted = (line: string): boolean => /^\s*>/.test(line);
const isBlank = (line: string): boolean => line.trim() === '';
/** Outlook's placeholder for an inline image in the text part: `[cid:image001.png@01DB3D92.B0D3E280]`. */
const isInlineImage = (line: string): boolean => /^\s*\[cid:[^\]]*\]\s*$/i.test(line);

function nextNonBlank(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i] as string)) return i;
  return -1;
}

function skipQuoted(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && (isQuoted(lines[i] as string) || isBlank(lines[i] as string))) i++;
  return i;
}

/** Collapses runs of blank lines, drops trailing spaces and surrounding blank lines. */
function tidy(lines: readonly string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

// --- signatures -----------------------------------------------------------------------------

const SIGNATURE_DELIMITER = /^--\s*$/;
const MOBILE_SIGNATURE =
  /^\s*(?:verzonden|verstuurd|gestuurd|sent|envoyé|gesendet|enviado)\s+(?:vanaf|vanuit|van|met|via|from|with|using|on|de|depuis|von|desde)\b.{0,60}\b(?:iphone|ipad|ipod|android|samsung|galaxy|outlook|mail|gmail|yahoo|smartphone|mobiel|mobile|telefoon|phone|tablet|windows|huawei|xiaomi|oneplus|pixel|bluemail|spark|proton|hotmail|apparaat|device)\b.{0,40}$/i;
const OUTLOOK_APP_SIGNATURE =
  /^\s*(?:outlook voor (?:ios|android) downloaden|(?:get|download) outlook for (?:ios|android))\b/i;

function isSignatureStart(line: string): boolean {
  return SIGNATURE_DELIMITER.test(line) || MOBILE_SIGNATURE.test(line) || OUTLOOK_APP_SIGNATURE.test(line);
}

// --- quoted history ---------------------------------------------------------------------------

const SEPARATOR_LINE =
  /^\s*-{2,}\s*(?:oorspronkelijk bericht|origineel bericht|original message|doorgestuurd bericht|forwarded message|ursprüngliche nachricht|message d'origine)\s*-{2,}\s*$/i;
const UNDERSCORE_LINE = /^\s*_{10,}\s*$/;
const FORWARD_INTRO = /^\s*(?:begin forwarded message|begin doorgestuurd bericht|doorgestuurd bericht)\s*:\s*$/i;

function isHistorySeparator(line: string): boolean {
  return SEPARATOR_LINE.test(line) || UNDERSCORE_LINE.test(line) || FORWARD_INTRO.test(line);
}

const FROM_FIELD = /^\s*\*?(?:van|from|von|de)\s*:\*?\s*\S/i;
const OTHER_FIELD =
  /^\s*\*?(?:verzonden|sent|datum|date|aan|to|onderwerp|subject|cc|beantwoorden aan|reply-to|gesendet|an|betreff)\s*:/i;

/** Outlook's quoted header block: `Van:` followed within a few lines by `Verzonden:`, `Aan:`, ... */
function startsHeaderBlock(lines: readonly string[], i: number): boolean {
  if (!FROM_FIELD.test(lines[i] as string)) return false;
  for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
    if (OTHER_FIELD.test(lines[j] as string)) return true;
  }
  return false;
}

/** "Op <datum> schreef <naam> <adres>:", Apple's "... heeft <naam> het volgende geschreven:", "On ... wrote:". */
const DATED_ATTRIBUTION: readonly RegExp[] = [
  /^op\s.*\d.*\bschreef\b.*:$/i,
  /^op\s.*\d.*\bheeft\b.*\bgeschreven\s*:$/i,
  /^.{1,150}\sschreef op\s.*\d.*:$/i,
  /^on\s.*\d.*\bwrote\s*:$/i,
  /^am\s.*\d.*\bschrieb\b.*:$/i,
  /^le\s.*\d.*\ba écrit\s*:$/i,
];
/** "Sanne schreef:" without a date: only an attribution when quoted lines follow it. */
const BARE_ATTRIBUTION = /^.{1,200}\b(?:schreef|wrote|schrieb|a écrit)\s*:$/i;
const ATTRIBUTION_START = /^\s*(?:op|on|am|le)\s/i;

/**
 * How many lines (1 to 3; Gmail wraps long ones) form an attribution line starting at `i`, or 0.
 * A wrapped attribution starts with a line holding a digit (the date) and continues on lines that
 * do not start an attribution themselves, so text above the real attribution is never taken along.
 */
function attributionLength(lines: readonly string[], i: number): number {
  const first = (lines[i] as string).trim();
  if (first === '') return 0;
  let joined = '';
  for (let n = 1; n <= 3 && i + n - 1 < lines.length; n++) {
    const line = (lines[i + n - 1] as string).trim();
    if (n > 1 && (line === '' || ATTRIBUTION_START.test(line) || !/\d/.test(first))) break;
    joined = n === 1 ? line : `${joined} ${line}`;
    if (joined.length > 300) break;
    if (joined.endsWith(':') && DATED_ATTRIBUTION.some((pattern) => pattern.test(joined))) return n;
  }
  if (BARE_ATTRIBUTION.test(first)) {
    const next = nextNonBlank(lines, i + 1);
    if (next !== -1 && isQuoted(lines[next] as string)) return 1;
  }
  return 0;
}
