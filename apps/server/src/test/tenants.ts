/** Builds organizations with a member of every role, for authorization tests. */
import type { Role } from '@vigil/core';
import { schema } from '@vigil/db';
import { systemActor } from '../audit/actor.ts';
import { createOrganization } from '../organizations/organization-creator.ts';
import { hashPassword } from '../security/passwords.ts';
import { type Client, login, OWNER_PASSWORD, type TestApp } from './test-app.ts';

export interface Tenant {
  orgId: string;
  clients: Record<Role, Client>;
  userIds: Record<Role, string>;
}

/** Creates an organization with one signed-in member per role (the auditor is invited to `engagementId` later). */
export async function createTenant(t: TestApp, name: string): Promise<Tenant> {
  const slug = name.toLowerCase().replace(/\W+/g, '-');
  const { org, userId } = await t.database.db.transaction((tx) =>
    createOrganization(tx, systemActor('test'), {
      organizationName: name,
      owner: { email: `owner@${slug}.test`, name: `${name} Owner`, password: OWNER_PASSWORD },
    }),
  );
  const hash = await hashPassword(OWNER_PASSWORD);
  const userIds = { owner: userId } as Record<Role, string>;
  for (const role of ['admin', 'member', 'viewer', 'auditor', 'employee'] as const) {
    const [u] = await t.database.db
      .insert(schema.users)
      .values({ email: `${role}@${slug}.test`, name: `${name} ${role}`, passwordHash: hash })
      .returning();
    await t.database.db.insert(schema.memberships).values({ orgId: org.id, userId: u!.id, role });
    userIds[role] = u!.id;
  }
  const clients = {} as Record<Role, Client>;
  for (const role of ['owner', 'admin', 'member', 'viewer', 'auditor', 'employee'] as const) {
    clients[role] = await login(t.app, `${role}@${slug}.test`);
  }
  return { orgId: org.id, clients, userIds };
}
