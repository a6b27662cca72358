/**
 * Closes a campaign once every account is decided: keeps its report (CSV and PDF) as evidence in
 * the hash chain, makes it read-only, and schedules the next campaign when it recurs.
 */
import {
  type CampaignStatus,
  closeBlocker,
  invalid,
  nextCampaignDueDate,
  type Recurrence,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { recordEvidence } from '../evidence/index.ts';
import type { EvidenceStore } from '../storage/evidence-store.ts';
import { loadCampaign } from './access-reviews.queries.ts';
import { verifyRemediations } from './remediation-verifier.ts';
import { reportCsv, reportPdf } from './review-report.ts';

const { accessReviewCampaigns: campaigns, accessReviewAccounts: accounts } = schema;

/** Closes the campaign; returns the id of the next one when it recurs. */
export async function closeCampaign(
  tx: Db,
  actor: OrgActor,
  store: EvidenceStore,
  campaignId: string,
): Promise<string | null> {
  const c = await loadCampaign(tx, actor.orgId, campaignId, true);
  const [{ n } = { n: 0 }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(accounts)
    .where(and(eq(accounts.campaignId, campaignId), isNull(accounts.decision)));
  const blocker = closeBlocker(c.status as CampaignStatus, n);
  if (blocker) throw invalid('campaign', `campaign: cannot close: ${blocker}`);
  // The report states verification as of the close: what sweeps have shown by now is recorded first.
  await verifyRemediations(tx, actor.orgId, new Date(), campaignId);
  const now = new Date();
  const closing = { ...c, status: 'closed', closedAt: now, closedBy: actor.userId };
  const day = now.toISOString().slice(0, 10);
  const common = {
    orgId: actor.orgId,
    kind: 'review' as const,
    periodStart: c.startedAt?.toISOString().slice(0, 10) ?? day,
    periodEnd: day,
    renewBy: null,
  };
  const csv = await recordEvidence(tx, actor, store, {
    ...common,
    title: `Access review report: ${c.name} (CSV)`,
    description: `Snapshot SHA-256 ${c.snapshotHash}`,
    fileName: `access-review-${day}.csv`,
    mediaType: 'text/csv',
    content: await reportCsv(tx, closing),
  });
  const pdf = await recordEvidence(tx, actor, store, {
    ...common,
    title: `Access review report: ${c.name} (PDF)`,
    description: `Snapshot SHA-256 ${c.snapshotHash}`,
    fileName: `access-review-${day}.pdf`,
    mediaType: 'application/pdf',
    content: await reportPdf(tx, closing),
  });
  await tx
    .update(campaigns)
    .set({
      status: 'closed',
      closedAt: now,
      closedBy: actor.userId,
      reportCsvEvidenceId: csv.id,
      reportPdfEvidenceId: pdf.id,
    })
    .where(eq(campaigns.id, campaignId));
  const nextDue = nextCampaignDueDate(c.dueDate, c.recurrence as Recurrence);
  let nextId: string | null = null;
  if (nextDue) {
    const [next] = await tx
      .insert(campaigns)
      .values({
        orgId: c.orgId,
        name: c.name,
        status: 'scheduled',
        reviewerMode: c.reviewerMode,
        systems: c.systems,
        dueDate: nextDue,
        recurrence: c.recurrence,
        remediationDays: c.remediationDays,
        previousId: c.id,
        createdBy: actor.userId,
      })
      .returning({ id: campaigns.id });
    nextId = next!.id;
  }
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'access_review.closed',
    entityType: 'access_review',
    entityId: campaignId,
    changes: {
      name: c.name,
      accounts: c.accountCount,
      snapshotHash: c.snapshotHash,
      reportCsv: csv.sha256,
      reportPdf: pdf.sha256,
      ...(nextDue ? { nextDueDate: nextDue, nextCampaignId: nextId } : {}),
    },
  });
  return nextId;
}
