/** Reads of the vendor register and the presenter the API answers with. */
import type { Vendor, VendorDetail, VendorReport, VendorReview } from '@vigil/api';
import { DEFAULT_REVIEW_MONTHS, nextReviewDue, notFound, reportCoverage, type VendorTier } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';

const { vendors, vendorReviews, vendorReports, users, engagements } = schema;
export type VendorRow = typeof vendors.$inferSelect;
type ReviewRow = typeof vendorReviews.$inferSelect;
type ReportRow = typeof vendorReports.$inferSelect;

/** The tier in force: the override when there is one. */
export const tierOf = (v: VendorRow): VendorTier => v.tierOverride ?? v.computedTier;

/** A vendor row of this organization, or not found. */
export async function vendorRow(db: Db, orgId: string, vendorId: string, lock = false): Promise<VendorRow> {
  const q = db
    .select()
    .from(vendors)
    .where(and(eq(vendors.orgId, orgId), eq(vendors.id, vendorId)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('Vendor');
  return row;
}

async function namesOf(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The window of the organization's current engagement (the latest with one), to compare report periods with. */
export async function engagementWindow(
  db: Db,
  orgId: string,
): Promise<{ start: string; end: string } | null> {
  const [e] = await db
    .select({ start: engagements.windowStart, end: engagements.windowEnd })
    .from(engagements)
    .where(
      and(eq(engagements.orgId, orgId), isNotNull(engagements.windowStart), isNotNull(engagements.windowEnd)),
    )
    .orderBy(desc(engagements.windowEnd))
    .limit(1);
  return e?.start && e.end ? { start: e.start, end: e.end } : null;
}

function presentVendor(
  v: VendorRow,
  names: Map<string, string>,
  vendorNames: Map<string, string>,
  lastCompleted: string | null,
  openDue: string | null,
  today: string,
): Vendor {
  return {
    id: v.id,
    name: v.name,
    services: v.services,
    dataAccess: v.dataAccess,
    businessImpact: v.businessImpact,
    partOfSystem: v.partOfSystem,
    subProcessor: v.subProcessor,
    computedTier: v.computedTier,
    tierOverride: v.tierOverride,
    tierOverrideReason: v.tierOverrideReason,
    tier: tierOf(v),
    owner: v.ownerUserId ? { id: v.ownerUserId, name: names.get(v.ownerUserId) ?? 'Former member' } : null,
    status: v.status,
    contractStart: v.contractStart,
    contractEnd: v.contractEnd,
    dpaSignedOn: v.dpaSignedOn,
    parent: v.parentId ? { id: v.parentId, name: vendorNames.get(v.parentId) ?? 'Unknown vendor' } : null,
    subserviceMethod: v.subserviceMethod,
    csocs: v.csocs,
    cuecs: v.cuecs,
    nextReviewDue:
      v.status === 'terminated'
        ? null
        : (openDue ?? nextReviewDue(tierOf(v), lastCompleted, today, DEFAULT_REVIEW_MONTHS)),
  };
}

function presentReview(r: ReviewRow, names: Map<string, string>, today: string): VendorReview {
  return {
    id: r.id,
    dueDate: r.dueDate,
    reviewer: r.reviewerUserId
      ? { id: r.reviewerUserId, name: names.get(r.reviewerUserId) ?? 'Former member' }
      : null,
    status: r.status,
    conclusion: r.conclusion,
    residualRisk: r.residualRisk,
    notes: r.notes,
    completedOn: r.completedOn,
    overdue: r.status === 'open' && r.dueDate < today,
  };
}

function presentReport(
  r: ReportRow,
  window: { start: string; end: string } | null,
  today: string,
): VendorReport {
  const c = reportCoverage({ start: r.periodStart, end: r.periodEnd }, window, today);
  return {
    id: r.id,
    kind: r.kind,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    issuedOn: r.issuedOn,
    auditor: r.auditor,
    opinion: r.opinion,
    exceptions: r.exceptions,
    assessment: r.assessment,
    coversWindow: c.coversWindow,
    bridgeLetterNeeded: c.bridgeLetterNeeded,
    evidenceId: r.evidenceId,
    fileName: r.fileName,
  };
}

/** Every vendor of the organization, by name. */
export async function listVendors(db: Db, orgId: string, today: string): Promise<Vendor[]> {
  const rows = await db.select().from(vendors).where(eq(vendors.orgId, orgId)).orderBy(asc(vendors.name));
  const reviews = await db.select().from(vendorReviews).where(eq(vendorReviews.orgId, orgId));
  const names = await namesOf(
    db,
    rows.map((r) => r.ownerUserId),
  );
  const vendorNames = new Map(rows.map((r) => [r.id, r.name]));
  return rows.map((v) => {
    const mine = reviews.filter((r) => r.vendorId === v.id);
    const last =
      mine
        .map((r) => r.completedOn)
        .filter((d): d is string => !!d)
        .sort()
        .at(-1) ?? null;
    const open =
      mine
        .filter((r) => r.status === 'open')
        .map((r) => r.dueDate)
        .sort()[0] ?? null;
    return presentVendor(v, names, vendorNames, last, open, today);
  });
}

/** One vendor with its reviews (newest due first), reports and fourth parties. */
export async function getVendor(
  db: Db,
  orgId: string,
  vendorId: string,
  today: string,
): Promise<VendorDetail> {
  const v = await vendorRow(db, orgId, vendorId);
  const reviews = await db
    .select()
    .from(vendorReviews)
    .where(eq(vendorReviews.vendorId, v.id))
    .orderBy(desc(vendorReviews.dueDate), desc(vendorReviews.createdAt));
  const reports = await db
    .select()
    .from(vendorReports)
    .where(eq(vendorReports.vendorId, v.id))
    .orderBy(desc(vendorReports.periodEnd));
  const related = await db
    .select({ id: vendors.id, name: vendors.name, parentId: vendors.parentId })
    .from(vendors)
    .where(eq(vendors.orgId, orgId));
  const vendorNames = new Map(related.map((r) => [r.id, r.name]));
  const names = await namesOf(db, [v.ownerUserId, ...reviews.map((r) => r.reviewerUserId)]);
  const window = await engagementWindow(db, orgId);
  const last =
    reviews
      .map((r) => r.completedOn)
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? null;
  const open =
    reviews
      .filter((r) => r.status === 'open')
      .map((r) => r.dueDate)
      .sort()[0] ?? null;
  return {
    ...presentVendor(v, names, vendorNames, last, open, today),
    reviews: reviews.map((r) => presentReview(r, names, today)),
    reports: reports.map((r) => presentReport(r, window, today)),
    children: related.filter((r) => r.parentId === v.id).map((r) => ({ id: r.id, name: r.name })),
  };
}

/** The subservice organizations (method and CSOCs) and the sub-processors, for the system description. */
export async function subserviceOrganizations(db: Db, orgId: string) {
  const rows = await db.select().from(vendors).where(eq(vendors.orgId, orgId)).orderBy(asc(vendors.name));
  const live = rows.filter((v) => v.status !== 'terminated');
  return {
    subserviceOrganizations: live
      .filter((v) => v.partOfSystem && v.subserviceMethod)
      .map((v) => ({
        id: v.id,
        name: v.name,
        services: v.services,
        method: v.subserviceMethod!,
        csocs: v.csocs,
        cuecs: v.cuecs,
      })),
    subProcessors: live
      .filter((v) => v.subProcessor)
      .map((v) => ({ id: v.id, name: v.name, services: v.services })),
  };
}
