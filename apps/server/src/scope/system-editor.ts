/** Adds, changes and removes system components; every write lands in the audit trail. */
import type { SystemCreate, SystemUpdate } from '@vigil/api';
import { notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { diffFields, recordAudit } from '../audit/audit-recorder.ts';
import { assertMember } from '../users/index.ts';

const { systems } = schema;

/** Adds a system to the inventory and returns its id. */
export async function createSystem(tx: Db, actor: OrgActor, input: SystemCreate): Promise<string> {
  await assertMember(tx, actor.orgId, input.ownerId, 'ownerId');
  const [row] = await tx
    .insert(systems)
    .values({ ...input, orgId: actor.orgId })
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'system.created',
    entityType: 'system',
    entityId: row!.id,
    changes: input,
  });
  return row!.id;
}

/** Applies a partial update to a system; nothing is written or audited when nothing changed. */
export async function updateSystem(tx: Db, actor: OrgActor, id: string, patch: SystemUpdate) {
  const [before] = await tx
    .select()
    .from(systems)
    .where(and(eq(systems.orgId, actor.orgId), eq(systems.id, id)))
    .for('update');
  if (!before) throw notFound('system');
  await assertMember(tx, actor.orgId, patch.ownerId, 'ownerId');
  const changes = diffFields(before, patch);
  if (Object.keys(changes).length === 0) return;
  await tx.update(systems).set(patch).where(eq(systems.id, before.id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'system.updated',
    entityType: 'system',
    entityId: before.id,
    changes,
  });
}

/** Removes a system from the inventory. */
export async function deleteSystem(tx: Db, actor: OrgActor, id: string) {
  const [gone] = await tx
    .delete(systems)
    .where(and(eq(systems.orgId, actor.orgId), eq(systems.id, id)))
    .returning();
  if (!gone) throw notFound('system');
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'system.deleted',
    entityType: 'system',
    entityId: gone.id,
    changes: { name: gone.name, kind: gone.kind },
  });
}
