/**
 * The getting-started checklist of the dashboard, read from the data itself: each step is done when
 * what it asks for exists, whoever did it and however (wizard, API or command line).
 */
import type { GettingStarted } from '@vigil/api';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, count, eq, inArray, isNull } from 'drizzle-orm';

const exists = async (rows: Promise<unknown[]>) => (await rows).length > 0;

/** Which first steps the organization has taken; `controlsWithoutOwner` counts applicable controls nobody owns. */
export async function gettingStarted(db: Db, orgId: string): Promise<GettingStarted> {
  const { auditEvents, controls, connectors, runs, evidence } = schema;
  const [scope, adopted, connector, sweep, [unowned], uploaded] = await Promise.all([
    // The categories start as Security alone; a saved choice (even the same one) is what counts.
    exists(
      db
        .select({ seq: auditEvents.seq })
        .from(auditEvents)
        .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.action, 'scope.updated')))
        .limit(1),
    ),
    exists(db.select({ id: controls.id }).from(controls).where(eq(controls.orgId, orgId)).limit(1)),
    exists(db.select({ id: connectors.id }).from(connectors).where(eq(connectors.orgId, orgId)).limit(1)),
    exists(
      db
        .select({ id: runs.id })
        .from(runs)
        .where(and(eq(runs.orgId, orgId), eq(runs.status, 'succeeded')))
        .limit(1),
    ),
    db
      .select({ n: count() })
      .from(controls)
      .where(and(eq(controls.orgId, orgId), eq(controls.applicable, true), isNull(controls.ownerId))),
    exists(
      db
        .select({ id: evidence.id })
        .from(evidence)
        .where(and(eq(evidence.orgId, orgId), inArray(evidence.kind, ['upload', 'review'])))
        .limit(1),
    ),
  ]);
  const controlsWithoutOwner = Number(unowned?.n ?? 0);
  return {
    scope,
    controls: adopted,
    connector,
    sweep,
    owners: adopted && controlsWithoutOwner === 0,
    evidence: uploaded,
    controlsWithoutOwner,
  };
}
