import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { clients, coaches } from '../../db/schema/index.js';
import { toE164 } from '../../domain/channels/phone.js';
import { audit } from '../audit.js';
import { actorOf, type Principal } from '../context.js';
import { BadRequestError, NotFoundError } from '../errors.js';

export interface CreateClientInput {
  firstName: string;
  lastName?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  locale?: 'nl' | 'en' | undefined;
  timezone?: string | undefined;
  coachId: string;
  consent: { sms?: boolean | undefined; email?: boolean | undefined; push?: boolean | undefined };
  channels?: Array<'sms' | 'email' | 'push'> | undefined;
  tags?: string[] | undefined;
  dates?: Record<string, string> | undefined;
}

export async function createClient(db: DbOrTx, principal: Principal, input: CreateClientInput, defaultTimezone: string) {
  if (principal.role === 'coach' && principal.coachId !== input.coachId) throw new NotFoundError('coach');
  const [coach] = await db
    .select({ id: coaches.id })
    .from(coaches)
    .where(and(eq(coaches.id, input.coachId), isNull(coaches.deletedAt)))
    .limit(1);
  if (!coach) throw new NotFoundError('coach');

  let phone: string | null = null;
  if (input.phone) {
    phone = toE164(input.phone);
    if (!phone) throw new BadRequestError('phone is not a valid phone number');
  }
  const [client] = await db
    .insert(clients)
    .values({
      coachId: input.coachId,
      firstName: input.firstName,
      lastName: input.lastName ?? null,
      phone,
      email: input.email?.toLowerCase() ?? null,
      locale: input.locale ?? 'nl',
      timezone: input.timezone ?? defaultTimezone,
      consentSms: input.consent.sms ?? false,
      consentEmail: input.consent.email ?? false,
      consentPush: input.consent.push ?? false,
      channels: input.channels ?? [],
      tags: input.tags ?? [],
      dates: input.dates ?? {},
    })
    .returning();
  await audit(db, { actor: actorOf(principal), action: 'client.create', entityType: 'client', entityId: client!.id });
  return client!;
}
