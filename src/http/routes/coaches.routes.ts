import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { createCoach } from '../../app/coaches/create-coach.js';
import { principalOf } from '../plugins/auth.js';

export const coachRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/v1/coaches',
    {
      preHandler: app.requireOperator,
      schema: {
        tags: ['coaches'],
        summary: 'Create a coach (operator); the answer carries the coach token, shown once',
        body: z.object({ name: z.string().trim().min(1).max(200), email: z.string().trim().email(), phone: z.string().trim().min(6).max(32).optional() }),
      },
    },
    async (request, reply) => {
      const coach = await ctx.db.transaction((tx) => createCoach(tx, principalOf(request), request.body));
      return reply.code(201).send({ id: coach.id, name: coach.name, email: coach.email, phone: coach.phone, organizationId: coach.organizationId, token: coach.token, createdAt: coach.createdAt.toISOString() });
    },
  );
};
