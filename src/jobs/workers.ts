// Starts the BullMQ workers and the periodic reconciler; returns one close() for shutdown.
import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppContext } from '../app/context.js';
import { reconcile } from '../app/maintenance/reconcile.js';
import { RetryLaterError } from '../app/messages/deliver-message.js';
import type { Queues } from './job-queue.js';
import { assertEveryJobHasAHandler, handlerFor } from './handlers.js';
import { QUEUE_NAMES } from './queues.js';

export interface Workers {
  close(): Promise<void>;
}

/** Retry-After from the provider wins; otherwise exponential from 2 s, capped at 10 min, with jitter. */
export function retryDelay(attemptsMade: number, error?: Error): number {
  if (error instanceof RetryLaterError && error.retryAfterMs) return error.retryAfterMs;
  const base = Math.min(2_000 * 2 ** Math.max(0, attemptsMade - 1), 600_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

export async function startWorkers(ctx: AppContext, connection: Redis, queues: Queues, options: { prefix: string; concurrency: number; reconcileEveryMs: number; planEveryMs: number; lockMs: number; smsPerSecond: number }): Promise<Workers> {
  assertEveryJobHasAHandler();
  const common = { connection, prefix: options.prefix, lockDuration: options.lockMs, stalledInterval: options.lockMs, settings: { backoffStrategy: (attemptsMade: number, _type?: string, error?: Error) => retryDelay(attemptsMade, error) } };
  const run = (job: Job) => handlerFor(job.name)(ctx, job);
  const deliver = new Worker(QUEUE_NAMES.deliver, run, { ...common, concurrency: options.concurrency });
  // One sending number has a fixed throughput; the limiter holds bursts (a fan-out, a retry wave) under it.
  const deliverSms = new Worker(QUEUE_NAMES.deliverSms, run, { ...common, concurrency: options.concurrency, limiter: { max: options.smsPerSecond, duration: 1_000 } });
  const maintenance = new Worker(QUEUE_NAMES.maintenance, run, { ...common, concurrency: 1 });
  for (const worker of [deliver, deliverSms, maintenance]) {
    worker.on('failed', (job, error) => ctx.log.warn({ jobId: job?.id, job: job?.name, err: error.message }, 'job failed'));
    worker.on('error', (error) => ctx.log.error({ err: error.message }, 'worker error'));
  }
  // Catch up at once on what happened while no worker ran (lost jobs, an emptied Redis), then periodically.
  await reconcile(ctx).catch((error: Error) => ctx.log.error({ err: error.message }, 'reconcile at start failed'));
  await upsertSchedulers(queues, options);
  // The schedulers live only in Redis: an emptied Redis (FLUSHALL, a failover to an empty replica, deleted
  // keys) would stop reconciliation and planning for good. Every process re-registers them each reconcile
  // interval; an upsert of an intact scheduler keeps its next run, a lost one is recreated and runs at once.
  const watchdog = setInterval(() => {
    upsertSchedulers(queues, options).catch((error: Error) => ctx.log.warn({ err: error.message }, 'job schedulers not re-registered'));
  }, options.reconcileEveryMs);
  watchdog.unref();
  return {
    async close() {
      clearInterval(watchdog);
      await Promise.all([deliver.close(), deliverSms.close(), maintenance.close()]);
    },
  };
}

/** Idempotent: the same id and interval keep the scheduler's next run; a missing one is created. */
async function upsertSchedulers(queues: Queues, options: { reconcileEveryMs: number; planEveryMs: number }): Promise<void> {
  await queues.maintenance.upsertJobScheduler('reconcile', { every: options.reconcileEveryMs }, { name: 'maintenance.reconcile', data: {} });
  await queues.maintenance.upsertJobScheduler('plan-schedules', { every: options.planEveryMs }, { name: 'schedules.plan', data: {} });
}
