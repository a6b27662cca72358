/** Issues and revokes personal API tokens; only the token's hash is stored and never logged. */

import type { ApiToken, ApiTokenCreateRequest } from '@vigil/api';
import { notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, desc, eq } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { hashToken, randomToken } from '../security/secrets.ts';

const { apiTokens } = schema;

export const TOKEN_PREFIX = 'vgl_';
// Enough characters to tell tokens apart in a list, far too few to guess the rest.
const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 8;

/** The caller's own tokens in their current organization, newest first. */
export async function listOwnTokens(db: Db, orgId: string, userId: string): Promise<ApiToken[]> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.userId, userId)))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scope: t.scope,
    expiresAt: t.expiresAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    createdAt: t.createdAt.toISOString(),
  }));
}

/** Creates a token for the actor in their organization and returns it once, in clear. */
export async function issueToken(tx: Db, actor: OrgActor & { userId: string }, req: ApiTokenCreateRequest) {
  const token = randomToken(TOKEN_PREFIX, 32);
  const expiresAt = req.expiresInDays === null ? null : new Date(Date.now() + req.expiresInDays * 86_400_000);
  const [row] = await tx
    .insert(apiTokens)
    .values({
      orgId: actor.orgId,
      userId: actor.userId,
      name: req.name,
      prefix: token.slice(0, SHOWN_PREFIX_LENGTH),
      tokenHash: hashToken(token),
      scope: req.scope,
      expiresAt,
    })
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'token.created',
    entityType: 'api_token',
    entityId: row!.id,
    changes: {
      name: row!.name,
      prefix: row!.prefix,
      scope: row!.scope,
      expiresAt: expiresAt?.toISOString() ?? null,
    },
  });
  return {
    id: row!.id,
    name: row!.name,
    prefix: row!.prefix,
    scope: row!.scope,
    expiresAt: expiresAt?.toISOString() ?? null,
    token,
  };
}

/** Revokes one of the actor's own tokens; someone else's token is not found, like a missing one. */
export async function revokeToken(tx: Db, actor: OrgActor & { userId: string }, tokenId: string) {
  const [row] = await tx
    .select()
    .from(apiTokens)
    .where(
      and(eq(apiTokens.id, tokenId), eq(apiTokens.orgId, actor.orgId), eq(apiTokens.userId, actor.userId)),
    )
    .for('update');
  if (!row) throw notFound('token');
  if (row.revokedAt) return;
  await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, tokenId));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'token.revoked',
    entityType: 'api_token',
    entityId: tokenId,
    changes: { name: row.name, prefix: row.prefix },
  });
}
