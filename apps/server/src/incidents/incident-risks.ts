/**
 * Linking an incident to the risks of the register it bears on (issue 13 §3). Allowed in any status:
 * which risks an incident touched is often only clear once it is closed and its lessons are written.
 */
import type { IncidentRisksInput } from '@vigil/api';
import { invalid } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { incidentRow } from './incidents.queries.ts';

const { incidentRisks, risks } = schema;

/** Replaces the set of linked risks; refused, naming the field, when a risk is not in the organization. */
export async function setIncidentRisks(
  tx: Db,
  actor: OrgActor,
  incidentId: string,
  body: IncidentRisksInput,
) {
  const incident = await incidentRow(tx, actor.orgId, incidentId, true);
  const wanted = [...new Set(body.riskIds)];
  const found = wanted.length
    ? await tx
        .select({ id: risks.id, title: risks.title })
        .from(risks)
        .where(and(eq(risks.orgId, actor.orgId), inArray(risks.id, wanted)))
    : [];
  if (found.length !== wanted.length)
    throw invalid('riskIds', 'riskIds: one of the risks is not in this organization’s register');
  const before = await tx
    .select({ id: incidentRisks.riskId, title: risks.title })
    .from(incidentRisks)
    .innerJoin(risks, eq(risks.id, incidentRisks.riskId))
    .where(eq(incidentRisks.incidentId, incident.id));
  const had = new Set(before.map((b) => b.id));
  const now = new Set(wanted);
  const linked = found.filter((r) => !had.has(r.id)).map((r) => r.title);
  const unlinked = before.filter((b) => !now.has(b.id)).map((b) => b.title);
  if (!linked.length && !unlinked.length) return;
  await tx.delete(incidentRisks).where(eq(incidentRisks.incidentId, incident.id));
  if (wanted.length)
    await tx.insert(incidentRisks).values(wanted.map((riskId) => ({ incidentId: incident.id, riskId })));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'incident.risks_linked',
    entityType: 'incident',
    entityId: incident.id,
    changes: {
      incident: incident.title,
      linked: linked.sort().join(', ') || null,
      unlinked: unlinked.sort().join(', ') || null,
    },
  });
}
