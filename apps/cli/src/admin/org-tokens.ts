/** Reads an organization's API tokens for `vigil token list` and `vigil token revoke`. */
import { type Db, schema } from '@vigil/db';
import { desc, eq } from 'drizzle-orm';

const { apiTokens, users } = schema;

/** Every token of the organization with its owner's email, newest first, revoked and expired ones included. */
export function listOrgTokens(db: Db, orgId: string) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      user: users.email,
      scope: apiTokens.scope,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.orgId, orgId))
    .orderBy(desc(apiTokens.createdAt));
}

/** One token by id, in any organization, or undefined. */
export async function findToken(db: Db, id: string) {
  const [token] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return token;
}
