/** Read queries of the catalog domain: the static criteria joined with the organization's control mappings. */
import type { CriteriaQuery, CriterionDetail, CriterionView } from '@vigil/api';
import { CRITERIA, CRITERION_GROUPS, type Criterion, criterionById } from '@vigil/catalog';
import { notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';
import { listControls } from '../controls/index.ts';

const groupName = new Map(CRITERION_GROUPS.map((g) => [g.id, g.name]));

function present(criterion: Criterion, controlCount: number): CriterionView {
  return { ...criterion, groupName: groupName.get(criterion.groupId) ?? criterion.groupId, controlCount };
}

/** The criteria (of one category, when asked) with how many applicable controls map to each. */
export async function listCriteria(db: Db, orgId: string, query: CriteriaQuery): Promise<CriterionView[]> {
  const counts = await db
    .select({ criterionId: schema.controlCriteria.criterionId, n: sql<number>`count(*)::int` })
    .from(schema.controlCriteria)
    .innerJoin(schema.controls, eq(schema.controls.id, schema.controlCriteria.controlId))
    .where(and(eq(schema.controlCriteria.orgId, orgId), eq(schema.controls.applicable, true)))
    .groupBy(schema.controlCriteria.criterionId);
  const byId = new Map(counts.map((c) => [c.criterionId, c.n]));
  return CRITERIA.filter((c) => !query.category || c.category === query.category).map((c) =>
    present(c, byId.get(c.id) ?? 0),
  );
}

/** One criterion with every control mapped to it, applicable or not. */
export async function getCriterion(db: Db, orgId: string, criterionId: string): Promise<CriterionDetail> {
  const criterion = criterionById(criterionId);
  if (!criterion) throw notFound('criterion');
  const { items } = await listControls(db, orgId, { criterion: criterion.id, limit: 500, offset: 0 });
  return { criterion: present(criterion, items.filter((c) => c.applicable).length), controls: items };
}
