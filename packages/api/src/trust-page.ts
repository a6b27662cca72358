/**
 * The trust page API (issue 15): the owner's side of the public page. Its settings, the NDA versions,
 * the documents with their visibility, access requests with their approval, the grants and the log of
 * every view and download. The public pages themselves are HTML served under /trust, not this API.
 */
import {
  TrustDocumentKindSchema,
  TrustRequestStatusSchema,
  TrustVisibilitySchema,
} from '@vigil/core/trust-page';
import { z } from 'zod';
import { EmailSchema, NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

const tag = 'trust page';
const read = { permission: 'trust.read' } as const;
const manage = { permission: 'trust.manage' } as const;
const text = (max: number) => z.string().trim().max(max, `must be ${max} characters or fewer`);

/** The largest document accepted, before base64 (a SOC 2 report is rarely over 10 MiB). */
export const TRUST_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

export const TrustPracticeSchema = z.object({
  controlId: z.string(),
  code: z.string(),
  title: z.string(),
  summary: z.string(),
});

export const TrustSettingsSchema = z.object({
  enabled: z.boolean(),
  slug: z.string().nullable(),
  overview: z.string(),
  autoApproveDomains: z.array(z.string()),
  practices: z.array(TrustPracticeSchema),
  grantDays: z.number().int(),
  /** The frameworks' status as the public page words it. */
  frameworkStatus: z.array(z.string()),
  soc3: z.object({
    summary: z.string().nullable(),
    /** Why a SOC 3 summary cannot be published yet; null when it can. */
    refusal: z.string().nullable(),
  }),
});
export type TrustSettings = z.infer<typeof TrustSettingsSchema>;

export const TrustSettingsInputSchema = z.strictObject({
  enabled: z.boolean(),
  slug: z.string().trim().toLowerCase().max(40, 'must be 40 characters or fewer').nullable(),
  overview: text(5000),
  autoApproveDomains: z.array(z.string().trim().toLowerCase()).max(50, 'at most 50 domains'),
  practices: z
    .array(z.strictObject({ controlId: z.string().uuid('choose a control'), summary: text(2000) }))
    .max(50, 'at most 50 practices'),
  grantDays: z.number().int().min(1, 'must be at least 1 day').max(90, 'must be 90 days or fewer'),
});

export const TrustSoc3InputSchema = z.strictObject({
  summary: text(10_000).min(1, 'write the summary').nullable(),
});

export const TrustNdaSchema = z.object({
  current: z.object({ version: z.number().int(), text: z.string(), createdAt: z.string() }).nullable(),
});

export const TrustDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: TrustDocumentKindSchema,
  visibility: TrustVisibilitySchema,
  version: z.number().int(),
  fileName: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
});
export type TrustDocument = z.infer<typeof TrustDocumentSchema>;

const FileSchema = {
  fileName: z.string().trim().min(1, 'name the file').max(200, 'must be 200 characters or fewer'),
  mediaType: z.string().trim().max(100).optional(),
  contentBase64: z
    .string()
    .min(1, 'attach the file')
    .max(Math.ceil(TRUST_DOCUMENT_MAX_BYTES / 3) * 4 + 4, 'the file is larger than 20 MiB'),
};

export const TrustDocumentInputSchema = z.strictObject({
  title: text(200).min(1, 'cannot be empty'),
  kind: TrustDocumentKindSchema,
  visibility: TrustVisibilitySchema,
  ...FileSchema,
});

export const TrustDocumentVersionInputSchema = z.strictObject(FileSchema);

export const TrustDocumentPatchSchema = z.strictObject({
  title: text(200).min(1, 'cannot be empty').optional(),
  visibility: TrustVisibilitySchema.optional(),
});

export const TrustGrantSchema = z.object({
  id: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  usable: z.boolean(),
});

export const TrustAccessRequestSchema = z.object({
  id: z.string(),
  name: z.string(),
  company: z.string(),
  email: z.string(),
  ndaVersion: z.number().int(),
  status: TrustRequestStatusSchema,
  autoApproved: z.boolean(),
  createdAt: z.string(),
  grant: TrustGrantSchema.nullable(),
});
export type TrustAccessRequest = z.infer<typeof TrustAccessRequestSchema>;

export const TrustAccessLogEntrySchema = z.object({
  at: z.string(),
  action: z.enum(['view', 'download']),
  document: z.string(),
  version: z.number().int(),
  /** Null for a public document, which needs no request. */
  requester: z.object({ name: z.string(), company: z.string(), email: z.string() }).nullable(),
});

/** What a visitor sends to ask for documents; the public form posts these fields. */
export const TrustAccessRequestInputSchema = z.object({
  name: z.string().trim().min(1, 'enter your name').max(200, 'must be 200 characters or fewer'),
  company: z.string().trim().min(1, 'enter your company').max(200, 'must be 200 characters or fewer'),
  email: EmailSchema,
  ndaVersion: z.coerce.number().int('the agreement version is not valid'),
  acceptNda: z.literal('yes', { message: 'accept the non-disclosure agreement to continue' }),
});

const DocumentParams = z.strictObject({ trustDocumentId: z.string().uuid() });
const RequestParams = z.strictObject({ trustRequestId: z.string().uuid() });
const GrantParams = z.strictObject({ trustGrantId: z.string().uuid() });
const items = <T extends z.ZodType>(s: T) => z.object({ items: z.array(s) });

export const trustRoutes = {
  settings: defineRoute({
    method: 'GET',
    path: '/api/trust/settings',
    access: read,
    tag,
    summary: "The trust page's settings and the frameworks' status as it shows them",
    responses: { 200: TrustSettingsSchema },
  }),
  saveSettings: defineRoute({
    method: 'PUT',
    path: '/api/trust/settings',
    access: manage,
    tag,
    summary: 'Switches the trust page on or off and sets its address, overview, domains and practices',
    body: TrustSettingsInputSchema,
    responses: { 200: TrustSettingsSchema },
  }),
  publishSoc3: defineRoute({
    method: 'PUT',
    path: '/api/trust/soc3',
    access: manage,
    tag,
    summary:
      'Publishes (or withdraws, with null) the SOC 3 summary; refused before a completed Type II audit',
    body: TrustSoc3InputSchema,
    responses: { 200: TrustSettingsSchema },
  }),
  nda: defineRoute({
    method: 'GET',
    path: '/api/trust/nda',
    access: read,
    tag,
    summary: 'The current non-disclosure agreement',
    responses: { 200: TrustNdaSchema },
  }),
  publishNda: defineRoute({
    method: 'POST',
    path: '/api/trust/nda',
    access: manage,
    tag,
    summary: 'Publishes a new version of the NDA; requesters accept the new version from then on',
    body: z.strictObject({ text: text(50_000).min(1, 'write the agreement') }),
    responses: { 201: TrustNdaSchema },
  }),
  documents: defineRoute({
    method: 'GET',
    path: '/api/trust/documents',
    access: read,
    tag,
    summary: 'The documents of the trust page with their visibility and current version',
    responses: { 200: items(TrustDocumentSchema) },
  }),
  addDocument: defineRoute({
    method: 'POST',
    path: '/api/trust/documents',
    access: manage,
    tag,
    summary: 'Adds a document (the file as base64) with its visibility',
    body: TrustDocumentInputSchema,
    maxJsonBytes: Math.ceil(TRUST_DOCUMENT_MAX_BYTES / 3) * 4 + 64 * 1024,
    responses: { 201: TrustDocumentSchema },
  }),
  addVersion: defineRoute({
    method: 'POST',
    path: '/api/trust/documents/:trustDocumentId/versions',
    access: manage,
    tag,
    summary: 'Uploads a new version of a document; grants then show the new version',
    params: DocumentParams,
    body: TrustDocumentVersionInputSchema,
    maxJsonBytes: Math.ceil(TRUST_DOCUMENT_MAX_BYTES / 3) * 4 + 64 * 1024,
    responses: { 201: TrustDocumentSchema },
  }),
  updateDocument: defineRoute({
    method: 'PATCH',
    path: '/api/trust/documents/:trustDocumentId',
    access: manage,
    tag,
    summary: 'Renames a document or changes its visibility',
    params: DocumentParams,
    body: TrustDocumentPatchSchema,
    responses: { 200: TrustDocumentSchema },
  }),
  requests: defineRoute({
    method: 'GET',
    path: '/api/trust/requests',
    access: read,
    tag,
    summary: 'Access requests, newest first, with their grants',
    responses: { 200: items(TrustAccessRequestSchema) },
  }),
  approve: defineRoute({
    method: 'POST',
    path: '/api/trust/requests/:trustRequestId/approve',
    access: manage,
    tag,
    summary: 'Approves a pending request: a time-limited link is emailed to the requester',
    params: RequestParams,
    body: NoBodySchema,
    responses: { 200: TrustAccessRequestSchema },
  }),
  reject: defineRoute({
    method: 'POST',
    path: '/api/trust/requests/:trustRequestId/reject',
    access: manage,
    tag,
    summary: 'Declines a pending request',
    params: RequestParams,
    body: NoBodySchema,
    responses: { 200: TrustAccessRequestSchema },
  }),
  revoke: defineRoute({
    method: 'POST',
    path: '/api/trust/grants/:trustGrantId/revoke',
    access: manage,
    tag,
    summary: 'Revokes a grant: its link stops working at once',
    params: GrantParams,
    body: NoBodySchema,
    responses: { 200: TrustAccessRequestSchema },
  }),
  accessLog: defineRoute({
    method: 'GET',
    path: '/api/trust/access-log',
    access: read,
    tag,
    summary: 'Every view and download of a trust page document, newest first',
    responses: { 200: items(TrustAccessLogEntrySchema) },
  }),
} as const;
