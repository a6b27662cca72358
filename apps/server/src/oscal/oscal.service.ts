/**
 * Gathers what each OSCAL model needs from storage and hands it to core's pure builders. Nothing
 * here decides what a document says; it only reads, in a stable order, so exports diff cleanly.
 */
import { CONTROL_TEMPLATES } from '@vigil/catalog';
import { normalizeCategories, notFound } from '@vigil/core';
import {
  buildOscalAssessmentResults,
  buildOscalCatalog,
  buildOscalComponentDefinition,
  buildOscalPoam,
  buildOscalProfile,
  buildOscalSsp,
  type OscalControl,
  type OscalOrg,
  type OscalPoamItem,
} from '@vigil/core/oscal';
import { type Db, schema } from '@vigil/db';
import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import { type EngagementViewer, engagementInScope } from '../engagements/index.ts';
import { checksForOrg, engagementEffectiveness, type MonitoringRegistry } from '../monitoring/index.ts';
import { overdueVulnerabilities } from '../vulnerabilities/index.ts';
import { AUDIT_TESTING_WORK, type AuditWorkSource } from './audit-work.ts';

const { organizations, controls, controlCriteria, systems, users, checkIntervals, resources, evidence } =
  schema;
const { evidenceControls, internalAuditFindings: findings, internalAudits: audits } = schema;

export interface OscalEnv {
  db: Db;
  registry: MonitoringRegistry;
  auditWork?: AuditWorkSource;
}

async function orgOf(db: Db, orgId: string): Promise<OscalOrg> {
  const [o] = await db.select().from(organizations).where(eq(organizations.id, orgId));
  if (!o) throw notFound('organization');
  return { id: o.id, name: o.name, slug: o.slug, categories: normalizeCategories(o.categories) };
}

async function controlsOf(db: Db, orgId: string): Promise<OscalControl[]> {
  const [rows, links] = await Promise.all([
    db.select().from(controls).where(eq(controls.orgId, orgId)).orderBy(asc(controls.code)),
    db
      .select({ controlId: controlCriteria.controlId, criterionId: controlCriteria.criterionId })
      .from(controlCriteria)
      .where(eq(controlCriteria.orgId, orgId))
      .orderBy(asc(controlCriteria.criterionId)),
  ]);
  return rows.map((k) => ({
    id: k.id,
    code: k.code,
    title: k.title,
    description: k.description,
    status: k.status,
    applicable: k.applicable,
    naJustification: k.naJustification,
    criteria: links.filter((l) => l.controlId === k.id).map((l) => l.criterionId),
    templateId: k.templateId,
  }));
}

/** The component definition: the control library, and the organization's checks per connector kind. */
async function componentDefinition(env: OscalEnv, orgId: string, at: Date) {
  const checks = await checksForOrg(env.db, orgId, env.registry);
  const connectors = [...env.registry.importers, ...(env.registry.collectors ?? [])]
    .map((c) => ({ id: c.id, title: c.title, description: c.description, produces: c.produces }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return buildOscalComponentDefinition({
    at,
    orgId,
    templates: CONTROL_TEMPLATES,
    connectors,
    checks: checks
      .map((c) => ({
        id: c.id,
        title: c.title,
        description: c.description,
        severity: c.severity,
        resourceType: c.resourceType.type,
        criteria: c.criteria,
        controls: c.controls,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  });
}

async function ssp(db: Db, orgId: string, at: Date) {
  const [org, ctl, sys] = await Promise.all([
    orgOf(db, orgId),
    controlsOf(db, orgId),
    db
      .select({
        id: systems.id,
        name: systems.name,
        kind: systems.kind,
        description: systems.description,
        ownerName: users.name,
        inScope: systems.inScope,
      })
      .from(systems)
      .leftJoin(users, eq(users.id, systems.ownerId))
      .where(eq(systems.orgId, orgId))
      .orderBy(asc(systems.kind), asc(systems.name), asc(systems.id)),
  ]);
  return buildOscalSsp({ at, org, controls: ctl, systems: sys });
}

/** Checks failing now (an open failing interval), one item per check with the resources failing it. */
async function failingChecks(env: OscalEnv, orgId: string, ctl: OscalControl[]): Promise<OscalPoamItem[]> {
  const rows = await env.db
    .select({
      checkId: checkIntervals.checkId,
      since: checkIntervals.from,
      name: resources.name,
      reason: checkIntervals.reason,
    })
    .from(checkIntervals)
    .innerJoin(resources, eq(resources.id, checkIntervals.resourceId))
    .where(and(eq(checkIntervals.orgId, orgId), eq(checkIntervals.status, 'fail'), isNull(checkIntervals.to)))
    .orderBy(asc(checkIntervals.checkId), asc(resources.name), asc(checkIntervals.from));
  const checks = new Map((await checksForOrg(env.db, orgId, env.registry)).map((c) => [c.id, c]));
  const byCheck = new Map<string, typeof rows>();
  for (const r of rows) byCheck.set(r.checkId, [...(byCheck.get(r.checkId) ?? []), r]);
  return [...byCheck.entries()].map(([checkId, list]) => {
    const check = checks.get(checkId);
    const since = new Date(Math.min(...list.map((r) => r.since.getTime())));
    return {
      key: checkId,
      source: 'failing-check',
      title: `Failing check: ${check?.title ?? checkId}`,
      description: list.map((r) => `${r.name}: ${r.reason}`).join('\n'),
      due: null,
      since: since.toISOString(),
      controlCodes: ctl
        .filter((k) => k.templateId && check?.controls.includes(k.templateId))
        .map((k) => k.code),
      ...(check?.remediation ? { remediation: check.remediation } : {}),
    };
  });
}

async function openFindings(db: Db, orgId: string): Promise<OscalPoamItem[]> {
  const rows = await db
    .select({ f: findings, auditTitle: audits.title, code: controls.code })
    .from(findings)
    .innerJoin(audits, eq(audits.id, findings.auditId))
    .leftJoin(controls, eq(controls.id, findings.controlId))
    .where(and(eq(findings.orgId, orgId), eq(findings.status, 'open')))
    .orderBy(asc(findings.createdAt), asc(findings.id));
  return rows.map(({ f, auditTitle, code }) => ({
    key: f.id,
    source: 'internal-audit-finding',
    title: `Internal audit finding (${auditTitle})`,
    description: f.description,
    due: f.dueDate,
    since: f.createdAt.toISOString(),
    controlCodes: code ? [code] : [],
    remediation: f.remediation,
  }));
}

async function poam(env: OscalEnv, orgId: string, at: Date, engagementId?: string) {
  const [org, ctl] = await Promise.all([orgOf(env.db, orgId), controlsOf(env.db, orgId)]);
  const [failing, audit, vulns, exceptions] = await Promise.all([
    failingChecks(env, orgId, ctl),
    openFindings(env.db, orgId),
    overdueVulnerabilities(env.db, orgId, at),
    engagementId ? (env.auditWork ?? AUDIT_TESTING_WORK).exceptions(env.db, orgId, engagementId) : [],
  ]);
  const items: OscalPoamItem[] = [
    ...failing,
    ...audit,
    ...vulns.map((v) => ({
      key: v.resourceId,
      source: 'overdue-vulnerability' as const,
      title: `Overdue vulnerability ${v.vulnerabilityId} (${v.severity})`,
      description: `${v.package ? `${v.package} in ` : ''}${v.target || v.name}, found by ${v.scanner}, due ${v.dueAt}.`,
      due: v.dueAt,
      since: v.detectedAt,
      controlCodes: [],
    })),
    ...exceptions,
  ];
  return buildOscalPoam({ at, org, items, ...(engagementId ? { engagementId } : {}) });
}

async function assessmentResults(env: OscalEnv, viewer: EngagementViewer, engagementId: string, at: Date) {
  const { db } = env;
  const row = await engagementInScope(db, viewer, engagementId);
  const [org, ctl, eff, tests] = await Promise.all([
    orgOf(db, viewer.orgId),
    controlsOf(db, viewer.orgId),
    engagementEffectiveness(
      db,
      viewer.orgId,
      { role: viewer.role, userId: viewer.userId ?? '' },
      env.registry,
      engagementId,
      at,
    ),
    (env.auditWork ?? AUDIT_TESTING_WORK).testResults(db, viewer.orgId, engagementId),
  ]);
  const criteriaOf = new Map(ctl.map((k) => [k.id, k.criteria]));
  const controlIds = eff.controls.map((k) => k.controlId);
  const links = controlIds.length
    ? await db
        .select({
          id: evidence.id,
          title: evidence.title,
          sha256: evidence.sha256,
          mediaType: evidence.mediaType,
          fileName: evidence.fileName,
          controlId: evidenceControls.controlId,
        })
        .from(evidence)
        .innerJoin(evidenceControls, eq(evidenceControls.evidenceId, evidence.id))
        .where(
          and(
            eq(evidence.orgId, viewer.orgId),
            inArray(evidenceControls.controlId, controlIds),
            lte(evidence.createdAt, at),
          ),
        )
        .orderBy(asc(evidence.createdAt), asc(evidence.id), asc(evidenceControls.controlId))
    : [];
  const items = new Map<
    string,
    { id: string; title: string; sha256: string; mediaType: string; fileName: string; controlIds: string[] }
  >();
  for (const l of links) {
    const item = items.get(l.id) ?? { ...l, controlIds: [] };
    item.controlIds.push(l.controlId);
    items.set(l.id, item);
  }
  return buildOscalAssessmentResults({
    at,
    org,
    engagement: {
      id: row.id,
      name: row.name,
      reportType: row.reportType,
      windowStart: row.windowStart,
      windowEnd: row.windowEnd,
      asOfDate: row.asOfDate,
      evaluatedUntil: eff.evaluatedUntil,
    },
    effectiveness: eff.controls.map((k) => ({ ...k, criteria: criteriaOf.get(k.controlId) ?? [] })),
    evidence: [...items.values()].map(({ id, title, sha256, mediaType, fileName, controlIds: c }) => ({
      id,
      title,
      sha256,
      mediaType,
      fileName,
      controlIds: c,
    })),
    auditorTests: tests,
  });
}

export type OrgOscalModel = 'catalog' | 'profile' | 'component-definition' | 'ssp' | 'poam';
export type EngagementOscalModel = 'assessment-results' | 'poam';

/** One model of the organization as an OSCAL document. */
export async function exportOrgOscal(env: OscalEnv, orgId: string, model: OrgOscalModel, at: Date) {
  switch (model) {
    case 'catalog':
      return buildOscalCatalog({ at });
    case 'profile': {
      const [org, ctl] = await Promise.all([orgOf(env.db, orgId), controlsOf(env.db, orgId)]);
      return buildOscalProfile({ at, org, controls: ctl });
    }
    case 'component-definition':
      return componentDefinition(env, orgId, at);
    case 'ssp':
      return ssp(env.db, orgId, at);
    case 'poam':
      return poam(env, orgId, at);
  }
}

/** One model of an engagement the viewer may see (404 otherwise) as an OSCAL document. */
export async function exportEngagementOscal(
  env: OscalEnv,
  viewer: EngagementViewer,
  engagementId: string,
  model: EngagementOscalModel,
  at: Date,
) {
  if (model === 'assessment-results') return assessmentResults(env, viewer, engagementId, at);
  await engagementInScope(env.db, viewer, engagementId);
  return poam(env, viewer.orgId, at, engagementId);
}
