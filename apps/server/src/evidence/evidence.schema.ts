/** Request and response schemas of the evidence API. */

import { IsoDateSchema } from '@vigil/api';
import { z } from 'zod';
import { EVIDENCE_KINDS } from './evidence-recorder.ts';

export const EvidenceKindSchema = z.enum(EVIDENCE_KINDS);

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
export type EvidenceListQuery = z.infer<typeof EvidenceListQuerySchema>;

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

export const EvidenceParams = z.strictObject({ evidenceId: z.string().uuid() });
export const ControlEvidenceParams = z.strictObject({ controlId: z.string().uuid() });
