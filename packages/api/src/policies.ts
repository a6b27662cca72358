/**
 * The policies API: policies and their versions through approval and publication, acceptance by
 * the people they are addressed to, and what an auditor asks for (live version on a date, the
 * acceptance matrix, each version as a PDF).
 */
import { PolicyAudienceSchema } from '@vigil/catalog';
import {
  AcceptanceRequestStateSchema,
  PolicyVersionStatusSchema,
  VersionBumpSchema,
} from '@vigil/core/policies';
import { z } from 'zod';
import { IsoDateSchema, NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

export type { PolicyAudience } from '@vigil/catalog';
export type { PolicyVersionStatus } from '@vigil/core/policies';
export { AcceptanceRequestStateSchema, PolicyAudienceSchema, PolicyVersionStatusSchema, VersionBumpSchema };

const UserRefSchema = z.object({ id: z.string(), name: z.string() });

/** One version of a policy, without its text. */
export const PolicyVersionSummarySchema = z.object({
  id: z.string(),
  /** "2.1". */
  label: z.string(),
  major: z.number(),
  minor: z.number(),
  status: PolicyVersionStatusSchema,
  changelog: z.string(),
  reviewOnly: z.boolean(),
  contentSha256: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  /** Who sent it for approval: they cannot approve it. */
  submittedById: z.string().nullable(),
  submittedByName: z.string().nullable(),
  submittedAt: z.string().nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  supersededAt: z.string().nullable(),
  rejectedByName: z.string().nullable(),
  rejectedAt: z.string().nullable(),
  rejectionReason: z.string().nullable(),
});
export type PolicyVersionSummary = z.infer<typeof PolicyVersionSummarySchema>;

/** One version with its Markdown text. */
export const PolicyVersionSchema = PolicyVersionSummarySchema.extend({
  policyId: z.string(),
  policyTitle: z.string(),
  content: z.string(),
});
export type PolicyVersion = z.infer<typeof PolicyVersionSchema>;

export const PolicySchema = z.object({
  id: z.string(),
  title: z.string(),
  templateId: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  audience: PolicyAudienceSchema,
  reviewCadenceMonths: z.number(),
  approvers: z.array(UserRefSchema),
  /** The version in force now, if any was published. */
  live: PolicyVersionSummarySchema.nullable(),
  /** The draft or the version waiting for approval, if one is in the works. */
  inProgress: PolicyVersionSummarySchema.nullable(),
  /** When the next review is due: the live version's publication plus the cadence. */
  reviewDue: IsoDateSchema.nullable(),
  /** People asked to accept the live major version, and how many did. */
  acceptance: z.object({ accepted: z.number(), asked: z.number() }),
  updatedAt: z.string(),
});
export type Policy = z.infer<typeof PolicySchema>;

export const PolicyDetailSchema = PolicySchema.extend({
  /** Every version, newest first. */
  versions: z.array(PolicyVersionSummarySchema),
});
export type PolicyDetail = z.infer<typeof PolicyDetailSchema>;

/** A template in the catalog, as the "new policy" form offers it. */
export const PolicyTemplateChoiceSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  audience: PolicyAudienceSchema,
  reviewCadenceMonths: z.number(),
  /** Placeholders the form must ask for beyond what Vigil knows (the security contact). */
  asks: z.array(z.string()),
});
export type PolicyTemplateChoice = z.infer<typeof PolicyTemplateChoiceSchema>;

const TitleSchema = z.string().trim().min(1, 'cannot be empty').max(300, 'must be 300 characters or fewer');
const ContentSchema = z.string().max(200_000, 'must be 200,000 characters or fewer');
const CadenceSchema = z
  .number()
  .int()
  .min(1, 'must be at least 1 month')
  .max(36, 'must be 36 months or fewer');
const ApproversSchema = z.array(z.string().uuid()).min(1, 'name at least one approver').max(20);

export const PolicyCreateSchema = z.strictObject({
  /** A catalog template to start from; leave out for a blank policy. */
  templateId: z.string().optional(),
  /** Required for a blank policy; a template's title otherwise. */
  title: TitleSchema.optional(),
  ownerId: z.string().uuid(),
  approverIds: ApproversSchema,
  audience: PolicyAudienceSchema.optional(),
  reviewCadenceMonths: CadenceSchema.optional(),
  /** Printed in the text as the day the policy takes effect. */
  effectiveDate: IsoDateSchema.optional(),
  /** Who people report security problems to, for templates that name one. */
  securityContact: z.string().trim().max(200).optional(),
  /** Where people send questions and requests about their personal data (the privacy notice). */
  privacyContact: z.string().trim().max(200).optional(),
});
export type PolicyCreate = z.input<typeof PolicyCreateSchema>;

export const PolicyUpdateSchema = z
  .strictObject({
    title: TitleSchema,
    ownerId: z.string().uuid(),
    approverIds: ApproversSchema,
    audience: PolicyAudienceSchema,
    reviewCadenceMonths: CadenceSchema,
  })
  .partial();
export type PolicyUpdate = z.infer<typeof PolicyUpdateSchema>;

export const PolicyVersionCreateSchema = z.strictObject({
  /** major: people accept it again; minor: open requests carry forward. */
  bump: VersionBumpSchema,
  changelog: z.string().trim().min(1, 'say what changes').max(5000),
  /** The new text; the last version's text when left out. */
  content: ContentSchema.optional(),
});
export type PolicyVersionCreate = z.infer<typeof PolicyVersionCreateSchema>;

export const PolicyVersionUpdateSchema = z
  .strictObject({ content: ContentSchema, changelog: z.string().trim().max(5000) })
  .partial();
export type PolicyVersionUpdate = z.infer<typeof PolicyVersionUpdateSchema>;

export const PolicyReviewSchema = z.strictObject({ note: z.string().trim().max(2000).optional() });
export const PolicyRejectSchema = z.strictObject({
  reason: z.string().trim().min(1, 'say why it is rejected').max(2000),
});

/** One piece of a line diff: text kept, added or removed. */
export const DiffPartSchema = z.object({
  kind: z.enum(['same', 'added', 'removed']),
  text: z.string(),
});
export const PolicyDiffSchema = z.object({
  from: PolicyVersionSummarySchema.nullable(),
  to: PolicyVersionSummarySchema,
  parts: z.array(DiffPartSchema),
});
export type PolicyDiff = z.infer<typeof PolicyDiffSchema>;

export const PolicyLiveSchema = z.object({
  on: IsoDateSchema,
  version: PolicyVersionSummarySchema.nullable(),
});

/** A state of one cell of the acceptance matrix. */
export const MatrixCellStateSchema = z.enum([
  'accepted',
  'late',
  'covered',
  'pending',
  'missing',
  'replaced',
  'not_asked',
]);
export const AcceptanceMatrixSchema = z.object({
  versions: z.array(
    z.object({
      id: z.string(),
      policyId: z.string(),
      policyTitle: z.string(),
      label: z.string(),
      publishedAt: z.string(),
    }),
  ),
  people: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      department: z.string().nullable(),
      /** One per version, in the order of `versions`. */
      cells: z.array(
        z.object({
          state: MatrixCellStateSchema,
          acceptedAt: z.string().nullable(),
          dueDate: IsoDateSchema.nullable(),
        }),
      ),
    }),
  ),
});
export type AcceptanceMatrix = z.infer<typeof AcceptanceMatrixSchema>;

/** A published version addressed to the signed-in person, and whether they accepted it. */
export const MyPolicySchema = z.object({
  versionId: z.string(),
  policyTitle: z.string(),
  label: z.string(),
  publishedAt: z.string(),
  dueDate: IsoDateSchema.nullable(),
  requestState: AcceptanceRequestStateSchema.nullable(),
  acceptedAt: z.string().nullable(),
});
export const MyPolicyVersionSchema = MyPolicySchema.extend({
  content: z.string(),
  contentSha256: z.string(),
  /** False when a newer version replaced it: it can be read but no longer accepted. */
  current: z.boolean(),
});
export type MyPolicy = z.infer<typeof MyPolicySchema>;
export type MyPolicyVersion = z.infer<typeof MyPolicyVersionSchema>;

const PolicyParams = z.strictObject({ policyId: z.string().uuid() });
const VersionParams = z.strictObject({ policyId: z.string().uuid(), versionId: z.string().uuid() });
const MyVersionParams = z.strictObject({ versionId: z.string().uuid() });
const MatrixQuery = z.strictObject({ policyId: z.string().uuid().optional() });
const tag = 'policies';
const read = { permission: 'policies.read' } as const;
const manage = { permission: 'policies.manage' } as const;
const approve = { permission: 'policies.approve' } as const;

/** Every endpoint of the policies domain. */
export const policyRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/policies',
    access: read,
    tag,
    summary: 'Every policy with its live version, owner and acceptance',
    responses: { 200: z.object({ items: z.array(PolicySchema) }) },
  }),
  templates: defineRoute({
    method: 'GET',
    path: '/api/policies/templates',
    access: read,
    tag,
    summary: 'The policy templates a new policy can start from',
    responses: { 200: z.object({ items: z.array(PolicyTemplateChoiceSchema) }) },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/policies',
    access: manage,
    tag,
    summary: 'Create a policy from a template or blank, with its first draft',
    body: PolicyCreateSchema,
    responses: { 201: PolicyDetailSchema },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/policies/:policyId',
    access: read,
    tag,
    summary: 'One policy with all its versions',
    params: PolicyParams,
    responses: { 200: PolicyDetailSchema },
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/policies/:policyId',
    access: manage,
    tag,
    summary: "Change a policy's title, owner, approvers, audience or review cadence",
    params: PolicyParams,
    body: PolicyUpdateSchema,
    responses: { 200: PolicyDetailSchema },
  }),
  newVersion: defineRoute({
    method: 'POST',
    path: '/api/policies/:policyId/versions',
    access: manage,
    tag,
    summary: 'Start a new draft version (major or minor) from the last text',
    params: PolicyParams,
    body: PolicyVersionCreateSchema,
    responses: { 201: PolicyVersionSchema },
  }),
  review: defineRoute({
    method: 'POST',
    path: '/api/policies/:policyId/review',
    access: manage,
    tag,
    summary: 'Record a review with no change: a minor version with the same text, sent for approval',
    params: PolicyParams,
    body: PolicyReviewSchema,
    responses: { 201: PolicyVersionSchema },
  }),
  live: defineRoute({
    method: 'GET',
    path: '/api/policies/:policyId/live',
    access: read,
    tag,
    summary: 'Which version was in force on a date (?on=YYYY-MM-DD, today when left out)',
    params: PolicyParams,
    query: z.strictObject({ on: IsoDateSchema.optional() }),
    responses: { 200: PolicyLiveSchema },
  }),
  version: defineRoute({
    method: 'GET',
    path: '/api/policies/:policyId/versions/:versionId',
    access: read,
    tag,
    summary: 'One version with its text',
    params: VersionParams,
    responses: { 200: PolicyVersionSchema },
  }),
  editVersion: defineRoute({
    method: 'PATCH',
    path: '/api/policies/:policyId/versions/:versionId',
    access: manage,
    tag,
    summary: "Change a draft's text or changelog (anything submitted or published is fixed)",
    params: VersionParams,
    body: PolicyVersionUpdateSchema,
    responses: { 200: PolicyVersionSchema },
  }),
  submit: defineRoute({
    method: 'POST',
    path: '/api/policies/:policyId/versions/:versionId/submit',
    access: manage,
    tag,
    summary: 'Send a draft for approval',
    params: VersionParams,
    body: NoBodySchema,
    responses: { 200: PolicyVersionSchema },
  }),
  approve: defineRoute({
    method: 'POST',
    path: '/api/policies/:policyId/versions/:versionId/approve',
    access: approve,
    tag,
    summary: 'Approve and publish a version (a named approver who did not submit it)',
    params: VersionParams,
    body: NoBodySchema,
    responses: { 200: PolicyVersionSchema },
  }),
  reject: defineRoute({
    method: 'POST',
    path: '/api/policies/:policyId/versions/:versionId/reject',
    access: approve,
    tag,
    summary: 'Reject a version waiting for approval, with the reason',
    params: VersionParams,
    body: PolicyRejectSchema,
    responses: { 200: PolicyVersionSchema },
  }),
  diff: defineRoute({
    method: 'GET',
    path: '/api/policies/:policyId/versions/:versionId/diff',
    access: read,
    tag,
    summary: 'Line changes from the previous version',
    params: VersionParams,
    responses: { 200: PolicyDiffSchema },
  }),
  pdf: defineRoute({
    method: 'GET',
    path: '/api/policies/:policyId/versions/:versionId/pdf',
    access: read,
    tag,
    summary: 'A published version as a PDF with its number, approver and approval date',
    params: VersionParams,
    file: 'application/pdf',
    responses: { 200: null },
  }),
  matrix: defineRoute({
    method: 'GET',
    path: '/api/policies/matrix',
    access: read,
    tag,
    summary: 'Acceptance matrix: people × published versions (one policy with ?policyId=)',
    query: MatrixQuery,
    responses: { 200: AcceptanceMatrixSchema },
  }),
  matrixCsv: defineRoute({
    method: 'GET',
    path: '/api/policies/matrix.csv',
    access: read,
    tag,
    summary: 'The acceptance matrix as CSV',
    query: MatrixQuery,
    file: 'text/csv',
    responses: { 200: null },
  }),
  matrixXlsx: defineRoute({
    method: 'GET',
    path: '/api/policies/matrix.xlsx',
    access: read,
    tag,
    summary: 'The acceptance matrix as an Excel workbook',
    query: MatrixQuery,
    file: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    responses: { 200: null },
  }),
  mine: defineRoute({
    method: 'GET',
    path: '/api/my/policies',
    access: { permission: 'own_tasks.read' },
    tag,
    summary: 'The published policies addressed to the signed-in person',
    responses: { 200: z.object({ items: z.array(MyPolicySchema) }) },
  }),
  myVersion: defineRoute({
    method: 'GET',
    path: '/api/my/policies/:versionId',
    access: { permission: 'own_tasks.read' },
    tag,
    summary: 'Read a published version addressed to you',
    params: MyVersionParams,
    responses: { 200: MyPolicyVersionSchema },
  }),
  accept: defineRoute({
    method: 'POST',
    path: '/api/my/policies/:versionId/accept',
    access: { permission: 'own_tasks.complete' },
    tag,
    summary: 'Accept the current published version addressed to you',
    params: MyVersionParams,
    body: NoBodySchema,
    responses: { 200: MyPolicyVersionSchema },
  }),
} as const;
