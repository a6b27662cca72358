/**
 * The audit requests API: the auditor's list of what the company must provide during an engagement
 * (imported from the auditor's spreadsheet or one per control in scope), the thread about each, the
 * evidence given, and the loop: the company submits, the auditor accepts or flags with a reason.
 */
import {
  AuditRequestSourceSchema,
  AuditRequestStatusSchema,
  REQUEST_LIST_FIELDS,
} from '@vigil/core/audit-requests';
import { z } from 'zod';
import { IsoDateSchema, itemsOf, NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

const tag = 'audit-requests';
const read = { permission: 'audit_work.read' } as const;
const respond = { permission: 'audit_work.respond' } as const;
const test = { permission: 'audit_work.test' } as const;
const comment = { permission: 'audit_work.comment' } as const;

const text = (max: number) => z.string().trim().max(max);

export const AuditRequestSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  description: z.string(),
  status: AuditRequestStatusSchema,
  source: AuditRequestSourceSchema,
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  controls: z.array(z.object({ id: z.string(), code: z.string(), title: z.string() })),
  criteria: z.array(z.string()),
  sampleId: z.string().nullable(),
  flagReason: z.string().nullable(),
  evidenceCount: z.number().int(),
  commentCount: z.number().int(),
  updatedAt: z.string(),
});
export type AuditRequestSummary = z.infer<typeof AuditRequestSummarySchema>;

export const AuditRequestSchema = AuditRequestSummarySchema.extend({
  comments: z.array(
    z.object({
      id: z.string(),
      authorName: z.string().nullable(),
      /** Whether the author is on the auditor's side. */
      fromAuditor: z.boolean(),
      body: z.string(),
      createdAt: z.string(),
    }),
  ),
  evidence: z.array(
    z.object({ id: z.string(), title: z.string(), fileName: z.string(), linkedAt: z.string() }),
  ),
  /** Each step of the request, from the audit trail, oldest first. */
  history: z.array(z.object({ at: z.string(), sentence: z.string() })),
});
export type AuditRequest = z.infer<typeof AuditRequestSchema>;

export const AuditRequestFiltersSchema = z.object({
  status: AuditRequestStatusSchema.optional(),
  assigneeId: z.string().uuid().optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

export const AuditRequestImportSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  /** The CSV text, or the workbook's bytes in base64 when `encoding` is base64 (.xlsx). */
  content: z
    .string()
    .max(8_000_000, 'the file is larger than 6 MB; split the request list and import each part'),
  encoding: z.enum(['text', 'base64']).default('text'),
  /** The file's own column for a field, over the usual names (`{ "reference": "PBC No." }`). */
  columns: z.partialRecord(z.enum(REQUEST_LIST_FIELDS), z.string().trim().max(200)).default({}),
});
export type AuditRequestImport = z.input<typeof AuditRequestImportSchema>;

export const AuditRequestUpdateSchema = z.strictObject({
  assigneeId: z.string().uuid().nullable().optional(),
  dueDate: IsoDateSchema.nullable().optional(),
});

export const AuditRequestFlagSchema = z.strictObject({
  reason: text(4000).min(1, 'reason: say what is missing or wrong'),
});
export const AuditRequestCommentSchema = z.strictObject({
  body: text(10000).min(1, 'body: write a comment'),
});
export const AuditRequestEvidenceLinkSchema = z.strictObject({ evidenceId: z.string().uuid() });

export const AuditWorkspaceSchema = z.object({
  engagementId: z.string(),
  name: z.string(),
  total: z.number().int(),
  byStatus: z.record(AuditRequestStatusSchema, z.number().int()),
  overdue: z.number().int(),
  /** Submitted requests the auditor has to review. */
  waitingOnAuditor: z.number().int(),
  /** Open or flagged requests the company has to answer. */
  waitingOnCompany: z.number().int(),
});
export type AuditWorkspace = z.infer<typeof AuditWorkspaceSchema>;

const base = '/api/engagements/:engagementId/requests';
const one = `${base}/:auditRequestId`;
const eng = z.object({ engagementId: z.string() });
const req = z.object({ engagementId: z.string(), auditRequestId: z.string() });

export const auditRequestRoutes = {
  workspace: defineRoute({
    method: 'GET',
    path: '/api/engagements/:engagementId/workspace',
    access: read,
    tag,
    summary: "An engagement's requests by status, overdue and who they wait on",
    params: eng,
    responses: { 200: AuditWorkspaceSchema },
  }),
  list: defineRoute({
    method: 'GET',
    path: base,
    access: read,
    tag,
    summary: "An engagement's requests, by reference, filtered by status, assignee or overdue",
    params: eng,
    query: AuditRequestFiltersSchema,
    responses: { 200: itemsOf(AuditRequestSummarySchema) },
  }),
  import: defineRoute({
    method: 'POST',
    path: `${base}/import`,
    access: respond,
    tag,
    summary: "Import the auditor's request list (CSV or xlsx): all of it, or nothing when any row is wrong",
    params: eng,
    body: AuditRequestImportSchema,
    maxJsonBytes: 10 * 1024 * 1024,
    responses: { 201: z.object({ imported: z.number().int() }) },
  }),
  generate: defineRoute({
    method: 'POST',
    path: `${base}/generate`,
    access: respond,
    tag,
    summary: 'Open one request per adopted control that has none yet',
    params: eng,
    body: NoBodySchema,
    responses: { 201: z.object({ generated: z.number().int() }) },
  }),
  get: defineRoute({
    method: 'GET',
    path: one,
    access: read,
    tag,
    summary: 'One request with its thread, evidence and history',
    params: req,
    responses: { 200: AuditRequestSchema },
  }),
  update: defineRoute({
    method: 'PATCH',
    path: one,
    access: respond,
    tag,
    summary: "Change a request's assignee or due date",
    params: req,
    body: AuditRequestUpdateSchema,
    responses: { 200: AuditRequestSchema },
  }),
  linkEvidence: defineRoute({
    method: 'POST',
    path: `${one}/evidence`,
    access: respond,
    tag,
    summary: 'Give an evidence item in answer to a request',
    params: req,
    body: AuditRequestEvidenceLinkSchema,
    responses: { 200: AuditRequestSchema },
  }),
  submit: defineRoute({
    method: 'POST',
    path: `${one}/submit`,
    access: respond,
    tag,
    summary: 'Submit (or resubmit) a request to the auditor',
    params: req,
    body: NoBodySchema,
    responses: { 200: AuditRequestSchema },
  }),
  accept: defineRoute({
    method: 'POST',
    path: `${one}/accept`,
    access: test,
    tag,
    summary: 'Accept a submitted request (auditor)',
    params: req,
    body: NoBodySchema,
    responses: { 200: AuditRequestSchema },
  }),
  flag: defineRoute({
    method: 'POST',
    path: `${one}/flag`,
    access: test,
    tag,
    summary: 'Send a submitted request back with the reason (auditor)',
    params: req,
    body: AuditRequestFlagSchema,
    responses: { 200: AuditRequestSchema },
  }),
  comment: defineRoute({
    method: 'POST',
    path: `${one}/comments`,
    access: comment,
    tag,
    summary: "Add to a request's thread",
    params: req,
    body: AuditRequestCommentSchema,
    responses: { 201: AuditRequestSchema },
  }),
};
