// One error handler: validation problems name the field, our errors keep their status, 5xx hide details.
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError & { statusCode?: number }, request, reply) => {
      if (hasZodFastifySchemaValidationErrors(error)) {
        const problems = error.validation.map((v) => {
          const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.') || (v.params as { issue?: { path?: unknown[] } })?.issue?.path?.join('.') || '';
          return path ? `${path}: ${v.message}` : (v.message ?? 'invalid');
        });
        return reply.code(400).send({ error: 'bad_request', message: `invalid ${error.validationContext ?? 'request'}: ${problems.join('; ')}`, problems });
      }
      if (isResponseSerializationError(error)) {
        request.log.error({ err: error.message }, 'response did not match its schema');
        return reply.code(500).send({ error: 'internal', message: 'internal error' });
      }
      const status = error.statusCode ?? 500;
      if (status >= 500) {
        request.log.error({ err: { message: error.message, stack: error.stack } }, 'request failed');
        return reply.code(status).send({ error: 'internal', message: 'internal error' });
      }
      // Fastify's own 415 says only "Unsupported Media Type"; name the type that came in.
      const message = status === 415 ? `unsupported content type ${request.headers['content-type'] ?? '(none)'} for ${request.method} ${request.url.split('?')[0]}` : error.message;
      return reply.code(status).send({ error: codeFor(status), message });
    });
    app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` }));
  },
  { name: 'errors' },
);

function codeFor(status: number): string {
  return ({ 400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'too_large', 415: 'unsupported_media_type', 429: 'too_many_requests' } as Record<number, string>)[status] ?? 'error';
}
