// Answers a coach logs (phone, face to face), a coach's correction that teaches the normalizer, and
// installing the WHO-5 question set.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadAnswerFor, presentAnswer } from '../../app/answers/answer-access.js';
import { correctAnswer } from '../../app/answers/correct-answer.js';
import { installWho5 } from '../../app/answers/install-who5.js';
import { recordCoachAnswer } from '../../app/answers/record-coach-answer.js';
import type { AppContext } from '../../app/context.js';
import { principalOf } from '../plugins/auth.js';
import { uuidParam } from '../schemas.js';

const loggedAnswer = z.object({
  channel: z.enum(['phone', 'in_person']),
  text: z.string().trim().min(1, 'must not be empty').max(5_000),
  questionKey: z.string().min(1).max(80).optional(),
  checkinId: z.string().uuid('must be a UUID').optional(),
  receivedAt: z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date-time with offset' }).optional(),
});

const correction = z.object({
  status: z.enum(['answered', 'unclear', 'opt_out', 'help']).optional(),
  value: z.union([z.number(), z.boolean(), z.string().max(5_000), z.null()]),
});

export const answerRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/v1/clients/:id/answers',
    { schema: { tags: ['answers'], summary: 'Log an answer the client gave by phone or face to face', params: uuidParam, body: loggedAnswer } },
    async (request, reply) => {
      const { receivedAt, ...body } = request.body;
      const answer = await recordCoachAnswer(ctx, principalOf(request), request.params.id, { ...body, receivedAt: receivedAt ? new Date(receivedAt) : undefined });
      return reply.code(201).send(answer);
    },
  );

  app.get('/v1/answers/:id', { schema: { tags: ['answers'], summary: 'One answer, with its correction', params: uuidParam } }, async (request) =>
    presentAnswer(await loadAnswerFor(ctx.db, principalOf(request), request.params.id)),
  );

  app.post(
    '/v1/answers/:id/correction',
    { schema: { tags: ['answers'], summary: 'Correct how an answer was understood; the organization learns the phrase', params: uuidParam, body: correction } },
    async (request) => correctAnswer(ctx, principalOf(request), request.params.id, request.body),
  );

  app.post(
    '/v1/question-sets/who5',
    { preHandler: app.requireOperator, schema: { tags: ['questions'], summary: 'Install the five WHO-5 questions (operator; idempotent)' } },
    async (request, reply) => {
      const installed = await ctx.db.transaction((tx) => installWho5(tx, principalOf(request)));
      return reply.code(installed.created > 0 ? 201 : 200).send(installed);
    },
  );
};
