/** Reads of incidents: the register, one incident as the API shows it, the CSV, and empty periods. */
import type { EmptyPeriod, Incident, IncidentSummary } from '@vigil/api';
import {
  INCIDENT_SOURCE_LABELS,
  INCIDENT_STATUS_LABELS,
  incidentIsOpen,
  nextIncidentStatuses,
  notFound,
  notificationLate,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { stringify } from 'csv-stringify/sync';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';

const {
  incidents,
  incidentTimeline,
  incidentFollowUps,
  incidentEmptyPeriods,
  users,
  systems,
  controls,
  evidence,
  incidentRisks,
  risks,
} = schema;
export type IncidentRow = typeof incidents.$inferSelect;

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The earliest deadline of a required notification not yet made. */
function nextDeadline(r: IncidentRow): string | null {
  const open = [
    r.customersMustBeNotified && !r.customersNotifiedAt ? r.customersNotifyBy : null,
    r.authoritiesMustBeNotified && !r.authoritiesNotifiedAt ? r.authoritiesNotifyBy : null,
  ].filter((d): d is Date => !!d);
  open.sort((a, b) => a.getTime() - b.getTime());
  return iso(open[0] ?? null);
}

function summary(r: IncidentRow): IncidentSummary {
  return {
    id: r.id,
    title: r.title,
    severity: r.severity,
    source: r.source,
    status: r.status,
    occurredAt: iso(r.occurredAt),
    detectedAt: r.detectedAt.toISOString(),
    reportedAt: iso(r.reportedAt),
    significant: r.significant,
    nextDeadline: incidentIsOpen(r.status) || r.status === 'closed' ? nextDeadline(r) : null,
  };
}

/** Every incident of the organization, latest detected first. */
export async function listIncidents(db: Db, orgId: string): Promise<IncidentSummary[]> {
  const rows = await db
    .select()
    .from(incidents)
    .where(eq(incidents.orgId, orgId))
    .orderBy(desc(incidents.detectedAt));
  return rows.map(summary);
}

/** The stored row, or not found (also for another organization's incident). */
export async function incidentRow(
  db: Db,
  orgId: string,
  incidentId: string,
  lock = false,
): Promise<IncidentRow> {
  const q = db
    .select()
    .from(incidents)
    .where(and(eq(incidents.orgId, orgId), eq(incidents.id, incidentId)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('Incident');
  return row;
}

/** One incident with its timeline, follow-ups, links and notification deadlines. */
export async function getIncident(
  db: Db,
  orgId: string,
  incidentId: string,
  today: string,
): Promise<Incident> {
  const r = await incidentRow(db, orgId, incidentId);
  const now = new Date();
  const [timeline, followUps, sys, ctl, ev, linkedRisks] = await Promise.all([
    db
      .select()
      .from(incidentTimeline)
      .where(eq(incidentTimeline.incidentId, r.id))
      .orderBy(asc(incidentTimeline.at), asc(incidentTimeline.createdAt)),
    db
      .select({ f: incidentFollowUps, ownerName: users.name })
      .from(incidentFollowUps)
      .leftJoin(users, eq(users.id, incidentFollowUps.ownerId))
      .where(eq(incidentFollowUps.incidentId, r.id))
      .orderBy(asc(incidentFollowUps.dueDate), asc(incidentFollowUps.createdAt)),
    r.affectedSystemIds.length
      ? db
          .select({ id: systems.id, name: systems.name })
          .from(systems)
          .where(and(eq(systems.orgId, orgId), inArray(systems.id, r.affectedSystemIds)))
      : [],
    r.controlIds.length
      ? db
          .select({ id: controls.id, code: controls.code, title: controls.title })
          .from(controls)
          .where(and(eq(controls.orgId, orgId), inArray(controls.id, r.controlIds)))
      : [],
    r.evidenceIds.length
      ? db
          .select({ id: evidence.id, title: evidence.title })
          .from(evidence)
          .where(and(eq(evidence.orgId, orgId), inArray(evidence.id, r.evidenceIds)))
      : [],
    db
      .select({ id: risks.id, title: risks.title })
      .from(incidentRisks)
      .innerJoin(risks, eq(risks.id, incidentRisks.riskId))
      .where(eq(incidentRisks.incidentId, r.id))
      .orderBy(asc(risks.title)),
  ]);
  const notification = (required: boolean, deadline: Date | null, notifiedAt: Date | null) => ({
    required,
    deadline: iso(deadline),
    notifiedAt: iso(notifiedAt),
    late: required && notificationLate(deadline, notifiedAt, now),
  });
  return {
    ...summary(r),
    description: r.description,
    affectedSystems: sys,
    affectedData: r.affectedData,
    customers: notification(r.customersMustBeNotified, r.customersNotifyBy, r.customersNotifiedAt),
    authorities: notification(r.authoritiesMustBeNotified, r.authoritiesNotifyBy, r.authoritiesNotifiedAt),
    rootCause: r.rootCause,
    lessonsLearned: r.lessonsLearned,
    dismissalReason: r.dismissalReason,
    controls: ctl,
    evidence: ev,
    risks: linkedRisks,
    promotedFrom: r.promotedFrom ?? null,
    next: [...nextIncidentStatuses(r.status)],
    timeline: timeline.map((t) => ({ id: t.id, at: t.at.toISOString(), who: t.authorName, text: t.text })),
    followUps: followUps.map(({ f, ownerName }) => ({
      id: f.id,
      title: f.title,
      ownerId: f.ownerId,
      ownerName: ownerName ?? null,
      dueDate: f.dueDate,
      done: f.doneAt !== null,
      overdue: f.doneAt === null && f.dueDate < today,
    })),
    createdAt: r.createdAt.toISOString(),
    closedAt: iso(r.closedAt),
  };
}

/** The register as CSV for the auditor, one row per incident. */
export async function incidentsCsv(db: Db, orgId: string): Promise<string> {
  const rows = await db
    .select()
    .from(incidents)
    .where(eq(incidents.orgId, orgId))
    .orderBy(asc(incidents.detectedAt));
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  return stringify([
    [
      'Title',
      'Severity',
      'Detection source',
      'Status',
      'Occurred',
      'Detected',
      'Reported',
      'Significant',
      'Customers must be notified',
      'Customers notify by',
      'Customers notified',
      'Authorities must be notified',
      'Authorities notify by',
      'Authorities notified',
      'Affected data',
      'Root cause',
      'Lessons learned',
      'Dismissal reason',
      'Closed',
    ],
    ...rows.map((r) => [
      r.title,
      r.severity,
      INCIDENT_SOURCE_LABELS[r.source],
      INCIDENT_STATUS_LABELS[r.status],
      iso(r.occurredAt) ?? '',
      r.detectedAt.toISOString(),
      iso(r.reportedAt) ?? '',
      yes(r.significant),
      yes(r.customersMustBeNotified),
      iso(r.customersNotifyBy) ?? '',
      iso(r.customersNotifiedAt) ?? '',
      yes(r.authoritiesMustBeNotified),
      iso(r.authoritiesNotifyBy) ?? '',
      iso(r.authoritiesNotifiedAt) ?? '',
      r.affectedData,
      r.rootCause ?? '',
      r.lessonsLearned ?? '',
      r.dismissalReason ?? '',
      iso(r.closedAt) ?? '',
    ]),
  ]);
}

/** The attested periods without incidents, latest first. */
export async function listEmptyPeriods(db: Db, orgId: string): Promise<EmptyPeriod[]> {
  const rows = await db
    .select()
    .from(incidentEmptyPeriods)
    .where(eq(incidentEmptyPeriods.orgId, orgId))
    .orderBy(desc(incidentEmptyPeriods.from));
  return rows.map(presentEmptyPeriod);
}

/** One attestation as the API shows it. */
export function presentEmptyPeriod(r: typeof incidentEmptyPeriods.$inferSelect): EmptyPeriod {
  return {
    id: r.id,
    from: r.from,
    to: r.to,
    note: r.note,
    attestedBy: r.attestedByName,
    attestedAt: r.createdAt.toISOString(),
  };
}
