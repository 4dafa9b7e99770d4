import type { DbOrTx } from '../../db/client.js';
import { coaches, organizations } from '../../db/schema/index.js';
import { audit } from '../audit.js';
import { actorOf, type Principal } from '../context.js';
import { issueCoachToken } from '../tokens.js';

export interface CreateCoachInput {
  name: string;
  email: string;
  phone?: string | undefined;
  organizationId?: string | undefined;
}

/** Single-organization installs get one organization, created on first use. */
export async function defaultOrganizationId(db: DbOrTx): Promise<string> {
  const [existing] = await db.select({ id: organizations.id }).from(organizations).orderBy(organizations.createdAt).limit(1);
  if (existing) return existing.id;
  const [created] = await db.insert(organizations).values({ name: 'Pols' }).returning({ id: organizations.id });
  return created!.id;
}

export async function createCoach(db: DbOrTx, principal: Principal, input: CreateCoachInput) {
  const organizationId = input.organizationId ?? (await defaultOrganizationId(db));
  const [coach] = await db
    .insert(coaches)
    .values({ organizationId, name: input.name, email: input.email, phone: input.phone ?? null })
    .returning();
  const token = await issueCoachToken(db, coach!.id);
  await audit(db, { actor: actorOf(principal), action: 'coach.create', entityType: 'coach', entityId: coach!.id });
  return { ...coach!, token };
}
