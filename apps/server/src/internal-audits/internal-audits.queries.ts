/** Reads of internal audits and their presenter: the plan, each control's result, the findings. */
import type { InternalAudit, InternalAuditSummary } from '@vigil/api';
import { notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';

const {
  controls,
  evidence,
  internalAuditControls: results,
  internalAuditFindings: findings,
  internalAudits: audits,
  users,
} = schema;

/** The words for a result and a finding status, in the audit trail and the CSV. */
export const RESULT_WORDS = {
  not_tested: 'not tested',
  effective: 'effective',
  exception: 'exception',
} as const;
export const FINDING_WORDS = { open: 'open', remediated: 'remediated', closed: 'closed' } as const;

/** The organization's audits, soonest planned first, with counts of what is left to do. */
export async function listAudits(db: Db, orgId: string): Promise<InternalAuditSummary[]> {
  const rows = await db
    .select({
      a: audits,
      auditorName: users.name,
      controls: sql<number>`(select count(*)::int from ${results} r where r.audit_id = ${audits.id})`,
      untested: sql<number>`(select count(*)::int from ${results} r where r.audit_id = ${audits.id} and r.result = 'not_tested')`,
      exceptions: sql<number>`(select count(*)::int from ${results} r where r.audit_id = ${audits.id} and r.result = 'exception')`,
      openFindings: sql<number>`(select count(*)::int from ${findings} f where f.audit_id = ${audits.id} and f.status <> 'closed')`,
    })
    .from(audits)
    .leftJoin(users, eq(users.id, audits.auditorId))
    .where(eq(audits.orgId, orgId))
    .orderBy(asc(audits.plannedDate), asc(audits.createdAt));
  return rows.map(({ a, ...r }) => ({
    id: a.id,
    title: a.title,
    status: a.status,
    plannedDate: a.plannedDate,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    auditorId: a.auditorId,
    auditorName: r.auditorName,
    controls: r.controls,
    untested: r.untested,
    exceptions: r.exceptions,
    openFindings: r.openFindings,
  }));
}

/** The audit row of this organization, or "not found" for a missing or foreign one. */
export async function auditRow(db: Db, orgId: string, id: string, lock = false) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    throw notFound('internal audit');
  const q = db
    .select()
    .from(audits)
    .where(and(eq(audits.orgId, orgId), eq(audits.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('internal audit');
  return row;
}

/** One audit with its results (in control order) and findings. */
export async function getAudit(db: Db, orgId: string, id: string): Promise<InternalAudit> {
  const a = await auditRow(db, orgId, id);
  const [summary] = (await listAudits(db, orgId)).filter((s) => s.id === id);
  const resultRows = await db
    .select({ r: results, code: controls.code, title: controls.title })
    .from(results)
    .innerJoin(controls, eq(controls.id, results.controlId))
    .where(eq(results.auditId, id))
    .orderBy(asc(controls.code));
  const evidenceIds = [...new Set(resultRows.flatMap((r) => r.r.evidenceIds))];
  const evidenceRows =
    evidenceIds.length === 0
      ? []
      : await db
          .select({ id: evidence.id, title: evidence.title })
          .from(evidence)
          .where(and(eq(evidence.orgId, orgId), inArray(evidence.id, evidenceIds)));
  const titles = new Map(evidenceRows.map((e) => [e.id, e.title]));
  const findingRows = await db
    .select({ f: findings, ownerName: users.name, controlCode: controls.code })
    .from(findings)
    .leftJoin(users, eq(users.id, findings.ownerId))
    .leftJoin(controls, eq(controls.id, findings.controlId))
    .where(eq(findings.auditId, id))
    .orderBy(asc(findings.createdAt));
  const [next] = await db
    .select({ id: audits.id })
    .from(audits)
    .where(and(eq(audits.orgId, orgId), eq(audits.previousAuditId, id)));
  return {
    ...summary!,
    summary: a.summary,
    completedAt: a.completedAt?.toISOString() ?? null,
    previousAuditId: a.previousAuditId,
    nextAuditId: next?.id ?? null,
    results: resultRows.map(({ r, code, title }) => ({
      controlId: r.controlId,
      controlCode: code,
      controlTitle: title,
      result: r.result,
      notes: r.notes,
      evidence: r.evidenceIds.flatMap((e) => {
        const t = titles.get(e);
        return t === undefined ? [] : [{ id: e, title: t }];
      }),
    })),
    findings: findingRows.map(({ f, ownerName, controlCode }) => ({
      id: f.id,
      description: f.description,
      controlId: f.controlId,
      controlCode,
      ownerId: f.ownerId,
      ownerName,
      dueDate: f.dueDate,
      remediation: f.remediation,
      status: f.status,
    })),
  };
}
