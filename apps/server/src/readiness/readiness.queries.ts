/**
 * Gathers what the readiness rules read, from Vigil's own records: the criteria in scope, controls
 * with their evidence, checks, activities and accepted risks, and the policies covering each criterion.
 */
import { CATEGORIES, type CategoryId, criteriaForCategories, POLICY_TEMPLATES } from '@vigil/catalog';
import {
  type AssessedControl,
  type AssessedPolicy,
  assessReadiness,
  normalizeCategories,
  type ReadinessAssessment,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { readTogether, schema } from '@vigil/db';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { MonitoringRegistry } from '../context.ts';
import { controlsWithCriteria } from '../controls/index.ts';
import { expiredEvidenceByControl, todayUtc, validEvidenceByControl } from '../evidence/index.ts';
import { monitoringSnapshot } from '../monitoring/index.ts';

const { activities, acceptanceRequests, organizations, policies, policyVersions, riskControls, risks } =
  schema;

const TEMPLATE_CRITERIA = new Map(POLICY_TEMPLATES.map((t) => [t.id, t.criteria as readonly string[]]));

/** Recurring activities that came due up to today, and those still open past their date, per control. */
async function activitiesByControl(db: Db, orgId: string, today: string) {
  const rows = await db
    .select({
      controlId: activities.controlId,
      due: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${activities.status} = 'open' and ${activities.dueDate} < ${today}::date)::int`,
    })
    .from(activities)
    .where(and(eq(activities.orgId, orgId), lte(activities.dueDate, today)))
    .groupBy(activities.controlId);
  return new Map(rows.map((r) => [r.controlId, r]));
}

/** Accepted risks whose acceptance is still in force, per control that mitigates them. */
async function exceptionsByControl(db: Db, orgId: string, today: string) {
  const rows = await db
    .select({ controlId: riskControls.controlId, n: sql<number>`count(*)::int` })
    .from(riskControls)
    .innerJoin(risks, eq(risks.id, riskControls.riskId))
    .where(and(eq(risks.orgId, orgId), eq(risks.status, 'accepted'), gte(risks.acceptanceExpiresOn, today)))
    .groupBy(riskControls.controlId);
  return new Map(rows.map((r) => [r.controlId, r.n]));
}

/** Each policy with the criteria of the template it was written from, and its published version's acceptance. */
async function assessedPolicies(db: Db, orgId: string, today: string): Promise<AssessedPolicy[]> {
  const rows = await db
    .select({
      id: policies.id,
      title: policies.title,
      templateId: policies.templateId,
      publishedId: sql<
        string | null
      >`(select ${policyVersions.id} from ${policyVersions} where ${policyVersions.policyId} = ${policies.id} and ${policyVersions.status} = 'published' limit 1)`,
    })
    .from(policies)
    .where(eq(policies.orgId, orgId))
    .orderBy(policies.title);
  const requests = await db
    .select({
      versionId: acceptanceRequests.versionId,
      requested: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${acceptanceRequests.state} = 'open' and ${acceptanceRequests.dueDate} < ${today}::date)::int`,
    })
    .from(acceptanceRequests)
    .where(eq(acceptanceRequests.orgId, orgId))
    .groupBy(acceptanceRequests.versionId);
  const byVersion = new Map(requests.map((r) => [r.versionId, r]));
  return rows.map((p) => {
    const req = p.publishedId ? byVersion.get(p.publishedId) : undefined;
    return {
      id: p.id,
      title: p.title,
      criteria: (p.templateId && TEMPLATE_CRITERIA.get(p.templateId)) || [],
      published: p.publishedId !== null,
      acceptancesRequested: req?.requested ?? 0,
      acceptancesOverdue: req?.overdue ?? 0,
    };
  });
}

/** The readiness assessment of an organization as its records stand now. */
export async function currentAssessment(
  db: Db,
  orgId: string,
  registry: MonitoringRegistry,
  now = new Date(),
): Promise<ReadinessAssessment> {
  const today = todayUtc(now);
  // A snapshot is taken inside its transaction: one connection, so the reads take turns there.
  const [[org], stated, snapshot, valid, expired, acts, exceptions, policyList] = await readTogether(db, [
    () =>
      db
        .select({ categories: organizations.categories })
        .from(organizations)
        .where(eq(organizations.id, orgId)),
    () => controlsWithCriteria(db, orgId),
    () => monitoringSnapshot(db, orgId, registry, now),
    () => validEvidenceByControl(db, orgId, today),
    () => expiredEvidenceByControl(db, orgId, today),
    () => activitiesByControl(db, orgId, today),
    () => exceptionsByControl(db, orgId, today),
    () => assessedPolicies(db, orgId, today),
  ]);
  const named = new Map(snapshot.controls.map((c) => [c.id, c]));
  const controls: AssessedControl[] = stated.map((c) => {
    const checks = snapshot.checks.filter((k) => k.controlIds.includes(c.id));
    const current = valid.get(c.id) ?? 0;
    return {
      id: c.id,
      code: named.get(c.id)?.code ?? '',
      title: named.get(c.id)?.title ?? '',
      status: c.status,
      applicable: c.applicable,
      criteria: c.criteria,
      currentEvidence: current,
      expiredEvidence: current > 0 ? 0 : (expired.get(c.id) ?? 0),
      checksPassing: checks.filter((k) => k.health === 'passing').length,
      checksFailing: checks.filter((k) => k.health === 'failing' || k.health === 'error').length,
      activitiesDue: acts.get(c.id)?.due ?? 0,
      activitiesOverdue: acts.get(c.id)?.overdue ?? 0,
      openExceptions: exceptions.get(c.id) ?? 0,
    };
  });
  const inScope = normalizeCategories(org?.categories ?? []);
  const criteria = criteriaForCategories(inScope);
  const templates = new Map<string, string[]>();
  for (const t of POLICY_TEMPLATES)
    for (const id of t.criteria) templates.set(id, [...(templates.get(id) ?? []), t.title]);
  const names = new Map<string, string>(CATEGORIES.map((c) => [c.id, c.name]));
  return assessReadiness({
    categories: inScope.map((id: CategoryId) => ({
      id,
      name: names.get(id) ?? id,
      criteria: criteria.filter((c) => c.category === id).map((c) => ({ id: c.id, title: c.title })),
    })),
    controls,
    policies: policyList,
    policyTemplates: templates,
  });
}
