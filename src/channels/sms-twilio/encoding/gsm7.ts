// The GSM 03.38 default alphabet (3GPP TS 23.038 §6.2.1) and its extension table (§6.2.1.1).
// Note the traps: 0x09 is capital Ç (no lowercase ç), 0x24 is ¤ (the $ is 0x02), and ë ï ó á ê are
// not in the set at all.

/** The 128 basic characters, by septet value; 0x1B (ESC) is a placeholder that is never a character. */
const BASIC_TABLE =
  '@£$¥èéùìòÇ\nØø\rÅå' +
  'Δ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ' +
  ' !"#¤%&\'()*+,-./' +
  '0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNO' +
  'PQRSTUVWXYZÄÖÑÜ§' +
  '¿abcdefghijklmno' +
  'pqrstuvwxyzäöñüà';

/** Characters reached through ESC: each costs two septets. */
const EXTENSION_TABLE = '\f^{}\\[~]|€';

export const GSM7_BASIC: ReadonlySet<string> = new Set([...BASIC_TABLE].filter((c) => c !== '\u001b'));
export const GSM7_EXTENSION: ReadonlySet<string> = new Set(EXTENSION_TABLE);

/** Septets one character costs in GSM-7: 1 (basic), 2 (extension), or undefined when it is not GSM-7. */
export function gsm7Septets(character: string): 1 | 2 | undefined {
  if (GSM7_BASIC.has(character)) return 1;
  if (GSM7_EXTENSION.has(character)) return 2;
  return undefined;
}
