/** Writes a version row for a control: the state after a change, and which fields the change touched. */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import type { Actor } from '../audit/actor.ts';

/** Records version `control.version` of the control with its criteria. */
export async function saveControlVersion(
  tx: Db,
  actor: Actor,
  control: typeof schema.controls.$inferSelect,
  criteria: string[],
  changedFields: string[],
) {
  const { createdAt: _c, updatedAt: _u, ...rest } = control;
  await tx.insert(schema.controlVersions).values({
    controlId: control.id,
    orgId: control.orgId,
    version: control.version,
    snapshot: { ...rest, criteria: [...criteria].sort() },
    changedFields,
    changedBy: actor.userId,
    changedByLabel: actor.label,
  });
}
