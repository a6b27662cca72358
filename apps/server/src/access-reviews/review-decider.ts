/** Records reviewers' decisions: one account at a time, or every unflagged account at once after a confirmation. */
import type { DecisionRequest } from '@vigil/api';
import {
  type AccessReviewFlag,
  assertMayDecide,
  type CampaignStatus,
  type Decider,
  notFound,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { loadCampaign } from './access-reviews.queries.ts';

const { accessReviewAccounts: accounts } = schema;

/** Keeps, revokes or modifies one account; the rules of `assertMayDecide` refuse the rest. */
export async function decideAccount(
  tx: Db,
  actor: OrgActor,
  who: Decider,
  campaignId: string,
  accountId: string,
  req: DecisionRequest,
): Promise<void> {
  const c = await loadCampaign(tx, actor.orgId, campaignId, true);
  const [a] = await tx
    .select()
    .from(accounts)
    .where(
      and(eq(accounts.orgId, actor.orgId), eq(accounts.campaignId, campaignId), eq(accounts.id, accountId)),
    )
    .for('update');
  // An employee reviewer learns nothing of accounts outside their assignments.
  if (!a || (!who.manager && a.reviewerUserId !== who.userId)) throw notFound('account');
  const reason = req.reason?.trim() || null;
  assertMayDecide(
    {
      campaignStatus: c.status as CampaignStatus,
      flags: a.flags as AccessReviewFlag[],
      reviewerUserId: a.reviewerUserId,
      ownerUserId: a.ownerUserId,
      accountKeys: [a.account, a.email].filter((k): k is string => k !== null),
    },
    who,
    req.decision,
    reason,
  );
  const now = new Date();
  await tx
    .update(accounts)
    .set({
      decision: req.decision,
      reason,
      decidedBy: who.userId,
      decidedAt: now,
      verifiedAt: null,
      verifiedNote: null,
      overdueAlertedAt: null,
    })
    .where(eq(accounts.id, accountId));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'access_review.decided',
    entityType: 'access_review',
    entityId: campaignId,
    changes: {
      campaign: c.name,
      system: a.systemName,
      account: a.account,
      decision: a.decision ? { from: a.decision, to: req.decision } : req.decision,
      reason,
      flags: a.flags,
    },
  });
}

/**
 * Keeps every undecided account without flags that the decider may decide (their own excepted);
 * flagged and privileged accounts always need a decision of their own, with a reason.
 */
export async function bulkKeep(tx: Db, actor: OrgActor, who: Decider, campaignId: string): Promise<number> {
  const c = await loadCampaign(tx, actor.orgId, campaignId, true);
  if (c.status !== 'open')
    assertMayDecide(
      {
        campaignStatus: c.status as CampaignStatus,
        flags: [],
        reviewerUserId: null,
        ownerUserId: null,
        accountKeys: [],
      },
      who,
      'keep',
      null,
    );
  const email = who.email.toLowerCase();
  const kept = await tx
    .update(accounts)
    .set({ decision: 'keep', reason: null, decidedBy: who.userId, decidedAt: new Date() })
    .where(
      and(
        eq(accounts.orgId, actor.orgId),
        eq(accounts.campaignId, campaignId),
        isNull(accounts.decision),
        sql`cardinality(${accounts.flags}) = 0`,
        sql`not ${accounts.privileged}`,
        who.manager ? undefined : eq(accounts.reviewerUserId, who.userId),
        sql`${accounts.ownerUserId} is distinct from ${who.userId}::uuid`,
        sql`lower(${accounts.account}) <> ${email}`,
        sql`coalesce(lower(${accounts.email}), '') <> ${email}`,
      ),
    )
    .returning({ id: accounts.id });
  if (kept.length === 0) return 0;
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'access_review.bulk_kept',
    entityType: 'access_review',
    entityId: campaignId,
    changes: { campaign: c.name, kept: kept.length },
  });
  return kept.length;
}
