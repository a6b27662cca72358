/**
 * Vendors: the register with its tier questionnaire, the periodic reviews, the vendors' assurance
 * reports (the file kept as evidence) and, for vendors that are part of our system, the subservice
 * method with the CSOCs we rely on and the CUECs they expect of us.
 */
import {
  SubserviceMethodSchema,
  VendorDataAccessSchema,
  VendorImpactSchema,
  VendorReportKindSchema,
  VendorReportOpinionSchema,
  VendorResidualRiskSchema,
  VendorReviewConclusionSchema,
  VendorReviewStatusSchema,
  VendorStatusSchema,
  VendorTierSchema,
} from '@vigil/core';
import { boolean, date, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, users, valuesOf } from './schema.ts';
import { evidence } from './schema-monitoring.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const orgRef = () =>
  uuid('org_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });

export const vendorDataAccessEnum = pgEnum('vendor_data_access', valuesOf(VendorDataAccessSchema));
export const vendorImpactEnum = pgEnum('vendor_impact', valuesOf(VendorImpactSchema));
export const vendorTierEnum = pgEnum('vendor_tier', valuesOf(VendorTierSchema));
export const vendorStatusEnum = pgEnum('vendor_status', valuesOf(VendorStatusSchema));
export const vendorReviewConclusionEnum = pgEnum(
  'vendor_review_conclusion',
  valuesOf(VendorReviewConclusionSchema),
);
export const vendorReviewStatusEnum = pgEnum('vendor_review_status', valuesOf(VendorReviewStatusSchema));
export const vendorResidualRiskEnum = pgEnum('vendor_residual_risk', valuesOf(VendorResidualRiskSchema));
export const vendorReportKindEnum = pgEnum('vendor_report_kind', valuesOf(VendorReportKindSchema));
export const vendorReportOpinionEnum = pgEnum('vendor_report_opinion', valuesOf(VendorReportOpinionSchema));
export const subserviceMethodEnum = pgEnum('subservice_method', valuesOf(SubserviceMethodSchema));

/** One control statement of a vendor's report (a CSOC or a CUEC) and the controls of ours it maps to. */
export interface VendorControlStatement {
  text: string;
  controlIds: string[];
}

/** A vendor: what it does for us, its questionnaire and tier, dates, and its subservice role. */
export const vendors = pgTable(
  'vendors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    name: text('name').notNull(),
    services: text('services').notNull().default(''),
    dataAccess: vendorDataAccessEnum('data_access').notNull(),
    businessImpact: vendorImpactEnum('business_impact').notNull(),
    partOfSystem: boolean('part_of_system').notNull().default(false),
    subProcessor: boolean('sub_processor').notNull().default(false),
    /** The tier the questionnaire gives; the effective tier is the override when there is one. */
    computedTier: vendorTierEnum('computed_tier').notNull(),
    tierOverride: vendorTierEnum('tier_override'),
    tierOverrideReason: text('tier_override_reason'),
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    status: vendorStatusEnum('status').notNull().default('prospective'),
    contractStart: date('contract_start', { mode: 'string' }),
    contractEnd: date('contract_end', { mode: 'string' }),
    dpaSignedOn: date('dpa_signed_on', { mode: 'string' }),
    parentId: uuid('parent_id'),
    subserviceMethod: subserviceMethodEnum('subservice_method'),
    csocs: jsonb('csocs').$type<VendorControlStatement[]>().notNull().default([]),
    cuecs: jsonb('cuecs').$type<VendorControlStatement[]>().notNull().default([]),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('vendors_org_idx').on(t.orgId, t.name)],
);

/** A review of a vendor; read-only once completed. */
export const vendorReviews = pgTable(
  'vendor_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    vendorId: uuid('vendor_id')
      .notNull()
      .references(() => vendors.id, { onDelete: 'cascade' }),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    reviewerUserId: uuid('reviewer_user_id').references(() => users.id, { onDelete: 'set null' }),
    status: vendorReviewStatusEnum('status').notNull().default('open'),
    conclusion: vendorReviewConclusionEnum('conclusion'),
    residualRisk: vendorResidualRiskEnum('residual_risk'),
    notes: text('notes').notNull().default(''),
    completedOn: date('completed_on', { mode: 'string' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('vendor_reviews_vendor_idx').on(t.vendorId),
    index('vendor_reviews_org_idx').on(t.orgId, t.status),
  ],
);

/** A vendor's assurance report (SOC 2, SOC 1, ISO certificate, pen test summary), the file as evidence. */
export const vendorReports = pgTable(
  'vendor_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgRef(),
    vendorId: uuid('vendor_id')
      .notNull()
      .references(() => vendors.id, { onDelete: 'cascade' }),
    kind: vendorReportKindEnum('kind').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    issuedOn: date('issued_on', { mode: 'string' }),
    auditor: text('auditor').notNull().default(''),
    opinion: vendorReportOpinionEnum('opinion').notNull(),
    exceptions: text('exceptions').notNull().default(''),
    assessment: text('assessment').notNull().default(''),
    evidenceId: uuid('evidence_id').references(() => evidence.id, { onDelete: 'set null' }),
    fileName: text('file_name'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('vendor_reports_vendor_idx').on(t.vendorId)],
);
