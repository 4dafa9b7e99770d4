// Bearer tokens for /v1 (webhooks and client answer links authenticate differently).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext, Principal } from '../../app/context.js';
import { resolveToken } from '../../app/tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    requireOperator(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
}

export const authPlugin = fp(
  async (app: FastifyInstance, opts: { ctx: AppContext }) => {
    app.decorateRequest('principal', null);
    app.addHook('onRequest', async (request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      if (!path.startsWith('/v1/') || path.startsWith('/v1/webhooks/') || path.startsWith('/v1/public/')) return;
      const header = request.headers.authorization ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) return reply.code(401).send({ error: 'unauthorized', message: 'missing bearer token (Authorization: Bearer <token>)' });
      const principal = await resolveToken(opts.ctx.db, match[1]!, opts.ctx.config.POLS_ADMIN_TOKEN);
      if (!principal) return reply.code(401).send({ error: 'unauthorized', message: 'unknown or revoked token' });
      request.principal = principal;
    });
    app.decorate('requireOperator', async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.principal?.role !== 'operator') return reply.code(403).send({ error: 'forbidden', message: 'this call needs the operator token' });
    });
  },
  { name: 'auth' },
);

/** The authenticated caller; routes under /v1 always have one. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw Object.assign(new Error('missing bearer token'), { statusCode: 401 });
  return request.principal;
}
