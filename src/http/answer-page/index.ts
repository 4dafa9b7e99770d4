// The client-facing pages: one-click answer links (/a/...), the answer page PWA (/p/...) and its files.
// Outside /v1, so no bearer token; a strict CSP and no referrer, because the paths carry signed tokens.
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../../app/context.js';
import { answerLinkRoutes } from './answer-link.routes.js';
import { answerPageRoutes } from './answer-page.routes.js';
import { answerPageAssets } from './assets.routes.js';

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "manifest-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export const clientPages: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Not wrapped in fastify-plugin: these headers apply to the client pages only.
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', CSP);
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-robots-tag', 'noindex, nofollow');
    return payload;
  });
  await app.register(answerPageAssets);
  await app.register(answerLinkRoutes, { ctx });
  await app.register(answerPageRoutes, { ctx });
};
