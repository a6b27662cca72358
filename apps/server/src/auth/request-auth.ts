/** Works out who a request comes from: an API token or a session cookie, and their organization role. */

import type { Grant, Role } from '@vigil/core';
import { VigilError } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Actor, OrgActor } from '../audit/actor.ts';
import type { ChangeFeed } from '../http/change-feed.ts';
import { hashToken } from '../security/secrets.ts';

export const SESSION_COOKIE = 'vigil_session';

export interface RequestAuth {
  via: 'session' | 'token';
  user: { id: string; email: string; name: string };
  /**
   * The organization the request acts in, the role there and the grants an owner added to the
   * membership (HR access); null when the user has none yet.
   */
  org: { id: string; role: Role; grants: Grant[] } | null;
  tokenScope?: 'read' | 'write';
  tokenName?: string;
  csrfToken?: string;
  sessionIdHash?: string;
}

const { apiTokens, hrAccessGrants, memberships, sessions, users } = schema;

/** The role a membership row grants now: none once auditor access has passed its end date. */
function liveRole(role: Role | null, expiresAt: Date | null): Role | null {
  if (!role) return null;
  return expiresAt && expiresAt.getTime() <= Date.now() ? null : role;
}

// Credentials, user and membership come back in one query, prepared once per database: a cache miss
// then skips building the SQL text again.
function prepareAuthQueries(db: Db) {
  return {
    token: db
      .select({
        t: apiTokens,
        u: users,
        role: memberships.role,
        roleExpiresAt: memberships.expiresAt,
        hr: hrAccessGrants.userId,
      })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .leftJoin(
        memberships,
        and(eq(memberships.orgId, apiTokens.orgId), eq(memberships.userId, apiTokens.userId)),
      )
      .leftJoin(
        hrAccessGrants,
        and(eq(hrAccessGrants.orgId, apiTokens.orgId), eq(hrAccessGrants.userId, apiTokens.userId)),
      )
      .where(eq(apiTokens.tokenHash, sql.placeholder('hash')))
      .prepare('vigil_auth_token'),
    session: db
      .select({
        s: sessions,
        u: users,
        role: memberships.role,
        roleExpiresAt: memberships.expiresAt,
        hr: hrAccessGrants.userId,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(
        memberships,
        and(eq(memberships.orgId, sessions.orgId), eq(memberships.userId, sessions.userId)),
      )
      .leftJoin(
        hrAccessGrants,
        and(eq(hrAccessGrants.orgId, sessions.orgId), eq(hrAccessGrants.userId, sessions.userId)),
      )
      .where(eq(sessions.idHash, sql.placeholder('hash')))
      .prepare('vigil_auth_session'),
  };
}
const preparedByDb = new WeakMap<Db, ReturnType<typeof prepareAuthQueries>>();

function authQueries(db: Db) {
  let q = preparedByDb.get(db);
  if (!q) {
    q = prepareAuthQueries(db);
    preparedByDb.set(db, q);
  }
  return q;
}

/** The grants a membership holds, from the joined grant rows (a granting or revoking is audited, which drops cached sign-ins). */
const grantsOf = (hr: string | null): Grant[] => (hr ? ['hr'] : []);

interface UserRow {
  id: string;
  email: string;
  name: string;
}

/** What a cached token sign-in keeps: everything the checks below need, re-checked on every request. */
interface TokenPrincipal {
  tokenId: string;
  user: UserRow;
  orgId: string;
  role: Role;
  roleExpiresAt: Date | null;
  grants: Grant[];
  scope: 'read' | 'write';
  name: string;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
}

interface SessionPrincipal {
  user: UserRow;
  orgId: string;
  role: Role;
  roleExpiresAt: Date | null;
  grants: Grant[];
  csrfToken: string;
  expiresAt: Date;
}

async function tokenPrincipal(db: Db, feed: ChangeFeed | undefined, tokenHash: string) {
  const key = `t:${tokenHash}`;
  const cached = feed?.cachedAuth<TokenPrincipal>(key);
  if (cached) return cached.value;
  const mark = feed?.mark() ?? null;
  const [row] = await authQueries(db).token.execute({ hash: tokenHash });
  if (!row) throw new VigilError('unauthenticated', 'The API token is not valid');
  const { t, u } = row;
  if (t.revokedAt) throw new VigilError('unauthenticated', 'The API token has been revoked');
  if (t.expiresAt && t.expiresAt.getTime() <= Date.now()) {
    throw new VigilError('unauthenticated', 'The API token has expired');
  }
  if (!row.role) throw new VigilError('unauthenticated', 'The API token owner no longer has access');
  const principal: TokenPrincipal = {
    tokenId: t.id,
    user: { id: u.id, email: u.email, name: u.name },
    orgId: t.orgId,
    role: row.role,
    roleExpiresAt: row.roleExpiresAt,
    grants: grantsOf(row.hr),
    scope: t.scope,
    name: t.name,
    expiresAt: t.expiresAt,
    lastUsedAt: t.lastUsedAt,
  };
  // Only a valid token is kept; revocation, a role change or removal is an audited change of its
  // organization and drops it, and the expiry dates are checked against the clock on every request.
  feed?.remember(key, mark, { orgId: t.orgId, userId: u.id, value: principal });
  return principal;
}

async function sessionPrincipal(db: Db, feed: ChangeFeed | undefined, idHash: string) {
  const key = `s:${idHash}`;
  const cached = feed?.cachedAuth<SessionPrincipal>(key);
  if (cached) return cached.value;
  const mark = feed?.mark() ?? null;
  const [row] = await authQueries(db).session.execute({ hash: idHash });
  if (!row) return null;
  const { s, u } = row;
  const user = { id: u.id, email: u.email, name: u.name };
  // Sessions outside any organization are rare (a user between organizations): not worth caching.
  if (!s.orgId || !row.role) return { s, user, role: null, roleExpiresAt: row.roleExpiresAt };
  const principal: SessionPrincipal = {
    user,
    orgId: s.orgId,
    role: row.role,
    roleExpiresAt: row.roleExpiresAt,
    grants: grantsOf(row.hr),
    csrfToken: s.csrfToken,
    expiresAt: s.expiresAt,
  };
  feed?.remember(key, mark, { orgId: s.orgId, userId: u.id, value: principal });
  return principal;
}

/**
 * Resolves the credentials on a request; returns null when there are none or they are not valid.
 * With a change feed, a repeated credential is answered from memory (see `change-feed.ts`).
 */
export async function authenticate(
  db: Db,
  req: FastifyRequest,
  feed?: ChangeFeed,
): Promise<RequestAuth | null> {
  const header = req.headers.authorization;
  // The scheme name is case-insensitive (RFC 7235): `bearer`, `Bearer` and `BEARER` are one scheme.
  if (header && /^bearer[ \t]/i.test(header)) {
    const p = await tokenPrincipal(db, feed, hashToken(header.slice(7).trim()));
    const now = Date.now();
    if (p.expiresAt && p.expiresAt.getTime() <= now) {
      throw new VigilError('unauthenticated', 'The API token has expired');
    }
    const role = liveRole(p.role, p.roleExpiresAt);
    if (!role) throw new VigilError('unauthenticated', 'The API token owner no longer has access');
    if (!p.lastUsedAt || now - p.lastUsedAt.getTime() > 60_000) {
      // Written at most once a minute per token and process; the cached copy remembers it too.
      p.lastUsedAt = new Date(now);
      await db.update(apiTokens).set({ lastUsedAt: p.lastUsedAt }).where(eq(apiTokens.id, p.tokenId));
    }
    return {
      via: 'token',
      user: p.user,
      org: { id: p.orgId, role, grants: p.grants },
      tokenScope: p.scope,
      tokenName: p.name,
    };
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const idHash = hashToken(cookie);
  const p = await sessionPrincipal(db, feed, idHash);
  if (!p) return null;
  if ('s' in p) {
    if (p.s.expiresAt.getTime() <= Date.now()) return null;
    return {
      via: 'session',
      user: p.user,
      org: null,
      csrfToken: p.s.csrfToken,
      sessionIdHash: idHash,
    };
  }
  if (p.expiresAt.getTime() <= Date.now()) return null;
  const role = liveRole(p.role, p.roleExpiresAt);
  return {
    via: 'session',
    user: p.user,
    org: role ? { id: p.orgId, role, grants: p.grants } : null,
    csrfToken: p.csrfToken,
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
