/** Sign-in sessions: created after a password or SSO login, stored hashed, sent as an httpOnly cookie. */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/request-auth.ts';
import { isHttps, type ServerConfig } from '../config.ts';
import { noteChange } from '../http/change-feed.ts';
import { hashToken, randomToken } from '../security/secrets.ts';

/** The organization a fresh session starts in: the user's first live membership. */
export async function defaultOrgFor(db: Db, userId: string): Promise<string | null> {
  const [m] = await db
    .select({ orgId: schema.memberships.orgId })
    .from(schema.memberships)
    .where(
      and(
        eq(schema.memberships.userId, userId),
        or(isNull(schema.memberships.expiresAt), gt(schema.memberships.expiresAt, new Date())),
      ),
    )
    .orderBy(asc(schema.memberships.createdAt))
    .limit(1);
  return m?.orgId ?? null;
}

/** Starts a session for the user, sets the cookie, and returns the CSRF token the client must echo. */
export async function startSession(
  db: Db,
  config: ServerConfig,
  req: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  orgId: string | null,
): Promise<{ csrfToken: string }> {
  const id = randomToken('', 32);
  const csrfToken = randomToken('', 24);
  const expiresAt = new Date(Date.now() + config.sessionHours * 3_600_000);
  // Sweeping the user's expired sessions here keeps the table small without a background job.
  await db
    .delete(schema.sessions)
    .where(and(eq(schema.sessions.userId, userId), lt(schema.sessions.expiresAt, new Date())));
  await db.insert(schema.sessions).values({
    idHash: hashToken(id),
    userId,
    orgId: orgId ?? (await defaultOrgFor(db, userId)),
    csrfToken,
    ip: req.ip,
    userAgent: req.headers['user-agent'] ?? null,
    expiresAt,
  });
  reply.setCookie(SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps(config),
    path: '/',
    expires: expiresAt,
  });
  return { csrfToken };
}

/** Ends the session behind the request's cookie. */
export async function endSession(
  db: Db,
  reply: FastifyReply,
  session: { idHash: string; userId: string } | undefined,
) {
  if (session) {
    await db.delete(schema.sessions).where(eq(schema.sessions.idHash, session.idHash));
    // Signing out is not audited, so it announces itself: no process may keep the session cached.
    await noteChange(db, { userId: session.userId });
  }
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
