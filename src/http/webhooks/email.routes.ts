// Inbound e-mail forwarded over HTTP as raw MIME (by a mail provider's inbound route or a relay), authenticated
// with a shared bearer secret compared in constant time. Off (404) while INBOUND_EMAIL_WEBHOOK_SECRET is unset.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { BadRequestError } from '../../app/errors.js';
import { receiveRawEmail } from '../../app/replies/receive-raw-email.js';
import { safeEqual } from '../../app/tokens.js';

const MAX_MIME_BYTES = 10 * 1_048_576;
const MIME_TYPES = ['message/rfc822', 'text/plain'];

export const emailWebhookRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Encapsulated: raw bytes only for this route; the rest of the API keeps its own text/plain handling.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(MIME_TYPES, { parseAs: 'buffer', bodyLimit: MAX_MIME_BYTES }, (_request, body, done) => done(null, body));

  app.post(
    '/v1/webhooks/email',
    {
      bodyLimit: MAX_MIME_BYTES,
      // Checked before the body is read, so an unauthenticated caller cannot make us parse 10 MB.
      onRequest: secretGuard(ctx.config.INBOUND_EMAIL_WEBHOOK_SECRET),
      schema: {
        tags: ['webhooks'],
        summary: 'Inbound e-mail as raw MIME (message/rfc822 or text/plain), Authorization: Bearer <INBOUND_EMAIL_WEBHOOK_SECRET>',
        response: { 200: z.object({ outcome: z.string(), kind: z.string().optional(), answerId: z.string().optional() }) },
      },
    },
    async (request, reply) => {
      const raw = request.body;
      if (!Buffer.isBuffer(raw) || raw.length === 0) throw new BadRequestError('body must be the raw MIME message (content-type message/rfc822 or text/plain)');
      const receipt = await receiveRawEmail(ctx, raw);
      request.log.info({ outcome: receipt.outcome }, 'inbound e-mail webhook handled');
      return reply.code(200).send(receipt);
    },
  );
};

function secretGuard(secret: string | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!secret) return reply.code(404).send({ error: 'not_found', message: 'the e-mail webhook is off (INBOUND_EMAIL_WEBHOOK_SECRET is not set)' });
    const presented = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
    if (!safeEqual(presented, secret)) {
      request.log.warn('e-mail webhook with a missing or wrong secret');
      return reply.code(403).send({ error: 'forbidden', message: 'missing or wrong bearer secret' });
    }
  };
}
