/** The readiness dashboard: per-category scores, the current engagement and recent activity. */
import { CATEGORIES, type CategoryId, criteriaForCategories } from '@vigil/catalog';
import { computeReadiness, normalizeCategories } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { App, AppContext } from '../context.ts';
import { controlsWithCriteria } from '../controls/controls.queries.ts';
import { EngagementSchema } from '../engagements/engagements.schema.ts';
import { listEngagements } from '../engagements/engagements.service.ts';
import { OrgResponseCache } from '../http/org-response-cache.ts';

const CategoryReadinessSchema = z.object({
  category: z.string(),
  name: z.string(),
  criteriaTotal: z.number(),
  criteriaCovered: z.number(),
  criteriaMet: z.number(),
  controlsTotal: z.number(),
  controlsImplemented: z.number(),
  controlsInProgress: z.number(),
  controlsNotApplicable: z.number(),
  score: z.number(),
  uncoveredCriteria: z.array(z.string()),
});

const DashboardSchema = z.object({
  categories: z.array(CategoryReadinessSchema),
  overall: z.object({
    score: z.number(),
    controlsTotal: z.number(),
    implemented: z.number(),
    inProgress: z.number(),
    notStarted: z.number(),
    notApplicable: z.number(),
  }),
  engagement: EngagementSchema.nullable(),
  recentActivity: z.array(
    z.object({
      seq: z.number(),
      at: z.string(),
      actorLabel: z.string(),
      action: z.string(),
      entityType: z.string(),
      entityId: z.string().nullable(),
    }),
  ),
});

type Dashboard = z.infer<typeof DashboardSchema>;

/** Readiness per category, overall counts, the newest engagement the viewer may see and recent activity. */
async function computeDashboard(
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
  const readiness = computeReadiness(byCategory, controls).map((r) => ({
    ...r,
    name: names.get(r.category as CategoryId) ?? r.category,
  }));
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

export function registerDashboardRoutes(app: App, { db, changeFeed }: AppContext) {
  const cache = new OrgResponseCache(db, changeFeed);
  app.get(
    '/api/dashboard',
    {
      config: { access: { permission: 'dashboard.read' } },
      schema: { tags: ['dashboard'], response: { 200: DashboardSchema } },
    },
    async (req, reply) => {
      const orgId = req.auth!.org!.id;
      const viewer = { role: req.auth!.org!.role, userId: req.auth!.user.id };
      // Auditors see only their engagements, so their answer is cached apart from everyone else's.
      const key = viewer.role === 'auditor' ? `dashboard:auditor:${viewer.userId}` : 'dashboard';
      const body = await cache.json(orgId, key, DashboardSchema, () => computeDashboard(db, orgId, viewer));
      return reply.type('application/json').send(body as never);
    },
  );
}
