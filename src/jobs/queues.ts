// Queue names, job names and their payloads: the one typed union of work BullMQ moves.
import { z } from 'zod';

/** SMS has its own queue so a rate limit can keep bursts under the sending number's throughput. */
export const QUEUE_NAMES = { deliver: 'deliver', deliverSms: 'deliver-sms', maintenance: 'maintenance' } as const;

export const JOBS = {
  'message.deliver': { queue: QUEUE_NAMES.deliver, payload: z.object({ messageId: z.string().uuid() }) },
  'maintenance.reconcile': { queue: QUEUE_NAMES.maintenance, payload: z.object({}) },
  'schedules.plan': { queue: QUEUE_NAMES.maintenance, payload: z.object({ scheduleId: z.string().uuid().optional() }) },
} as const;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]['payload']>;

/**
 * Deterministic ids: adding the same work twice is one job. The planned send time is part of the id so a
 * message deferred (quiet hours, Retry-After) gets a new job while its current one finishes. No ':' (BullMQ).
 */
export const deliveryJobId = (messageId: string, sendAfter?: Date) => `deliver-${messageId}-${sendAfter?.getTime() ?? 0}`;
