// Bearer tokens: random, shown once, stored as SHA-256, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { apiTokens, coaches } from '../db/schema/index.js';
import type { Principal } from './context.js';

export const newToken = (prefix: string) => `${prefix}_${randomBytes(24).toString('base64url')}`;
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(hashToken(a));
  const y = Buffer.from(hashToken(b));
  return timingSafeEqual(x, y);
}

export async function issueCoachToken(db: DbOrTx, coachId: string, label = 'default'): Promise<string> {
  const token = newToken('pols_coach');
  await db.insert(apiTokens).values({ tokenHash: hashToken(token), role: 'coach', coachId, label });
  return token;
}

export async function resolveToken(db: DbOrTx, token: string, adminToken: string): Promise<Principal | null> {
  if (safeEqual(token, adminToken)) return { role: 'operator' };
  const [row] = await db
    .select({ id: apiTokens.id, role: apiTokens.role, coachId: apiTokens.coachId, coachDeleted: coaches.deletedAt })
    .from(apiTokens)
    .leftJoin(coaches, eq(coaches.id, apiTokens.coachId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  if (row.role === 'operator') return { role: 'operator', tokenId: row.id };
  if (!row.coachId || row.coachDeleted) return null;
  return { role: 'coach', coachId: row.coachId, tokenId: row.id };
}
