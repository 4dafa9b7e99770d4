// Builds the fastify app: plugins, routes, OpenAPI at /docs. No listening here; main/ decides that.
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Redis } from 'ioredis';
import type { AppContext } from '../app/context.js';
import { clientPages } from './answer-page/index.js';
import { authPlugin } from './plugins/auth.js';
import { errorsPlugin } from './plugins/errors.js';
import { answerRoutes } from './routes/answers.routes.js';
import { caseloadRoutes } from './routes/caseload.routes.js';
import { checkinRoutes } from './routes/checkins.routes.js';
import { clientRoutes } from './routes/clients.routes.js';
import { coachRoutes } from './routes/coaches.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { outboxRoutes } from './routes/outbox.routes.js';
import { questionRoutes } from './routes/questions.routes.js';
import { scheduleRoutes } from './routes/schedules.routes.js';
import { emailWebhookRoutes } from './webhooks/email.routes.js';
import { twilioWebhookRoutes } from './webhooks/twilio.routes.js';

export async function buildApp(ctx: AppContext, deps: { redis: Redis }): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log as FastifyBaseLogger,
    bodyLimit: 1_048_576,
    // Signed answer-link tokens travel in the path (/a/:token) and are longer than the default 100.
    routerOptions: { maxParamLength: 1_024 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(errorsPlugin);
  await app.register(formbody);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Pols API', version: '0.1.0', description: 'Check-ins, answers and client profiles.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(authPlugin, { ctx });

  await app.register(healthRoutes, { ctx, redis: deps.redis });
  await app.register(coachRoutes, { ctx });
  await app.register(clientRoutes, { ctx });
  await app.register(caseloadRoutes, { ctx });
  await app.register(questionRoutes, { ctx });
  await app.register(checkinRoutes, { ctx });
  await app.register(scheduleRoutes, { ctx });
  await app.register(outboxRoutes, { ctx });
  await app.register(twilioWebhookRoutes, { ctx });
  await app.register(clientPages, { ctx });
  await app.register(answerRoutes, { ctx });
  await app.register(emailWebhookRoutes, { ctx });
  return app;
}
