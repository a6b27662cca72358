/**
 * Writes of internal audits, each taking the transaction and the actor and recording its audit event
 * in the same transaction. A completed audit refuses every write but the follow-up of its findings.
 */
import type {
  AuditFindingCreateSchema,
  AuditFindingUpdateSchema,
  AuditResultInputSchema,
  InternalAuditCompleteSchema,
  InternalAuditCreateSchema,
} from '@vigil/api';
import {
  conflict,
  findingTransitionAllowed,
  invalid,
  nextAuditDates,
  notFound,
  periodValid,
  untestedControls,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { auditRow, FINDING_WORDS, RESULT_WORDS } from './internal-audits.queries.ts';

const {
  controls,
  evidence,
  internalAuditControls: results,
  internalAuditFindings: findings,
  internalAudits: audits,
  memberships,
} = schema;

type AuditRow = typeof audits.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function checkMember(tx: Db, orgId: string, field: string, userId: string | null | undefined) {
  if (!userId) return;
  const [m] = await tx
    .select({ id: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  if (!m) throw invalid(field, `${field}: must be a member of this organization`);
}

/** Locks the audit and refuses it once completed: its record is what the auditor relied on. */
async function openAudit(tx: Db, actor: OrgActor, id: string): Promise<AuditRow> {
  const a = await auditRow(tx, actor.orgId, id, true);
  if (a.status === 'completed') {
    throw conflict('status', `The internal audit '${a.title}' is completed and can no longer be changed`);
  }
  return a;
}

/** Plans an audit with every control in scope "not tested"; refuses a period that ends before it starts. */
export async function planAudit(
  tx: Db,
  actor: OrgActor,
  input: z.output<typeof InternalAuditCreateSchema>,
): Promise<string> {
  if (!periodValid(input.periodStart, input.periodEnd)) {
    throw invalid('periodEnd', 'periodEnd: the period must not end before it starts');
  }
  await checkMember(tx, actor.orgId, 'auditorId', input.auditorId);
  const controlIds = [...new Set(input.controlIds)];
  const found = await tx
    .select({ id: controls.id })
    .from(controls)
    .where(and(eq(controls.orgId, actor.orgId), inArray(controls.id, controlIds)));
  if (found.length !== controlIds.length) {
    throw invalid('controlIds', "controlIds: choose controls of this organization's program");
  }
  const { controlIds: _, ...fields } = input;
  return insertPlan(tx, actor, { ...fields, previousAuditId: null }, controlIds);
}

async function insertPlan(
  tx: Db,
  actor: OrgActor,
  plan: {
    title: string;
    auditorId: string | null;
    plannedDate: string;
    periodStart: string;
    periodEnd: string;
    previousAuditId: string | null;
  },
  controlIds: string[],
): Promise<string> {
  const [row] = await tx
    .insert(audits)
    .values({ orgId: actor.orgId, ...plan })
    .returning({ id: audits.id });
  await tx
    .insert(results)
    .values(controlIds.map((controlId) => ({ orgId: actor.orgId, auditId: row!.id, controlId })));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'internal_audit.planned',
    entityType: 'internal_audit',
    entityId: row!.id,
    changes: { title: plan.title, plannedDate: plan.plannedDate, controls: controlIds.length },
  });
  return row!.id;
}

/** Records one control's result; the first result puts a planned audit in progress. */
export async function recordResult(
  tx: Db,
  actor: OrgActor,
  auditId: string,
  controlId: string,
  input: z.output<typeof AuditResultInputSchema>,
) {
  const a = await openAudit(tx, actor, auditId);
  if (!UUID.test(controlId)) throw notFound('control in this audit');
  const [row] = await tx
    .select({ id: results.id, code: controls.code })
    .from(results)
    .innerJoin(controls, eq(controls.id, results.controlId))
    .where(and(eq(results.auditId, a.id), eq(results.controlId, controlId)));
  if (!row) throw notFound('control in this audit');
  const evidenceIds = [...new Set(input.evidenceIds)];
  if (evidenceIds.length > 0) {
    const found = await tx
      .select({ id: evidence.id })
      .from(evidence)
      .where(and(eq(evidence.orgId, actor.orgId), inArray(evidence.id, evidenceIds)));
    if (found.length !== evidenceIds.length) {
      throw invalid('evidenceIds', 'evidenceIds: link evidence of this organization');
    }
  }
  await tx
    .update(results)
    .set({ result: input.result, notes: input.notes, evidenceIds, updatedAt: new Date() })
    .where(eq(results.id, row.id));
  if (a.status === 'planned') {
    await tx.update(audits).set({ status: 'in_progress', updatedAt: new Date() }).where(eq(audits.id, a.id));
  }
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'internal_audit.result_recorded',
    entityType: 'internal_audit',
    entityId: a.id,
    changes: { title: a.title, control: row.code, result: RESULT_WORDS[input.result] },
  });
}

/** Adds a finding, about a control in the audit's scope when it names one. */
export async function addFinding(
  tx: Db,
  actor: OrgActor,
  auditId: string,
  input: z.output<typeof AuditFindingCreateSchema>,
) {
  const a = await openAudit(tx, actor, auditId);
  if (input.controlId) {
    const [inScope] = await tx
      .select({ id: results.id })
      .from(results)
      .where(and(eq(results.auditId, a.id), eq(results.controlId, input.controlId)));
    if (!inScope) throw invalid('controlId', "controlId: choose one of this audit's controls");
  }
  await checkMember(tx, actor.orgId, 'ownerId', input.ownerId);
  const [row] = await tx
    .insert(findings)
    .values({ orgId: actor.orgId, auditId: a.id, ...input })
    .returning({ id: findings.id });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'internal_audit.finding_added',
    entityType: 'internal_audit_finding',
    entityId: row!.id,
    changes: { title: a.title, description: input.description },
  });
}

/** Moves a finding one step (open → remediated → closed, or back to open) and/or edits its follow-up. */
export async function updateFinding(
  tx: Db,
  actor: OrgActor,
  auditId: string,
  findingId: string,
  input: z.output<typeof AuditFindingUpdateSchema>,
) {
  if (Object.values(input).every((v) => v === undefined)) {
    throw invalid('status', 'status: say what changes: the status, owner, due date or remediation');
  }
  // Findings are followed up after the audit is completed (remediation usually comes later), so only
  // the audit's results and scope are frozen, not its findings.
  const a = await auditRow(tx, actor.orgId, auditId, true);
  if (!UUID.test(findingId)) throw notFound('finding');
  const [f] = await tx
    .select()
    .from(findings)
    .where(and(eq(findings.auditId, a.id), eq(findings.id, findingId)));
  if (!f) throw notFound('finding');
  const moving = input.status !== undefined && input.status !== f.status;
  if (moving && !findingTransitionAllowed(f.status, input.status!)) {
    throw invalid(
      'status',
      `status: a ${FINDING_WORDS[f.status]} finding cannot become ${FINDING_WORDS[input.status!]}; it moves from open to remediated to closed, or back to open`,
    );
  }
  await checkMember(tx, actor.orgId, 'ownerId', input.ownerId);
  await tx
    .update(findings)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(findings.id, f.id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'internal_audit.finding_updated',
    entityType: 'internal_audit_finding',
    entityId: f.id,
    changes: {
      description: f.description,
      ...(moving ? { from: FINDING_WORDS[f.status], to: FINDING_WORDS[input.status!] } : {}),
    },
  });
}

/**
 * Completes an audit once every control has a result, and plans the next one with the same scope a
 * cadence later, so the annual audit never falls off the calendar. Returns the next plan's id.
 */
export async function completeAudit(
  tx: Db,
  actor: OrgActor,
  auditId: string,
  input: z.output<typeof InternalAuditCompleteSchema>,
): Promise<string> {
  const a = await openAudit(tx, actor, auditId);
  const rows = await tx
    .select({
      controlId: results.controlId,
      result: results.result,
      code: controls.code,
      title: controls.title,
    })
    .from(results)
    .innerJoin(controls, eq(controls.id, results.controlId))
    .where(eq(results.auditId, a.id))
    .orderBy(asc(controls.code));
  const untested = untestedControls(rows);
  if (untested.length > 0) {
    throw conflict(
      'results',
      `Record a result for every control before completing the audit; not tested yet: ${untested.map((r) => `${r.code} ${r.title}`).join(', ')}`,
    );
  }
  await tx
    .update(audits)
    .set({
      status: 'completed',
      summary: input.summary ?? a.summary,
      completedAt: new Date(),
      completedBy: actor.userId,
      updatedAt: new Date(),
    })
    .where(eq(audits.id, a.id));
  const next = nextAuditDates(a);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'internal_audit.completed',
    entityType: 'internal_audit',
    entityId: a.id,
    changes: {
      title: a.title,
      exceptions: rows.filter((r) => r.result === 'exception').length,
      nextPlannedDate: next.plannedDate,
    },
  });
  return insertPlan(
    tx,
    actor,
    { title: a.title, auditorId: a.auditorId, ...next, previousAuditId: a.id },
    rows.map((r) => r.controlId),
  );
}
