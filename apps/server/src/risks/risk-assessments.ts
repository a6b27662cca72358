/**
 * The annual risk assessment: a frozen copy of the matrix and every risk, in canonical JSON with its
 * SHA-256 (recorded in the audit chain on approval, as published policy versions are), approved by
 * someone other than who took it. Approval closes the open reassessment requests.
 */
import { createHash } from 'node:crypto';
import type { ReassessmentRequest, Risk, RiskAssessment, RiskAssessmentDetail } from '@vigil/api';
import {
  canonicalJson,
  conflict,
  forbidden,
  invalid,
  isIsoDate,
  notFound,
  type RiskMatrix,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Actor, OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { heatMaps, listRisks, matrixOf } from './risks.queries.ts';

const { riskAssessments, riskReassessmentRequests, users } = schema;

/** The person's name for what people read; tokens and system work keep their label. */
export async function actorName(tx: Db, actor: Actor): Promise<string> {
  if (!actor.userId) return actor.label;
  const [u] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
  return u?.name ?? actor.label;
}

interface Frozen {
  matrix: RiskMatrix;
  risks: Risk[];
}

type Row = typeof riskAssessments.$inferSelect;

function present(a: Row): RiskAssessment {
  const frozen = JSON.parse(a.content) as Frozen;
  return {
    id: a.id,
    assessedOn: a.assessedOn,
    status: a.status,
    contentSha256: a.contentSha256,
    takenByName: a.takenByLabel,
    approvedByName: a.approvedByLabel,
    approvedAt: a.approvedAt?.toISOString() ?? null,
    riskCount: frozen.risks.length,
  };
}

/** Takes the snapshot of today's register; it waits for an approver. */
export async function takeAssessment(tx: Db, actor: OrgActor, assessedOn: string): Promise<RiskAssessment> {
  if (!isIsoDate(assessedOn))
    throw invalid('assessedOn', `assessedOn: ${assessedOn} is not a date on the calendar`);
  const matrix = await matrixOf(tx, actor.orgId);
  const items = await listRisks(tx, actor.orgId, matrix);
  if (items.length === 0)
    throw invalid('risks', 'risks: the register is empty; add risks before assessing it');
  const content = canonicalJson({ matrix, risks: items });
  const sha = createHash('sha256').update(content, 'utf8').digest('hex');
  const [row] = await tx
    .insert(riskAssessments)
    .values({
      orgId: actor.orgId,
      assessedOn,
      content,
      contentSha256: sha,
      takenBy: actor.userId,
      takenByLabel: await actorName(tx, actor),
    })
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'risk_assessment.taken',
    entityType: 'risk_assessment',
    entityId: row!.id,
    changes: { assessedOn, risks: items.length, contentSha256: sha },
  });
  return present(row!);
}

/** Approves an assessment someone else took; the content hash joins the audit chain and open requests close. */
export async function approveAssessment(tx: Db, actor: OrgActor, id: string): Promise<RiskAssessment> {
  const [a] = await tx
    .select()
    .from(riskAssessments)
    .where(and(eq(riskAssessments.orgId, actor.orgId), eq(riskAssessments.id, id)))
    .for('update');
  if (!a) throw notFound('risk assessment');
  if (a.status === 'approved') throw conflict('status', 'status: this assessment is already approved');
  if (a.takenBy && a.takenBy === actor.userId)
    throw forbidden('The assessment must be approved by someone other than who took it');
  const now = new Date();
  const [row] = await tx
    .update(riskAssessments)
    .set({
      status: 'approved',
      approvedBy: actor.userId,
      approvedByLabel: await actorName(tx, actor),
      approvedAt: now,
    })
    .where(eq(riskAssessments.id, id))
    .returning();
  const closed = await tx
    .update(riskReassessmentRequests)
    .set({ closedAt: now, closedByAssessmentId: id })
    .where(and(eq(riskReassessmentRequests.orgId, actor.orgId), isNull(riskReassessmentRequests.closedAt)))
    .returning({ id: riskReassessmentRequests.id });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'risk_assessment.approved',
    entityType: 'risk_assessment',
    entityId: id,
    changes: {
      assessedOn: a.assessedOn,
      takenBy: a.takenByLabel,
      contentSha256: a.contentSha256,
      requestsClosed: closed.length,
    },
  });
  return present(row!);
}

/** Every assessment, newest first. */
export async function listAssessments(db: Db, orgId: string): Promise<RiskAssessment[]> {
  const rows = await db
    .select()
    .from(riskAssessments)
    .where(eq(riskAssessments.orgId, orgId))
    .orderBy(desc(riskAssessments.assessedOn), desc(riskAssessments.createdAt));
  return rows.map(present);
}

/** One assessment with its frozen register and the heat maps drawn from it. */
export async function assessmentDetail(db: Db, orgId: string, id: string): Promise<RiskAssessmentDetail> {
  const [a] = await db
    .select()
    .from(riskAssessments)
    .where(and(eq(riskAssessments.orgId, orgId), eq(riskAssessments.id, id)));
  if (!a) throw notFound('risk assessment');
  const frozen = JSON.parse(a.content) as Frozen;
  return {
    ...present(a),
    matrix: frozen.matrix,
    risks: frozen.risks,
    heatMap: heatMaps(frozen.matrix, frozen.risks),
  };
}

/**
 * Records that the register should be reassessed (the scope, a vendor or an incident changed); asking
 * again with the same reason while a request is open adds nothing. Returns whether a request was added.
 */
export async function requestReassessment(
  tx: Db,
  orgId: string,
  reason: string,
  actor: Actor,
): Promise<boolean> {
  const text = reason.trim();
  if (!text) throw invalid('reason', 'reason: say why the risks should be reassessed');
  const added = await tx
    .insert(riskReassessmentRequests)
    .values({ orgId, reason: text, requestedByLabel: await actorName(tx, actor) })
    .onConflictDoNothing()
    .returning({ id: riskReassessmentRequests.id });
  if (added.length === 0) return false;
  await recordAudit(tx, actor, {
    orgId,
    action: 'risk_reassessment.requested',
    entityType: 'risk_reassessment',
    entityId: added[0]!.id,
    changes: { reason: text },
  });
  return true;
}

/** The open reassessment requests, oldest first. */
export async function openReassessments(db: Db, orgId: string): Promise<ReassessmentRequest[]> {
  const rows = await db
    .select()
    .from(riskReassessmentRequests)
    .where(and(eq(riskReassessmentRequests.orgId, orgId), isNull(riskReassessmentRequests.closedAt)))
    .orderBy(riskReassessmentRequests.createdAt);
  return rows.map((r) => ({
    id: r.id,
    reason: r.reason,
    requestedByName: r.requestedByLabel,
    createdAt: r.createdAt.toISOString(),
  }));
}
