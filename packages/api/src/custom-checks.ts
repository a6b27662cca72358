/** The custom checks API: checks written in CEL by the organization, compiled before each save. */
import { CustomCheckSchema } from '@vigil/core/custom-check-spec';
import { z } from 'zod';
import { NoBodySchema } from './common.ts';
import { defineRoute } from './route.ts';

export const CustomChecksCreateSchema = CustomCheckSchema;
export type CustomChecksCreate = z.input<typeof CustomChecksCreateSchema>;
export const CustomChecksUpdateSchema = CustomCheckSchema.omit({ id: true }).extend({
  id: z.string().optional(),
});
export type CustomChecksUpdate = z.input<typeof CustomChecksUpdateSchema>;

export const CustomCheckViewSchema = z.object({
  checkId: z.string(),
  spec: z.record(z.string(), z.unknown()),
  /** Why a saved check no longer compiles (its resource type was removed …), else null. */
  problem: z.string().nullable(),
});
export type CustomCheckView = z.infer<typeof CustomCheckViewSchema>;

const CheckParamsSchema = z.strictObject({ checkId: z.string().min(1).max(200) });
const tag = 'monitoring';

export const customCheckRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/monitoring/custom-checks',
    access: { permission: 'monitoring.read' },
    tag,
    summary: "The organization's custom checks, with any that no longer compile",
    responses: { 200: z.object({ items: z.array(CustomCheckViewSchema) }) },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/monitoring/custom-checks',
    access: { permission: 'monitoring.manage' },
    tag,
    summary: 'Add a custom check in CEL; the expression is compiled before it is saved',
    body: CustomChecksCreateSchema,
    responses: { 201: CustomCheckViewSchema },
  }),
  update: defineRoute({
    method: 'PUT',
    path: '/api/monitoring/custom-checks/:checkId',
    access: { permission: 'monitoring.manage' },
    tag,
    summary: 'Replace a custom check; the expression is compiled before it is saved',
    params: CheckParamsSchema,
    body: CustomChecksUpdateSchema,
    responses: { 200: CustomCheckViewSchema },
  }),
  remove: defineRoute({
    method: 'DELETE',
    path: '/api/monitoring/custom-checks/:checkId',
    access: { permission: 'monitoring.manage' },
    tag,
    summary: 'Delete a custom check',
    params: CheckParamsSchema,
    body: NoBodySchema,
    responses: { 200: z.object({ deleted: z.literal(true) }) },
  }),
};
