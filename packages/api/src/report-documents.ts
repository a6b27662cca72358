/**
 * The system description (DC 200, Section 3) and bridge letter of an engagement: generate a draft
 * from Vigil's data, edit or confirm each section, approve (then it never changes), download as
 * DOCX or PDF. Owners and admins write; everyone who reads the engagement reads them.
 */
import { ReportDocumentKindSchema, ReportDocumentStatusSchema } from '@vigil/core/report-documents';
import { z } from 'zod';
import { NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

const tag = 'report-documents';
const read = { permission: 'report_documents.read' } as const;
const manage = { permission: 'report_documents.manage' } as const;

/** The document as it appears in addresses: /engagements/…/documents/system-description. */
export const ReportDocumentSlugSchema = z.enum(['system-description', 'bridge-letter']);
export type ReportDocumentSlug = z.infer<typeof ReportDocumentSlugSchema>;

const DocParamsSchema = z.strictObject({
  engagementId: z.string().uuid(),
  document: ReportDocumentSlugSchema,
});
const VersionParamsSchema = DocParamsSchema.extend({ version: z.coerce.number().int().min(1) });
const SectionParamsSchema = VersionParamsSchema.extend({ section: z.string().min(1).max(40) });

export const DocumentSectionSchema = z.object({
  key: z.string(),
  title: z.string(),
  body: z.string(),
  /** Drafted by Vigil and not yet edited or confirmed by a person. */
  generated: z.boolean(),
});

export const ReportDocumentVersionSchema = z.object({
  version: z.number().int(),
  status: ReportDocumentStatusSchema,
  sections: z.array(DocumentSectionSchema),
  gapEnd: z.string().nullable(),
  contentSha256: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedByName: z.string().nullable(),
});

export const ReportDocumentSchema = z.object({
  kind: ReportDocumentKindSchema,
  name: z.string(),
  engagementName: z.string(),
  versions: z.array(ReportDocumentVersionSchema.pick({ version: true, status: true, approvedAt: true })),
  /** The newest version, or null before the first draft. */
  current: ReportDocumentVersionSchema.nullable(),
});
export type ReportDocument = z.infer<typeof ReportDocumentSchema>;
export type ReportDocumentVersion = z.infer<typeof ReportDocumentVersionSchema>;

export const SectionEditSchema = z.strictObject({
  body: z.string().trim().min(1, 'body: the section must not be empty').max(50000),
});

const base = '/api/engagements/:engagementId/documents/:document';

export const reportDocumentRoutes = {
  get: defineRoute({
    method: 'GET',
    path: base,
    access: read,
    tag,
    summary: 'The system description or bridge letter of an engagement: its versions and the newest in full',
    params: DocParamsSchema,
    responses: { 200: ReportDocumentSchema },
  }),
  generate: defineRoute({
    method: 'POST',
    path: `${base}/versions`,
    access: manage,
    tag,
    summary:
      'Draft a new version from Vigil data, keeping the sections people reviewed in the newest version',
    params: DocParamsSchema,
    body: NoBodySchema,
    responses: { 201: ReportDocumentSchema },
  }),
  editSection: defineRoute({
    method: 'PUT',
    path: `${base}/versions/:version/sections/:section`,
    access: manage,
    tag,
    summary: 'Edit a section of a draft (the same text confirms it); either clears its generated mark',
    params: SectionParamsSchema,
    body: SectionEditSchema,
    responses: { 200: ReportDocumentSchema },
  }),
  approve: defineRoute({
    method: 'POST',
    path: `${base}/versions/:version/approve`,
    access: manage,
    tag,
    summary: 'Approve a draft: it never changes again and its SHA-256 joins the audit chain',
    params: VersionParamsSchema,
    body: NoBodySchema,
    responses: { 200: ReportDocumentSchema },
  }),
  docx: defineRoute({
    method: 'GET',
    path: `${base}/versions/:version/docx`,
    access: read,
    tag,
    summary: 'A version as a Word document',
    params: VersionParamsSchema,
    file: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    responses: { 200: null },
  }),
  pdf: defineRoute({
    method: 'GET',
    path: `${base}/versions/:version/pdf`,
    access: read,
    tag,
    summary: 'A version as a PDF',
    params: VersionParamsSchema,
    file: 'application/pdf',
    responses: { 200: null },
  }),
};
