// E-mail replies often quote our own question ("> Antwoord met een cijfer van 1 tot 5"), whose
// numbers and words would be read as the answer. The channel should strip quotes; this is the
// normalizer's own safety net: drop quoted lines and everything after a reply header.

const REPLY_HEADERS: readonly RegExp[] = [
  /^\s*op\s.{4,160}\s(?:schreef|heeft\s.{0,60}geschreven)\b.*:\s*$/i, // Op 12 mei 2025 om 10:00 schreef Pols <...>:
  /^\s*on\s.{4,160}\swrote:\s*$/i, // On Mon, May 12, 2025 at 10:00 Pols <...> wrote:
  /^\s*-{2,}\s*(?:original message|oorspronkelijk bericht|doorgestuurd bericht|forwarded message)\s*-{2,}\s*$/i,
  /^\s*(?:from|van):\s.+$/i, // Outlook: "Van: Pols <...>"
];

export function stripQuoted(text: string): string {
  if (!text.includes('\n')) return text;
  const kept: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (REPLY_HEADERS.some((re) => re.test(line))) break;
    if (line.trimStart().startsWith('>')) continue;
    kept.push(line);
  }
  return kept.join('\n');
}
