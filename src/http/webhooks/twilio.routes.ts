// Twilio's inbound SMS and delivery status webhooks.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { receiveSms } from '../../app/replies/receive-sms.js';
import { recordDeliveryStatus } from '../../app/messages/record-delivery-status.js';
import { twilioSignatureGuard } from './twilio-signature.js';

const messageSid = z.string().regex(/^(SM|MM)[0-9a-f]{32}$/i, 'must be a Twilio message SID');
const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

export const twilioWebhookRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const guard = twilioSignatureGuard(ctx.config.TWILIO_AUTH_TOKEN, ctx.config.PUBLIC_BASE_URL);

  app.post(
    '/v1/webhooks/twilio/sms',
    {
      preValidation: guard,
      schema: {
        tags: ['webhooks'],
        summary: "Twilio's inbound SMS (signed)",
        body: z.looseObject({ MessageSid: messageSid, From: z.string().min(3).max(40), Body: z.string().max(5_000).default('') }),
      },
    },
    async (request, reply) => {
      await receiveSms(ctx, { from: request.body.From, body: request.body.Body, providerMessageId: request.body.MessageSid });
      return reply.type('text/xml').send(EMPTY_TWIML);
    },
  );

  app.post(
    '/v1/webhooks/twilio/status',
    {
      preValidation: guard,
      schema: {
        tags: ['webhooks'],
        summary: "Twilio's delivery status callback (signed)",
        body: z.looseObject({ MessageSid: messageSid, MessageStatus: z.string().min(1).max(40), ErrorCode: z.string().max(10).optional() }),
      },
    },
    async (request, reply) => {
      await recordDeliveryStatus(ctx, { providerMessageId: request.body.MessageSid, providerStatus: request.body.MessageStatus, errorCode: request.body.ErrorCode });
      return reply.code(204).send();
    },
  );
};
