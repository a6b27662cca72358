/**
 * What other domains use of access reviews: the reviewers' tasks and the overdue counts ("My tasks"
 * and the dashboard), and the verification pass a scheduler may run after sweeps.
 */
import type { MyTask, OverdueArea } from '@vigil/api';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, isNull, sql } from 'drizzle-orm';

export { verifyRemediations } from './remediation-verifier.ts';

const { accessReviewAccounts: accounts, accessReviewCampaigns: campaigns } = schema;

/** "Review N accounts in <system> for <campaign>": one task per system of each open campaign with undecided accounts assigned to the user. */
export async function myTasks(
  db: Db,
  who: { orgId: string; userId: string; today: string },
): Promise<MyTask[]> {
  const rows = await db
    .select({
      campaignId: campaigns.id,
      name: campaigns.name,
      dueDate: campaigns.dueDate,
      systemKey: accounts.systemKey,
      systemName: accounts.systemName,
      n: sql<number>`count(*)::int`,
    })
    .from(accounts)
    .innerJoin(campaigns, eq(campaigns.id, accounts.campaignId))
    .where(
      and(
        eq(accounts.orgId, who.orgId),
        eq(accounts.reviewerUserId, who.userId),
        isNull(accounts.decision),
        eq(campaigns.status, 'open'),
      ),
    )
    .groupBy(campaigns.id, campaigns.name, campaigns.dueDate, accounts.systemKey, accounts.systemName)
    .orderBy(campaigns.dueDate, accounts.systemName);
  return rows.map((r) => ({
    area: 'access_review' as const,
    itemId: `${r.campaignId}:${r.systemKey}`,
    title: `Review ${r.n.toLocaleString('en-US')} account${r.n === 1 ? '' : 's'} in ${r.systemName} for ${r.name}`,
    dueDate: r.dueDate,
    overdue: r.dueDate < who.today,
    link: `/access-reviews/${r.campaignId}`,
  }));
}

/** Undecided accounts of campaigns past their due date, plus revocations no sweep has verified in time. */
export async function overdueSummary(db: Db, orgId: string, today: string): Promise<OverdueArea[]> {
  const [row] = await db
    .select({
      undecided: sql<number>`(count(*) filter (where ${accounts.decision} is null and ${campaigns.status} = 'open' and ${campaigns.dueDate} < ${today}::date))::int`,
      remediations: sql<number>`(count(*) filter (where ${accounts.decision} in ('revoke', 'modify') and ${accounts.verifiedAt} is null and (${accounts.decidedAt} + make_interval(days => ${campaigns.remediationDays}))::date < ${today}::date))::int`,
    })
    .from(accounts)
    .innerJoin(campaigns, eq(campaigns.id, accounts.campaignId))
    .where(eq(accounts.orgId, orgId));
  return [
    {
      area: 'access_review',
      overdue: (row?.undecided ?? 0) + (row?.remediations ?? 0),
      link: '/access-reviews',
    },
  ];
}
