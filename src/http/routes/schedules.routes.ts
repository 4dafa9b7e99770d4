import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadClientFor } from '../../app/clients/client-access.js';
import { chooseChannel } from '../../domain/channels/choose-channel.js';
import { reachabilityOf } from '../../app/clients/reachability.js';
import type { AppContext } from '../../app/context.js';
import { audienceOf } from '../../app/schedules/audience.js';
import { createSchedule, findSchedule, presentSchedule, setScheduleState, updateSchedule } from '../../app/schedules/manage-schedules.js';
import { dryRun, MAX_PREVIEW_COUNT, previewOccurrences, scheduleInputSchema } from '../../domain/schedule/index.js';
import { principalOf } from '../plugins/auth.js';
import { uuidParam } from '../schemas.js';
import { isNull } from 'drizzle-orm';
import { schedules } from '../../db/schema/index.js';

export const scheduleRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const operatorOnly = { preHandler: app.requireOperator };

  app.post('/v1/schedules', { ...operatorOnly, schema: { tags: ['schedules'], summary: 'Create a schedule (operator)', body: scheduleInputSchema } }, async (request, reply) =>
    reply.code(201).send(presentSchedule(await createSchedule(ctx, principalOf(request), request.body))),
  );

  app.get('/v1/schedules', { ...operatorOnly, schema: { tags: ['schedules'] } }, async () => ({
    schedules: (await ctx.db.select().from(schedules).where(isNull(schedules.deletedAt)).orderBy(schedules.createdAt)).map(presentSchedule),
  }));

  app.get('/v1/schedules/:id', { ...operatorOnly, schema: { tags: ['schedules'], params: uuidParam } }, async (request) => presentSchedule(await findSchedule(ctx.db, request.params.id)));

  app.put('/v1/schedules/:id', { ...operatorOnly, schema: { tags: ['schedules'], summary: 'Replace a schedule; only the future is re-planned', params: uuidParam, body: scheduleInputSchema } }, async (request) =>
    presentSchedule(await updateSchedule(ctx, principalOf(request), request.params.id, request.body)),
  );

  for (const [action, state] of [['pause', 'paused'], ['resume', 'active']] as const) {
    app.post(`/v1/schedules/:id/${action}`, { ...operatorOnly, schema: { tags: ['schedules'], params: uuidParam } }, async (request) =>
      presentSchedule(await setScheduleState(ctx, principalOf(request), request.params.id, state)),
    );
  }

  app.delete('/v1/schedules/:id', { ...operatorOnly, schema: { tags: ['schedules'], summary: 'Delete (soft): no more check-ins; history stays', params: uuidParam } }, async (request, reply) => {
    await setScheduleState(ctx, principalOf(request), request.params.id, 'deleted');
    return reply.code(204).send();
  });

  app.get(
    '/v1/schedules/:id/preview',
    {
      schema: {
        tags: ['schedules'],
        summary: 'The next planned send times for one client',
        params: uuidParam,
        querystring: z.object({ clientId: z.string().uuid('must be a UUID'), count: z.coerce.number().int().min(1).max(MAX_PREVIEW_COUNT).default(10), from: z.iso.datetime({ offset: true }).optional() }),
      },
    },
    async (request) => {
      const schedule = await findSchedule(ctx.db, request.params.id);
      const client = await loadClientFor(ctx.db, principalOf(request), request.query.clientId);
      const from = request.query.from ?? ctx.now().toISOString();
      const cap = { capPerDay: ctx.config.CHECKINS_PER_CLIENT_PER_DAY };
      return { occurrences: previewOccurrences({ ...schedule.spec, id: schedule.id }, { id: client.id, timezone: client.timezone, dates: client.dates }, from, request.query.count, cap) };
    },
  );

  app.get(
    '/v1/schedules/:id/dry-run',
    { ...operatorOnly, schema: { tags: ['schedules'], summary: 'Messages per channel per day for the whole audience', params: uuidParam, querystring: z.object({ days: z.coerce.number().int().min(1).max(62).default(14), from: z.iso.datetime({ offset: true }).optional() }) } },
    async (request) => {
      const schedule = await findSchedule(ctx.db, request.params.id);
      const audience = await audienceOf(ctx.db, schedule.spec.audience, ctx.now());
      const clients = [];
      for (const c of audience) {
        const channel = chooseChannel(await reachabilityOf(ctx.db, c));
        if (channel) clients.push({ id: c.id, timezone: c.timezone, dates: c.dates, channel });
      }
      const cap = { capPerDay: ctx.config.CHECKINS_PER_CLIENT_PER_DAY };
      return { ...dryRun({ ...schedule.spec, id: schedule.id }, clients, request.query.from ?? ctx.now().toISOString(), request.query.days, cap), audience: audience.length, unreachable: audience.length - clients.length };
    },
  );
};
