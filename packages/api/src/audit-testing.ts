/**
 * Testing inside an engagement (issue 14): per control the attributes the auditor tests, the
 * procedure and the conclusion; the exceptions register with management's responses and
 * remediation; CSV and spreadsheet exports of the register.
 */
import {
  ControlTestConclusionSchema,
  ExceptionConclusionSchema,
  RemediationStatusSchema,
} from '@vigil/core/audit-testing';
import { z } from 'zod';
import { IsoDateSchema, itemsOf } from './common.ts';
import { defineRoute } from './route.ts';

const tag = 'audit-testing';
const read = { permission: 'audit_work.read' } as const;
const test = { permission: 'audit_work.test' } as const;
const respond = { permission: 'audit_work.respond' } as const;

const text = (max: number) => z.string().trim().max(max);

/** The auditor's test of a control: attributes in order, procedure and conclusion. */
export const ControlTestInputSchema = z.strictObject({
  attributes: z.array(text(500)).max(50).default([]),
  procedure: text(20000).default(''),
  conclusion: ControlTestConclusionSchema,
});

/** An exception the auditor records, optionally about one sample item. */
export const AuditExceptionCreateSchema = z.strictObject({
  controlId: z.string().uuid(),
  criterionId: text(20).min(1, 'choose the criterion the exception is about'),
  sampleId: z.string().uuid().nullable().default(null),
  itemKey: text(500).nullable().default(null),
  sampleLabel: text(500).default(''),
  description: text(2000).min(1, 'describe the exception'),
  cause: text(5000).default(''),
  conclusion: ExceptionConclusionSchema.default('deviation'),
});

/** The auditor's change to an exception's wording or conclusion. */
export const AuditExceptionUpdateSchema = z.strictObject({
  description: text(2000).min(1, 'describe the exception').optional(),
  cause: text(5000).optional(),
  conclusion: ExceptionConclusionSchema.optional(),
});

/** The company's side: management's response and the remediation. */
export const ManagementResponseSchema = z.strictObject({
  managementResponse: text(10000).optional(),
  remediationOwnerId: z.string().uuid().nullable().optional(),
  remediationDate: IsoDateSchema.nullable().optional(),
  remediationStatus: RemediationStatusSchema.optional(),
});

export const AuditExceptionSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  controlId: z.string(),
  controlCode: z.string(),
  controlTitle: z.string(),
  criterionId: z.string(),
  sampleId: z.string().nullable(),
  itemKey: z.string().nullable(),
  sampleLabel: z.string(),
  description: z.string(),
  cause: z.string(),
  conclusion: ExceptionConclusionSchema,
  managementResponse: z.string(),
  respondedByName: z.string().nullable(),
  respondedAt: z.string().nullable(),
  remediationOwnerId: z.string().nullable(),
  remediationOwnerName: z.string().nullable(),
  remediationDate: z.string().nullable(),
  remediationStatus: RemediationStatusSchema,
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type AuditException = z.infer<typeof AuditExceptionSchema>;

export const ControlTestSchema = z.object({
  controlId: z.string(),
  controlCode: z.string(),
  controlTitle: z.string(),
  /** The control's criteria within the engagement's categories, in the criteria's order. */
  criteria: z.array(z.string()),
  attributes: z.array(z.string()),
  procedure: z.string(),
  conclusion: ControlTestConclusionSchema,
  testedByName: z.string().nullable(),
  testedAt: z.string().nullable(),
  exceptions: z.array(AuditExceptionSchema),
});
export type ControlTest = z.infer<typeof ControlTestSchema>;

export const EngagementTestingSchema = z.object({
  engagementId: z.string(),
  engagementName: z.string(),
  controls: z.array(ControlTestSchema),
});
export type EngagementTesting = z.infer<typeof EngagementTestingSchema>;

export const ExceptionsQuerySchema = z.object({
  status: z.enum(['all', 'open', 'remediated']).default('all'),
  controlId: z.string().uuid().optional(),
});

const EngagementParams = z.strictObject({ engagementId: z.string().uuid() });
const ControlParams = z.strictObject({ engagementId: z.string().uuid(), controlId: z.string().uuid() });
const ExceptionParams = z.strictObject({
  engagementId: z.string().uuid(),
  auditExceptionId: z.string().uuid(),
});
const base = '/api/engagements/:engagementId';

export const auditTestingRoutes = {
  get: defineRoute({
    method: 'GET',
    path: `${base}/testing`,
    access: read,
    tag,
    summary: 'Each control in the engagement with its test and exceptions',
    params: EngagementParams,
    responses: { 200: EngagementTestingSchema },
  }),
  recordTest: defineRoute({
    method: 'PUT',
    path: `${base}/testing/:controlId`,
    access: test,
    tag,
    summary: "Record a control's tested attributes, procedure and conclusion",
    params: ControlParams,
    body: ControlTestInputSchema,
    responses: { 200: ControlTestSchema },
  }),
  exceptions: defineRoute({
    method: 'GET',
    path: `${base}/exceptions`,
    access: read,
    tag,
    summary: 'The exceptions register, optionally only open or remediated ones, or one control',
    params: EngagementParams,
    query: ExceptionsQuerySchema,
    responses: { 200: itemsOf(AuditExceptionSchema) },
  }),
  recordException: defineRoute({
    method: 'POST',
    path: `${base}/exceptions`,
    access: test,
    tag,
    summary: 'Record an exception found while testing a control',
    params: EngagementParams,
    body: AuditExceptionCreateSchema,
    responses: { 201: AuditExceptionSchema },
  }),
  exceptionsCsv: defineRoute({
    method: 'GET',
    path: `${base}/exceptions.csv`,
    access: read,
    tag,
    summary: 'The exceptions register as CSV',
    params: EngagementParams,
    file: 'text/csv',
    responses: { 200: null },
  }),
  exceptionsXlsx: defineRoute({
    method: 'GET',
    path: `${base}/exceptions.xlsx`,
    access: read,
    tag,
    summary: 'The exceptions register as a spreadsheet',
    params: EngagementParams,
    file: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    responses: { 200: null },
  }),
  updateException: defineRoute({
    method: 'PATCH',
    path: `${base}/exceptions/:auditExceptionId`,
    access: test,
    tag,
    summary: "Change an exception's description, cause or conclusion",
    params: ExceptionParams,
    body: AuditExceptionUpdateSchema,
    responses: { 200: AuditExceptionSchema },
  }),
  respond: defineRoute({
    method: 'PUT',
    path: `${base}/exceptions/:auditExceptionId/response`,
    access: respond,
    tag,
    summary: "Write management's response and the exception's remediation",
    params: ExceptionParams,
    body: ManagementResponseSchema,
    responses: { 200: AuditExceptionSchema },
  }),
};
