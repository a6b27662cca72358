/**
 * A version's way to publication: submitted for approval, then approved (published, with its
 * content's SHA-256 in the audit chain, the previous version superseded) or rejected with a reason.
 */
import { createHash } from 'node:crypto';
import { assertMayApprove, assertTransition, invalid, notFound, versionLabel } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { policyRow } from './policies.queries.ts';
import { liveRow } from './policy-editor.ts';
import { issueOnPublish } from './policy-requests.ts';

const { policyVersions } = schema;

/** SHA-256 (hex) of a version's text as stored, the bytes an acceptance refers to. */
export const contentHash = (content: string) => createHash('sha256').update(content, 'utf8').digest('hex');

async function lockedVersion(tx: Db, orgId: string, policyId: string, versionId: string) {
  const [row] = await tx
    .select()
    .from(policyVersions)
    .where(
      and(
        eq(policyVersions.orgId, orgId),
        eq(policyVersions.policyId, policyId),
        eq(policyVersions.id, versionId),
      ),
    )
    .for('update');
  if (!row) throw notFound('policy version');
  return row;
}

/** Sends a draft for approval; an empty text is refused. */
export async function submitVersion(tx: Db, actor: OrgActor, policyId: string, versionId: string) {
  const policy = await policyRow(tx, actor.orgId, policyId, true);
  const v = await lockedVersion(tx, actor.orgId, policyId, versionId);
  assertTransition(versionLabel(v), v.status, 'pending_approval');
  if (!v.content.replace(/^#.*$/m, '').trim())
    throw invalid('content', 'content: the text is empty; write the policy before sending it for approval');
  await tx
    .update(policyVersions)
    .set({ status: 'pending_approval', submittedBy: actor.userId, submittedAt: new Date() })
    .where(eq(policyVersions.id, versionId));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'policy_version.submitted',
    entityType: 'policy',
    entityId: policyId,
    changes: { title: policy.title, version: versionLabel(v) },
  });
}

/**
 * Approves and publishes a version: a named approver who did not submit it. The previous published
 * version is superseded, the content's hash recorded, and acceptance requests follow the version
 * (a major asks everyone again, a minor carries the open requests forward).
 */
export async function approveVersion(
  tx: Db,
  actor: OrgActor,
  policyId: string,
  versionId: string,
  now = new Date(),
) {
  const policy = await policyRow(tx, actor.orgId, policyId, true);
  const v = await lockedVersion(tx, actor.orgId, policyId, versionId);
  assertTransition(versionLabel(v), v.status, 'published');
  assertMayApprove(actor.userId ?? '', v, policy.approverIds);
  const previous = await liveRow(tx, policyId);
  if (previous) {
    await tx
      .update(policyVersions)
      .set({ status: 'superseded', supersededAt: now })
      .where(eq(policyVersions.id, previous.id));
  }
  const sha256 = contentHash(v.content);
  const [published] = await tx
    .update(policyVersions)
    .set({
      status: 'published',
      approvedBy: actor.userId,
      approvedAt: now,
      publishedAt: now,
      contentSha256: sha256,
    })
    .where(eq(policyVersions.id, versionId))
    .returning();
  const requests = await issueOnPublish(tx, policy, published!, now.toISOString().slice(0, 10));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'policy_version.published',
    entityType: 'policy',
    entityId: policyId,
    changes: {
      title: policy.title,
      version: versionLabel(v),
      contentSha256: sha256,
      superseded: previous ? versionLabel(previous) : null,
      reviewOnly: v.reviewOnly,
      requests,
    },
  });
}

/** Rejects a version waiting for approval, with the reason; its number is free for the next draft. */
export async function rejectVersion(
  tx: Db,
  actor: OrgActor,
  policyId: string,
  versionId: string,
  reason: string,
) {
  const policy = await policyRow(tx, actor.orgId, policyId, true);
  const v = await lockedVersion(tx, actor.orgId, policyId, versionId);
  assertTransition(versionLabel(v), v.status, 'rejected');
  assertMayApprove(actor.userId ?? '', v, policy.approverIds);
  await tx
    .update(policyVersions)
    .set({ status: 'rejected', rejectedBy: actor.userId, rejectedAt: new Date(), rejectionReason: reason })
    .where(eq(policyVersions.id, versionId));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'policy_version.rejected',
    entityType: 'policy',
    entityId: policyId,
    changes: { title: policy.title, version: versionLabel(v), reason },
  });
}
