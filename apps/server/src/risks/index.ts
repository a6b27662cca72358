/** What other domains and the server use of risks: reassessment requests, the expiry job, "My tasks" and overdue counts. */
import type { MyTask, OverdueArea } from '@vigil/api';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { openReassessments } from './risk-assessments.ts';

export { requestReassessment } from './risk-assessments.ts';
export { reopenExpiredAcceptances } from './risk-expiry.ts';

/** Open reassessment requests, as tasks for the organization's owners and admins. */
export async function myTasks(
  db: Db,
  who: { orgId: string; userId: string; today: string },
): Promise<MyTask[]> {
  const { memberships } = schema;
  const [m] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(
      and(
        eq(memberships.orgId, who.orgId),
        eq(memberships.userId, who.userId),
        inArray(memberships.role, ['owner', 'admin']),
      ),
    );
  if (!m) return [];
  const open = await openReassessments(db, who.orgId);
  return open.map((r) => ({
    area: 'risk',
    itemId: r.id,
    title: `Reassess the risks and take an assessment: ${r.reason}`,
    dueDate: null,
    overdue: false,
    link: '/risks?tab=assessments',
  }));
}

/** Reassessment requests have no due date; the count is of accepted risks whose acceptance lapsed unreopened. */
export async function overdueSummary(db: Db, orgId: string, today: string): Promise<OverdueArea[]> {
  const { risks } = schema;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(risks)
    .where(and(eq(risks.orgId, orgId), eq(risks.status, 'accepted'), lt(risks.acceptanceExpiresOn, today)));
  return [{ area: 'risk', overdue: row?.n ?? 0, link: '/risks' }];
}
