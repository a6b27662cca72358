/** Reads of the activities domain and the presenter that turns rows into what callers see. */
import type { Activity, ActivityDetail } from '@vigil/api';
import { activityTemplateById } from '@vigil/catalog';
import { notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { aliasedTable, and, asc, desc, eq, gte, isNull, lt, lte, type SQL } from 'drizzle-orm';

const { activities, controls, users, evidence } = schema;
const owners = aliasedTable(users, 'owners');
const completers = aliasedTable(users, 'completers');

/** One stored occurrence with the names a person reads beside it. */
function selectActivities(db: Db) {
  return db
    .select({
      a: activities,
      controlCode: controls.code,
      controlTitle: controls.title,
      ownerName: owners.name,
      completedByName: completers.name,
      evidenceTitle: evidence.title,
    })
    .from(activities)
    .innerJoin(controls, eq(controls.id, activities.controlId))
    .leftJoin(owners, eq(owners.id, activities.ownerId))
    .leftJoin(completers, eq(completers.id, activities.completedBy))
    .leftJoin(evidence, eq(evidence.id, activities.evidenceId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectActivities>['where']>>[number];

function present(r: Row, today: string): Activity {
  const a = r.a;
  return {
    id: a.id,
    title: a.title,
    evidenceHint: activityTemplateById(a.templateId)?.evidence ?? '',
    controlId: a.controlId,
    controlCode: r.controlCode,
    controlTitle: r.controlTitle,
    frequency: a.frequency,
    periodEnd: a.periodEnd,
    dueDate: a.dueDate,
    ownerId: a.ownerId,
    ownerName: r.ownerName,
    status: a.status,
    overdue: a.status === 'open' && a.dueDate < today,
    completedAt: a.completedAt?.toISOString() ?? null,
    completedOn: a.completedOn,
    completedByName: r.completedByName ?? a.completedByLabel,
    late: a.late,
    evidenceId: a.evidenceId,
    evidenceTitle: r.evidenceTitle,
    note: a.note,
  };
}

export interface ActivityFilter {
  from?: string;
  to?: string;
  /** A user id, or null for unassigned ones. */
  ownerId?: string | null;
  status?: 'open' | 'overdue' | 'completed';
}

/** The organization's occurrences by due date, filtered. */
export async function listActivities(
  db: Db,
  orgId: string,
  f: ActivityFilter,
  today: string,
): Promise<Activity[]> {
  const where: (SQL | undefined)[] = [eq(activities.orgId, orgId)];
  if (f.from) where.push(gte(activities.dueDate, f.from));
  if (f.to) where.push(lte(activities.dueDate, f.to));
  if (f.ownerId === null) where.push(isNull(activities.ownerId));
  else if (f.ownerId) where.push(eq(activities.ownerId, f.ownerId));
  if (f.status === 'completed') where.push(eq(activities.status, 'completed'));
  if (f.status === 'open') where.push(eq(activities.status, 'open'));
  if (f.status === 'overdue') where.push(eq(activities.status, 'open'), lt(activities.dueDate, today));
  const rows = await selectActivities(db)
    .where(and(...where))
    .orderBy(asc(activities.dueDate), asc(activities.title));
  return rows.map((r) => present(r, today));
}

/** One occurrence of the organization, or not found. */
export async function getActivity(db: Db, orgId: string, id: string, today: string): Promise<Activity> {
  const [row] = await selectActivities(db).where(and(eq(activities.orgId, orgId), eq(activities.id, id)));
  if (!row) throw notFound('activity');
  return present(row, today);
}

/** One occurrence with every occurrence of the same activity of the same control, newest first. */
export async function activityDetail(
  db: Db,
  orgId: string,
  id: string,
  today: string,
): Promise<ActivityDetail> {
  const [row] = await selectActivities(db).where(and(eq(activities.orgId, orgId), eq(activities.id, id)));
  if (!row) throw notFound('activity');
  const history = await selectActivities(db)
    .where(
      and(
        eq(activities.orgId, orgId),
        eq(activities.controlId, row.a.controlId),
        eq(activities.templateId, row.a.templateId),
      ),
    )
    .orderBy(desc(activities.periodEnd));
  return { ...present(row, today), history: history.map((r) => present(r, today)) };
}

/** The open occurrences one person owns, soonest due first. */
export async function openActivitiesOwnedBy(db: Db, orgId: string, userId: string, today: string) {
  return listActivities(db, orgId, { ownerId: userId, status: 'open' }, today);
}
