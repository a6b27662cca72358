/** Request and response schemas of the controls API. */
import { ControlKindSchema, FrequencySchema } from '@vigil/catalog';
import { z } from 'zod';

export const ControlStatusSchema = z.enum(['not_started', 'in_progress', 'implemented']);
const CriterionIdSchema = z.string().regex(/^(CC|A|C|PI|P)\d+\.\d+$/, 'must be a criterion id such as CC6.1');

export const ControlSchema = z.object({
  id: z.string(),
  code: z.string(),
  templateId: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerRole: z.string(),
  frequency: z.string(),
  kind: z.string(),
  automatable: z.boolean(),
  suggestedEvidence: z.array(z.string()),
  status: ControlStatusSchema,
  applicable: z.boolean(),
  naJustification: z.string().nullable(),
  notes: z.string(),
  version: z.number(),
  criteria: z.array(z.string()),
  updatedAt: z.string(),
});
export type ControlView = z.infer<typeof ControlSchema>;

export const ControlsListQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  status: ControlStatusSchema.optional(),
  category: z
    .enum(['security', 'availability', 'processing_integrity', 'confidentiality', 'privacy'])
    .optional(),
  criterion: CriterionIdSchema.optional(),
  applicable: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ControlsListQuery = z.infer<typeof ControlsListQuerySchema>;

export const ControlsUpdateSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(300),
    description: z.string().trim().min(1).max(5000),
    ownerId: z.string().uuid().nullable(),
    frequency: FrequencySchema,
    kind: ControlKindSchema,
    status: ControlStatusSchema,
    applicable: z.boolean(),
    naJustification: z.string().trim().max(2000).nullable(),
    notes: z.string().max(10_000),
    criteria: z.array(CriterionIdSchema).min(1).max(61),
  })
  .partial();
export type ControlsUpdateReq = z.infer<typeof ControlsUpdateSchema>;

export const ControlsCreateSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,30}$/, 'must be 2-31 capitals, digits or dashes'),
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().min(1).max(5000),
  ownerId: z.string().uuid().nullable().default(null),
  frequency: FrequencySchema,
  kind: ControlKindSchema,
  criteria: z.array(CriterionIdSchema).min(1).max(61),
});
export type ControlsCreateReq = z.infer<typeof ControlsCreateSchema>;

export const ControlVersionSchema = z.object({
  version: z.number(),
  changedFields: z.array(z.string()),
  changedBy: z.string(),
  createdAt: z.string(),
  snapshot: z.record(z.string(), z.unknown()),
});
