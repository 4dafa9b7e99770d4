// Wires one Pols process: config, logger, database, Redis, queues, channels, and optionally the API,
// the workers and the inbound SMTP listener. Every entry point (all-in-one, api, worker, tests) uses this.
import { Redis } from 'ioredis';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.js';
import type { Config } from '../config/config.js';
import { createDatabase, type Database } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { buildApp } from '../http/app.js';
import { createQueues, type Queues } from '../jobs/job-queue.js';
import { startWorkers, type Workers } from '../jobs/workers.js';
import { createLogger, type Logger } from '../log/logger.js';
import { createChannels } from './channels.js';
import { startInboundSmtp, type InboundSmtp } from './inbound-smtp.js';

export interface RuntimeOptions {
  api?: boolean;
  workers?: boolean;
  inboundSmtp?: boolean;
  migrate?: boolean;
  logger?: Logger;
  now?: () => Date;
}

export interface Runtime {
  ctx: AppContext;
  database: Database;
  redis: Redis;
  queues: Queues;
  app: FastifyInstance | null;
  workers: Workers | null;
  smtp: InboundSmtp | null;
  close(): Promise<void>;
}

export async function startRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  const log = options.logger ?? createLogger({ level: config.LOG_LEVEL });
  if (options.migrate) await migrateDatabase(config.DATABASE_URL);
  const database = createDatabase(config.DATABASE_URL, { max: 20 });
  // BullMQ workers block on Redis, so they need `maxRetriesPerRequest: null`.
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false });
  redis.on('error', (error) => log.warn({ err: error.message }, 'redis connection problem'));
  const queues = createQueues(redis, config.QUEUE_PREFIX);
  const channels = createChannels(config, database.db);
  const ctx: AppContext = { config, db: database.db, queue: queues, channels, log, now: options.now ?? (() => new Date()) };

  const workers = options.workers
    ? await startWorkers(ctx, redis, queues, { prefix: config.QUEUE_PREFIX, concurrency: config.WORKER_CONCURRENCY, reconcileEveryMs: config.RECONCILE_INTERVAL_SECONDS * 1000, planEveryMs: config.PLAN_INTERVAL_SECONDS * 1000, lockMs: config.JOB_LOCK_SECONDS * 1000, smsPerSecond: config.SMS_PER_SECOND })
    : null;
  const app = options.api ? await buildApp(ctx, { redis }) : null;
  const smtp = options.inboundSmtp && config.INBOUND_SMTP_PORT > 0 ? await startInboundSmtp(ctx, { host: config.INBOUND_SMTP_HOST, port: config.INBOUND_SMTP_PORT }) : null;

  let closed = false;
  return {
    ctx,
    database,
    redis,
    queues,
    app,
    workers,
    smtp,
    async close() {
      if (closed) return;
      closed = true;
      await smtp?.close();
      await app?.close();
      await workers?.close();
      await queues.close();
      await Promise.all(Object.values(channels).map((c) => c?.close?.()));
      redis.disconnect();
      await database.close();
    },
  };
}
