/** What other domains and the server use of activities: scheduling, reminders, "My tasks" and overdue counts. */
import type { MyTask, OverdueArea } from '@vigil/api';
import { dueDateInWords } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, lt, sql } from 'drizzle-orm';
import { openActivitiesOwnedBy } from './activities.queries.ts';

export { sendActivityReminders } from './activity-reminders.ts';
export { followControlOwner, scheduleActivities } from './activity-scheduler.ts';

/** The open activities the person owns, as "My tasks": "<title> for <control>, due …". */
export async function myTasks(
  db: Db,
  who: { orgId: string; userId: string; today: string },
): Promise<MyTask[]> {
  const open = await openActivitiesOwnedBy(db, who.orgId, who.userId, who.today);
  return open.map((a) => ({
    area: 'activity',
    itemId: a.id,
    title: `${a.title} for ${a.controlCode} ${a.controlTitle}, due ${dueDateInWords(a.dueDate)}`,
    dueDate: a.dueDate,
    overdue: a.overdue,
    link: `/calendar?activity=${a.id}`,
  }));
}

/** How many of the organization's activities are open past their due date. */
export async function overdueSummary(db: Db, orgId: string, today: string): Promise<OverdueArea[]> {
  const { activities } = schema;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(activities)
    .where(and(eq(activities.orgId, orgId), eq(activities.status, 'open'), lt(activities.dueDate, today)));
  return [{ area: 'activity', overdue: row?.n ?? 0, link: '/calendar?view=list&status=overdue' }];
}
