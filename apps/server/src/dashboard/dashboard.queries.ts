/**
 * Read queries of the dashboard: readiness computed from the controls, their evidence and checks
 * (`controlMet`), monitoring health, the engagement and recent activity.
 */
import type { Dashboard } from '@vigil/api';
import { CATEGORIES, type CategoryId, criteriaForCategories } from '@vigil/catalog';
import { computeReadiness, normalizeCategories, readinessScore } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { controlMet, hasFailingChecks } from '@vigil/monitoring';
import { and, desc, eq } from 'drizzle-orm';
import { presentAuditEvents } from '../audit/audit-presenter.ts';
import { workspaceSummary } from '../audit-requests/index.ts';
import type { MonitoringRegistry } from '../context.ts';
import { controlsWithCriteria } from '../controls/index.ts';
import { listEngagements } from '../engagements/index.ts';
import { evidenceExpiry, todayUtc, validEvidenceByControl } from '../evidence/index.ts';
import { monitoringSnapshot } from '../monitoring/index.ts';
import { gettingStarted } from './getting-started.ts';

/** Readiness per category, overall counts, the newest engagement the viewer may see and recent activity. */
export async function getDashboard(
  db: Db,
  orgId: string,
  viewer: { role: string; userId: string },
  registry: MonitoringRegistry,
  now = new Date(),
): Promise<Dashboard> {
  const today = todayUtc(now);
  const [[org], stated, engagements, activity, snapshot, evidenced, expiry, failingConnectors, firstSteps] =
    await Promise.all([
      db.select().from(schema.organizations).where(eq(schema.organizations.id, orgId)),
      controlsWithCriteria(db, orgId),
      listEngagements(db, orgId, viewer),
      db
        .select({
          seq: schema.auditEvents.seq,
          at: schema.auditEvents.at,
          actorType: schema.auditEvents.actorType,
          actorId: schema.auditEvents.actorId,
          actorLabel: schema.auditEvents.actorLabel,
          action: schema.auditEvents.action,
          entityType: schema.auditEvents.entityType,
          entityId: schema.auditEvents.entityId,
          changes: schema.auditEvents.changes,
        })
        .from(schema.auditEvents)
        .where(eq(schema.auditEvents.orgId, orgId))
        .orderBy(desc(schema.auditEvents.seq))
        .limit(8)
        .then((rows) => presentAuditEvents(db, orgId, rows)),
      monitoringSnapshot(db, orgId, registry, now),
      validEvidenceByControl(db, orgId, today),
      evidenceExpiry(db, orgId, today),
      db
        .select({ id: schema.connectors.id, name: schema.connectors.name })
        .from(schema.connectors)
        .where(
          and(
            eq(schema.connectors.orgId, orgId),
            eq(schema.connectors.enabled, true),
            eq(schema.connectors.lastStatus, 'error'),
          ),
        )
        .orderBy(schema.connectors.name),
      gettingStarted(db, orgId),
    ]);
  const shown = engagements[0];
  const requestCounts = shown
    ? await workspaceSummary(db, { id: shown.id, orgId, name: shown.name }).then((w) => ({
        waitingOnAuditor: w.waitingOnAuditor,
        waitingOnCompany: w.waitingOnCompany,
        overdue: w.overdue,
      }))
    : null;
  const monitoringOf = new Map(snapshot.controls.map((c) => [c.id, c.status]));
  const controls = stated.map((c) => {
    const monitoring = monitoringOf.get(c.id) ?? 'no_checks';
    return {
      ...c,
      monitoring,
      met: controlMet({ ...c, monitoring, currentEvidence: evidenced.get(c.id) ?? 0 }),
    };
  });
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
  const met = applicable.filter((c) => c.met).length;
  const failingChecks = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const c of snapshot.checks) if (c.health === 'failing') failingChecks[c.check.severity] += 1;
  return {
    categories: readiness,
    overall: {
      // The share of applicable controls met, over the whole organization (not an average of categories).
      score: readinessScore(met, applicable.length),
      controlsTotal: applicable.length,
      implemented,
      met,
      implementedFailing: applicable.filter(
        (c) => c.status === 'implemented' && hasFailingChecks(c.monitoring),
      ).length,
      inProgress,
      notStarted: applicable.length - implemented - inProgress,
      notApplicable: controls.length - applicable.length,
    },
    monitoring: {
      failingChecks,
      erroringChecks: snapshot.checks.filter((c) => c.health === 'error').length,
      failingConnectors,
      evidenceExpired: expiry.expired,
      evidenceExpiringSoon: expiry.expiringSoon,
      expiringDays: expiry.days,
    },
    engagement: engagements[0] ?? null,
    auditRequests: requestCounts,
    recentActivity: activity.map((a) => ({
      seq: a.seq,
      at: new Date(a.at).toISOString(),
      actorLabel: a.actorLabel,
      actorName: a.actorName,
      action: a.action,
      actionLabel: a.actionLabel,
      summary: a.summary,
      entityType: a.entityType,
      entityId: a.entityId,
      objectType: a.objectType,
      objectName: a.objectName,
    })),
    gettingStarted: firstSteps,
  };
}
