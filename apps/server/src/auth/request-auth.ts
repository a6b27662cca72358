/** Works out who a request comes from: an API token or a session cookie, and their organization role. */

import type { Role } from '@vigil/core';
import { VigilError } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Actor, OrgActor } from '../audit/actor.ts';
import { hashToken } from '../security/secrets.ts';

export const SESSION_COOKIE = 'vigil_session';

export interface RequestAuth {
  via: 'session' | 'token';
  user: { id: string; email: string; name: string };
  /** The organization the request acts in and the role there; null when the user has none yet. */
  org: { id: string; role: Role } | null;
  tokenScope?: 'read' | 'write';
  tokenName?: string;
  csrfToken?: string;
  sessionIdHash?: string;
}

const { apiTokens, memberships, sessions, users } = schema;

/** The role a membership row grants now: none once auditor access has passed its end date. */
function liveRole(role: Role | null, expiresAt: Date | null): Role | null {
  if (!role) return null;
  return expiresAt && expiresAt.getTime() <= Date.now() ? null : role;
}

// Credentials, user and membership come back in one query: authentication runs on every request.
async function tokenRow(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ t: apiTokens, u: users, role: memberships.role, roleExpiresAt: memberships.expiresAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .leftJoin(
      memberships,
      and(eq(memberships.orgId, apiTokens.orgId), eq(memberships.userId, apiTokens.userId)),
    )
    .where(eq(apiTokens.tokenHash, tokenHash));
  return row;
}

async function sessionRow(db: Db, idHash: string) {
  const [row] = await db
    .select({ s: sessions, u: users, role: memberships.role, roleExpiresAt: memberships.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(
      memberships,
      and(eq(memberships.orgId, sessions.orgId), eq(memberships.userId, sessions.userId)),
    )
    .where(eq(sessions.idHash, idHash));
  return row;
}

/** Resolves the credentials on a request; returns null when there are none or they are not valid. */
export async function authenticate(db: Db, req: FastifyRequest): Promise<RequestAuth | null> {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const row = await tokenRow(db, hashToken(header.slice(7).trim()));
    if (!row) throw new VigilError('unauthenticated', 'The API token is not valid');
    const { t, u } = row;
    if (t.revokedAt) throw new VigilError('unauthenticated', 'The API token has been revoked');
    if (t.expiresAt && t.expiresAt.getTime() <= Date.now()) {
      throw new VigilError('unauthenticated', 'The API token has expired');
    }
    const role = liveRole(row.role, row.roleExpiresAt);
    if (!role) throw new VigilError('unauthenticated', 'The API token owner no longer has access');
    if (!t.lastUsedAt || Date.now() - t.lastUsedAt.getTime() > 60_000) {
      await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, t.id));
    }
    return {
      via: 'token',
      user: { id: u.id, email: u.email, name: u.name },
      org: { id: t.orgId, role },
      tokenScope: t.scope,
      tokenName: t.name,
    };
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const idHash = hashToken(cookie);
  const row = await sessionRow(db, idHash);
  if (!row || row.s.expiresAt.getTime() <= Date.now()) return null;
  const { s, u } = row;
  const role = liveRole(row.role, row.roleExpiresAt);
  return {
    via: 'session',
    user: { id: u.id, email: u.email, name: u.name },
    org: s.orgId && role ? { id: s.orgId, role } : null,
    csrfToken: s.csrfToken,
    sessionIdHash: idHash,
  };
}

/** The signed-in person (or token) behind a request, as recorded in audit events. */
export function userActorOf(req: FastifyRequest): Actor {
  const auth = req.auth;
  if (!auth) throw new VigilError('unauthenticated', 'Sign in first');
  return {
    type: auth.via === 'token' ? 'token' : 'user',
    userId: auth.user.id,
    label: auth.via === 'token' ? `${auth.user.email} (token ${auth.tokenName})` : auth.user.email,
    requestId: req.id,
    ip: req.ip,
    userAgent: req.headers['user-agent'] ?? null,
  };
}

/** The actor of a request acting inside its organization. */
export function actorOf(req: FastifyRequest): OrgActor {
  const org = req.auth?.org;
  if (!org) throw new VigilError('forbidden', 'You are not a member of an organization');
  return { ...userActorOf(req), orgId: org.id, role: org.role };
}
