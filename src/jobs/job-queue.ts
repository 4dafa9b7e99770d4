// The app's view of the queue: it only ever asks "deliver these messages".
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { JOBS, QUEUE_NAMES, deliveryJobId } from './queues.js';

export interface DeliveryQueue {
  enqueueDelivery(messages: ReadonlyArray<{ id: string; sendAfter?: Date }>, now?: Date): Promise<void>;
  /** Plan a schedule (or all) now instead of at the next periodic run. */
  enqueuePlan(scheduleId?: string): Promise<void>;
}

export interface Queues extends DeliveryQueue {
  deliver: Queue;
  maintenance: Queue;
  close(): Promise<void>;
}

export const DELIVERY_ATTEMPTS = 8;

export function createQueues(connection: Redis, prefix: string): Queues {
  const deliver = new Queue(QUEUE_NAMES.deliver, { connection, prefix });
  const maintenance = new Queue(QUEUE_NAMES.maintenance, { connection, prefix });
  return {
    deliver,
    maintenance,
    async enqueueDelivery(messages, now = new Date()) {
      if (messages.length === 0) return;
      await deliver.addBulk(
        messages.map((m) => ({
          name: 'message.deliver',
          data: JOBS['message.deliver'].payload.parse({ messageId: m.id }),
          opts: {
            jobId: deliveryJobId(m.id, m.sendAfter),
            delay: Math.max(0, (m.sendAfter?.getTime() ?? 0) - now.getTime()),
            attempts: DELIVERY_ATTEMPTS,
            backoff: { type: 'pols' },
            // Postgres records every outcome; finished jobs are removed so the reconciler can re-add an id.
            removeOnComplete: true,
            removeOnFail: true,
          },
        })),
      );
    },
    async enqueuePlan(scheduleId) {
      await maintenance.add('schedules.plan', JOBS['schedules.plan'].payload.parse(scheduleId ? { scheduleId } : {}), { removeOnComplete: true, removeOnFail: true });
    },
    async close() {
      await Promise.all([deliver.close(), maintenance.close()]);
    },
  };
}
