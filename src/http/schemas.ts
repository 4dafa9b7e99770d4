// Shared zod pieces for request validation.
import { z } from 'zod';

export const uuidParam = z.object({ id: z.string().uuid('must be a UUID') });
export const channelEnum = z.enum(['sms', 'email', 'push']);
export const errorBody = z.object({ error: z.string(), message: z.string() });
export const timezone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Europe/Amsterdam');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
