/**
 * An organization's custom CEL checks: validated by compiling them on every save (the error names
 * the field, e.g. `expression: …`), audited, and their open results closed when they stop applying.
 */
import { conflict, invalid, notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { CustomCheckError, type CustomCheckSpec, compileCustomCheck } from '@vigil/monitoring';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { refreshCoverage } from './coverage-store.ts';
import { loadCustomChecks, type MonitoringRegistry } from './registry.ts';

const { customChecks, checkIntervals, resources } = schema;

/** Compiles a spec or throws a validation error naming the field at fault. */
function compile(spec: unknown) {
  try {
    return compileCustomCheck(spec);
  } catch (err) {
    if (err instanceof CustomCheckError) throw invalid(err.field, err.message);
    throw err;
  }
}

/** The canonical stored form of a spec: what compiled, with defaults filled in. */
const stored = (spec: CustomCheckSpec): Record<string, unknown> => ({ ...spec });

/** Every custom check of the organization, with the problem of any that no longer compiles. */
export async function listCustomChecks(db: Db, orgId: string) {
  return (await loadCustomChecks(db, orgId)).map((c) => ({
    checkId: c.checkId,
    spec: c.spec,
    problem: c.problem,
  }));
}

async function closeOpenResults(tx: Db, orgId: string, checkId: string, at: Date) {
  // The resources' stored results digests still count these intervals: clear them so the next sweep
  // compares those resources in full (a check re-created with the same id must reopen its intervals).
  await tx
    .update(resources)
    .set({ statesHash: null })
    .where(
      inArray(
        resources.id,
        tx
          .select({ id: checkIntervals.resourceId })
          .from(checkIntervals)
          .where(
            and(
              eq(checkIntervals.orgId, orgId),
              eq(checkIntervals.checkId, checkId),
              isNull(checkIntervals.to),
            ),
          ),
      ),
    );
  await tx
    .update(checkIntervals)
    .set({ to: at })
    .where(
      and(eq(checkIntervals.orgId, orgId), eq(checkIntervals.checkId, checkId), isNull(checkIntervals.to)),
    );
  await refreshCoverage(tx, orgId, [checkId], at);
}

/** Saves a new custom check; its id may not shadow a built-in check or an existing custom one. */
export async function createCustomCheck(
  tx: Db,
  actor: OrgActor,
  registry: MonitoringRegistry,
  spec: CustomCheckSpec,
): Promise<void> {
  compile(spec);
  if (registry.checks.some((c) => c.id === spec.id))
    throw conflict('id', `id: ${spec.id} is a built-in check`);
  const [dupe] = await tx
    .select({ id: customChecks.id })
    .from(customChecks)
    .where(and(eq(customChecks.orgId, actor.orgId), eq(customChecks.checkId, spec.id)));
  if (dupe) throw conflict('id', `id: a custom check ${spec.id} already exists`);
  await tx.insert(customChecks).values({
    orgId: actor.orgId,
    checkId: spec.id,
    spec: stored(spec),
    createdBy: actor.userId,
  });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'custom_check.created',
    entityType: 'custom_check',
    entityId: spec.id,
    changes: { spec: stored(spec) },
  });
}

async function findForUpdate(tx: Db, orgId: string, checkId: string) {
  const [row] = await tx
    .select()
    .from(customChecks)
    .where(and(eq(customChecks.orgId, orgId), eq(customChecks.checkId, checkId)))
    .for('update');
  if (!row) throw notFound('custom check');
  return row;
}

/**
 * Replaces a custom check's definition. When it now tests another resource type, its open results
 * are closed: they were about resources the check no longer looks at.
 */
export async function updateCustomCheck(
  tx: Db,
  actor: OrgActor,
  checkId: string,
  spec: Omit<CustomCheckSpec, 'id'> & { id?: string },
): Promise<void> {
  const before = await findForUpdate(tx, actor.orgId, checkId);
  if (spec.id !== undefined && spec.id !== checkId) throw invalid('id', 'id: a check id cannot change');
  const next = { ...spec, id: checkId };
  compile(next);
  const now = new Date();
  await tx
    .update(customChecks)
    .set({ spec: stored(next), updatedAt: now })
    .where(eq(customChecks.id, before.id));
  if (before.spec.resourceType !== next.resourceType) await closeOpenResults(tx, actor.orgId, checkId, now);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'custom_check.updated',
    entityType: 'custom_check',
    entityId: checkId,
    changes: { from: before.spec, to: stored(next) },
  });
}

/** Deletes a custom check and ends its open results; its history stays for past audit windows. */
export async function deleteCustomCheck(tx: Db, actor: OrgActor, checkId: string): Promise<void> {
  const before = await findForUpdate(tx, actor.orgId, checkId);
  await tx.delete(customChecks).where(eq(customChecks.id, before.id));
  await closeOpenResults(tx, actor.orgId, checkId, new Date());
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'custom_check.deleted',
    entityType: 'custom_check',
    entityId: checkId,
    changes: { spec: before.spec },
  });
}
