// How an SMS body will be encoded and into how many segments it is split, so a coach sees the cost
// of a question before it is sent. Mirrors what carriers do: GSM-7 when every character is in the
// GSM 03.38 alphabet, UCS-2 (UTF-16) otherwise.
import { gsm7Septets } from './gsm7.js';

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsEncodingInfo {
  encoding: SmsEncoding;
  /** Number of SMS parts the body is sent (and billed) as; 0 for an empty body. */
  segments: number;
  /** Unicode code points in the body (an emoji counts once here). */
  characters: number;
  /** Septets for GSM-7 (an extension character counts 2), UTF-16 code units for UCS-2 (an emoji counts 2). */
  units: number;
  /** The distinct characters that force UCS-2, in order of first appearance. */
  nonGsmCharacters: string[];
}

/** Units that fit in one SMS, and in each part of a concatenated SMS (the rest holds the 6-byte UDH). */
const LIMITS: Readonly<Record<SmsEncoding, { single: number; multipart: number }>> = {
  'GSM-7': { single: 160, multipart: 153 },
  'UCS-2': { single: 70, multipart: 67 },
};

export function smsEncodingInfo(text: string): SmsEncodingInfo {
  const characters = [...text];
  const nonGsmCharacters = [...new Set(characters.filter((c) => gsm7Septets(c) === undefined))];
  const encoding: SmsEncoding = nonGsmCharacters.length === 0 ? 'GSM-7' : 'UCS-2';
  // A character's cost is indivisible: an ESC pair or a surrogate pair is never split over two parts.
  const costs = characters.map((c) => (encoding === 'GSM-7' ? (gsm7Septets(c) as number) : c.length));
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  return { encoding, segments: countSegments(costs, units, LIMITS[encoding]), characters: characters.length, units, nonGsmCharacters };
}

function countSegments(costs: readonly number[], units: number, limits: { single: number; multipart: number }): number {
  if (units === 0) return 0;
  if (units <= limits.single) return 1;
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > limits.multipart) {
      segments++;
      used = 0;
    }
    used += cost;
  }
  return segments;
}

/** True when the body takes more than two segments: worth a warning to whoever wrote it. */
export function segmentWarning(info: SmsEncodingInfo): boolean {
  return info.segments > 2;
}
