/** Edits and creates controls; every change is versioned and lands in the audit trail. */

import type {
  ControlCreateRequest as ControlsCreateReq,
  ControlUpdate as ControlsUpdateReq,
} from '@vigil/api';
import { criterionById } from '@vigil/catalog';
import { conflict, invalid, notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq } from 'drizzle-orm';
import { followControlOwner } from '../activities/index.ts';
import type { OrgActor } from '../audit/actor.ts';
import { diffFields, recordAudit } from '../audit/audit-recorder.ts';
import { assertMember } from '../users/index.ts';
import { saveControlVersion } from './control-snapshot.ts';

const { controls, controlCriteria } = schema;

function assertCriteria(ids: readonly string[] | undefined) {
  for (const [i, id] of (ids ?? []).entries()) {
    if (!criterionById(id)) throw invalid(`criteria.${i}`, `criteria.${i}: unknown criterion ${id}`);
  }
}

/** Applies a partial update to a control, saving a new version when anything changed. */
export async function updateControl(tx: Db, actor: OrgActor, id: string, patch: ControlsUpdateReq) {
  const [before] = await tx
    .select()
    .from(controls)
    .where(and(eq(controls.orgId, actor.orgId), eq(controls.id, id)))
    .for('update');
  if (!before) throw notFound('control');
  await assertMember(tx, actor.orgId, patch.ownerId, 'ownerId');
  assertCriteria(patch.criteria);
  const applicable = patch.applicable ?? before.applicable;
  const justification = patch.naJustification !== undefined ? patch.naJustification : before.naJustification;
  if (!applicable && !justification?.trim()) {
    throw invalid('naJustification', 'naJustification: explain why the control does not apply');
  }
  const oldCriteria = (
    await tx
      .select({ c: controlCriteria.criterionId })
      .from(controlCriteria)
      .where(eq(controlCriteria.controlId, id))
  )
    .map((r) => r.c)
    .sort();
  const { criteria, ...fields } = patch;
  const changes: Record<string, unknown> = diffFields(before, fields);
  const newCriteria = criteria ? [...new Set(criteria)].sort() : oldCriteria;
  if (criteria && newCriteria.join() !== oldCriteria.join())
    changes.criteria = { from: oldCriteria, to: newCriteria };
  if (Object.keys(changes).length === 0) return { changed: false };

  const [after] = await tx
    .update(controls)
    .set({ ...fields, version: before.version + 1, updatedAt: new Date() })
    .where(eq(controls.id, id))
    .returning();
  if (changes.criteria) {
    await tx.delete(controlCriteria).where(eq(controlCriteria.controlId, id));
    await tx
      .insert(controlCriteria)
      .values(newCriteria.map((criterionId) => ({ controlId: id, orgId: actor.orgId, criterionId })));
  }
  if (changes.ownerId) await followControlOwner(tx, actor.orgId, id, before.ownerId, after!.ownerId);
  await saveControlVersion(tx, actor, after!, newCriteria, Object.keys(changes));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'control.updated',
    entityType: 'control',
    entityId: id,
    changes: { code: before.code, ...changes },
  });
  return { changed: true };
}

/** Adds a control of the organization's own, outside the library. */
export async function createControl(tx: Db, actor: OrgActor, req: ControlsCreateReq): Promise<string> {
  await assertMember(tx, actor.orgId, req.ownerId, 'ownerId');
  assertCriteria(req.criteria);
  const [dupe] = await tx
    .select({ id: controls.id })
    .from(controls)
    .where(and(eq(controls.orgId, actor.orgId), eq(controls.code, req.code)));
  if (dupe) throw conflict('code', `code: a control ${req.code} already exists`);
  const [row] = await tx
    .insert(controls)
    .values({
      orgId: actor.orgId,
      code: req.code,
      title: req.title,
      description: req.description,
      ownerId: req.ownerId,
      ownerRole: 'compliance_owner',
      frequency: req.frequency,
      kind: req.kind,
    })
    .returning();
  const criteria = [...new Set(req.criteria)].sort();
  await tx
    .insert(controlCriteria)
    .values(criteria.map((criterionId) => ({ controlId: row!.id, orgId: actor.orgId, criterionId })));
  await saveControlVersion(tx, actor, row!, criteria, ['created']);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'control.created',
    entityType: 'control',
    entityId: row!.id,
    changes: { code: req.code, title: req.title, criteria },
  });
  return row!.id;
}
