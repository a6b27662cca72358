/**
 * What other parts use of policies: each person's "read and accept" tasks, the overdue count for the
 * dashboard, the daily reminder job (started by the server) and the route registration.
 */
import type { MyTask, OverdueArea } from '@vigil/api';
import { isOverdue, versionLabel } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, lt, sql } from 'drizzle-orm';

export { registerPolicyRoutes } from './policies.routes.ts';
export { sendPolicyReminders } from './policy-reminders.ts';

const { people, policies, policyVersions, acceptanceRequests } = schema;

/** The signed-in person's open requests to accept a policy, soonest due first. */
export async function myTasks(
  db: Db,
  who: { orgId: string; userId: string; today: string },
): Promise<MyTask[]> {
  const rows = await db
    .select({
      versionId: acceptanceRequests.versionId,
      dueDate: acceptanceRequests.dueDate,
      title: policies.title,
      major: policyVersions.major,
      minor: policyVersions.minor,
    })
    .from(acceptanceRequests)
    .innerJoin(people, eq(people.id, acceptanceRequests.personId))
    .innerJoin(policies, eq(policies.id, acceptanceRequests.policyId))
    .innerJoin(policyVersions, eq(policyVersions.id, acceptanceRequests.versionId))
    .where(
      and(
        eq(acceptanceRequests.orgId, who.orgId),
        eq(people.userId, who.userId),
        eq(acceptanceRequests.state, 'open'),
      ),
    )
    .orderBy(asc(acceptanceRequests.dueDate), asc(policies.title));
  return rows.map((r) => ({
    area: 'policy' as const,
    itemId: r.versionId,
    title: `Read and accept the ${r.title}, version ${versionLabel(r)}`,
    dueDate: r.dueDate,
    overdue: isOverdue(r.dueDate, who.today),
    link: `/my/policies/${r.versionId}`,
  }));
}

/** How many acceptance requests of the organization are past their due date on `today`. */
export async function overdueSummary(db: Db, orgId: string, today: string): Promise<OverdueArea[]> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(acceptanceRequests)
    .where(
      and(
        eq(acceptanceRequests.orgId, orgId),
        eq(acceptanceRequests.state, 'open'),
        lt(acceptanceRequests.dueDate, today),
      ),
    );
  return [{ area: 'policy', overdue: row?.n ?? 0, link: '/policies' }];
}
