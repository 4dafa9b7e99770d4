// The schedule as operators submit it (POST /v1/schedules). Parsed once at the edge; inside the
// domain a Schedule is trusted. Every message says what to change.
import { z } from 'zod';
import { parseRrule } from './rrule-parse.js';
import { isValidZone } from './zone-time.js';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time HH:MM, e.g. 09:00.');
/** An instant with offset, or a date that is read as local midnight in each client's zone. */
const instantOrDate = z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
  error: 'Use an ISO date (2026-03-01) or date-time with offset (2026-03-01T09:00:00+01:00).',
});

export const audienceSchema = z
  .object({
    clientIds: z.array(z.string().uuid('A client id is a UUID, as returned by POST /v1/clients.')).min(1).optional(),
    coachId: z.string().uuid('A coach id is a UUID, as returned by POST /v1/coaches.').optional(),
    tag: z.string().min(1).optional(),
  })
  .refine((a) => a.clientIds !== undefined || a.coachId !== undefined || a.tag !== undefined, {
    message: 'The audience needs at least one of clientIds, coachId or tag.',
  });

export const windowSchema = z
  .object({ start: clock, end: clock })
  .refine((w) => w.start < w.end, { message: 'The window must end after it starts on the same day.' });

export const quietHoursSchema = z.object({ start: clock, end: clock });

export const reminderSchema = z.object({
  afterMinutes: z.number().int().min(5, 'Remind after at least 5 minutes.').max(7 * 24 * 60),
  max: z.number().int().min(0).max(5, 'At most 5 reminders per check-in.'),
});

export const anchorSchema = z.object({
  field: z.string().min(1, 'Name the client date to anchor on, e.g. intake.'),
  offsetDays: z.number().int().min(-3650).max(3650),
});

export const scheduleInputSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the schedule a name.').max(200),
    questionKeys: z.array(z.string().min(1)).min(1, 'Ask at least one question (questionKeys).'),
    rrule: z.string(),
    audience: audienceSchema,
    startsAt: instantOrDate.optional(),
    endsAt: instantOrDate.optional(),
    timezone: z.string().refine(isValidZone, { message: 'Unknown time zone; use an IANA name like Europe/Amsterdam.' }).optional(),
    window: windowSchema.optional(),
    quietHours: quietHoursSchema.optional(),
    reminder: reminderSchema.optional(),
    expiresAfterMinutes: z.number().int().min(15, 'A check-in should stay open at least 15 minutes.').max(30 * 24 * 60).optional(),
    anchor: anchorSchema.optional(),
    capPerDay: z.number().int().min(1).max(4).optional(),
  })
  .superRefine((s, ctx) => {
    const parsed = parseRrule(s.rrule);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', path: ['rrule'], message: parsed.error });
      return;
    }
    if (parsed.rule.count !== undefined && s.startsAt === undefined && s.anchor === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['rrule'],
        message: 'COUNT counts from the schedule\'s start; set startsAt or anchor, or use UNTIL.',
      });
    }
    if (s.startsAt && s.endsAt && comparable(s.endsAt) < comparable(s.startsAt)) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'endsAt is before startsAt.' });
    }
    const expires = s.expiresAfterMinutes ?? 24 * 60;
    if (s.reminder && s.reminder.max > 0 && s.reminder.afterMinutes >= expires) {
      ctx.addIssue({
        code: 'custom',
        path: ['reminder', 'afterMinutes'],
        message: `A reminder after ${s.reminder.afterMinutes} minutes never comes: the check-in expires after ${expires}.`,
      });
    }
  });

/** Rough ordering of date/date-time bounds for the endsAt >= startsAt check (zones differ by <1 day). */
function comparable(value: string): number {
  return value.length === 10 ? Date.parse(`${value}T12:00:00Z`) : Date.parse(value);
}

export type ScheduleInput = z.infer<typeof scheduleInputSchema>;

/** A stored schedule: the validated input plus its id. */
export type Schedule = ScheduleInput & { id: string };
