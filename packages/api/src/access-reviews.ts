/** The access reviews API: campaigns, their frozen accounts, decisions, remediation and the auditor's report. */
import {
  AccessDecisionSchema,
  AccessReviewFlagSchema,
  CampaignStatusSchema,
  RecurrenceSchema,
  RemediationStateSchema,
  ReviewerModeSchema,
} from '@vigil/core/access-reviews';
import { z } from 'zod';
import { IsoDateSchema, NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

/** A system that can be reviewed: a connector producing accounts, with what its last collection says. */
export const ReviewSourceSchema = z.object({
  connectorId: z.string(),
  name: z.string(),
  /** Present accounts it last collected. */
  accounts: z.number().int(),
  lastSuccessAt: z.string().nullable(),
  /** Why a campaign cannot start from it now, in words; null when it can. */
  problem: z.string().nullable(),
});
export type ReviewSource = z.infer<typeof ReviewSourceSchema>;

/** A user list uploaded as CSV, ready to be reviewed. */
export const ReviewUploadSchema = z.object({
  id: z.string(),
  systemName: z.string(),
  fileName: z.string(),
  accounts: z.number().int(),
  createdAt: z.string(),
});
export type ReviewUpload = z.infer<typeof ReviewUploadSchema>;

export const ReviewSystemSchema = z.object({
  key: z.string(),
  name: z.string(),
  ownerUserId: z.string(),
  ownerName: z.string().nullable(),
  fromUpload: z.boolean(),
});

export const CampaignSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: CampaignStatusSchema,
  reviewerMode: ReviewerModeSchema,
  systems: z.array(ReviewSystemSchema),
  dueDate: IsoDateSchema,
  recurrence: RecurrenceSchema,
  remediationDays: z.number().int(),
  snapshotHash: z.string().nullable(),
  accounts: z.number().int(),
  decided: z.number().int(),
  flagged: z.number().int(),
  /** Revoke and modify decisions, and how many of them a sweep has verified. */
  remediations: z.number().int(),
  verified: z.number().int(),
  overdueRemediations: z.number().int(),
  startedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** Evidence items of the report kept at close. */
  reportCsvEvidenceId: z.string().nullable(),
  reportPdfEvidenceId: z.string().nullable(),
  /** True when the caller may decide accounts in it (assigned ones, or any as a manager of reviews). */
  canDecide: z.boolean(),
  canManage: z.boolean(),
});
export type Campaign = z.infer<typeof CampaignSchema>;

export const ReviewAccountRowSchema = z.object({
  id: z.string(),
  system: z.string(),
  account: z.string(),
  displayName: z.string().nullable(),
  roles: z.array(z.string()),
  privileged: z.boolean(),
  mfa: z.boolean().nullable(),
  lastLoginAt: z.string().nullable(),
  neverLoggedIn: z.boolean(),
  enabled: z.boolean().nullable(),
  personName: z.string().nullable(),
  flags: z.array(AccessReviewFlagSchema),
  reviewerName: z.string().nullable(),
  /** True when the caller may decide this account now. */
  mine: z.boolean(),
  /** True when it is the caller's own account: someone else decides it. */
  own: z.boolean(),
  decision: AccessDecisionSchema.nullable(),
  reason: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  remediation: z
    .object({
      state: RemediationStateSchema,
      dueDate: IsoDateSchema,
      verifiedAt: z.string().nullable(),
      /** "3 days 4 hours" from the decision to the sweep that showed it done. */
      lag: z.string().nullable(),
      lagSeconds: z.number().nullable(),
      note: z.string().nullable(),
    })
    .nullable(),
});
export type ReviewAccountRow = z.infer<typeof ReviewAccountRowSchema>;

const CampaignSystemInput = z.union([
  z.strictObject({ connectorId: z.string().uuid(), ownerUserId: z.string().uuid() }),
  z.strictObject({ uploadId: z.string().uuid(), ownerUserId: z.string().uuid() }),
]);

export const CampaignCreateSchema = z.strictObject({
  name: z.string().trim().min(1, 'cannot be empty').max(200),
  systems: z.array(CampaignSystemInput).min(1, 'pick at least one system').max(50),
  reviewerMode: ReviewerModeSchema.default('system_owner'),
  dueDate: IsoDateSchema,
  recurrence: RecurrenceSchema.default('quarterly'),
  remediationDays: z.number().int().min(1).max(365).default(14),
  /** False schedules it without a snapshot; it is started later. */
  start: z.boolean().default(true),
});
export type CampaignCreate = z.input<typeof CampaignCreateSchema>;
export type CampaignCreateRequest = z.output<typeof CampaignCreateSchema>;

export const DecisionSchema = z.strictObject({
  decision: AccessDecisionSchema,
  reason: z.string().trim().max(2000).nullable().default(null),
});
export type DecisionRequest = z.input<typeof DecisionSchema>;

export const BulkKeepSchema = z.strictObject({
  /** Must be true: the reviewer confirms they looked at every unflagged account they keep. */
  confirm: z.literal(true, { message: 'confirm that every unflagged account keeps its access' }),
});

const CampaignParams = z.strictObject({ campaignId: z.string().uuid() });
const AccountParams = z.strictObject({ campaignId: z.string().uuid(), accountId: z.string().uuid() });
const tag = 'access-reviews';
const read = { permission: 'access_reviews.read' } as const;
const manage = { permission: 'access_reviews.manage' } as const;
/** Reviewers may be employees: what they read and decide is filtered to their assignments by the server. */
const reviewer = { permission: 'own_tasks.complete' } as const;
const reviewerRead = { permission: 'own_tasks.read' } as const;

/** Every endpoint of access reviews. */
export const accessReviewRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/access-reviews',
    access: read,
    tag,
    summary: 'Every campaign, newest first',
    responses: { 200: z.object({ items: z.array(CampaignSchema) }) },
  }),
  sources: defineRoute({
    method: 'GET',
    path: '/api/access-reviews/sources',
    access: read,
    tag,
    summary: 'Systems that can be reviewed: connectors with accounts, and uploaded user lists',
    responses: {
      200: z.object({ connectors: z.array(ReviewSourceSchema), uploads: z.array(ReviewUploadSchema) }),
    },
  }),
  upload: defineRoute({
    method: 'POST',
    path: '/api/access-reviews/uploads',
    access: manage,
    tag,
    summary: "Upload another system's user list as CSV (fields: systemName, then file)",
    upload: true,
    responses: { 201: ReviewUploadSchema },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/access-reviews',
    access: manage,
    tag,
    summary: 'Create a campaign, and start it unless asked to schedule it',
    body: CampaignCreateSchema,
    responses: { 201: CampaignSchema },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/access-reviews/:campaignId',
    access: reviewerRead,
    tag,
    summary: 'One campaign with its progress',
    params: CampaignParams,
    responses: { 200: CampaignSchema },
  }),
  accounts: defineRoute({
    method: 'GET',
    path: '/api/access-reviews/:campaignId/accounts',
    access: reviewerRead,
    tag,
    summary: "The campaign's accounts (a reviewer without access_reviews.read sees their assignments)",
    params: CampaignParams,
    responses: { 200: z.object({ items: z.array(ReviewAccountRowSchema) }) },
  }),
  start: defineRoute({
    method: 'POST',
    path: '/api/access-reviews/:campaignId/start',
    access: manage,
    tag,
    summary: 'Start a scheduled campaign: freeze the snapshot',
    params: CampaignParams,
    body: NoBodySchema,
    responses: { 200: CampaignSchema },
  }),
  decide: defineRoute({
    method: 'POST',
    path: '/api/access-reviews/:campaignId/accounts/:accountId/decision',
    access: reviewer,
    tag,
    summary: 'Keep, revoke or modify one account (the assigned reviewer or a manager of reviews)',
    params: AccountParams,
    body: DecisionSchema,
    responses: { 200: ReviewAccountRowSchema },
  }),
  bulkKeep: defineRoute({
    method: 'POST',
    path: '/api/access-reviews/:campaignId/bulk-keep',
    access: reviewer,
    tag,
    summary: 'Keep every undecided unflagged account the caller may decide',
    params: CampaignParams,
    body: BulkKeepSchema,
    responses: { 200: z.object({ kept: z.number().int() }) },
  }),
  close: defineRoute({
    method: 'POST',
    path: '/api/access-reviews/:campaignId/close',
    access: manage,
    tag,
    summary: 'Close a campaign whose accounts are all decided; keeps the report as evidence',
    params: CampaignParams,
    body: NoBodySchema,
    responses: { 200: CampaignSchema },
  }),
  reportCsv: defineRoute({
    method: 'GET',
    path: '/api/access-reviews/:campaignId/report.csv',
    access: read,
    tag,
    summary: 'The report for the auditor as CSV',
    params: CampaignParams,
    file: 'text/csv',
    responses: { 200: null },
  }),
  reportPdf: defineRoute({
    method: 'GET',
    path: '/api/access-reviews/:campaignId/report.pdf',
    access: read,
    tag,
    summary: 'The report for the auditor as PDF',
    params: CampaignParams,
    file: 'application/pdf',
    responses: { 200: null },
  }),
} as const;
