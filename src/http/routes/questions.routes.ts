import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { createQuestion, reviseQuestionText } from '../../app/questions/create-question.js';
import { listQuestions } from '../../app/questions/find-questions.js';
import { smsCost } from '../../app/questions/sms-cost.js';
import { principalOf } from '../plugins/auth.js';

const text = z.object({ nl: z.string().trim().min(1).max(1000), en: z.string().trim().min(1).max(1000).optional() });
const key = z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,79}$/, 'lower-case letters, digits, ".", "_" and "-"');

export const questionRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/v1/questions',
    {
      preHandler: app.requireOperator,
      schema: {
        tags: ['questions'],
        summary: 'Define a question (operator)',
        body: z.object({
          key,
          type: z.enum(['scale', 'yes_no', 'choice', 'free_text']),
          text,
          min: z.number().int().min(-100).max(100).optional(),
          max: z.number().int().min(-100).max(100).optional(),
          options: z.array(z.object({ value: z.string().trim().min(1).max(80), label: z.string().trim().min(1).max(200) })).max(20).optional(),
          trait: key.optional(),
        }),
      },
    },
    async (request, reply) => reply.code(201).send(withSmsCost(await ctx.db.transaction((tx) => createQuestion(tx, principalOf(request), request.body)))),
  );

  app.patch(
    '/v1/questions/:key',
    { preHandler: app.requireOperator, schema: { tags: ['questions'], summary: 'New wording (a new version)', params: z.object({ key }), body: z.object({ text }) } },
    async (request) => withSmsCost(await ctx.db.transaction((tx) => reviseQuestionText(tx, principalOf(request), request.params.key, request.body.text))),
  );

  app.get('/v1/questions', { schema: { tags: ['questions'] } }, async () => ({ questions: (await listQuestions(ctx.db)).map(withSmsCost) }));

  /** Operators see what each wording costs as an SMS, with a warning over 2 segments. */
  function withSmsCost<Q extends { text: { nl: string; en: string | null } }>(question: Q) {
    const now = ctx.now();
    return {
      ...question,
      smsCost: { nl: smsCost(ctx.config, question.text.nl, 'nl', now), ...(question.text.en ? { en: smsCost(ctx.config, question.text.en, 'en', now) } : {}) },
    };
  }
};
