/** What other domains use of incidents: follow-ups as "My tasks", overdue counts, and significant incidents of a period. */
import type { MyTask, OverdueArea } from '@vigil/api';
import { dueDateInWords } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, gte, isNull, lt, lte, ne, sql } from 'drizzle-orm';

const { incidents, incidentFollowUps } = schema;

/** The open follow-up actions the person owns: "<action> (incident <title>), due …". */
export async function myTasks(
  db: Db,
  who: { orgId: string; userId: string; today: string },
): Promise<MyTask[]> {
  const rows = await db
    .select({ f: incidentFollowUps, incident: incidents.title })
    .from(incidentFollowUps)
    .innerJoin(incidents, eq(incidents.id, incidentFollowUps.incidentId))
    .where(
      and(
        eq(incidentFollowUps.orgId, who.orgId),
        eq(incidentFollowUps.ownerId, who.userId),
        isNull(incidentFollowUps.doneAt),
      ),
    )
    .orderBy(asc(incidentFollowUps.dueDate));
  return rows.map(({ f, incident }) => ({
    area: 'incident',
    itemId: f.id,
    title: `${f.title} (incident "${incident}"), due ${dueDateInWords(f.dueDate)}`,
    dueDate: f.dueDate,
    overdue: f.dueDate < who.today,
    link: `/incidents/${f.incidentId}`,
  }));
}

/** How many of the organization's incident follow-ups are open past their due date. */
export async function overdueSummary(db: Db, orgId: string, today: string): Promise<OverdueArea[]> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(incidentFollowUps)
    .where(
      and(
        eq(incidentFollowUps.orgId, orgId),
        isNull(incidentFollowUps.doneAt),
        lt(incidentFollowUps.dueDate, today),
      ),
    );
  return [{ area: 'incident', overdue: row?.n ?? 0, link: '/incidents' }];
}

/** The significant incidents detected in a period (inclusive, UTC days), for the system description and bridge letter. */
export async function significantIncidentsIn(db: Db, orgId: string, from: string, to: string) {
  const day = sql`(${incidents.detectedAt} at time zone 'UTC')::date`;
  return db
    .select({
      id: incidents.id,
      title: incidents.title,
      severity: incidents.severity,
      status: incidents.status,
      occurredAt: incidents.occurredAt,
      detectedAt: incidents.detectedAt,
      rootCause: incidents.rootCause,
      lessonsLearned: incidents.lessonsLearned,
    })
    .from(incidents)
    .where(
      and(
        eq(incidents.orgId, orgId),
        eq(incidents.significant, true),
        ne(incidents.status, 'dismissed'),
        gte(day, sql`${from}::date`),
        lte(day, sql`${to}::date`),
      ),
    )
    .orderBy(asc(incidents.detectedAt));
}
