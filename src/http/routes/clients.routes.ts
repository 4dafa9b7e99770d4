import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { type ClientRow, loadClientFor } from '../../app/clients/client-access.js';
import { createClient } from '../../app/clients/create-client.js';
import { buildTimeline } from '../../app/insights/build-timeline.js';
import { getProfile } from '../../app/insights/get-profile.js';
import { pauseClient, resumeClient } from '../../app/schedules/pause-client.js';
import { clients } from '../../db/schema/index.js';
import { principalOf } from '../plugins/auth.js';
import { channelEnum, isoDate, timezone, uuidParam } from '../schemas.js';
import { updateClient } from '../../app/clients/update-client.js';
import { channelStatusOf } from '../../app/clients/channel-status.js';

const createBody = z.object({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().max(100).optional(),
  phone: z.string().trim().min(6).max(32).optional(),
  email: z.string().trim().email().optional(),
  locale: z.enum(['nl', 'en']).optional(),
  timezone: timezone.optional(),
  coachId: z.string().uuid('must be a UUID'),
  consent: z.object({ sms: z.boolean().optional(), email: z.boolean().optional(), push: z.boolean().optional() }),
  channels: z.array(channelEnum).max(3).optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
  dates: z.record(z.string().regex(/^[a-z_]{1,40}$/, 'date names are lower-case words'), isoDate).optional(),
});

const updateBody = z
  .object({
    firstName: z.string().trim().min(1).max(100),
    lastName: z.string().trim().max(100).nullable(),
    phone: z.string().trim().min(6).max(32).nullable(),
    email: z.string().trim().email().nullable(),
    locale: z.enum(['nl', 'en']),
    timezone,
    coachId: z.string().uuid('must be a UUID'),
    consent: z.object({ sms: z.boolean().optional(), email: z.boolean().optional(), push: z.boolean().optional() }).strict(),
    channels: z.array(channelEnum).max(3),
    tags: z.array(z.string().trim().min(1).max(50)).max(20),
    dates: z.record(z.string().regex(/^[a-z_]{1,40}$/, 'date names are lower-case words'), isoDate),
  })
  .partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, 'nothing to change: send at least one field');

export function presentClient(c: ClientRow) {
  return {
    id: c.id,
    coachId: c.coachId,
    firstName: c.firstName,
    lastName: c.lastName,
    phone: c.phone,
    email: c.email,
    locale: c.locale,
    timezone: c.timezone,
    consent: { sms: c.consentSms, email: c.consentEmail, push: c.consentPush },
    channels: c.channels,
    tags: c.tags,
    dates: c.dates,
    pausedUntil: c.pausedUntil?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
  };
}

export const clientRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post('/v1/clients', { schema: { tags: ['clients'], summary: 'Add a client', body: createBody } }, async (request, reply) => {
    const client = await ctx.db.transaction((tx) => createClient(tx, principalOf(request), request.body, ctx.config.DEFAULT_TIMEZONE));
    return reply.code(201).send(presentClient(client));
  });

  app.get('/v1/clients', { schema: { tags: ['clients'], summary: 'List clients (a coach sees their own)' } }, async (request) => {
    const principal = principalOf(request);
    const rows = await ctx.db
      .select()
      .from(clients)
      .where(and(isNull(clients.deletedAt), principal.role === 'coach' ? eq(clients.coachId, principal.coachId) : undefined))
      .orderBy(clients.firstName)
      .limit(1000);
    return { clients: rows.map(presentClient) };
  });

  app.get('/v1/clients/:id', { schema: { tags: ['clients'], summary: 'One client, with why each channel does or does not reach them', params: uuidParam } }, async (request) => {
    const client = await loadClientFor(ctx.db, principalOf(request), request.params.id);
    return { ...presentClient(client), reach: await channelStatusOf(ctx.db, client) };
  });

  app.patch(
    '/v1/clients/:id',
    { schema: { tags: ['clients'], summary: "Change a client's details (a new number or address makes that channel usable again; an opt-out stays)", params: uuidParam, body: updateBody } },
    async (request) => presentClient(await updateClient(ctx, principalOf(request), request.params.id, request.body)),
  );

  app.get(
    '/v1/clients/:id/timeline',
    { schema: { tags: ['clients'], summary: 'History, newest first', params: uuidParam, querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }) } },
    async (request) => buildTimeline(ctx.db, principalOf(request), request.params.id, request.query.limit),
  );

  app.post(
    '/v1/clients/:id/pause',
    { schema: { tags: ['clients'], summary: 'Pause scheduled check-ins (holiday, hospital)', params: uuidParam, body: z.object({ until: z.iso.datetime({ offset: true }).optional() }).optional() } },
    async (request) => presentClient(await pauseClient(ctx, principalOf(request), request.params.id, request.body?.until ? new Date(request.body.until) : undefined)),
  );

  app.post('/v1/clients/:id/resume', { schema: { tags: ['clients'], summary: 'Resume scheduled check-ins', params: uuidParam } }, async (request) =>
    presentClient(await resumeClient(ctx, principalOf(request), request.params.id)),
  );

  app.get('/v1/clients/:id/profile', { schema: { tags: ['clients'], summary: 'Current value of every trait', params: uuidParam } }, async (request) =>
    getProfile(ctx.db, principalOf(request), request.params.id),
  );
};
