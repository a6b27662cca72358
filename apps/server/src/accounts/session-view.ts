/** The Session body every sign-in answers with: who is signed in, where, and the CSRF token to echo. */
import type { Session } from '@vigil/api';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, gt, isNull, or } from 'drizzle-orm';

/** Builds the Session body for a user and their current organization (null when signed out). */
export async function sessionView(
  db: Db,
  userId: string | null,
  orgId: string | null,
  csrf: string | null,
  via: 'session' | 'token' | null,
): Promise<Session> {
  if (!userId) return { user: null, org: null, orgs: [], csrfToken: null, via: null };
  const [user] = await db.select().from(schema.users).where(eq(schema.users.id, userId));
  const orgs = await db
    .select({
      id: schema.organizations.id,
      name: schema.organizations.name,
      slug: schema.organizations.slug,
      role: schema.memberships.role,
    })
    .from(schema.memberships)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.memberships.orgId))
    .where(
      and(
        eq(schema.memberships.userId, userId),
        or(isNull(schema.memberships.expiresAt), gt(schema.memberships.expiresAt, new Date())),
      ),
    )
    .orderBy(asc(schema.organizations.name));
  const current = orgs.find((o) => o.id === orgId) ?? null;
  return {
    user: user ? { id: user.id, email: user.email, name: user.name } : null,
    org: current,
    orgs: orgs.map(({ id, name, role }) => ({ id, name, role })),
    csrfToken: csrf,
    via,
  };
}
