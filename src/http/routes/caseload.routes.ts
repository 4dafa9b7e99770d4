import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { buildCaseload } from '../../app/caseload/build-caseload.js';
import { resolveFlag } from '../../app/caseload/resolve-flag.js';
import type { AppContext } from '../../app/context.js';
import { principalOf } from '../plugins/auth.js';

export const caseloadRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/v1/caseload',
    {
      schema: {
        tags: ['clients'],
        summary: 'Clients ordered by who needs attention now (a coach: own clients)',
        querystring: z.object({ coachId: z.string().uuid('must be a UUID').optional(), limit: z.coerce.number().int().min(1).max(5000).default(500) }),
      },
    },
    async (request) => buildCaseload(ctx.db, principalOf(request), request.query),
  );

  app.post(
    '/v1/clients/:id/flags/:kind/resolve',
    {
      schema: {
        tags: ['clients'],
        summary: 'Mark a flag as handled (e.g. after calling the client)',
        params: z.object({ id: z.string().uuid('must be a UUID'), kind: z.string().regex(/^[a-z_]{1,40}$/, 'a flag kind such as callback_requested') }),
      },
    },
    async (request) => ctx.db.transaction((tx) => resolveFlag(tx, principalOf(request), request.params.id, request.params.kind, ctx.now())),
  );
};
