import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { askNow } from '../../app/checkins/ask-now.js';
import { principalOf } from '../plugins/auth.js';
import { channelEnum } from '../schemas.js';

export const checkinRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/v1/checkins',
    {
      schema: {
        tags: ['checkins'],
        summary: 'Ask a client now',
        body: z.object({ clientId: z.string().uuid('must be a UUID'), questionKeys: z.array(z.string().min(1)).min(1).max(20), channel: channelEnum.optional() }),
      },
    },
    async (request, reply) => reply.code(202).send(await askNow(ctx, principalOf(request), request.body)),
  );
};
