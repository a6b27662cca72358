/** Exercises: tabletop exercises and continuity tests, their routes and their follow-up tasks. */
import type { MyTask, OverdueArea } from '@vigil/api';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';

export { registerExerciseRoutes } from './exercises.routes.ts';

const { exerciseActions: actions } = schema;

/** The open follow-up actions the user owns, from tabletops and continuity tests. */
export async function myTasks(
  db: Db,
  who: { orgId: string; userId: string; today: string },
): Promise<MyTask[]> {
  const rows = await db
    .select()
    .from(actions)
    .where(and(eq(actions.orgId, who.orgId), eq(actions.ownerId, who.userId), eq(actions.status, 'open')))
    .orderBy(actions.dueDate, actions.createdAt);
  return rows.map((r) => ({
    area: 'exercise' as const,
    itemId: r.id,
    title: `${r.title} (follow-up of a ${r.tabletopId ? 'tabletop exercise' : 'continuity test'})`,
    dueDate: r.dueDate,
    overdue: r.dueDate !== null && r.dueDate < who.today,
    link: '/exercises',
  }));
}

/** Open follow-up actions past their due date. */
export async function overdueSummary(db: Db, orgId: string, today: string): Promise<OverdueArea[]> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(actions)
    .where(
      and(eq(actions.orgId, orgId), eq(actions.status, 'open'), sql`${actions.dueDate} < ${today}::date`),
    );
  return [{ area: 'exercise', overdue: row?.n ?? 0, link: '/exercises' }];
}
