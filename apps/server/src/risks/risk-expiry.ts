/**
 * The daily job that ends expired acceptances: a risk accepted until a date before today is open
 * again, with an audit event, and its owner (or, with no owner, the organization's owners and
 * admins) is alerted. Reopening happens once, so running in several processes sends one alert.
 */
import { dueDateInWords } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, gt, inArray, isNull, lt, or } from 'drizzle-orm';
import { systemActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';

const { alertOutbox, memberships, risks } = schema;

/** Reopens every risk whose acceptance expired before `today`; returns how many were reopened. */
export async function reopenExpiredAcceptances(db: Db, today: string): Promise<number> {
  return db.transaction(async (tx) => {
    const reopened = await tx
      .update(risks)
      .set({ status: 'open', treatment: 'mitigate', updatedAt: new Date() })
      .where(and(eq(risks.status, 'accepted'), lt(risks.acceptanceExpiresOn, today)))
      .returning();
    if (reopened.length === 0) return 0;
    const actor = systemActor('system:risk-acceptance-expiry');
    const orgs = [...new Set(reopened.filter((r) => !r.ownerId).map((r) => r.orgId))];
    const admins = orgs.length
      ? await tx
          .select({ orgId: memberships.orgId, userId: memberships.userId })
          .from(memberships)
          .where(
            and(
              inArray(memberships.orgId, orgs),
              inArray(memberships.role, ['owner', 'admin']),
              or(isNull(memberships.expiresAt), gt(memberships.expiresAt, new Date())),
            ),
          )
      : [];
    const rows: (typeof alertOutbox.$inferInsert)[] = [];
    for (const r of reopened) {
      const expired = r.acceptanceExpiresOn ?? today;
      await recordAudit(tx, actor, {
        orgId: r.orgId,
        action: 'risk.acceptance_expired',
        entityType: 'risk',
        entityId: r.id,
        changes: { title: r.title, expiredOn: expired },
      });
      const to = r.ownerId ? [r.ownerId] : admins.filter((a) => a.orgId === r.orgId).map((a) => a.userId);
      const payload = {
        title: `Risk acceptance of ${r.title}`,
        reason: `the acceptance expired on ${dueDateInWords(expired)}; the risk is open again and needs a decision`,
        area: 'risk',
        link: `/risks?risk=${r.id}`,
        dueDate: expired,
      };
      for (const recipientUserId of to)
        rows.push({ orgId: r.orgId, kind: 'overdue', payload, recipientUserId });
    }
    if (rows.length) await tx.insert(alertOutbox).values(rows);
    return reopened.length;
  });
}
