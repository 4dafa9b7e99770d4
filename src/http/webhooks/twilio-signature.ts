// Twilio signs each webhook over the public URL it called plus the sorted form parameters.
import type { FastifyReply, FastifyRequest } from 'fastify';
import twilio from 'twilio';

export function twilioSignatureGuard(authToken: string | undefined, publicBaseUrl: string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const signature = request.headers['x-twilio-signature'];
    const params = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, string>;
    const url = `${publicBaseUrl}${request.url}`;
    const valid = Boolean(authToken) && typeof signature === 'string' && twilio.validateRequest(authToken!, signature, url, params);
    if (!valid) {
      request.log.warn({ path: request.url.split('?')[0] }, 'twilio webhook with a missing or invalid signature');
      return reply.code(403).send({ error: 'forbidden', message: 'missing or invalid X-Twilio-Signature' });
    }
  };
}
