// Phone numbers in E.164, read the Dutch way by default ("06 12345678" is +31612345678).
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export function toE164(input: string, defaultCountry: 'NL' = 'NL'): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}
