/** Creating and changing policies and their draft versions; every write is audited in its transaction. */
import type { PolicyCreate, PolicyUpdate, PolicyVersionCreate, PolicyVersionUpdate } from '@vigil/api';
import { fillPolicyTemplate, POLICY_TEMPLATES, type PolicyPlaceholder } from '@vigil/catalog';
import {
  assertEditable,
  can,
  conflict,
  invalid,
  listWords,
  nextVersionNumber,
  type Role,
  versionLabel,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { diffFields, recordAudit } from '../audit/audit-recorder.ts';
import { assertMember } from '../users/index.ts';
import { type PolicyRow, policyRow, userNames, type VersionRow, versionRow } from './policies.queries.ts';
import { askNewcomers } from './policy-requests.ts';

const { policies, policyVersions, organizations, memberships } = schema;

/** The request field that supplies each placeholder, for errors that name what is missing. */
const PLACEHOLDER_FIELD: Record<PolicyPlaceholder, string> = {
  company_name: 'organization name',
  policy_owner: 'ownerId',
  approver: 'approverIds',
  review_cadence: 'reviewCadenceMonths',
  effective_date: 'effectiveDate',
  security_contact: 'securityContact',
  privacy_contact: 'privacyContact',
};

/** "every 12 months (annually)". */
export function cadenceText(months: number) {
  if (months === 12) return 'annually';
  return months === 1 ? 'every month' : `every ${months} months`;
}

/** Approvers must be members whose role may approve policies. */
async function assertApprovers(db: Db, orgId: string, ids: readonly string[]) {
  const rows = await db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.userId, [...ids])));
  const roles = new Map(rows.map((r) => [r.userId, r.role as Role]));
  for (const [i, id] of ids.entries()) {
    const role = roles.get(id);
    if (!role) throw invalid(`approverIds.${i}`, `approverIds.${i}: must be a member of this organization`);
    if (!can(role, 'policies.approve'))
      throw invalid(`approverIds.${i}`, `approverIds.${i}: this member's role cannot approve policies`);
  }
}

/** The template's text filled with the organization's values, or an error naming what is missing. */
async function filledTemplate(tx: Db, orgId: string, body: string, req: PolicyCreate, cadence: number) {
  const [org] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  const names = await userNames(tx, [req.ownerId, ...req.approverIds]);
  const filled = fillPolicyTemplate(body, {
    company_name: org?.name,
    policy_owner: names.get(req.ownerId),
    approver: listWords(req.approverIds.map((id) => names.get(id) ?? '').filter(Boolean)),
    review_cadence: cadenceText(cadence),
    effective_date: req.effectiveDate ?? new Date().toISOString().slice(0, 10),
    security_contact: req.securityContact,
    privacy_contact: req.privacyContact,
  });
  if (filled.ok) return filled.text;
  const [first] = filled.missing.length > 0 ? filled.missing : filled.unknown;
  const field = PLACEHOLDER_FIELD[first as PolicyPlaceholder] ?? 'templateId';
  const what = filled.missing.map((m) => m.replace(/_/g, ' '));
  throw invalid(field, `${field}: the template needs a value for ${listWords(what)}`);
}

/** Creates a policy from a catalog template (placeholders filled) or blank, with its first draft 1.0. */
export async function createPolicy(tx: Db, actor: OrgActor, req: PolicyCreate): Promise<string> {
  const template = req.templateId ? POLICY_TEMPLATES.find((t) => t.id === req.templateId) : undefined;
  if (req.templateId && !template) throw invalid('templateId', 'templateId: no such policy template');
  const title = req.title ?? template?.title;
  if (!title) throw invalid('title', 'title: a blank policy needs a title');
  const audience = req.audience ?? template?.audience;
  if (!audience) throw invalid('audience', 'audience: say who the policy is for');
  const cadence = req.reviewCadenceMonths ?? template?.reviewCadenceMonths ?? 12;
  await assertMember(tx, actor.orgId, req.ownerId, 'ownerId');
  await assertApprovers(tx, actor.orgId, req.approverIds);
  const content = template
    ? await filledTemplate(tx, actor.orgId, template.body, req, cadence)
    : `# ${title}\n\n`;
  const [policy] = await tx
    .insert(policies)
    .values({
      orgId: actor.orgId,
      title,
      templateId: template?.id ?? null,
      ownerId: req.ownerId,
      audience,
      reviewCadenceMonths: cadence,
      approverIds: [...new Set(req.approverIds)],
    })
    .returning();
  await tx.insert(policyVersions).values({
    orgId: actor.orgId,
    policyId: policy!.id,
    major: 1,
    minor: 0,
    content,
    changelog: template ? `First version, from the ${template.title} template` : 'First version',
    createdBy: actor.userId,
  });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'policy.created',
    entityType: 'policy',
    entityId: policy!.id,
    changes: { title, templateId: template?.id ?? null, audience, reviewCadenceMonths: cadence },
  });
  return policy!.id;
}

/** Changes a policy's title, owner, approvers, audience or cadence; a wider audience is asked at once. */
export async function updatePolicy(tx: Db, actor: OrgActor, policyId: string, patch: PolicyUpdate) {
  const before = await policyRow(tx, actor.orgId, policyId, true);
  if (patch.ownerId) await assertMember(tx, actor.orgId, patch.ownerId, 'ownerId');
  if (patch.approverIds) await assertApprovers(tx, actor.orgId, patch.approverIds);
  const changes = diffFields(before, patch);
  if (Object.keys(changes).length === 0) return;
  const [after] = await tx
    .update(policies)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(policies.id, policyId))
    .returning();
  if (changes.audience) {
    const live = await liveRow(tx, policyId);
    if (live) await askNewcomers(tx, after!, live, new Date().toISOString().slice(0, 10));
  }
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'policy.updated',
    entityType: 'policy',
    entityId: policyId,
    changes: { title: before.title, ...changes },
  });
}

/** The published version of a policy, if any. */
export async function liveRow(db: Db, policyId: string): Promise<VersionRow | null> {
  const [row] = await db
    .select()
    .from(policyVersions)
    .where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.status, 'published')));
  return row ?? null;
}

/** Refuses a second version in the works: one draft or pending version per policy. */
async function assertNoneInProgress(tx: Db, policyId: string) {
  const [open] = await tx
    .select({ major: policyVersions.major, minor: policyVersions.minor, status: policyVersions.status })
    .from(policyVersions)
    .where(
      and(
        eq(policyVersions.policyId, policyId),
        inArray(policyVersions.status, ['draft', 'pending_approval']),
      ),
    );
  if (open) {
    const state = open.status === 'draft' ? 'a draft' : 'waiting for approval';
    throw conflict('status', `status: version ${versionLabel(open)} is already ${state}; finish it first`);
  }
}

/** The latest text that was not rejected, to start a new version from. */
async function latestContent(tx: Db, policyId: string): Promise<string> {
  const [row] = await tx
    .select({ content: policyVersions.content })
    .from(policyVersions)
    .where(and(eq(policyVersions.policyId, policyId), ne(policyVersions.status, 'rejected')))
    .orderBy(desc(policyVersions.major), desc(policyVersions.minor));
  const [any] = row
    ? [row]
    : await tx
        .select({ content: policyVersions.content })
        .from(policyVersions)
        .where(eq(policyVersions.policyId, policyId))
        .orderBy(desc(policyVersions.createdAt));
  return any?.content ?? '';
}

async function insertVersion(
  tx: Db,
  actor: OrgActor,
  policy: PolicyRow,
  values: Partial<typeof policyVersions.$inferInsert> & { content: string; changelog: string },
  bump: 'major' | 'minor',
) {
  const number = nextVersionNumber(await liveRow(tx, policy.id), bump);
  const [row] = await tx
    .insert(policyVersions)
    .values({ orgId: actor.orgId, policyId: policy.id, ...number, createdBy: actor.userId, ...values })
    .returning();
  return row!;
}

/** Starts a new draft (major or minor) from the last text, or from the text given. */
export async function createVersion(tx: Db, actor: OrgActor, policyId: string, req: PolicyVersionCreate) {
  const policy = await policyRow(tx, actor.orgId, policyId, true);
  await assertNoneInProgress(tx, policyId);
  const content = req.content ?? (await latestContent(tx, policyId));
  const row = await insertVersion(tx, actor, policy, { content, changelog: req.changelog }, req.bump);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'policy_version.created',
    entityType: 'policy',
    entityId: policyId,
    changes: { title: policy.title, version: versionLabel(row), bump: req.bump, changelog: req.changelog },
  });
  return row.id;
}

/**
 * Records a review with no change: a minor version with the live text, sent straight for approval.
 * Its publication asks nobody to accept again.
 */
export async function reviewNoChange(tx: Db, actor: OrgActor, policyId: string, note?: string) {
  const policy = await policyRow(tx, actor.orgId, policyId, true);
  const live = await liveRow(tx, policyId);
  if (!live) throw conflict('status', 'status: nothing is published yet, so there is nothing to review');
  await assertNoneInProgress(tx, policyId);
  const now = new Date();
  const changelog = note ? `Reviewed, no change: ${note}` : 'Reviewed, no change';
  const row = await insertVersion(
    tx,
    actor,
    policy,
    {
      content: live.content,
      changelog,
      reviewOnly: true,
      status: 'pending_approval',
      submittedBy: actor.userId,
      submittedAt: now,
    },
    'minor',
  );
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'policy.reviewed',
    entityType: 'policy',
    entityId: policyId,
    changes: { title: policy.title, version: versionLabel(row), reviewed: versionLabel(live) },
  });
  return row.id;
}

/** Changes a draft's text or changelog; anything submitted or published is refused. */
export async function editDraft(
  tx: Db,
  actor: OrgActor,
  policyId: string,
  versionId: string,
  patch: PolicyVersionUpdate,
) {
  const policy = await policyRow(tx, actor.orgId, policyId, true);
  const before = await versionRow(tx, actor.orgId, policyId, versionId);
  assertEditable(versionLabel(before), before.status);
  const changed = Object.keys(diffFields(before, patch));
  if (changed.length === 0) return;
  await tx.update(policyVersions).set(patch).where(eq(policyVersions.id, versionId));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'policy_version.updated',
    entityType: 'policy',
    entityId: policyId,
    // The text itself is in the version; the trail says which parts changed.
    changes: { title: policy.title, version: versionLabel(before), fields: changed },
  });
}
