/** Read queries of the users domain; every one is scoped to an organization. */

import type { Member } from '@vigil/api';
import { notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq } from 'drizzle-orm';

const { memberships, users } = schema;

type MemberRow = {
  userId: string;
  email: string;
  name: string;
  role: Member['role'];
  expiresAt: Date | null;
  createdAt: Date;
};

function present(r: MemberRow): Member {
  return {
    id: r.userId,
    email: r.email,
    name: r.name,
    role: r.role,
    expiresAt: r.expiresAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

const memberColumns = {
  userId: users.id,
  email: users.email,
  name: users.name,
  role: memberships.role,
  expiresAt: memberships.expiresAt,
  createdAt: memberships.createdAt,
};

/** Every member of the organization, expired ones included so they can be seen and cleaned up. */
export async function listMembers(db: Db, orgId: string): Promise<Member[]> {
  const rows = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.name), asc(users.email));
  return rows.map(present);
}

/** One member of the organization, or not_found (also for people who belong only to other organizations). */
export async function getMember(db: Db, orgId: string, userId: string): Promise<Member> {
  const [row] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  if (!row) throw notFound('user');
  return present(row);
}
