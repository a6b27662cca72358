/**
 * Risk acceptances as tasks: an approved exception that expires within two weeks asks its requester
 * and its approver to renew it (a new request, approved again) or to have the finding fixed, before
 * the finding counts against the SLA again.
 */
import type { MyTask, OverdueArea } from '@vigil/api';
import { DAY_MS } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, gt, isNotNull, lte, or } from 'drizzle-orm';

const { vulnExceptions: t, resources } = schema;

/** How far ahead an expiry becomes a task. */
export const EXPIRY_NOTICE_DAYS = 14;

/** Approved exceptions of the signed-in member (as requester or approver) expiring in the next 14 days. */
export async function myTasks(
  db: Db,
  who: { orgId: string; userId: string; today: string },
): Promise<MyTask[]> {
  const start = new Date(`${who.today}T00:00:00Z`);
  const rows = await db
    .select({ id: t.id, expiresAt: t.expiresAt, finding: resources.name })
    .from(t)
    .innerJoin(resources, eq(resources.id, t.resourceId))
    .where(
      and(
        eq(t.orgId, who.orgId),
        isNotNull(t.approvedAt),
        gt(t.expiresAt, start),
        lte(t.expiresAt, new Date(start.getTime() + (EXPIRY_NOTICE_DAYS + 1) * DAY_MS)),
        or(eq(t.requesterId, who.userId), eq(t.approverId, who.userId)),
      ),
    )
    .orderBy(asc(t.expiresAt));
  return rows.map((r) => {
    // An acceptance runs to the end of its last day (UTC); that day is the due date.
    const lastDay = new Date(r.expiresAt.getTime() - 1).toISOString().slice(0, 10);
    return {
      area: 'vulnerability' as const,
      itemId: r.id,
      title: `Renew or end the risk acceptance of ${r.finding}, which ends on ${lastDay}`,
      dueDate: lastDay,
      overdue: false,
      link: '/vulnerabilities',
    };
  });
}

/**
 * Nothing here is ever overdue: once an acceptance ends, its finding is counted as open or overdue
 * in the SLA report instead.
 */
export async function overdueSummary(_db: Db, _orgId: string, _today: string): Promise<OverdueArea[]> {
  return [];
}
