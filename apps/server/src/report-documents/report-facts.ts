/**
 * Gathers what Vigil knows about an engagement for the system description and bridge letter:
 * scope components, criteria and their controls, not-applicable justifications, significant
 * incidents, subservice organizations, changes recorded in the audit trail, failing checks now.
 */
import { CATEGORIES, COMPONENT_KINDS, CRITERIA } from '@vigil/catalog';
import type { BridgeFacts, ChangeFact, DescriptionFacts, IncidentFact } from '@vigil/core';
import { addDays, dayWords } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { presentAuditEvents } from '../audit/audit-presenter.ts';
import type { EngagementRow } from '../engagements/index.ts';
import { significantIncidentsIn } from '../incidents/index.ts';
import { type MonitoringRegistry, monitoringSnapshot } from '../monitoring/index.ts';
import { subserviceOrganizations } from '../vendors/index.ts';
import { organizationName } from './report-documents.queries.ts';

const { auditEvents, controlCriteria, controls, engagementSystems, systems, vendors } = schema;

/** The audit actions that change the system or its controls (DC9, and the bridge letter's control changes). */
const CHANGE_ACTIONS = [
  'scope.updated',
  'system.created',
  'system.updated',
  'system.deleted',
  'control.created',
  'control.updated',
  'vendor.subservice_set',
];

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The first and last day the engagement's report covers. */
export function periodOf(e: EngagementRow): { from: string; to: string } {
  const from = e.windowStart ?? e.asOfDate ?? day(e.createdAt);
  const to = e.windowEnd ?? e.asOfDate ?? from;
  return { from, to };
}

function periodWords(e: EngagementRow): string {
  const { from, to } = periodOf(e);
  return e.reportType === 'type1'
    ? `Type I, as of ${dayWords(to)}`
    : `Type II, ${dayWords(from)} to ${dayWords(to)}`;
}

async function incidentsIn(db: Db, orgId: string, from: string, to: string): Promise<IncidentFact[]> {
  const rows = await significantIncidentsIn(db, orgId, from, to);
  return rows.map((i) => ({
    title: i.title,
    severity: i.severity,
    status: i.status.replace(/_/g, ' '),
    detectedOn: day(i.detectedAt),
    rootCause: i.rootCause,
    lessonsLearned: i.lessonsLearned,
  }));
}

/** Changes to the scope, systems, controls and subservice roles recorded in the audit trail between two days. */
async function changesIn(db: Db, orgId: string, from: string, to: string): Promise<ChangeFact[]> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.orgId, orgId),
        inArray(auditEvents.action, CHANGE_ACTIONS),
        gte(auditEvents.at, `${from}T00:00:00.000Z`),
        lte(auditEvents.at, `${to}T23:59:59.999Z`),
      ),
    )
    .orderBy(asc(auditEvents.seq));
  const worded = await presentAuditEvents(db, orgId, rows);
  return worded.map((e) => ({ on: e.at.slice(0, 10), what: e.summary }));
}

/** The facts of a system description for one engagement. */
export async function descriptionFacts(db: Db, e: EngagementRow): Promise<DescriptionFacts> {
  const { from, to } = periodOf(e);
  const chosen = await db
    .select({ id: engagementSystems.systemId })
    .from(engagementSystems)
    .where(eq(engagementSystems.engagementId, e.id));
  const systemRows = await db
    .select()
    .from(systems)
    .where(
      and(
        eq(systems.orgId, e.orgId),
        chosen.length > 0
          ? inArray(
              systems.id,
              chosen.map((c) => c.id),
            )
          : eq(systems.inScope, true),
      ),
    )
    .orderBy(asc(systems.name));
  const kindOrder = COMPONENT_KINDS.map((k) => k.id as string);
  const components = systemRows
    .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind))
    .map((s) => ({
      kind: s.kind,
      kindName: COMPONENT_KINDS.find((k) => k.id === s.kind)?.name ?? s.kind,
      name: s.name,
      description: s.description,
    }));

  const links = await db
    .select({
      criterionId: controlCriteria.criterionId,
      code: controls.code,
      title: controls.title,
      applicable: controls.applicable,
      naJustification: controls.naJustification,
    })
    .from(controlCriteria)
    .innerJoin(controls, eq(controls.id, controlCriteria.controlId))
    .where(eq(controlCriteria.orgId, e.orgId))
    .orderBy(asc(controls.code));
  const inScope = CRITERIA.filter((c) => e.categories.includes(c.category));
  const criteria = inScope.map((c) => ({
    id: c.id,
    title: c.title,
    controls: links
      .filter((l) => l.criterionId === c.id && l.applicable)
      .map((l) => ({ code: l.code, title: l.title })),
  }));
  const notRelevant = inScope.flatMap((c) => {
    const mapped = links.filter((l) => l.criterionId === c.id);
    if (mapped.length === 0 || mapped.some((l) => l.applicable)) return [];
    return [
      {
        id: c.id,
        title: c.title,
        justifications: [...new Set(mapped.map((l) => l.naJustification ?? '').filter(Boolean))],
      },
    ];
  });

  const { subserviceOrganizations: subservice } = await subserviceOrganizations(db, e.orgId);
  return {
    organization: await organizationName(db, e.orgId),
    engagement: e.name,
    periodWords: periodWords(e),
    categories: CATEGORIES.filter((c) => e.categories.includes(c.id)).map((c) => c.name),
    components,
    incidents: await incidentsIn(db, e.orgId, from, to),
    criteria: criteria.filter((c) => !notRelevant.some((n) => n.id === c.id)),
    notRelevant,
    subservice: subservice.map((s) => ({
      name: s.name,
      services: s.services,
      method: s.method,
      csocs: s.csocs,
      cuecs: s.cuecs,
    })),
    changes: await changesIn(db, e.orgId, from, to),
  };
}

/** The facts of a bridge letter: the gap runs from the day after the report's period to `today`. */
export async function bridgeFacts(
  db: Db,
  e: EngagementRow,
  registry: MonitoringRegistry,
  today: string,
): Promise<BridgeFacts> {
  const { to: periodEnd } = periodOf(e);
  const gapStart = addDays(periodEnd, 1);
  const snapshot = await monitoringSnapshot(db, e.orgId, registry);
  const newVendors = await db
    .select({ name: vendors.name, services: vendors.services, createdAt: vendors.createdAt })
    .from(vendors)
    .where(
      and(
        eq(vendors.orgId, e.orgId),
        eq(vendors.partOfSystem, true),
        sql`${vendors.subserviceMethod} is not null`,
        sql`${vendors.status} <> 'terminated'`,
        gte(vendors.createdAt, new Date(`${gapStart}T00:00:00.000Z`)),
      ),
    )
    .orderBy(asc(vendors.name));
  return {
    organization: await organizationName(db, e.orgId),
    engagement: e.name,
    auditFirm: e.auditFirm,
    periodWords: periodWords(e),
    periodEnd,
    gapStart,
    gapEnd: today,
    changes: await changesIn(db, e.orgId, gapStart, today),
    incidents: await incidentsIn(db, e.orgId, gapStart, today),
    failingChecks: snapshot.checks
      .filter((c) => c.counts.fail > 0)
      .map((c) => ({ title: c.check.title, failing: c.counts.fail }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    newSubservice: newVendors.map((v) => ({ name: v.name, services: v.services, since: day(v.createdAt) })),
  };
}
