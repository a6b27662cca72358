/**
 * Verifies revocations: each revoke or modify decision is a remediation item that closes itself
 * when a sweep after the decision shows the account gone, disabled or (for modify) with other
 * roles, recording the sweep's time; an item past its due date raises one `overdue` alert.
 */
import { remediationDue, remediationState } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { type ReviewAccount, remediationDone, reviewAccountOf } from '@vigil/monitoring';
import { and, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import { systemActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';

const {
  accessReviewAccounts: accounts,
  accessReviewCampaigns: campaigns,
  accessReviewUploads: uploads,
  resources,
} = schema;

interface Verified {
  id: string;
  at: Date;
  note: string;
}

/** What the later view showed, in words. */
const noteOf = (before: { enabled: boolean | null }, after: { enabled: boolean | null } | null) =>
  !after
    ? 'account removed'
    : after.enabled === false && before.enabled !== false
      ? 'account disabled'
      : 'roles changed';

/**
 * Records what sweeps (and later uploads of CSV systems) have shown since each open item's decision,
 * and raises the overdue alerts not raised yet. Returns how many items it verified.
 */
export async function verifyRemediations(
  tx: Db,
  orgId: string,
  now: Date,
  campaignId?: string,
): Promise<number> {
  const open = await tx
    .select({
      a: accounts,
      remediationDays: campaigns.remediationDays,
      campaignName: campaigns.name,
      systems: campaigns.systems,
      resource: {
        type: resources.type,
        externalId: resources.externalId,
        attributes: resources.attributes,
        goneAt: resources.goneAt,
        lastSeen: resources.lastSeen,
      },
    })
    .from(accounts)
    .innerJoin(campaigns, eq(campaigns.id, accounts.campaignId))
    .leftJoin(resources, eq(resources.id, accounts.resourceId))
    .where(
      and(
        eq(accounts.orgId, orgId),
        inArray(accounts.decision, ['revoke', 'modify']),
        isNull(accounts.verifiedAt),
        campaignId ? eq(accounts.campaignId, campaignId) : undefined,
      ),
    );
  if (open.length === 0) return 0;
  const verified: Verified[] = [];
  const csvLatest = new Map<string, { at: Date; byKey: Map<string, ReviewAccount> } | null>();
  for (const { a, resource } of open) {
    const decision = a.decision as 'revoke' | 'modify';
    const decidedAt = a.decidedAt!;
    const before = { roles: a.roles, privileged: a.privileged, enabled: a.enabled };
    if (a.resourceId) {
      // The resource row is gone only when its connector was deleted with its history: nothing to verify from.
      if (!resource) continue;
      if (resource.goneAt && resource.goneAt > decidedAt) {
        verified.push({ id: a.id, at: resource.goneAt, note: 'account removed' });
        continue;
      }
      const after = reviewAccountOf(resource.type, resource.externalId, resource.attributes);
      // Only a sweep after the decision counts: lastSeen is when the row was last written by one.
      if (resource.lastSeen > decidedAt && remediationDone(decision, before, after))
        verified.push({
          id: a.id,
          at: resource.lastSeen,
          note: noteOf(before, after),
        });
      continue;
    }
    if (!csvLatest.has(a.systemKey)) {
      const [u] = await tx
        .select({ at: uploads.createdAt, accounts: uploads.accounts })
        .from(uploads)
        .where(
          and(eq(uploads.orgId, orgId), eq(uploads.systemKey, a.systemKey), gt(uploads.createdAt, decidedAt)),
        )
        .orderBy(desc(uploads.createdAt))
        .limit(1);
      csvLatest.set(
        a.systemKey,
        u
          ? { at: u.at, byKey: new Map((u.accounts as unknown as ReviewAccount[]).map((x) => [x.key, x])) }
          : null,
      );
    }
    const list = csvLatest.get(a.systemKey);
    if (!list || list.at <= decidedAt) continue;
    const after = list.byKey.get(a.accountKey) ?? null;
    if (remediationDone(decision, before, after))
      verified.push({
        id: a.id,
        at: list.at,
        note: after
          ? after.enabled === false
            ? 'account disabled'
            : 'roles changed'
          : 'account no longer listed',
      });
  }
  for (const v of verified)
    await tx.update(accounts).set({ verifiedAt: v.at, verifiedNote: v.note }).where(eq(accounts.id, v.id));
  const done = new Set(verified.map((v) => v.id));
  const overdue = open.filter(
    ({ a, remediationDays }) =>
      !done.has(a.id) &&
      !a.overdueAlertedAt &&
      remediationState(a.decidedAt!, null, remediationDays, now) === 'overdue',
  );
  if (overdue.length) {
    await tx.insert(schema.alertOutbox).values(
      overdue.map(({ a, remediationDays, campaignName, systems }) => ({
        orgId,
        kind: 'overdue',
        recipientUserId: systems.find((s) => s.key === a.systemKey)?.ownerUserId ?? null,
        payload: {
          title: `${a.decision === 'revoke' ? 'Revoke' : 'Change'} ${a.account} in ${a.systemName}`,
          reason: `Decided in the access review ${campaignName}; no sweep has shown it done by ${remediationDue(a.decidedAt!, remediationDays)}`,
          area: 'access_review',
          link: `/access-reviews/${a.campaignId}`,
        },
      })),
    );
    await tx
      .update(accounts)
      .set({ overdueAlertedAt: now })
      .where(
        inArray(
          accounts.id,
          overdue.map(({ a }) => a.id),
        ),
      );
  }
  if (verified.length || overdue.length) {
    const byCampaign = new Map<string, { name: string; verified: string[]; overdue: string[] }>();
    const ids = new Map(open.map((o) => [o.a.id, o]));
    const entry = (id: string) => {
      const o = ids.get(id)!;
      const e = byCampaign.get(o.a.campaignId) ?? { name: o.campaignName, verified: [], overdue: [] };
      byCampaign.set(o.a.campaignId, e);
      return { e, label: `${o.a.systemName}: ${o.a.account}` };
    };
    for (const v of verified) {
      const { e, label } = entry(v.id);
      e.verified.push(`${label} (${v.note})`);
    }
    for (const o of overdue) {
      const { e, label } = entry(o.a.id);
      e.overdue.push(label);
    }
    for (const [id, e] of byCampaign)
      await recordAudit(tx, systemActor('system:access-reviews'), {
        orgId,
        action: 'access_review.remediation_checked',
        entityType: 'access_review',
        entityId: id,
        changes: { campaign: e.name, verified: e.verified.slice(0, 100), overdue: e.overdue.slice(0, 100) },
      });
  }
  return verified.length;
}

/** Organizations with open remediation items, for the periodic pass. */
export async function orgsWithOpenRemediations(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ orgId: accounts.orgId })
    .from(accounts)
    .where(and(inArray(accounts.decision, ['revoke', 'modify']), isNull(accounts.verifiedAt)));
  return rows.map((r) => r.orgId);
}
