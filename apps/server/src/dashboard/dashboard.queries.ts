/** Read queries of the dashboard: readiness computed from the controls, the engagement and recent activity. */
import type { Dashboard } from '@vigil/api';
import { CATEGORIES, type CategoryId, criteriaForCategories } from '@vigil/catalog';
import { computeReadiness, normalizeCategories } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { desc, eq } from 'drizzle-orm';
import { controlsWithCriteria } from '../controls/index.ts';
import { listEngagements } from '../engagements/index.ts';

/** Readiness per category, overall counts, the newest engagement the viewer may see and recent activity. */
export async function getDashboard(
  db: Db,
  orgId: string,
  viewer: { role: string; userId: string },
): Promise<Dashboard> {
  const [[org], controls, engagements, activity] = await Promise.all([
    db.select().from(schema.organizations).where(eq(schema.organizations.id, orgId)),
    controlsWithCriteria(db, orgId),
    listEngagements(db, orgId, viewer),
    db
      .select({
        seq: schema.auditEvents.seq,
        at: schema.auditEvents.at,
        actorLabel: schema.auditEvents.actorLabel,
        action: schema.auditEvents.action,
        entityType: schema.auditEvents.entityType,
        entityId: schema.auditEvents.entityId,
      })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.orgId, orgId))
      .orderBy(desc(schema.auditEvents.seq))
      .limit(8),
  ]);
  const categories = normalizeCategories(org?.categories ?? []);
  const criteria = criteriaForCategories(categories);
  const byCategory = new Map<CategoryId, string[]>(categories.map((c) => [c, []]));
  for (const c of criteria) byCategory.get(c.category)?.push(c.id);
  const names = new Map(CATEGORIES.map((c) => [c.id, c.name]));
  // The keys of `byCategory` are category ids, so every score's category is one.
  const readiness = computeReadiness(byCategory, controls).map((r) => {
    const category = r.category as CategoryId;
    return { ...r, category, name: names.get(category) ?? category };
  });
  const applicable = controls.filter((c) => c.applicable);
  const implemented = applicable.filter((c) => c.status === 'implemented').length;
  const inProgress = applicable.filter((c) => c.status === 'in_progress').length;
  const score = readiness.length
    ? Math.round((readiness.reduce((s, r) => s + r.score, 0) / readiness.length) * 10) / 10
    : 0;
  return {
    categories: readiness,
    overall: {
      score,
      controlsTotal: applicable.length,
      implemented,
      inProgress,
      notStarted: applicable.length - implemented - inProgress,
      notApplicable: controls.length - applicable.length,
    },
    engagement: engagements[0] ?? null,
    recentActivity: activity.map((a) => ({ ...a, at: new Date(a.at).toISOString() })),
  };
}
