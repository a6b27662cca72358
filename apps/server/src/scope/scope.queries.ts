/** Read queries of the scope domain; every one is scoped to an organization. */
import type { Scope, System } from '@vigil/api';
import { normalizeCategories } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq } from 'drizzle-orm';

const { organizations, systems, users } = schema;

/** The categories the organization has in scope, in catalog order. */
export async function getScope(db: Db, orgId: string): Promise<Scope> {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, orgId));
  return { categories: normalizeCategories(org?.categories ?? []) };
}

/** The organization's systems (or the one with `id`), by kind then name, with their owner's name. */
export async function listSystems(db: Db, orgId: string, id?: string): Promise<System[]> {
  return db
    .select({
      id: systems.id,
      name: systems.name,
      kind: systems.kind,
      description: systems.description,
      ownerId: systems.ownerId,
      ownerName: users.name,
      inScope: systems.inScope,
    })
    .from(systems)
    .leftJoin(users, eq(users.id, systems.ownerId))
    .where(and(eq(systems.orgId, orgId), id ? eq(systems.id, id) : undefined))
    .orderBy(asc(systems.kind), asc(systems.name));
}

/** One system as the API shows it; the caller knows it exists (it was just written). */
export async function getSystem(db: Db, orgId: string, id: string): Promise<System> {
  const [view] = await listSystems(db, orgId, id);
  return view!;
}
