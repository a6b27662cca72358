/** The catalog API: the SOC 2 reference data, joined with the organization's own control mappings. */
import {
  CategoryIdSchema,
  CategorySchema,
  ComponentKindInfoSchema,
  ControlTemplateSchema,
  CriterionSchema,
  ReportKindSchema,
  ReportTypeSchema,
} from '@vigil/catalog';
import { z } from 'zod';
import { itemsOf } from './common.ts';
import { ControlSchema } from './controls.ts';
import { defineRoute } from './route.ts';

/** A criterion with its group's name and how many applicable controls map to it. */
export const CriterionViewSchema = CriterionSchema.extend({
  groupName: z.string(),
  controlCount: z.number(),
});
export type CriterionView = z.infer<typeof CriterionViewSchema>;

export const CriterionDetailSchema = z.object({
  criterion: CriterionViewSchema,
  /** The mapped controls as stored (their check health is on the controls routes). */
  controls: z.array(ControlSchema.omit({ checks: true })),
});
export type CriterionDetail = z.infer<typeof CriterionDetailSchema>;

export const ReportKindsSchema = z.object({
  kinds: z.array(ReportKindSchema),
  types: z.array(ReportTypeSchema),
});
export type ReportKinds = z.infer<typeof ReportKindsSchema>;

export const CriteriaQuerySchema = z.strictObject({ category: CategoryIdSchema.optional() });
export type CriteriaQuery = z.infer<typeof CriteriaQuerySchema>;

const access = { permission: 'catalog.read' } as const;
const tag = 'catalog';

/** Every endpoint of the catalog domain; all read-only. */
export const catalogRoutes = {
  categories: defineRoute({
    method: 'GET',
    path: '/api/catalog/categories',
    access,
    tag,
    summary: 'The Trust Services Criteria categories',
    responses: { 200: itemsOf(CategorySchema) },
  }),
  componentKinds: defineRoute({
    method: 'GET',
    path: '/api/catalog/component-kinds',
    access,
    tag,
    summary: 'The kinds of system component an inventory holds',
    responses: { 200: itemsOf(ComponentKindInfoSchema) },
  }),
  reportKinds: defineRoute({
    method: 'GET',
    path: '/api/catalog/report-kinds',
    access,
    tag,
    summary: 'SOC 1 / 2 / 3 and Type I / II, explained',
    responses: { 200: ReportKindsSchema },
  }),
  templates: defineRoute({
    method: 'GET',
    path: '/api/catalog/templates',
    access,
    tag,
    summary: 'The control library',
    responses: { 200: itemsOf(ControlTemplateSchema) },
  }),
  criteria: defineRoute({
    method: 'GET',
    path: '/api/catalog/criteria',
    access,
    tag,
    summary: 'The criteria, optionally of one category, with their applicable control counts',
    query: CriteriaQuerySchema,
    responses: { 200: itemsOf(CriterionViewSchema) },
  }),
  criterion: defineRoute({
    method: 'GET',
    path: '/api/catalog/criteria/:criterionId',
    access,
    tag,
    summary: 'One criterion with the controls mapped to it',
    params: z.strictObject({ criterionId: z.string().max(10) }),
    responses: { 200: CriterionDetailSchema },
  }),
} as const;
