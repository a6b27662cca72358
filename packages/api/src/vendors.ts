/**
 * The vendor register: vendors with their tier, reviews (read-only once completed), assurance
 * reports kept as evidence, and the subservice organizations that feed the system description.
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
} from '@vigil/core/vendors';
import { z } from 'zod';
import { IsoDateSchema, itemsOf } from './common.ts';
import { defineRoute } from './route.ts';

const tag = 'vendors';
const Text = (max: number) => z.string().trim().max(max, `must be ${max} characters or fewer`);
const Ref = z.object({ id: z.string(), name: z.string() });

/** A CSOC or CUEC and the controls of ours it maps to. */
export const VendorControlStatementSchema = z.strictObject({
  text: Text(1000).min(1, 'must not be empty'),
  controlIds: z.array(z.string().uuid()).max(50).default([]),
});

export const VendorReviewSchema = z.object({
  id: z.string(),
  dueDate: IsoDateSchema,
  reviewer: Ref.nullable(),
  status: VendorReviewStatusSchema,
  conclusion: VendorReviewConclusionSchema.nullable(),
  residualRisk: VendorResidualRiskSchema.nullable(),
  notes: z.string(),
  completedOn: IsoDateSchema.nullable(),
  overdue: z.boolean(),
});
export type VendorReview = z.infer<typeof VendorReviewSchema>;

export const VendorReportSchema = z.object({
  id: z.string(),
  kind: VendorReportKindSchema,
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  issuedOn: IsoDateSchema.nullable(),
  auditor: z.string(),
  opinion: VendorReportOpinionSchema,
  exceptions: z.string(),
  assessment: z.string(),
  /** Null when there is no engagement window to compare with. */
  coversWindow: z.boolean().nullable(),
  bridgeLetterNeeded: z.boolean(),
  evidenceId: z.string().nullable(),
  fileName: z.string().nullable(),
});
export type VendorReport = z.infer<typeof VendorReportSchema>;

export const VendorSchema = z.object({
  id: z.string(),
  name: z.string(),
  services: z.string(),
  dataAccess: VendorDataAccessSchema,
  businessImpact: VendorImpactSchema,
  partOfSystem: z.boolean(),
  subProcessor: z.boolean(),
  computedTier: VendorTierSchema,
  tierOverride: VendorTierSchema.nullable(),
  tierOverrideReason: z.string().nullable(),
  /** The tier in force: the override when there is one. */
  tier: VendorTierSchema,
  owner: Ref.nullable(),
  status: VendorStatusSchema,
  contractStart: IsoDateSchema.nullable(),
  contractEnd: IsoDateSchema.nullable(),
  dpaSignedOn: IsoDateSchema.nullable(),
  parent: Ref.nullable(),
  subserviceMethod: SubserviceMethodSchema.nullable(),
  csocs: z.array(z.object({ text: z.string(), controlIds: z.array(z.string()) })),
  cuecs: z.array(z.object({ text: z.string(), controlIds: z.array(z.string()) })),
  nextReviewDue: IsoDateSchema.nullable(),
});
export type Vendor = z.infer<typeof VendorSchema>;

export const VendorDetailSchema = VendorSchema.extend({
  reviews: z.array(VendorReviewSchema),
  reports: z.array(VendorReportSchema),
  /** Vendors whose parent this one is (its fourth parties). */
  children: z.array(Ref),
});
export type VendorDetail = z.infer<typeof VendorDetailSchema>;

export const VendorInputSchema = z.strictObject({
  name: Text(200).min(1, 'must not be empty'),
  services: Text(2000).default(''),
  dataAccess: VendorDataAccessSchema,
  businessImpact: VendorImpactSchema,
  partOfSystem: z.boolean().default(false),
  subProcessor: z.boolean().default(false),
  tierOverride: VendorTierSchema.nullable().default(null),
  tierOverrideReason: Text(2000).nullable().default(null),
  ownerUserId: z.string().uuid().nullable().default(null),
  status: VendorStatusSchema.default('prospective'),
  contractStart: IsoDateSchema.nullable().default(null),
  contractEnd: IsoDateSchema.nullable().default(null),
  dpaSignedOn: IsoDateSchema.nullable().default(null),
  parentId: z.string().uuid().nullable().default(null),
});
export type VendorInput = z.input<typeof VendorInputSchema>;

export const VendorSubserviceSchema = z.strictObject({
  subserviceMethod: SubserviceMethodSchema.nullable(),
  csocs: z.array(VendorControlStatementSchema).max(100).default([]),
  cuecs: z.array(VendorControlStatementSchema).max(100).default([]),
});
export type VendorSubservice = z.input<typeof VendorSubserviceSchema>;

export const VendorReviewInputSchema = z.strictObject({
  dueDate: IsoDateSchema.nullable().default(null),
  reviewerUserId: z.string().uuid().nullable().default(null),
});

/** Changes an open review; `complete` closes it for good with its conclusion and residual risk. */
export const VendorReviewUpdateSchema = z.strictObject({
  dueDate: IsoDateSchema.optional(),
  reviewerUserId: z.string().uuid().nullable().optional(),
  notes: Text(5000).optional(),
  conclusion: VendorReviewConclusionSchema.nullable().optional(),
  residualRisk: VendorResidualRiskSchema.nullable().optional(),
  complete: z.boolean().default(false),
});
export type VendorReviewUpdate = z.input<typeof VendorReviewUpdateSchema>;

/** The text fields sent with a report's file (multipart/form-data). */
export const VendorReportFieldsSchema = z.strictObject({
  kind: VendorReportKindSchema,
  periodStart: IsoDateSchema,
  periodEnd: IsoDateSchema,
  issuedOn: IsoDateSchema.optional(),
  auditor: Text(200).default(''),
  opinion: VendorReportOpinionSchema,
  exceptions: Text(5000).default(''),
  assessment: Text(5000).default(''),
});

const VendorParams = z.strictObject({ vendorId: z.string().uuid() });
const ReviewParams = z.strictObject({ vendorId: z.string().uuid(), reviewId: z.string().uuid() });

/** Every endpoint of the vendor register. */
export const vendorRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/vendors',
    access: { permission: 'vendors.read' },
    tag,
    summary: 'Every vendor with its tier and next review',
    responses: { 200: itemsOf(VendorSchema) },
  }),
  csv: defineRoute({
    method: 'GET',
    path: '/api/vendors/export.csv',
    access: { permission: 'vendors.read' },
    tag,
    summary: 'The vendor register as CSV',
    file: 'text/csv',
    responses: { 200: null },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/vendors/:vendorId',
    access: { permission: 'vendors.read' },
    tag,
    summary: 'One vendor with its reviews, reports and fourth parties',
    params: VendorParams,
    responses: { 200: VendorDetailSchema },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/vendors',
    access: { permission: 'vendors.manage' },
    tag,
    summary: 'Add a vendor; its tier comes from the questionnaire unless overridden with a reason',
    body: VendorInputSchema,
    responses: { 201: VendorDetailSchema },
  }),
  update: defineRoute({
    method: 'PUT',
    path: '/api/vendors/:vendorId',
    access: { permission: 'vendors.manage' },
    tag,
    summary: 'Change a vendor',
    params: VendorParams,
    body: VendorInputSchema,
    responses: { 200: VendorDetailSchema },
  }),
  setSubservice: defineRoute({
    method: 'PUT',
    path: '/api/vendors/:vendorId/subservice',
    access: { permission: 'vendors.manage' },
    tag,
    summary: 'Record the subservice method, the CSOCs we rely on and the CUECs mapped to our controls',
    params: VendorParams,
    body: VendorSubserviceSchema,
    responses: { 200: VendorDetailSchema },
  }),
  createReview: defineRoute({
    method: 'POST',
    path: '/api/vendors/:vendorId/reviews',
    access: { permission: 'vendors.manage' },
    tag,
    summary: 'Schedule a review; the due date defaults from the tier',
    params: VendorParams,
    body: VendorReviewInputSchema,
    responses: { 201: VendorDetailSchema },
  }),
  updateReview: defineRoute({
    method: 'PUT',
    path: '/api/vendors/:vendorId/reviews/:reviewId',
    access: { permission: 'vendors.manage' },
    tag,
    summary: 'Change or complete an open review; a completed review cannot change',
    params: ReviewParams,
    body: VendorReviewUpdateSchema,
    responses: { 200: VendorDetailSchema },
  }),
  uploadReport: defineRoute({
    method: 'POST',
    path: '/api/vendors/:vendorId/reports',
    access: { permission: 'vendors.manage' },
    tag,
    summary: "Add the vendor's assurance report (multipart/form-data: file and fields), kept as evidence",
    params: VendorParams,
    upload: true,
    responses: { 201: VendorDetailSchema },
  }),
};
