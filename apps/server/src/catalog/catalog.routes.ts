/** Read-only routes over the SOC 2 catalog, joined with the organization's own control mappings. */

import { ControlSchema } from '@vigil/api';
import {
  CATEGORIES,
  CategoryIdSchema,
  CategorySchema,
  COMPONENT_KINDS,
  CONTROL_TEMPLATES,
  ComponentKindInfoSchema,
  ControlTemplateSchema,
  CRITERIA,
  CRITERION_GROUPS,
  CriterionSchema,
  criterionById,
  REPORT_KINDS,
  REPORT_TYPES,
  ReportKindSchema,
  ReportTypeSchema,
} from '@vigil/catalog';
import { notFound } from '@vigil/core';
import { schema } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App, AppContext } from '../context.ts';
import { listControls } from '../controls/controls.queries.ts';
import { errorResponses } from '../http/schemas.ts';

const read = { access: { permission: 'catalog.read' } } as const;
const CriterionViewSchema = CriterionSchema.extend({ groupName: z.string(), controlCount: z.number() });
const groupName = new Map(CRITERION_GROUPS.map((g) => [g.id, g.name]));

export function registerCatalogRoutes(app: App, { db }: AppContext) {
  app.get(
    '/api/catalog/categories',
    {
      config: read,
      schema: { tags: ['catalog'], response: { 200: z.object({ items: z.array(CategorySchema) }) } },
    },
    async () => ({ items: CATEGORIES }),
  );

  app.get(
    '/api/catalog/component-kinds',
    {
      config: read,
      schema: { tags: ['catalog'], response: { 200: z.object({ items: z.array(ComponentKindInfoSchema) }) } },
    },
    async () => ({ items: COMPONENT_KINDS }),
  );

  app.get(
    '/api/catalog/report-kinds',
    {
      config: read,
      schema: {
        tags: ['catalog'],
        summary: 'SOC 1 / 2 / 3 and Type I / II, explained',
        response: { 200: z.object({ kinds: z.array(ReportKindSchema), types: z.array(ReportTypeSchema) }) },
      },
    },
    async () => ({ kinds: REPORT_KINDS, types: REPORT_TYPES }),
  );

  app.get(
    '/api/catalog/templates',
    {
      config: read,
      schema: { tags: ['catalog'], response: { 200: z.object({ items: z.array(ControlTemplateSchema) }) } },
    },
    async () => ({ items: CONTROL_TEMPLATES }),
  );

  app.get(
    '/api/catalog/criteria',
    {
      config: read,
      schema: {
        tags: ['catalog'],
        querystring: z.strictObject({ category: CategoryIdSchema.optional() }),
        response: { 200: z.object({ items: z.array(CriterionViewSchema) }) },
      },
    },
    async (req) => {
      const orgId = req.auth!.org!.id;
      const counts = await db
        .select({ criterionId: schema.controlCriteria.criterionId, n: sql<number>`count(*)::int` })
        .from(schema.controlCriteria)
        .innerJoin(schema.controls, eq(schema.controls.id, schema.controlCriteria.controlId))
        .where(and(eq(schema.controlCriteria.orgId, orgId), eq(schema.controls.applicable, true)))
        .groupBy(schema.controlCriteria.criterionId);
      const byId = new Map(counts.map((c) => [c.criterionId, c.n]));
      const items = CRITERIA.filter((c) => !req.query.category || c.category === req.query.category).map(
        (c) => ({
          ...c,
          groupName: groupName.get(c.groupId) ?? c.groupId,
          controlCount: byId.get(c.id) ?? 0,
        }),
      );
      return { items };
    },
  );

  app.get(
    '/api/catalog/criteria/:criterionId',
    {
      config: read,
      schema: {
        tags: ['catalog'],
        params: z.strictObject({ criterionId: z.string().max(10) }),
        response: {
          200: z.object({ criterion: CriterionViewSchema, controls: z.array(ControlSchema) }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const criterion = criterionById(req.params.criterionId);
      if (!criterion) throw notFound('criterion');
      const { items } = await listControls(db, req.auth!.org!.id, {
        criterion: criterion.id,
        limit: 500,
        offset: 0,
      });
      return {
        criterion: {
          ...criterion,
          groupName: groupName.get(criterion.groupId) ?? criterion.groupId,
          controlCount: items.filter((c) => c.applicable).length,
        },
        controls: items,
      };
    },
  );
}
