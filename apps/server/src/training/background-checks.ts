/**
 * Background checks: the per-person record, its report, and the HR access grants that open them.
 * The report is sealed in the evidence store and its SHA-256 joins the audit chain, but it is not an
 * item of the evidence library (which everyone reading evidence may open): only HR access reaches it.
 */
import type { BackgroundCheck, BackgroundCheckUpdateSchema, HrGrant } from '@vigil/api';
import { GRANTS, invalid, notFound, type Role } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import type { StagedBlob } from '../storage/evidence-store.ts';
import { personRow } from './completion-recorder.ts';
import { backgroundCheckCompleted } from './onboarding-link.ts';
import type { PersonRow } from './training.queries.ts';

const { backgroundChecks, hrAccessGrants, memberships, people, users } = schema;
type CheckRow = typeof backgroundChecks.$inferSelect;
type CheckUpdate = z.output<typeof BackgroundCheckUpdateSchema>;

function present(p: PersonRow, c: CheckRow | null): BackgroundCheck {
  return {
    person: { id: p.id, name: p.name, email: p.email, workerType: p.workerType, startDate: p.startDate },
    status: c?.status ?? 'not_started',
    checkedOn: c?.checkedOn ?? null,
    providerReference: c?.providerReference ?? null,
    result: c?.result ?? null,
    justification: c?.justification ?? null,
    report:
      c?.reportSha256 && c.reportFileName
        ? { fileName: c.reportFileName, size: c.reportSize ?? 0, sha256: c.reportSha256 }
        : null,
    updatedAt: c?.updatedAt.toISOString() ?? null,
  };
}

/** Everyone in the register but terminated people, with their background check (not started when none). */
export async function listBackgroundChecks(db: Db, orgId: string): Promise<BackgroundCheck[]> {
  const rows = await db
    .select({ p: people, c: backgroundChecks })
    .from(people)
    .leftJoin(backgroundChecks, eq(backgroundChecks.personId, people.id))
    .where(eq(people.orgId, orgId))
    .orderBy(asc(people.name));
  return rows.filter((r) => r.p.status !== 'terminated' || r.c).map((r) => present(r.p, r.c));
}

/** One person's check as the API shows it. */
export async function getBackgroundCheck(db: Db, orgId: string, personId: string): Promise<BackgroundCheck> {
  const p = await personRow(db, orgId, personId);
  const [c] = await db.select().from(backgroundChecks).where(eq(backgroundChecks.personId, p.id));
  return present(p, c ?? null);
}

/** The stored row with its report, or not found when there is no report. */
export async function reportOf(db: Db, orgId: string, personId: string) {
  const p = await personRow(db, orgId, personId);
  const [c] = await db.select().from(backgroundChecks).where(eq(backgroundChecks.personId, p.id));
  if (!c?.reportStorageKey || !c.reportSha256) throw notFound('Background check report');
  return { ...c, reportStorageKey: c.reportStorageKey, reportSha256: c.reportSha256 };
}

/** The rules between fields: a result only once complete, and a justification for an exemption. */
function checkConsistent(input: CheckUpdate) {
  if (input.status === 'complete' && !input.result) {
    throw invalid('result', 'result: a complete check needs its result (clear, adjudicated or exempt)');
  }
  if (input.status !== 'complete' && input.result) {
    throw invalid('result', 'result: only a complete check has a result; set the status to complete');
  }
  if (input.result === 'exempt' && !input.justification) {
    throw invalid('justification', 'justification: say why this person is exempt from a background check');
  }
  if (input.status === 'complete' && input.result !== 'exempt' && !input.checkedOn) {
    throw invalid('checkedOn', 'checkedOn: enter the date the check was completed');
  }
}

/** Records a person's check (status, date, provider reference, result); the report is kept. */
export async function updateBackgroundCheck(
  tx: Db,
  actor: OrgActor,
  personId: string,
  input: CheckUpdate,
  today: string,
) {
  const p = await personRow(tx, actor.orgId, personId);
  checkConsistent(input);
  if (input.checkedOn && input.checkedOn > today) {
    throw invalid('checkedOn', `checkedOn: ${input.checkedOn} is in the future`);
  }
  const [old] = await tx
    .select()
    .from(backgroundChecks)
    .where(eq(backgroundChecks.personId, p.id))
    .for('update');
  const values = {
    status: input.status,
    checkedOn: input.checkedOn,
    providerReference: input.providerReference || null,
    result: input.result,
    justification: input.result === 'exempt' ? input.justification : input.justification || null,
  };
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, v] of Object.entries(values)) {
    const before = old ? old[k as keyof typeof values] : k === 'status' ? 'not_started' : null;
    if (before !== v) changes[k] = { from: before, to: v };
  }
  if (Object.keys(changes).length === 0) return;
  if (old) {
    await tx
      .update(backgroundChecks)
      .set({ ...values, updatedBy: actor.userId, updatedAt: new Date() })
      .where(eq(backgroundChecks.id, old.id));
  } else {
    await tx
      .insert(backgroundChecks)
      .values({ orgId: actor.orgId, personId: p.id, ...values, updatedBy: actor.userId });
  }
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'background_check.updated',
    entityType: 'background_check',
    entityId: p.id,
    changes: { person: p.name, ...changes },
  });
  if (input.status === 'complete' && input.result && old?.status !== 'complete') {
    await backgroundCheckCompleted(tx, actor, {
      orgId: actor.orgId,
      personId: p.id,
      on: input.checkedOn,
      result: input.result,
    });
  }
}

/** Attaches the provider's report, sealed; its hash goes into the audit chain. A new report replaces the link, never the old blob. */
export async function attachReport(
  tx: Db,
  actor: OrgActor,
  personId: string,
  upload: { staged: StagedBlob; fileName: string; mediaType: string },
) {
  const p = await personRow(tx, actor.orgId, personId);
  const [old] = await tx
    .select()
    .from(backgroundChecks)
    .where(eq(backgroundChecks.personId, p.id))
    .for('update');
  await upload.staged.commit();
  const report = {
    reportFileName: upload.fileName,
    reportMediaType: upload.mediaType,
    reportSha256: upload.staged.sha256,
    reportSize: upload.staged.size,
    reportStorageKey: upload.staged.storageKey,
    updatedBy: actor.userId,
    updatedAt: new Date(),
  };
  if (old) await tx.update(backgroundChecks).set(report).where(eq(backgroundChecks.id, old.id));
  else await tx.insert(backgroundChecks).values({ orgId: actor.orgId, personId: p.id, ...report });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'background_check.report_attached',
    entityType: 'background_check',
    entityId: p.id,
    changes: {
      person: p.name,
      fileName: upload.fileName,
      sha256: upload.staged.sha256,
      size: upload.staged.size,
      ...(old?.reportSha256 ? { replaces: old.reportSha256 } : {}),
    },
  });
}

const GRANTABLE = GRANTS.hr.roles as readonly Role[];

/** The organization's admins and members, and which of them hold HR access. */
export async function listHrGrants(db: Db, orgId: string): Promise<HrGrant[]> {
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      granted: hrAccessGrants.userId,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(
      hrAccessGrants,
      and(eq(hrAccessGrants.orgId, memberships.orgId), eq(hrAccessGrants.userId, memberships.userId)),
    )
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.name));
  return rows
    .filter((r) => GRANTABLE.includes(r.role))
    .map((r) => ({
      userId: r.userId,
      name: r.name,
      email: r.email,
      role: r.role,
      granted: r.granted !== null,
    }));
}

/** Grants or withdraws HR access for one admin or member; audited, which also drops their cached sign-ins. */
export async function setHrGrant(tx: Db, actor: OrgActor, userId: string, granted: boolean) {
  const [m] = await tx
    .select({ role: memberships.role, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, actor.orgId), eq(memberships.userId, userId)));
  if (!m) throw notFound('Member');
  if (!GRANTABLE.includes(m.role)) {
    throw invalid(
      'userId',
      m.role === 'owner'
        ? 'userId: owners have HR access by their role'
        : `userId: HR access is for admins and members; ${m.name} is ${m.role === 'auditor' ? 'an auditor' : `a ${m.role}`}`,
    );
  }
  const [has] = await tx
    .select()
    .from(hrAccessGrants)
    .where(and(eq(hrAccessGrants.orgId, actor.orgId), eq(hrAccessGrants.userId, userId)));
  if (!!has === granted) return;
  const about = { entityType: 'hr_access', entityId: userId, changes: { member: `${m.name} (${m.email})` } };
  if (granted) {
    await tx.insert(hrAccessGrants).values({ orgId: actor.orgId, userId, grantedBy: actor.userId });
    await recordAudit(tx, actor, { orgId: actor.orgId, action: 'hr_access.granted', ...about });
  } else {
    await tx
      .delete(hrAccessGrants)
      .where(and(eq(hrAccessGrants.orgId, actor.orgId), eq(hrAccessGrants.userId, userId)));
    await recordAudit(tx, actor, { orgId: actor.orgId, action: 'hr_access.withdrawn', ...about });
  }
}
