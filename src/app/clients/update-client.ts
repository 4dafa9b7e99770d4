// A coach changes a client's details: contact, consent, language, time zone, channel order, tags, dates.
// A new phone number or e-mail address makes that channel usable again (the old one bounced or was a
// landline); an opt-out stays, because only the client lifts it (START). Planned check-ins that were not
// sent yet are planned again, so the next ones follow the new zone, dates and channels.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { clientChannelStates, clients, coaches } from '../../db/schema/index.js';
import type { Channel } from '../../domain/channels/choose-channel.js';
import { toE164 } from '../../domain/channels/phone.js';
import { audit } from '../audit.js';
import { type AppContext, actorOf, type Principal } from '../context.js';
import { BadRequestError, NotFoundError } from '../errors.js';
import { removeUnsentPlanned } from '../schedules/manage-schedules.js';
import { lockPlanning } from '../schedules/planning-lock.js';
import { type ClientRow, loadClientFor } from './client-access.js';

export interface UpdateClientInput {
  firstName?: string | undefined;
  lastName?: string | null | undefined;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  locale?: 'nl' | 'en' | undefined;
  timezone?: string | undefined;
  coachId?: string | undefined;
  consent?: { sms?: boolean | undefined; email?: boolean | undefined; push?: boolean | undefined } | undefined;
  channels?: Channel[] | undefined;
  tags?: string[] | undefined;
  dates?: Record<string, string> | undefined;
}

/** Fields whose change alters when or how the next check-ins go out. */
const PLANNING_FIELDS = new Set(['phone', 'email', 'timezone', 'consentSms', 'consentEmail', 'consentPush', 'channels', 'tags', 'dates', 'coachId', 'locale']);

export async function updateClient(ctx: AppContext, principal: Principal, clientId: string, input: UpdateClientInput): Promise<ClientRow> {
  const now = ctx.now();
  const { client, replan } = await ctx.db.transaction(async (tx) => {
    const current = await loadClientFor(tx, principal, clientId);
    const changes = await changesFor(tx, principal, current, input);
    const changed = Object.keys(changes).filter((k) => JSON.stringify(changes[k as keyof typeof changes]) !== JSON.stringify(current[k as keyof ClientRow]));
    if (changed.length === 0) return { client: current, replan: false };

    const needsReplan = changed.some((k) => PLANNING_FIELDS.has(k));
    // Under the planning lock, like a pause: a planning batch must not add check-ins from what it read before.
    if (needsReplan) await lockPlanning(tx);
    const [updated] = await tx.update(clients).set(changes).where(eq(clients.id, clientId)).returning();
    const newAddress: Channel[] = [...(changed.includes('phone') ? ['sms' as const] : []), ...(changed.includes('email') ? ['email' as const] : [])];
    if (newAddress.length) {
      await tx
        .update(clientChannelStates)
        .set({ unusableAt: null, reason: null, updatedAt: now })
        .where(and(eq(clientChannelStates.clientId, clientId), inArray(clientChannelStates.channel, newAddress)));
    }
    if (needsReplan) await removeUnsentPlanned(tx, { clientId, dueFrom: now });
    // Field names only: the values are personal data.
    await audit(tx, { actor: actorOf(principal), action: 'client.update', entityType: 'client', entityId: clientId, details: { fields: changed } });
    return { client: updated!, replan: needsReplan };
  });
  if (replan) await ctx.queue.enqueuePlan();
  return client;
}

async function changesFor(db: DbOrTx, principal: Principal, current: ClientRow, input: UpdateClientInput): Promise<Partial<typeof clients.$inferInsert>> {
  const changes: Partial<typeof clients.$inferInsert> = {};
  if (input.firstName !== undefined) changes.firstName = input.firstName;
  if (input.lastName !== undefined) changes.lastName = input.lastName;
  if (input.phone !== undefined) {
    const phone = input.phone === null ? null : toE164(input.phone);
    if (input.phone !== null && !phone) throw new BadRequestError('phone is not a valid phone number');
    changes.phone = phone;
  }
  if (input.email !== undefined) changes.email = input.email?.toLowerCase() ?? null;
  if (input.locale !== undefined) changes.locale = input.locale;
  if (input.timezone !== undefined) changes.timezone = input.timezone;
  if (input.consent?.sms !== undefined) changes.consentSms = input.consent.sms;
  if (input.consent?.email !== undefined) changes.consentEmail = input.consent.email;
  if (input.consent?.push !== undefined) changes.consentPush = input.consent.push;
  if (input.channels !== undefined) changes.channels = input.channels;
  if (input.tags !== undefined) changes.tags = input.tags;
  if (input.dates !== undefined) changes.dates = input.dates;
  if (input.coachId !== undefined && input.coachId !== current.coachId) {
    // Handing a client to another coach is the operator's call; a coach could not see the client afterwards.
    if (principal.role !== 'operator') throw new BadRequestError('coachId: only the operator moves a client to another coach');
    const [coach] = await db.select({ id: coaches.id }).from(coaches).where(and(eq(coaches.id, input.coachId), isNull(coaches.deletedAt)));
    if (!coach) throw new NotFoundError('coach');
    changes.coachId = input.coachId;
  }
  return changes;
}
