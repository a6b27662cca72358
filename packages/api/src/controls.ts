/** The controls API: the organization's controls, their criteria mappings and versions. */
import { CategoryIdSchema, ControlKindSchema, FrequencySchema } from '@vigil/catalog';
import { ControlStatusSchema } from '@vigil/core/vocabulary';
import { z } from 'zod';
import { NoBodySchema, pageOf } from './common.ts';
import { ControlMonitoringStatusSchema } from './monitoring.ts';
import { defineRoute } from './route.ts';

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
  frequency: FrequencySchema,
  kind: ControlKindSchema,
  automatable: z.boolean(),
  suggestedEvidence: z.array(z.string()),
  status: ControlStatusSchema,
  applicable: z.boolean(),
  naJustification: z.string().nullable(),
  notes: z.string(),
  version: z.number(),
  criteria: z.array(z.string()),
  updatedAt: z.string(),
  /**
   * The worst health of its automated checks: failing or error means it cannot count as met for
   * readiness, whatever its status says; no_checks when no check has produced a result.
   */
  checks: ControlMonitoringStatusSchema,
});
export type Control = z.infer<typeof ControlSchema>;

export const ControlsListQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  status: ControlStatusSchema.optional(),
  category: CategoryIdSchema.optional(),
  criterion: CriterionIdSchema.optional(),
  applicable: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
/** Filters as a caller writes them. */
export type ControlsQuery = z.input<typeof ControlsListQuerySchema>;
/** Filters as the server reads them, defaults applied. */
export type ControlsListQuery = z.output<typeof ControlsListQuerySchema>;

export const ControlUpdateSchema = z
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
export type ControlUpdate = z.infer<typeof ControlUpdateSchema>;

export const ControlCreateSchema = z.strictObject({
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
export type ControlCreate = z.input<typeof ControlCreateSchema>;
export type ControlCreateRequest = z.output<typeof ControlCreateSchema>;

/** One field a version changed: its label, and the old and new values in words. */
export const ControlFieldChangeSchema = z.object({
  field: z.string(),
  label: z.string(),
  from: z.string(),
  to: z.string(),
});
export type ControlFieldChange = z.infer<typeof ControlFieldChangeSchema>;

export const ControlVersionSchema = z.object({
  version: z.number(),
  changedFields: z.array(z.string()),
  /** What the trail recorded of who changed it (an email), and the name people know them by. */
  changedBy: z.string(),
  changedByName: z.string(),
  createdAt: z.string(),
  snapshot: z.record(z.string(), z.unknown()),
  /** Old → new of each changed field; empty for the first version. */
  changes: z.array(ControlFieldChangeSchema),
});
export type ControlVersion = z.infer<typeof ControlVersionSchema>;

const ControlParams = z.strictObject({ controlId: z.string().uuid() });
const tag = 'controls';

/** Every endpoint of the controls domain. */
export const controlRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/controls',
    access: { permission: 'controls.read' },
    tag,
    summary: 'List controls, filtered by text, status, category, criterion or applicability',
    query: ControlsListQuerySchema,
    responses: { 200: pageOf(ControlSchema) },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/controls',
    access: { permission: 'controls.edit' },
    tag,
    summary: 'Add a control of your own',
    body: ControlCreateSchema,
    responses: { 201: ControlSchema },
  }),
  adopt: defineRoute({
    method: 'POST',
    path: '/api/controls/adopt',
    access: { permission: 'controls.adopt' },
    tag,
    summary: 'Adopt the control library for the categories in scope',
    body: NoBodySchema,
    responses: { 200: z.object({ added: z.number(), codes: z.array(z.string()) }) },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/controls/:controlId',
    access: { permission: 'controls.read' },
    tag,
    summary: 'One control with its criteria',
    params: ControlParams,
    responses: { 200: ControlSchema },
  }),
  update: defineRoute({
    method: 'PATCH',
    path: '/api/controls/:controlId',
    access: { permission: 'controls.edit' },
    tag,
    summary: 'Change a control; each change makes a new version',
    params: ControlParams,
    body: ControlUpdateSchema,
    responses: { 200: ControlSchema },
  }),
  versions: defineRoute({
    method: 'GET',
    path: '/api/controls/:controlId/versions',
    access: { permission: 'controls.read' },
    tag,
    summary: 'Every version of a control, newest first',
    params: ControlParams,
    responses: { 200: z.object({ items: z.array(ControlVersionSchema) }) },
  }),
} as const;
