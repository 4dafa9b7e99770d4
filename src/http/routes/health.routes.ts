import { sql } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import type { Redis } from 'ioredis';
import type { AppContext } from '../../app/context.js';

export const healthRoutes: FastifyPluginAsync<{ ctx: AppContext; redis: Redis }> = async (app, { ctx, redis }) => {
  app.get('/healthz', { schema: { tags: ['health'] } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { tags: ['health'] } }, async (_request, reply) => {
    const [database, queue] = await Promise.all([
      ctx.db.execute(sql`select 1`).then(() => true, () => false),
      withTimeout(redis.ping(), 1_000).then(() => true, () => false),
    ]);
    const ready = database && queue;
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', database, redis: queue });
  });
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}
