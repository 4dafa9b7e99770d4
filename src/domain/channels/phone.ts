// Phone numbers in E.164, read the Dutch way by default ("06 12345678" is +31612345678).
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export function toE164(input: string, defaultCountry: 'NL' = 'NL'): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}

/** How a client reads a number in a message: Dutch numbers as dialled at home ("020 123 4567"), others in full. */
export function readablePhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === 'NL' ? parsed.formatNational() : parsed.formatInternational();
}
