/**
 * Risk-accepted exceptions: one person asks to accept a finding's risk until a date, someone else
 * approves; the finding is reported as accepted from the approval until the expiry, then counts again.
 */
import type { VulnException, VulnExceptionCreate } from '@vigil/api';
import { DAY_MS, invalid, notFound, VigilError, validateAcceptance } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { FINDING_TYPES } from './sla-report.ts';

const { vulnExceptions: t, resources, users } = schema;

/** The exceptions of the organization, newest first; one when `id` is given. */
export async function listExceptions(
  db: Db,
  orgId: string,
  now: Date,
  id?: string,
): Promise<VulnException[]> {
  const requester = alias(users, 'requester');
  const approver = alias(users, 'approver');
  const rows = await db
    .select({ e: t, finding: resources.name, requester: requester.name, approver: approver.name })
    .from(t)
    .innerJoin(resources, eq(resources.id, t.resourceId))
    .leftJoin(requester, eq(requester.id, t.requesterId))
    .leftJoin(approver, eq(approver.id, t.approverId))
    .where(id ? and(eq(t.orgId, orgId), eq(t.id, id)) : eq(t.orgId, orgId))
    .orderBy(desc(t.createdAt));
  return rows.map(({ e, finding, requester, approver }) => ({
    id: e.id,
    resourceId: e.resourceId,
    findingName: finding,
    requesterName: requester,
    approverName: e.approvedAt ? approver : null,
    justification: e.justification,
    expiresAt: e.expiresAt.toISOString(),
    approvedAt: e.approvedAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
    state: e.expiresAt.getTime() <= now.getTime() ? 'expired' : e.approvedAt ? 'active' : 'pending',
  }));
}

/** Records a request to accept a finding's risk until the end of `expiresOn` (UTC). */
export async function requestException(
  tx: Db,
  actor: OrgActor,
  body: VulnExceptionCreate,
  now: Date,
): Promise<string> {
  const [finding] = await tx
    .select({ id: resources.id, name: resources.name })
    .from(resources)
    .where(
      and(
        eq(resources.orgId, actor.orgId),
        eq(resources.id, body.resourceId),
        inArray(resources.type, [...FINDING_TYPES]),
      ),
    );
  if (!finding) throw invalid('resourceId', 'resourceId: no such finding in this organization');
  const expiresAt = new Date(Date.parse(`${body.expiresOn}T00:00:00Z`) + DAY_MS);
  if (expiresAt.getTime() <= now.getTime())
    throw invalid('expiresOn', 'expiresOn: the expiry must be in the future');
  const [row] = await tx
    .insert(t)
    .values({
      orgId: actor.orgId,
      resourceId: finding.id,
      requesterId: actor.userId,
      justification: body.justification.trim(),
      expiresAt,
    })
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'vulnerabilities.exception_requested',
    entityType: 'vuln_exception',
    entityId: row!.id,
    changes: { finding: finding.name, justification: row!.justification, expiresOn: body.expiresOn },
  });
  return row!.id;
}

/** Approves a pending exception; refused to its requester and once it has expired. */
export async function approveException(tx: Db, actor: OrgActor, id: string, now: Date): Promise<void> {
  const [row] = await tx
    .select({ e: t, finding: resources.name })
    .from(t)
    .innerJoin(resources, eq(resources.id, t.resourceId))
    .where(and(eq(t.orgId, actor.orgId), eq(t.id, id)))
    .for('update');
  if (!row) throw notFound('Exception');
  if (row.e.approvedAt) throw new VigilError('conflict', 'This exception is already approved');
  if (!actor.userId) throw new VigilError('forbidden', 'An exception is approved by a person');
  validateAcceptance({
    requesterId: row.e.requesterId ?? '',
    approverId: actor.userId,
    justification: row.e.justification,
    expiresAt: row.e.expiresAt,
    now,
  });
  await tx.update(t).set({ approverId: actor.userId, approvedAt: now }).where(eq(t.id, id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'vulnerabilities.exception_approved',
    entityType: 'vuln_exception',
    entityId: id,
    changes: { finding: row.finding, expiresAt: row.e.expiresAt.toISOString() },
  });
}
