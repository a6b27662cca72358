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

async function membershipRole(db: Db, orgId: string, userId: string): Promise<Role | null> {
  const [m] = await db
    .select({ role: schema.memberships.role, expiresAt: schema.memberships.expiresAt })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.orgId, orgId), eq(schema.memberships.userId, userId)));
  if (!m) return null;
  // Auditor access ends on its own date: from then on the membership counts for nothing.
  if (m.expiresAt && m.expiresAt.getTime() <= Date.now()) return null;
  return m.role;
}

/** Resolves the credentials on a request; returns null when there are none or they are not valid. */
export async function authenticate(db: Db, req: FastifyRequest): Promise<RequestAuth | null> {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const token = header.slice(7).trim();
    const [row] = await db
      .select({ t: schema.apiTokens, u: schema.users })
      .from(schema.apiTokens)
      .innerJoin(schema.users, eq(schema.users.id, schema.apiTokens.userId))
      .where(eq(schema.apiTokens.tokenHash, hashToken(token)));
    if (!row) throw new VigilError('unauthenticated', 'The API token is not valid');
    const { t, u } = row;
    if (t.revokedAt) throw new VigilError('unauthenticated', 'The API token has been revoked');
    if (t.expiresAt && t.expiresAt.getTime() <= Date.now()) {
      throw new VigilError('unauthenticated', 'The API token has expired');
    }
    const role = await membershipRole(db, t.orgId, u.id);
    if (!role) throw new VigilError('unauthenticated', 'The API token owner no longer has access');
    if (!t.lastUsedAt || Date.now() - t.lastUsedAt.getTime() > 60_000) {
      await db.update(schema.apiTokens).set({ lastUsedAt: new Date() }).where(eq(schema.apiTokens.id, t.id));
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
  const [row] = await db
    .select({ s: schema.sessions, u: schema.users })
    .from(schema.sessions)
    .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
    .where(eq(schema.sessions.idHash, idHash));
  if (!row || row.s.expiresAt.getTime() <= Date.now()) return null;
  const { s, u } = row;
  const role = s.orgId ? await membershipRole(db, s.orgId, u.id) : null;
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
