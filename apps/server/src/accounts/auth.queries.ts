/** Reads of the auth domain: whether first-run setup is due, and the organization a session is in. */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';

/** Counts organizations; Vigil needs setup while there are none. */
export async function organizationCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.organizations);
  return row?.n ?? 0;
}

/** The organization a freshly started session landed in, found by its CSRF token. */
export async function sessionOrgOf(db: Db, userId: string, csrfToken: string): Promise<string | null> {
  const [s] = await db
    .select({ orgId: schema.sessions.orgId })
    .from(schema.sessions)
    .where(and(eq(schema.sessions.userId, userId), eq(schema.sessions.csrfToken, csrfToken)));
  return s?.orgId ?? null;
}
