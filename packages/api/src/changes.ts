/**
 * The change population (issue 13, CC8.1): every pull request merged into a protected default
 * branch in a period, with its approvals, CI outcome and deviations, and the after-the-fact
 * justification of an emergency change. The audit samples from this list.
 */
import { ChangeCiStatusSchema, ChangeDeviationSchema } from '@vigil/core/changes';
import { z } from 'zod';
import { IsoDateSchema } from './common.ts';
import { defineRoute } from './route.ts';

const tag = 'changes';
const read = { permission: 'changes.read' } as const;
const manage = { permission: 'changes.manage' } as const;

export const ChangeQuerySchema = z.strictObject({
  /** First day of the period (UTC), included; defaults to a year before `to`. */
  from: IsoDateSchema.optional(),
  /** Last day of the period (UTC), included; defaults to today. */
  to: IsoDateSchema.optional(),
  repository: z.string().trim().max(300).optional(),
  /** Only the changes that deviate from "approved by someone else before merge". */
  deviations: z.enum(['only', 'all']).default('all'),
});
export type ChangeQuery = z.input<typeof ChangeQuerySchema>;

export const ChangeJustificationSchema = z.object({
  reason: z.string(),
  approver: z.string(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});

export const MergedChangeSchema = z.object({
  /** The stored merged change this row is (the id a justification is recorded against). */
  id: z.string(),
  repository: z.string(),
  number: z.number().int(),
  title: z.string(),
  author: z.string(),
  mergedAt: z.string(),
  mergedBy: z.string().nullable(),
  approvals: z.array(z.object({ reviewer: z.string(), approvedAt: z.string() })),
  firstApprovalAt: z.string().nullable(),
  ciStatus: ChangeCiStatusSchema,
  requiredApprovals: z.number().int().nullable(),
  deviations: z.array(z.object({ code: ChangeDeviationSchema, words: z.string() })),
  justification: ChangeJustificationSchema.nullable(),
});
export type MergedChange = z.infer<typeof MergedChangeSchema>;

export const ChangePopulationSchema = z.object({
  from: IsoDateSchema,
  to: IsoDateSchema,
  items: z.array(MergedChangeSchema),
  /** Every change merged in the period, before the repository and deviation filters. */
  total: z.number().int(),
  deviating: z.number().int(),
  justified: z.number().int(),
  /** The repositories with changes in the period, for the filter. */
  repositories: z.array(z.string()),
  /** When the change history was last collected, or null when no connector has collected it. */
  collectedAt: z.string().nullable(),
});
export type ChangePopulation = z.infer<typeof ChangePopulationSchema>;

export const JustifyChangeSchema = z.strictObject({
  reason: z.string().trim().min(1, 'say why the change was merged this way').max(2000),
  approver: z.string().trim().min(1, 'name who approved the change after the fact').max(200),
});
export type JustifyChange = z.input<typeof JustifyChangeSchema>;

const ChangeParams = z.strictObject({ changeId: z.string().uuid() });

export const changeRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/changes',
    access: read,
    tag,
    summary: 'The changes merged into default branches in a period, with approvals and deviations',
    query: ChangeQuerySchema,
    responses: { 200: ChangePopulationSchema },
  }),
  csv: defineRoute({
    method: 'GET',
    path: '/api/changes/export.csv',
    access: read,
    tag,
    summary: 'The change population of a period as CSV',
    query: ChangeQuerySchema,
    file: 'text/csv',
    responses: { 200: null },
  }),
  justify: defineRoute({
    method: 'POST',
    path: '/api/changes/:changeId/justification',
    access: manage,
    tag,
    summary: 'Justify a deviating change after the fact, with the person who approved it',
    params: ChangeParams,
    body: JustifyChangeSchema,
    responses: { 201: MergedChangeSchema },
  }),
} as const;
