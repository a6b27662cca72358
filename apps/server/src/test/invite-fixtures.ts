/** Test fixtures: people joining organizations through the real invitation flow, and audit look-ups. */
import type { Role } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { asc, eq } from 'drizzle-orm';
import { systemActor } from '../audit/actor.ts';
import { createOrganization } from '../organizations/organization-creator.ts';
import { type Client, clientFrom, login, OWNER_PASSWORD } from './test-app.ts';

/** The secret token in an invitation link. */
export const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

/** Invites `email` with `role` as `admin`, accepts as a new account, and returns the new person's client. */
export async function inviteAndAccept(
  admin: Client,
  email: string,
  role: Role,
  extra: Record<string, unknown> = {},
) {
  const res = await admin.request('POST', '/api/invitations', { email, role, ...extra });
  if (res.statusCode !== 201) throw new Error(`invite failed: ${res.statusCode} ${res.body}`);
  const accepted = await admin.app.inject({
    method: 'POST',
    url: '/api/invitations/accept',
    payload: { token: tokenOf(res.json().url), name: email.split('@')[0], password: OWNER_PASSWORD },
  });
  return clientFrom(admin.app, accepted);
}

/** The id of the organization and of the person a client acts as. */
export async function whoIs(client: Client): Promise<{ orgId: string; userId: string }> {
  const s = (await client.request('GET', '/api/auth/session')).json();
  return { orgId: s.org.id, userId: s.user.id };
}

/** Creates a second, unrelated organization with its own owner and signs that owner in. */
export async function otherOrganization(client: Client, db: Db, email = 'boss@other.test'): Promise<Client> {
  await db.transaction((tx) =>
    createOrganization(tx, systemActor('test'), {
      organizationName: 'Other Corp',
      owner: { email, name: 'Other Boss', password: OWNER_PASSWORD },
    }),
  );
  return login(client.app, email);
}

/** Adds an engagement straight to the database (the engagements API is another domain's). */
export async function addEngagement(db: Db, orgId: string, name = 'FY25 SOC 2 Type I'): Promise<string> {
  const [row] = await db
    .insert(schema.engagements)
    .values({ orgId, name, reportType: 'type1', asOfDate: '2025-06-30', categories: ['security'] })
    .returning({ id: schema.engagements.id });
  return row!.id;
}

/** The organization's audit events in order. */
export async function auditEvents(db: Db, orgId: string) {
  return db
    .select()
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.orgId, orgId))
    .orderBy(asc(schema.auditEvents.seq));
}
