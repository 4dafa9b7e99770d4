// The app's view of the queue: it only ever asks "deliver these messages".
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { JOBS, QUEUE_NAMES, deliveryJobId } from './queues.js';

export interface DeliveryQueue {
  enqueueDelivery(messages: ReadonlyArray<{ id: string; channel: string; sendAfter?: Date }>, now?: Date): Promise<void>;
  /** Plan a schedule (or all) now instead of at the next periodic run. */
  enqueuePlan(scheduleId?: string): Promise<void>;
}

export interface Queues extends DeliveryQueue {
  deliver: Queue;
  deliverSms: Queue;
  maintenance: Queue;
  close(): Promise<void>;
}

export const DELIVERY_ATTEMPTS = 8;

export function createQueues(connection: Redis, prefix: string): Queues {
  const deliver = new Queue(QUEUE_NAMES.deliver, { connection, prefix });
  const deliverSms = new Queue(QUEUE_NAMES.deliverSms, { connection, prefix });
  const maintenance = new Queue(QUEUE_NAMES.maintenance, { connection, prefix });
  return {
    deliver,
    deliverSms,
    maintenance,
    async enqueueDelivery(messages, now = new Date()) {
      const sms = messages.filter((m) => m.channel === 'sms');
      const other = messages.filter((m) => m.channel !== 'sms');
      if (sms.length) await deliverSms.addBulk(sms.map((m) => deliveryJob(m, now)));
      if (other.length) await deliver.addBulk(other.map((m) => deliveryJob(m, now)));
    },
    async enqueuePlan(scheduleId) {
      await maintenance.add('schedules.plan', JOBS['schedules.plan'].payload.parse(scheduleId ? { scheduleId } : {}), { removeOnComplete: true, removeOnFail: true });
    },
    async close() {
      await Promise.all([deliver.close(), deliverSms.close(), maintenance.close()]);
    },
  };
}

function deliveryJob(m: { id: string; sendAfter?: Date }, now: Date) {
  return {
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
  };
}
