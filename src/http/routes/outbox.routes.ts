// The local outbox: what Pols would have sent when no provider credentials are set (operator only).
import { desc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { messages } from '../../db/schema/index.js';

export const outboxRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/v1/outbox',
    { preHandler: app.requireOperator, schema: { tags: ['outbox'], querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }) } },
    async (request) => {
      const rows = await ctx.db.select().from(messages).where(eq(messages.provider, 'outbox')).orderBy(desc(messages.sentAt)).limit(request.query.limit);
      return {
        messages: rows.map((m) => ({
          id: m.id,
          clientId: m.clientId,
          checkinId: m.checkinId,
          channel: m.channel,
          kind: m.kind,
          to: m.toAddress,
          subject: m.subject,
          body: m.body,
          sentAt: m.sentAt?.toISOString() ?? null,
        })),
      };
    },
  );
};
