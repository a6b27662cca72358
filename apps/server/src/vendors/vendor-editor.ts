/**
 * Writes of the vendor register: vendors (tier from the questionnaire, overridable with a reason;
 * no parent loops), the subservice section, reviews (read-only once completed) and reports. Each
 * records its audit event in the same transaction.
 */
import type {
  VendorInputSchema,
  VendorReportFieldsSchema,
  VendorReviewUpdateSchema,
  VendorSubserviceSchema,
} from '@vigil/api';
import {
  addMonths,
  computeVendorTier,
  conflict,
  DEFAULT_REVIEW_MONTHS,
  invalid,
  nextReviewDue,
  notFound,
  wouldCycle,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { requestReassessment } from '../risks/index.ts';
import { tierOf, type VendorRow, vendorRow } from './vendors.queries.ts';

const { vendors, vendorReviews, vendorReports, memberships, controls } = schema;
type VendorInput = z.output<typeof VendorInputSchema>;
type SubserviceInput = z.output<typeof VendorSubserviceSchema>;
type ReviewUpdate = z.output<typeof VendorReviewUpdateSchema>;
type ReportFields = z.output<typeof VendorReportFieldsSchema>;

async function checkMember(tx: Db, orgId: string, field: string, userId: string | null | undefined) {
  if (!userId) return;
  const [m] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  if (!m) throw invalid(field, `${field}: not a member of this organization`);
}

async function checkInput(tx: Db, orgId: string, vendorId: string | null, input: VendorInput) {
  if (input.tierOverride && !input.tierOverrideReason) {
    throw invalid(
      'tierOverrideReason',
      'tierOverrideReason: say why the tier differs from the questionnaire',
    );
  }
  if (input.contractStart && input.contractEnd && input.contractEnd < input.contractStart) {
    throw invalid(
      'contractEnd',
      `contractEnd: ${input.contractEnd} is before the contract start ${input.contractStart}`,
    );
  }
  await checkMember(tx, orgId, 'ownerUserId', input.ownerUserId);
  if (input.parentId) {
    const all = await tx
      .select({ id: vendors.id, parentId: vendors.parentId })
      .from(vendors)
      .where(eq(vendors.orgId, orgId));
    if (!all.some((v) => v.id === input.parentId))
      throw invalid('parentId', 'parentId: no such vendor in this organization');
    const parents = new Map(all.map((v) => [v.id, v.parentId]));
    if (vendorId && wouldCycle(vendorId, input.parentId, parents)) {
      throw invalid(
        'parentId',
        'parentId: this vendor would become its own parent through the chain of fourth parties',
      );
    }
  }
}

function valuesOf(input: VendorInput) {
  return {
    name: input.name,
    services: input.services,
    dataAccess: input.dataAccess,
    businessImpact: input.businessImpact,
    partOfSystem: input.partOfSystem,
    subProcessor: input.subProcessor,
    computedTier: computeVendorTier(input),
    tierOverride: input.tierOverride,
    tierOverrideReason: input.tierOverride ? input.tierOverrideReason : null,
    ownerUserId: input.ownerUserId,
    status: input.status,
    contractStart: input.contractStart,
    contractEnd: input.contractEnd,
    dpaSignedOn: input.dpaSignedOn,
    parentId: input.parentId,
  };
}

/** A vendor just became critical: the risk assessment must be looked at again (issue 13, CC3.4). */
async function becameCritical(tx: Db, actor: OrgActor, v: { name: string }) {
  await requestReassessment(tx, actor.orgId, `${v.name} became a critical vendor`, actor);
}

/** Adds a vendor; its first review is due at once. */
export async function createVendor(
  tx: Db,
  actor: OrgActor,
  input: VendorInput,
  today: string,
): Promise<string> {
  await checkInput(tx, actor.orgId, null, input);
  const values = valuesOf(input);
  const [row] = await tx
    .insert(vendors)
    .values({ orgId: actor.orgId, ...values })
    .returning();
  const v = row!;
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'vendor.created',
    entityType: 'vendor',
    entityId: v.id,
    changes: { name: v.name, tier: tierOf(v) },
  });
  if (v.status !== 'terminated') {
    await tx.insert(vendorReviews).values({ orgId: actor.orgId, vendorId: v.id, dueDate: today });
  }
  if (tierOf(v) === 'critical') await becameCritical(tx, actor, v);
  return v.id;
}

/** Changes a vendor; the audit event names each field that changed. */
export async function updateVendor(tx: Db, actor: OrgActor, vendorId: string, input: VendorInput) {
  const old = await vendorRow(tx, actor.orgId, vendorId, true);
  await checkInput(tx, actor.orgId, old.id, input);
  const values = valuesOf(input);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, v] of Object.entries(values)) {
    const before = old[k as keyof typeof values];
    if (before !== v) changes[k] = { from: before, to: v };
  }
  if (Object.keys(changes).length === 0) return;
  if (changes.parentId) {
    // The trail names vendors, never their ids.
    const names = await tx
      .select({ id: vendors.id, name: vendors.name })
      .from(vendors)
      .where(eq(vendors.orgId, actor.orgId));
    const nameOf = (id: unknown) => names.find((n) => n.id === id)?.name ?? null;
    delete changes.parentId;
    changes.parentVendor = { from: nameOf(old.parentId), to: nameOf(input.parentId) };
  }
  const [row] = await tx
    .update(vendors)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(vendors.id, old.id))
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'vendor.updated',
    entityType: 'vendor',
    entityId: old.id,
    changes: { vendor: old.name, ...changes },
  });
  if (tierOf(row!) === 'critical' && tierOf(old) !== 'critical') await becameCritical(tx, actor, row!);
}

/** Records the subservice method, the CSOCs we rely on and the CUECs, each mapped to our controls. */
export async function setSubservice(tx: Db, actor: OrgActor, vendorId: string, input: SubserviceInput) {
  const old = await vendorRow(tx, actor.orgId, vendorId, true);
  if (input.subserviceMethod && !old.partOfSystem) {
    throw invalid('subserviceMethod', `subserviceMethod: ${old.name} is not marked as part of our system`);
  }
  const wanted = [...input.csocs, ...input.cuecs].flatMap((s) => s.controlIds);
  if (wanted.length) {
    const found = await tx
      .select({ id: controls.id })
      .from(controls)
      .where(and(eq(controls.orgId, actor.orgId), inArray(controls.id, wanted)));
    const ok = new Set(found.map((c) => c.id));
    for (const [list, items] of [
      ['csocs', input.csocs],
      ['cuecs', input.cuecs],
    ] as const) {
      items.forEach((s, i) => {
        if (s.controlIds.some((c) => !ok.has(c))) {
          throw invalid(
            `${list}.${i}.controlIds`,
            `${list}.${i}.controlIds: no such control in this organization`,
          );
        }
      });
    }
  }
  await tx
    .update(vendors)
    .set({
      subserviceMethod: input.subserviceMethod,
      csocs: input.csocs,
      cuecs: input.cuecs,
      updatedAt: new Date(),
    })
    .where(eq(vendors.id, old.id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'vendor.subservice_set',
    entityType: 'vendor',
    entityId: old.id,
    changes: {
      vendor: old.name,
      method: input.subserviceMethod,
      csocs: input.csocs.length,
      cuecs: input.cuecs.length,
    },
  });
}

/** Schedules a review; without a date it is due by the tier's interval after the last completed review. */
export async function createReview(
  tx: Db,
  actor: OrgActor,
  vendorId: string,
  input: { dueDate: string | null; reviewerUserId: string | null },
  today: string,
) {
  const v = await vendorRow(tx, actor.orgId, vendorId, true);
  await checkMember(tx, actor.orgId, 'reviewerUserId', input.reviewerUserId);
  const done = await tx.select().from(vendorReviews).where(eq(vendorReviews.vendorId, v.id));
  const last =
    done
      .map((r) => r.completedOn)
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? null;
  const dueDate = input.dueDate ?? nextReviewDue(tierOf(v), last, today);
  await tx
    .insert(vendorReviews)
    .values({ orgId: actor.orgId, vendorId: v.id, dueDate, reviewerUserId: input.reviewerUserId });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'vendor.review_scheduled',
    entityType: 'vendor',
    entityId: v.id,
    changes: { vendor: v.name, dueDate },
  });
}

/** Changes an open review or completes it (conclusion and residual risk required); a completed one is refused. */
export async function updateReview(
  tx: Db,
  actor: OrgActor,
  vendorId: string,
  reviewId: string,
  input: ReviewUpdate,
  today: string,
) {
  const v = await vendorRow(tx, actor.orgId, vendorId, true);
  const [r] = await tx
    .select()
    .from(vendorReviews)
    .where(and(eq(vendorReviews.id, reviewId), eq(vendorReviews.vendorId, v.id)))
    .for('update');
  if (!r) throw notFound('Vendor review');
  if (r.status === 'completed') {
    throw conflict(
      'reviewId',
      `This review of ${v.name} was completed on ${r.completedOn}; it can no longer change`,
    );
  }
  await checkMember(tx, actor.orgId, 'reviewerUserId', input.reviewerUserId);
  const next = {
    dueDate: input.dueDate ?? r.dueDate,
    reviewerUserId: input.reviewerUserId === undefined ? r.reviewerUserId : input.reviewerUserId,
    notes: input.notes ?? r.notes,
    conclusion: input.conclusion === undefined ? r.conclusion : input.conclusion,
    residualRisk: input.residualRisk === undefined ? r.residualRisk : input.residualRisk,
  };
  if (input.complete) {
    if (!next.conclusion)
      throw invalid('conclusion', 'conclusion: choose approve, conditional or reject to complete the review');
    if (!next.residualRisk)
      throw invalid('residualRisk', 'residualRisk: rate the residual risk to complete the review');
    if (!next.reviewerUserId) {
      next.reviewerUserId = actor.userId ?? null;
    }
  }
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, val] of Object.entries(next)) {
    const before = r[k as keyof typeof next];
    if (before !== val) changes[k] = { from: before, to: val };
  }
  await tx
    .update(vendorReviews)
    .set({ ...next, ...(input.complete ? { status: 'completed' as const, completedOn: today } : {}) })
    .where(eq(vendorReviews.id, r.id));
  const event = {
    orgId: actor.orgId,
    entityType: 'vendor',
    entityId: v.id,
    changes: { vendor: v.name, dueDate: r.dueDate, ...changes },
  };
  // Each action written out, so the wording test can see both.
  if (input.complete) await recordAudit(tx, actor, { ...event, action: 'vendor.review_completed' });
  else await recordAudit(tx, actor, { ...event, action: 'vendor.review_updated' });
  if (input.complete && v.status !== 'terminated') {
    // The next review follows from the tier: a year after this one for a critical vendor.
    const dueDate = addMonths(today, DEFAULT_REVIEW_MONTHS[tierOf(v)]);
    await tx
      .insert(vendorReviews)
      .values({ orgId: actor.orgId, vendorId: v.id, dueDate, reviewerUserId: next.reviewerUserId });
  }
}

/** Checks a report's fields before anything is stored: its period must not end before it starts. */
export function checkReportFields(f: ReportFields) {
  if (f.periodEnd < f.periodStart) {
    throw invalid(
      'periodEnd',
      `periodEnd: the period ends on ${f.periodEnd}, before it starts on ${f.periodStart}`,
    );
  }
  if (f.issuedOn && f.issuedOn < f.periodEnd && f.kind !== 'iso27001' && f.kind !== 'pentest') {
    throw invalid(
      'issuedOn',
      `issuedOn: a report issued on ${f.issuedOn} cannot cover a period ending ${f.periodEnd}`,
    );
  }
}

/** Records a vendor's report, its file already kept as the evidence item `evidenceId`. */
export async function addReport(
  tx: Db,
  actor: OrgActor,
  v: VendorRow,
  f: ReportFields,
  file: { evidenceId: string; fileName: string; sha256: string },
) {
  checkReportFields(f);
  await tx.insert(vendorReports).values({
    orgId: actor.orgId,
    vendorId: v.id,
    kind: f.kind,
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    issuedOn: f.issuedOn ?? null,
    auditor: f.auditor,
    opinion: f.opinion,
    exceptions: f.exceptions,
    assessment: f.assessment,
    evidenceId: file.evidenceId,
    fileName: file.fileName,
    createdBy: actor.userId ?? null,
  });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'vendor.report_added',
    entityType: 'vendor',
    entityId: v.id,
    changes: {
      vendor: v.name,
      kind: f.kind,
      periodStart: f.periodStart,
      periodEnd: f.periodEnd,
      fileName: file.fileName,
      sha256: file.sha256,
    },
  });
}
