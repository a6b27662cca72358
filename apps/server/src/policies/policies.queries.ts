/** Reads of the policies domain and the presenters that turn rows into the contract's shapes. */
import type { Policy, PolicyDetail, PolicyVersion, PolicyVersionSummary } from '@vigil/api';
import { liveVersionOn, notFound, versionLabel } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';

const { policies, policyVersions, acceptanceRequests, users } = schema;

export type PolicyRow = typeof policies.$inferSelect;
export type VersionRow = typeof policyVersions.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Names of the users a set of rows mentions. */
export async function userNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

const mentioned = (v: VersionRow) => [v.createdBy, v.submittedBy, v.approvedBy, v.rejectedBy];

function summary(v: VersionRow, names: Map<string, string>): PolicyVersionSummary {
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    id: v.id,
    label: versionLabel(v),
    major: v.major,
    minor: v.minor,
    status: v.status,
    changelog: v.changelog,
    reviewOnly: v.reviewOnly,
    contentSha256: v.contentSha256,
    createdByName: name(v.createdBy),
    createdAt: v.createdAt.toISOString(),
    submittedById: v.submittedBy,
    submittedByName: name(v.submittedBy),
    submittedAt: iso(v.submittedAt),
    approvedByName: name(v.approvedBy),
    approvedAt: iso(v.approvedAt),
    publishedAt: iso(v.publishedAt),
    supersededAt: iso(v.supersededAt),
    rejectedByName: name(v.rejectedBy),
    rejectedAt: iso(v.rejectedAt),
    rejectionReason: v.rejectionReason,
  };
}

/** A policy row or not_found, locked for update when `lock` (commands that change it). */
export async function policyRow(db: Db, orgId: string, policyId: string, lock = false): Promise<PolicyRow> {
  const q = db
    .select()
    .from(policies)
    .where(and(eq(policies.orgId, orgId), eq(policies.id, policyId)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('policy');
  return row;
}

/** A version of a policy of the organization, or not_found. */
export async function versionRow(db: Db, orgId: string, policyId: string, versionId: string) {
  const [row] = await db
    .select()
    .from(policyVersions)
    .where(
      and(
        eq(policyVersions.orgId, orgId),
        eq(policyVersions.policyId, policyId),
        eq(policyVersions.id, versionId),
      ),
    );
  if (!row) throw notFound('policy version');
  return row;
}

/** Every version of the given policies, newest number first. */
async function versionsOf(db: Db, policyIds: string[]): Promise<VersionRow[]> {
  if (policyIds.length === 0) return [];
  return db
    .select()
    .from(policyVersions)
    .where(inArray(policyVersions.policyId, policyIds))
    .orderBy(desc(policyVersions.major), desc(policyVersions.minor), desc(policyVersions.createdAt));
}

/** The months of the cadence added to the live version's publication day. */
function reviewDue(live: VersionRow | undefined, months: number): string | null {
  if (!live?.publishedAt) return null;
  const d = new Date(live.publishedAt);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

async function present(db: Db, rows: PolicyRow[], withVersions: boolean): Promise<PolicyDetail[]> {
  const versions = await versionsOf(
    db,
    rows.map((r) => r.id),
  );
  const names = await userNames(db, [
    ...rows.flatMap((r) => [r.ownerId, ...r.approverIds]),
    ...versions.flatMap(mentioned),
  ]);
  const counts = new Map<string, { accepted: number; asked: number }>();
  const live = new Map<string, VersionRow>();
  for (const v of versions) if (v.status === 'published') live.set(v.policyId, v);
  if (live.size > 0) {
    const tally = await db
      .select({
        policyId: acceptanceRequests.policyId,
        accepted: sql<number>`count(*) filter (where ${acceptanceRequests.state} = 'accepted')::int`,
        asked: sql<number>`count(*)::int`,
      })
      .from(acceptanceRequests)
      .where(
        and(
          inArray(
            acceptanceRequests.policyId,
            rows.map((r) => r.id),
          ),
          // Requests of the live major; the ones a newer major closed no longer count.
          sql`(${acceptanceRequests.policyId}, ${acceptanceRequests.major}) in (select policy_id, major from policy_versions where status = 'published' and policy_id = ${acceptanceRequests.policyId})`,
          inArray(acceptanceRequests.state, ['open', 'accepted']),
        ),
      )
      .groupBy(acceptanceRequests.policyId);
    for (const t of tally) counts.set(t.policyId, { accepted: t.accepted, asked: t.asked });
  }
  return rows.map((r) => {
    const own = versions.filter((v) => v.policyId === r.id);
    const current = live.get(r.id);
    const inProgress = own.find((v) => v.status === 'draft' || v.status === 'pending_approval');
    return {
      id: r.id,
      title: r.title,
      templateId: r.templateId,
      ownerId: r.ownerId,
      ownerName: r.ownerId ? (names.get(r.ownerId) ?? null) : null,
      audience: r.audience,
      reviewCadenceMonths: r.reviewCadenceMonths,
      approvers: r.approverIds.map((id) => ({ id, name: names.get(id) ?? 'Former member' })),
      live: current ? summary(current, names) : null,
      inProgress: inProgress ? summary(inProgress, names) : null,
      reviewDue: reviewDue(current, r.reviewCadenceMonths),
      acceptance: counts.get(r.id) ?? { accepted: 0, asked: 0 },
      updatedAt: r.updatedAt.toISOString(),
      versions: withVersions ? own.map((v) => summary(v, names)) : [],
    };
  });
}

/** The organization's policies, by title. */
export async function listPolicies(db: Db, orgId: string): Promise<Policy[]> {
  const rows = await db.select().from(policies).where(eq(policies.orgId, orgId)).orderBy(policies.title);
  return (await present(db, rows, false)).map(({ versions: _, ...p }) => p);
}

/** One policy with every version, newest first. */
export async function getPolicy(db: Db, orgId: string, policyId: string): Promise<PolicyDetail> {
  return (await present(db, [await policyRow(db, orgId, policyId)], true))[0]!;
}

/** One version with its text. */
export async function getVersion(
  db: Db,
  orgId: string,
  policyId: string,
  versionId: string,
): Promise<PolicyVersion> {
  const policy = await policyRow(db, orgId, policyId);
  const v = await versionRow(db, orgId, policyId, versionId);
  const names = await userNames(db, mentioned(v));
  return { ...summary(v, names), policyId, policyTitle: policy.title, content: v.content };
}

/** The summary of one version (for answers that show a version without its text). */
export async function versionSummary(db: Db, v: VersionRow): Promise<PolicyVersionSummary> {
  return summary(v, await userNames(db, mentioned(v)));
}

/** The version in force at the end of `on` (YYYY-MM-DD), or null before the first publication. */
export async function liveOn(db: Db, orgId: string, policyId: string, on: string) {
  await policyRow(db, orgId, policyId);
  const versions = await versionsOf(db, [policyId]);
  const v = liveVersionOn(versions, on);
  return { on, version: v ? await versionSummary(db, v) : null };
}

/** The version published before `v` (by number), for the diff. */
export async function previousVersion(db: Db, v: VersionRow): Promise<VersionRow | null> {
  const versions = await versionsOf(db, [v.policyId]);
  const older = versions.filter(
    (o) =>
      o.id !== v.id &&
      o.status !== 'rejected' &&
      (o.major < v.major || (o.major === v.major && o.minor < v.minor)),
  );
  return older[0] ?? null;
}
