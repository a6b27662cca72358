/**
 * API tokens issued from the command line: created for a member, shown once, stored only as a hash;
 * listed per organization; revoked by id. Changes record their audit event in the same transaction.
 */
import {
  can,
  invalid,
  isWritePermission,
  notFound,
  PERMISSIONS,
  type Permission,
  type Role,
} from '@vigil/core';
import { type Db, schema } from '@vigil/db';
import type { Actor } from '@vigil/server/audit/actor';
import { recordAudit } from '@vigil/server/audit/audit-recorder';
import { hashToken, randomToken } from '@vigil/server/security/secrets';
import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';

const { apiTokens, memberships, users } = schema;

export const TOKEN_PREFIX = 'vgl_';

export interface ApiTokenCreateProps {
  orgId: string;
  email: string;
  name: string;
  scope: 'read' | 'write';
  expiresAt: Date | null;
}

/** True when the role may change anything at all; a write token for anyone else would be a lie. */
const roleCanWrite = (role: Role) =>
  (Object.keys(PERMISSIONS) as Permission[]).some((p) => isWritePermission(p) && can(role, p));

/** Issues a token for a live member of the organization; returns the token itself, which is not stored. */
export async function createApiToken(tx: Db, actor: Actor, props: ApiTokenCreateProps) {
  const email = props.email.trim().toLowerCase();
  const [member] = await tx
    .select({ userId: users.id, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, props.orgId),
        sql`lower(${users.email}) = ${email}`,
        or(isNull(memberships.expiresAt), gt(memberships.expiresAt, new Date())),
      ),
    );
  if (!member) throw invalid('email', `email: ${email} is not a member of this organization`);
  if (props.scope === 'write' && !roleCanWrite(member.role)) {
    throw invalid('scope', `scope: a ${member.role} can only hold read tokens`);
  }
  const token = randomToken(TOKEN_PREFIX);
  const [row] = await tx
    .insert(apiTokens)
    .values({
      orgId: props.orgId,
      userId: member.userId,
      name: props.name,
      prefix: token.slice(0, TOKEN_PREFIX.length + 8),
      tokenHash: hashToken(token),
      scope: props.scope,
      expiresAt: props.expiresAt,
    })
    .returning();
  await recordAudit(tx, actor, {
    orgId: props.orgId,
    action: 'api_token.created',
    entityType: 'api_token',
    entityId: row!.id,
    changes: {
      name: props.name,
      user: email,
      scope: props.scope,
      prefix: row!.prefix,
      expiresAt: props.expiresAt?.toISOString() ?? null,
    },
  });
  return { token, row: row! };
}

/** Every token of the organization, newest first, revoked and expired ones included. */
export function listApiTokens(db: Db, orgId: string) {
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

/** Revokes a token by id; revoking one that is already revoked changes nothing. */
export async function revokeApiToken(tx: Db, actor: Actor, id: string) {
  const [token] = await tx.select().from(apiTokens).where(eq(apiTokens.id, id)).for('update');
  if (!token) throw notFound(`API token ${id}`);
  if (token.revokedAt) return { token, alreadyRevoked: true };
  const [row] = await tx
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(eq(apiTokens.id, id))
    .returning();
  await recordAudit(tx, actor, {
    orgId: token.orgId,
    action: 'api_token.revoked',
    entityType: 'api_token',
    entityId: token.id,
    changes: { name: token.name, prefix: token.prefix },
  });
  return { token: row!, alreadyRevoked: false };
}
