/**
 * The vulnerabilities API: the remediation SLA policy, the SLA report over scanner findings (as
 * monitoring stores them), risk-accepted exceptions, and penetration tests with their findings.
 */
import {
  FindingStandingSchema,
  PenTestRetestResultSchema,
  VulnSlaSeveritySchema,
} from '@vigil/core/vulnerabilities';
import { z } from 'zod';
import { IsoDateSchema, itemsOf, NoBodySchema, pageOf } from './common.ts';
import { defineRoute } from './route.ts';

const tag = 'vulnerabilities';
const read = { permission: 'vulnerabilities.read' } as const;
const manage = { permission: 'vulnerabilities.manage' } as const;
const approve = { permission: 'vulnerabilities.approve' } as const;

export const SlaDaysSchema = z.object({
  critical: z.number().int(),
  high: z.number().int(),
  medium: z.number().int(),
  low: z.number().int(),
});

export const SlaPolicyVersionSchema = SlaDaysSchema.extend({
  effectiveAt: z.string(),
  createdByName: z.string().nullable(),
});
export const SlaPolicySchema = z.object({
  current: SlaDaysSchema,
  /** Null while the organization runs on the defaults. */
  effectiveAt: z.string().nullable(),
  versions: z.array(SlaPolicyVersionSchema),
});
export type SlaPolicy = z.infer<typeof SlaPolicySchema>;

/** Days as numbers of any kind, so the rules can refuse a fraction or a negative naming the severity. */
export const SlaPolicyUpdateSchema = z.strictObject({
  critical: z.number(),
  high: z.number(),
  medium: z.number(),
  low: z.number(),
});
export type SlaPolicyUpdate = z.input<typeof SlaPolicyUpdateSchema>;

export const VulnReportQuerySchema = z.object({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});

/** The window, and which page of the open findings. */
export const VulnReportPageQuerySchema = VulnReportQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type VulnReportPageQuery = z.input<typeof VulnReportPageQuerySchema>;

export const SeverityCountsSchema = z.object({
  severity: VulnSlaSeveritySchema,
  open: z.number().int(),
  overdue: z.number().int(),
  accepted: z.number().int(),
  remediatedOnTime: z.number().int(),
  remediatedLate: z.number().int(),
});

export const VulnReportFindingSchema = z.object({
  resourceId: z.string(),
  name: z.string(),
  vulnerabilityId: z.string(),
  package: z.string(),
  target: z.string(),
  scanner: z.string(),
  severity: VulnSlaSeveritySchema,
  detectedAt: z.string(),
  dueAt: z.string(),
  remediatedAt: z.string().nullable(),
  standing: FindingStandingSchema,
  acceptedUntil: z.string().nullable(),
});
export type VulnReportFinding = z.infer<typeof VulnReportFindingSchema>;

export const VulnReportSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  severities: z.array(SeverityCountsSchema),
  /** One page of the findings still open at the end of the window (open, overdue or accepted), most overdue first, and their total. */
  open: pageOf(VulnReportFindingSchema),
});
export type VulnReport = z.infer<typeof VulnReportSchema>;

export const VulnExceptionSchema = z.object({
  id: z.string(),
  resourceId: z.string(),
  findingName: z.string(),
  requesterName: z.string().nullable(),
  approverName: z.string().nullable(),
  justification: z.string(),
  expiresAt: z.string(),
  approvedAt: z.string().nullable(),
  createdAt: z.string(),
  state: z.enum(['pending', 'active', 'expired']),
});
export type VulnException = z.infer<typeof VulnExceptionSchema>;

export const VulnExceptionCreateSchema = z.strictObject({
  resourceId: z.string().uuid(),
  justification: z.string().trim().min(1, 'cannot be empty').max(5000, 'must be 5000 characters or fewer'),
  expiresOn: IsoDateSchema,
});
export type VulnExceptionCreate = z.input<typeof VulnExceptionCreateSchema>;

export const PenTestSchema = z.object({
  id: z.string(),
  vendor: z.string(),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  scope: z.string(),
  /** The report in the evidence library, once uploaded. */
  reportEvidenceId: z.string().nullable(),
  findings: z.number().int(),
  openFindings: z.number().int(),
});
export type PenTest = z.infer<typeof PenTestSchema>;

export const PenTestCreateSchema = z.strictObject({
  vendor: z.string().trim().min(1, 'cannot be empty').max(200, 'must be 200 characters or fewer'),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  scope: z.string().trim().max(5000, 'must be 5000 characters or fewer').default(''),
});
export type PenTestCreate = z.input<typeof PenTestCreateSchema>;

export const PenTestFindingSchema = z.object({
  id: z.string(),
  identifier: z.string().nullable(),
  title: z.string(),
  severity: VulnSlaSeveritySchema,
  description: z.string(),
  vendorStatus: z.string().nullable(),
  detectedAt: z.string(),
  dueAt: z.string(),
  remediatedOn: IsoDateSchema.nullable(),
  retestOn: IsoDateSchema.nullable(),
  retestResult: PenTestRetestResultSchema.nullable(),
  standing: FindingStandingSchema,
});
export type PenTestFinding = z.infer<typeof PenTestFindingSchema>;

export const PenTestDetailSchema = PenTestSchema.extend({ items: z.array(PenTestFindingSchema) });
export type PenTestDetail = z.infer<typeof PenTestDetailSchema>;

export const PenTestFindingCreateSchema = z.strictObject({
  identifier: z.string().trim().max(200).nullable().default(null),
  title: z.string().trim().min(1, 'cannot be empty').max(500, 'must be 500 characters or fewer'),
  severity: VulnSlaSeveritySchema,
  description: z.string().trim().max(20000, 'must be 20000 characters or fewer').default(''),
});
export type PenTestFindingCreate = z.input<typeof PenTestFindingCreateSchema>;

export const PenTestFindingUpdateSchema = z.strictObject({
  remediatedOn: IsoDateSchema.nullable().optional(),
  retestOn: IsoDateSchema.nullable().optional(),
  retestResult: PenTestRetestResultSchema.nullable().optional(),
});
export type PenTestFindingUpdate = z.input<typeof PenTestFindingUpdateSchema>;

export const PenTestImportSchema = z.strictObject({
  fileName: z.string().trim().min(1, 'cannot be empty').max(200),
  content: z.string().max(5 * 1024 * 1024, 'must be 5 MiB or smaller'),
});
export type PenTestImport = z.input<typeof PenTestImportSchema>;

const PenTestParams = z.object({ penTestId: z.string().uuid() });
const FindingParams = z.object({ penTestId: z.string().uuid(), findingId: z.string().uuid() });
const ExceptionParams = z.object({ exceptionId: z.string().uuid() });

export const vulnerabilitiesRoutes = {
  slaPolicy: defineRoute({
    method: 'GET',
    path: '/api/vulnerabilities/sla-policy',
    access: read,
    tag,
    summary: 'The remediation SLA policy in force and its earlier versions',
    responses: { 200: SlaPolicySchema },
  }),
  updateSlaPolicy: defineRoute({
    method: 'PUT',
    path: '/api/vulnerabilities/sla-policy',
    access: manage,
    tag,
    summary: 'Set the days per severity; applies to findings detected from now on',
    body: SlaPolicyUpdateSchema,
    responses: { 200: SlaPolicySchema },
  }),
  report: defineRoute({
    method: 'GET',
    path: '/api/vulnerabilities/report',
    access: read,
    tag,
    summary:
      'Per severity: open, overdue, accepted, remediated on time and late in the window; the open findings paged',
    query: VulnReportPageQuerySchema,
    responses: { 200: VulnReportSchema },
  }),
  reportCsv: defineRoute({
    method: 'GET',
    path: '/api/vulnerabilities/report.csv',
    access: read,
    tag,
    summary: 'Every finding of the window with its due date and standing, as CSV',
    query: VulnReportQuerySchema,
    file: 'text/csv',
    responses: { 200: null },
  }),
  exceptions: defineRoute({
    method: 'GET',
    path: '/api/vulnerabilities/exceptions',
    access: read,
    tag,
    summary: 'Risk-accepted exceptions, pending, active and expired',
    responses: { 200: itemsOf(VulnExceptionSchema) },
  }),
  requestException: defineRoute({
    method: 'POST',
    path: '/api/vulnerabilities/exceptions',
    access: manage,
    tag,
    summary: 'Ask to accept the risk of a finding until a date',
    body: VulnExceptionCreateSchema,
    responses: { 201: VulnExceptionSchema },
  }),
  approveException: defineRoute({
    method: 'POST',
    path: '/api/vulnerabilities/exceptions/:exceptionId/approve',
    access: approve,
    tag,
    summary: 'Approve an exception someone else requested',
    params: ExceptionParams,
    body: NoBodySchema,
    responses: { 200: VulnExceptionSchema },
  }),
  penTests: defineRoute({
    method: 'GET',
    path: '/api/pen-tests',
    access: read,
    tag,
    summary: 'Penetration tests',
    responses: { 200: itemsOf(PenTestSchema) },
  }),
  createPenTest: defineRoute({
    method: 'POST',
    path: '/api/pen-tests',
    access: manage,
    tag,
    summary: 'Record a penetration test',
    body: PenTestCreateSchema,
    responses: { 201: PenTestSchema },
  }),
  uploadReport: defineRoute({
    method: 'POST',
    path: '/api/pen-tests/:penTestId/report',
    access: manage,
    tag,
    summary: "Store the vendor's report as evidence (multipart/form-data: file)",
    params: PenTestParams,
    upload: true,
    responses: { 200: PenTestSchema },
  }),
  penTest: defineRoute({
    method: 'GET',
    path: '/api/pen-tests/:penTestId',
    access: read,
    tag,
    summary: 'A penetration test with its findings',
    params: PenTestParams,
    responses: { 200: PenTestDetailSchema },
  }),
  addFinding: defineRoute({
    method: 'POST',
    path: '/api/pen-tests/:penTestId/findings',
    access: manage,
    tag,
    summary: 'Add a finding by hand',
    params: PenTestParams,
    body: PenTestFindingCreateSchema,
    responses: { 201: PenTestFindingSchema },
  }),
  importFindings: defineRoute({
    method: 'POST',
    path: '/api/pen-tests/:penTestId/findings/import',
    access: manage,
    tag,
    summary: 'Import findings from CSV (title, severity, description; optionally identifier, status)',
    params: PenTestParams,
    body: PenTestImportSchema,
    responses: { 200: z.object({ imported: z.number().int() }) },
  }),
  updateFinding: defineRoute({
    method: 'PATCH',
    path: '/api/pen-tests/:penTestId/findings/:findingId',
    access: manage,
    tag,
    summary: 'Record remediation and retest of a finding',
    params: FindingParams,
    body: PenTestFindingUpdateSchema,
    responses: { 200: PenTestFindingSchema },
  }),
  findingsCsv: defineRoute({
    method: 'GET',
    path: '/api/pen-tests/:penTestId/findings.csv',
    access: read,
    tag,
    summary: 'The findings of a penetration test as CSV',
    params: PenTestParams,
    file: 'text/csv',
    responses: { 200: null },
  }),
};
