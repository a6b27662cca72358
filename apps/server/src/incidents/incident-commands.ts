/**
 * The writes of incidents, each in the caller's transaction with its audit event: record, edit,
 * move through the lifecycle, add to the timeline, follow-ups, promotion of a failing check, and
 * the attestation of a period without incidents.
 */
import type {
  CheckDetail,
  EmptyPeriodInputSchema,
  FollowUpInputSchema,
  IncidentFieldsSchema,
  IncidentTransitionSchema,
  TimelineEntryInputSchema,
} from '@vigil/api';
import {
  checkIncidentMove,
  checkIncidentTimes,
  checkPeriod,
  INCIDENT_STATUS_LABELS,
  invalid,
  notFound,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { requestReassessment } from '../risks/index.ts';
import { assertMember } from '../users/index.ts';
import { type IncidentRow, incidentRow, presentEmptyPeriod } from './incidents.queries.ts';

const {
  incidents,
  incidentTimeline,
  incidentFollowUps,
  incidentEmptyPeriods,
  users,
  systems,
  controls,
  evidence,
} = schema;
type Fields = z.output<typeof IncidentFieldsSchema>;

const at = (s: string | null) => (s ? new Date(s) : null);

/** The name a person is shown by on the timeline. */
async function nameOf(tx: Db, actor: OrgActor): Promise<string> {
  if (!actor.userId) return actor.label;
  const [u] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
  return u?.name ?? actor.label;
}

/** Refuses ids that are not records of this organization, naming the field. */
async function checkLinks(tx: Db, orgId: string, f: Fields) {
  const lists = [
    ['affectedSystemIds', systems, f.affectedSystemIds],
    ['controlIds', controls, f.controlIds],
    ['evidenceIds', evidence, f.evidenceIds],
  ] as const;
  for (const [field, table, ids] of lists) {
    const unique = [...new Set(ids)];
    if (!unique.length) continue;
    const found = await tx
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.orgId, orgId), inArray(table.id, unique)));
    if (found.length !== unique.length)
      throw invalid(field, `${field}: not every item is of this organization`);
  }
}

/** Field values as stored, after the rules between them. */
async function valuesOf(tx: Db, orgId: string, f: Fields) {
  const times = {
    occurredAt: at(f.occurredAt),
    detectedAt: new Date(f.detectedAt),
    reportedAt: at(f.reportedAt),
  };
  checkIncidentTimes(times, new Date());
  for (const [who, n] of [
    ['customers', f.customers],
    ['authorities', f.authorities],
  ] as const) {
    if (n.required && !n.deadline)
      throw invalid(`${who}.deadline`, `${who}.deadline: say by when they must be notified`);
    if (!n.required && (n.deadline || n.notifiedAt)) {
      throw invalid(
        `${who}.required`,
        `${who}.required: a deadline or notification needs the notification to be required`,
      );
    }
    if (n.notifiedAt && new Date(n.notifiedAt) < times.detectedAt) {
      throw invalid(`${who}.notifiedAt`, `${who}.notifiedAt: cannot be before the incident was detected`);
    }
  }
  await checkLinks(tx, orgId, f);
  return {
    title: f.title,
    description: f.description,
    severity: f.severity,
    source: f.source,
    ...times,
    affectedSystemIds: [...new Set(f.affectedSystemIds)],
    affectedData: f.affectedData,
    customersMustBeNotified: f.customers.required,
    customersNotifyBy: at(f.customers.deadline),
    customersNotifiedAt: at(f.customers.notifiedAt),
    authoritiesMustBeNotified: f.authorities.required,
    authoritiesNotifyBy: at(f.authorities.deadline),
    authoritiesNotifiedAt: at(f.authorities.notifiedAt),
    rootCause: f.rootCause || null,
    significant: f.significant,
    controlIds: [...new Set(f.controlIds)],
    evidenceIds: [...new Set(f.evidenceIds)],
  };
}

/** A significant incident asks for the risks to be reassessed, in the same transaction. */
async function becameSignificant(tx: Db, actor: OrgActor, row: Pick<IncidentRow, 'title'>) {
  await requestReassessment(tx, actor.orgId, `Significant incident: ${row.title}`, actor);
}

async function addEntry(
  tx: Db,
  incidentId: string,
  who: string,
  userId: string | null,
  when: Date,
  text: string,
) {
  await tx.insert(incidentTimeline).values({ incidentId, at: when, authorId: userId, authorName: who, text });
}

/** Records an incident; its first timeline entry says who recorded it. */
export async function createIncident(
  tx: Db,
  actor: OrgActor,
  f: Fields,
  promotedFrom: IncidentRow['promotedFrom'] = null,
): Promise<string> {
  const values = await valuesOf(tx, actor.orgId, f);
  const [row] = await tx
    .insert(incidents)
    .values({ orgId: actor.orgId, ...values, promotedFrom, createdBy: actor.userId })
    .returning();
  const who = await nameOf(tx, actor);
  await addEntry(
    tx,
    row!.id,
    who,
    actor.userId,
    new Date(),
    promotedFrom ? `Promoted from the failing check "${promotedFrom.title}"` : 'Incident recorded',
  );
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'incident.created',
    entityType: 'incident',
    entityId: row!.id,
    changes: {
      title: row!.title,
      severity: row!.severity,
      source: row!.source,
      significant: row!.significant,
      ...(promotedFrom ? { check: promotedFrom.title } : {}),
    },
  });
  if (row!.significant) await becameSignificant(tx, actor, row!);
  return row!.id;
}

const TRACKED = [
  'title',
  'description',
  'severity',
  'source',
  'occurredAt',
  'detectedAt',
  'reportedAt',
  'affectedData',
  'customersMustBeNotified',
  'customersNotifyBy',
  'customersNotifiedAt',
  'authoritiesMustBeNotified',
  'authoritiesNotifyBy',
  'authoritiesNotifiedAt',
  'rootCause',
  'significant',
] as const;

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

/** Changes an incident's details; a closed or dismissed incident is kept as it was. */
export async function updateIncident(tx: Db, actor: OrgActor, incidentId: string, f: Fields) {
  const old = await incidentRow(tx, actor.orgId, incidentId, true);
  if (old.status === 'closed' || old.status === 'dismissed') {
    throw invalid(
      'status',
      `status: a ${INCIDENT_STATUS_LABELS[old.status].toLowerCase()} incident is not changed any more`,
    );
  }
  const values = await valuesOf(tx, actor.orgId, f);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const k of TRACKED) {
    const [a, b] = [comparable(old[k]), comparable(values[k])];
    if (a !== b) changes[k] = { from: a, to: b };
  }
  // Linked records are counted, not listed: the sentence reads "changed the linked controls from 1 to 2".
  for (const [k, label] of [
    ['affectedSystemIds', 'affectedSystems'],
    ['controlIds', 'linkedControls'],
    ['evidenceIds', 'linkedEvidence'],
  ] as const) {
    if ([...old[k]].sort().join() !== [...values[k]].sort().join()) {
      changes[label] = { from: old[k].length, to: values[k].length };
    }
  }
  if (!Object.keys(changes).length) return;
  await tx
    .update(incidents)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(incidents.id, old.id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'incident.updated',
    entityType: 'incident',
    entityId: old.id,
    changes: { incident: values.title, ...changes },
  });
  if (values.significant && !old.significant) await becameSignificant(tx, actor, { ...old, ...values });
}

/** Moves an incident one step of its lifecycle; the move is written on its timeline. */
export async function moveIncident(
  tx: Db,
  actor: OrgActor,
  incidentId: string,
  move: z.output<typeof IncidentTransitionSchema>,
) {
  const old = await incidentRow(tx, actor.orgId, incidentId, true);
  checkIncidentMove(old.status, move, { lessonsLearned: old.lessonsLearned });
  const now = new Date();
  const set: Partial<IncidentRow> = { status: move.to, updatedAt: now };
  if (move.to === 'dismissed') set.dismissalReason = move.reason!.trim();
  if (move.lessonsLearned?.trim()) set.lessonsLearned = move.lessonsLearned.trim();
  if (move.to === 'closed') set.closedAt = now;
  await tx.update(incidents).set(set).where(eq(incidents.id, old.id));
  const text =
    move.to === 'dismissed'
      ? `Dismissed as not an incident: ${move.reason!.trim()}`
      : `Status moved from ${INCIDENT_STATUS_LABELS[old.status]} to ${INCIDENT_STATUS_LABELS[move.to]}`;
  await addEntry(tx, old.id, await nameOf(tx, actor), actor.userId, now, text);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'incident.status_changed',
    entityType: 'incident',
    entityId: old.id,
    changes: {
      incident: old.title,
      status: { from: old.status, to: move.to },
      ...(set.dismissalReason ? { reason: set.dismissalReason } : {}),
      ...(set.lessonsLearned ? { lessonsLearned: set.lessonsLearned } : {}),
    },
  });
}

/** Appends an entry to the timeline; entries are never edited or removed. */
export async function addTimelineEntry(
  tx: Db,
  actor: OrgActor,
  incidentId: string,
  entry: z.output<typeof TimelineEntryInputSchema>,
) {
  const old = await incidentRow(tx, actor.orgId, incidentId, true);
  const when = new Date(entry.at);
  if (when.getTime() > Date.now() + 60_000)
    throw invalid('at', 'at: a timeline entry cannot be in the future');
  await addEntry(tx, old.id, await nameOf(tx, actor), actor.userId, when, entry.text);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'incident.timeline_added',
    entityType: 'incident',
    entityId: old.id,
    changes: { incident: old.title, at: when.toISOString(), text: entry.text },
  });
}

/** Adds a follow-up action owned by a member; it appears in their tasks until done. */
export async function addFollowUp(
  tx: Db,
  actor: OrgActor,
  incidentId: string,
  f: z.output<typeof FollowUpInputSchema>,
) {
  const old = await incidentRow(tx, actor.orgId, incidentId, true);
  await assertMember(tx, actor.orgId, f.ownerId, 'ownerId');
  const [owner] = await tx.select({ name: users.name }).from(users).where(eq(users.id, f.ownerId));
  const [row] = await tx
    .insert(incidentFollowUps)
    .values({
      orgId: actor.orgId,
      incidentId: old.id,
      title: f.title,
      ownerId: f.ownerId,
      dueDate: f.dueDate,
    })
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'incident.follow_up_added',
    entityType: 'incident',
    entityId: old.id,
    changes: {
      incident: old.title,
      followUp: f.title,
      owner: owner?.name ?? null,
      dueDate: f.dueDate,
      id: row!.id,
    },
  });
}

/** Marks a follow-up done; doing it twice changes nothing. */
export async function completeFollowUp(tx: Db, actor: OrgActor, incidentId: string, followUpId: string) {
  const old = await incidentRow(tx, actor.orgId, incidentId, true);
  const [f] = await tx
    .select()
    .from(incidentFollowUps)
    .where(and(eq(incidentFollowUps.id, followUpId), eq(incidentFollowUps.incidentId, old.id)));
  if (!f) throw notFound('Follow-up action');
  if (f.doneAt) return;
  await tx.update(incidentFollowUps).set({ doneAt: new Date() }).where(eq(incidentFollowUps.id, f.id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'incident.follow_up_done',
    entityType: 'incident',
    entityId: old.id,
    changes: { incident: old.title, followUp: f.title },
  });
}

/** Promotes a failing check to an incident from a monitoring alert, linked to its failing results and controls. */
export async function promoteCheck(tx: Db, actor: OrgActor, detail: CheckDetail): Promise<string> {
  const { check, failing } = detail;
  if (check.status !== 'failing') {
    throw invalid(
      'checkId',
      `checkId: the check "${check.title}" is not failing; only a failing check becomes an incident`,
    );
  }
  const n = failing.total;
  const first = failing.items.map((i) => new Date(i.since).getTime());
  const detectedAt = first.length ? new Date(Math.min(...first)) : new Date();
  return createIncident(
    tx,
    actor,
    {
      title: `${check.title}: failing on ${n} ${n === 1 ? 'resource' : 'resources'}`,
      description: [check.description, check.remediation && `What to do: ${check.remediation}`]
        .filter(Boolean)
        .join('\n\n'),
      severity: check.severity,
      source: 'monitoring_alert',
      occurredAt: null,
      detectedAt: detectedAt.toISOString(),
      reportedAt: new Date().toISOString(),
      affectedSystemIds: [],
      affectedData: '',
      customers: { required: false, deadline: null, notifiedAt: null },
      authorities: { required: false, deadline: null, notifiedAt: null },
      rootCause: null,
      significant: false,
      controlIds: check.controlIds,
      evidenceIds: [],
    },
    {
      checkId: check.id,
      title: check.title,
      failing: failing.items.map((i) => ({
        resource: i.name,
        source: i.sourceTitle,
        reason: i.reason,
        since: i.since,
      })),
    },
  );
}

/** Records that no incident happened between two dates; refused when one did. */
export async function attestEmptyPeriod(tx: Db, actor: OrgActor, p: z.output<typeof EmptyPeriodInputSchema>) {
  checkPeriod(p.from, p.to);
  // An incident belongs to the day it occurred, or was detected when that is unknown; a dismissed one was none.
  const day = sql`(coalesce(${incidents.occurredAt}, ${incidents.detectedAt}) at time zone 'UTC')::date`;
  const [hit] = await tx
    .select({ title: incidents.title })
    .from(incidents)
    .where(
      and(
        eq(incidents.orgId, actor.orgId),
        ne(incidents.status, 'dismissed'),
        gte(day, sql`${p.from}::date`),
        lte(day, sql`${p.to}::date`),
      ),
    )
    .limit(1);
  if (hit) {
    throw invalid('from', `from: the incident "${hit.title}" happened between ${p.from} and ${p.to}`);
  }
  const [row] = await tx
    .insert(incidentEmptyPeriods)
    .values({
      orgId: actor.orgId,
      from: p.from,
      to: p.to,
      note: p.note,
      attestedBy: actor.userId,
      attestedByName: await nameOf(tx, actor),
    })
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'incident.empty_period_attested',
    entityType: 'incident_empty_period',
    entityId: row!.id,
    changes: { from: p.from, to: p.to },
  });
  return presentEmptyPeriod(row!);
}
