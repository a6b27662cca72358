/** The evidence library API: upload, search, download, verify, and a control's evidence. */
import { z } from 'zod';
import { IsoDateSchema } from './common.ts';
import { defineRoute } from './route.ts';

/** Where an item came from: a collection run's raw input, a check result, an upload, a completed review. */
export const EVIDENCE_KINDS = ['collection', 'check_result', 'upload', 'review'] as const;
export const EvidenceKindSchema = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

const LinkedControlSchema = z.object({ id: z.string(), code: z.string(), title: z.string() });

export const EvidenceSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  description: z.string(),
  sha256: z.string(),
  size: z.number(),
  mediaType: z.string(),
  fileName: z.string(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  renewBy: z.string().nullable(),
  /** The renewal date has passed and nothing superseded the item. */
  expired: z.boolean(),
  /** Not superseded by a later item. */
  current: z.boolean(),
  supersedesId: z.string().nullable(),
  supersededById: z.string().nullable(),
  runId: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  chainSeq: z.number().nullable(),
  controls: z.array(LinkedControlSchema),
});
export type EvidenceView = z.infer<typeof EvidenceSchema>;

export const EvidenceDetailSchema = EvidenceSchema.extend({
  /** Every version of this item, oldest first, this one included. */
  history: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      sha256: z.string(),
      createdAt: z.string(),
      current: z.boolean(),
    }),
  ),
});

export const EvidenceListQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  controlId: z.string().uuid().optional(),
  kind: EvidenceKindSchema.optional(),
  expired: z.enum(['true', 'false']).optional(),
  includeSuperseded: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
/** Filters as the server reads them, defaults applied. */
export type EvidenceListQuery = z.output<typeof EvidenceListQuerySchema>;
/** Filters as a caller writes them. */
export type EvidenceFilters = z.input<typeof EvidenceListQuerySchema>;

/** The text fields of an upload (multipart form fields); controlIds may repeat or be comma-separated. */
export const EvidenceUploadFieldsSchema = z.strictObject({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(5000).optional(),
  controlIds: z.array(z.string().uuid('must be a control id')).max(200).optional(),
  periodStart: IsoDateSchema.optional(),
  periodEnd: IsoDateSchema.optional(),
  renewBy: IsoDateSchema.optional(),
  supersedesId: z.string().uuid('must be an evidence id').optional(),
});
export type EvidenceUploadFields = z.infer<typeof EvidenceUploadFieldsSchema>;

export const EvidenceVerifySchema = z.object({
  ok: z.boolean(),
  sha256: z.string(),
  /** The SHA-256 of the stored content as read back now; null when it could not be read. */
  recomputed: z.string().nullable(),
  chainSeq: z.number().nullable(),
  /** The audit-chain entry exists, is intact, and commits to this item's hash and size. */
  chainOk: z.boolean(),
  /** Why verification failed, in words; null when it passed. */
  problem: z.string().nullable(),
});

const EvidenceParams = z.strictObject({ evidenceId: z.string().uuid() });
const ControlEvidenceParams = z.strictObject({ controlId: z.string().uuid() });

export type EvidenceDetail = z.infer<typeof EvidenceDetailSchema>;
export type EvidenceVerification = z.infer<typeof EvidenceVerifySchema>;

/** The multipart fields of an upload, the file first; the rest are `EvidenceUploadFieldsSchema`. */
export const EVIDENCE_UPLOAD_FIELDS = [
  'file',
  'title',
  'description',
  'controlIds',
  'periodStart',
  'periodEnd',
  'renewBy',
  'supersedesId',
] as const;

export const UploadedEvidenceSchema = EvidenceSchema.extend({ deduped: z.boolean() });
export type UploadedEvidence = z.infer<typeof UploadedEvidenceSchema>;

export const EvidenceChainCheckSchema = z.object({
  ok: z.boolean(),
  checked: z.number(),
  blobsChecked: z.number().nullable(),
  problems: z.array(
    z.object({ evidenceId: z.string(), chainSeq: z.number().nullable(), message: z.string() }),
  ),
});

export const ControlEvidenceSchema = z.object({
  controlId: z.string(),
  code: z.string(),
  evidenceExpired: z.number(),
  items: z.array(EvidenceSchema),
});
export type ControlEvidence = z.infer<typeof ControlEvidenceSchema>;

const read = { permission: 'evidence.read' } as const;
const tag = 'evidence';

/** Every endpoint of the evidence library. */
export const evidenceRoutes = {
  upload: defineRoute({
    method: 'POST',
    path: '/api/evidence',
    access: { permission: 'evidence.add' },
    tag,
    summary:
      'Upload evidence (multipart/form-data: file, title, description, controlIds, periodStart, periodEnd, renewBy, supersedesId)',
    upload: true,
    responses: { 201: UploadedEvidenceSchema },
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/evidence',
    access: read,
    tag,
    summary: 'Search the evidence library (current items unless includeSuperseded=true)',
    query: EvidenceListQuerySchema,
    responses: { 200: z.object({ items: z.array(EvidenceSchema), total: z.number() }) },
  }),
  verifyAll: defineRoute({
    method: 'GET',
    path: '/api/evidence/verify',
    access: read,
    tag,
    summary: 'Compare every item with its audit-chain entry; blobs=true also re-hashes every stored file',
    query: z.strictObject({ blobs: z.enum(['true', 'false']).default('false') }),
    responses: { 200: EvidenceChainCheckSchema },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/evidence/:evidenceId',
    access: read,
    tag,
    summary: 'One evidence item with every version of it',
    params: EvidenceParams,
    responses: { 200: EvidenceDetailSchema },
  }),
  download: defineRoute({
    method: 'GET',
    path: '/api/evidence/:evidenceId/download',
    access: read,
    tag,
    summary: 'The original file, checked against its SHA-256',
    params: EvidenceParams,
    file: 'application/octet-stream',
    responses: { 200: null },
  }),
  verify: defineRoute({
    method: 'GET',
    path: '/api/evidence/:evidenceId/verify',
    access: read,
    tag,
    summary: 'Re-hash the stored file and check the audit-chain entry that committed its hash',
    params: EvidenceParams,
    responses: { 200: EvidenceVerifySchema },
  }),
  forControl: defineRoute({
    method: 'GET',
    path: '/api/controls/:controlId/evidence',
    access: read,
    tag,
    summary: "A control's current evidence; evidenceExpired > 0 flags the control",
    params: ControlEvidenceParams,
    responses: { 200: ControlEvidenceSchema },
  }),
} as const;
