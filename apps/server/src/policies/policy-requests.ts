/**
 * Acceptance requests: who a policy is addressed to (the person register), what publishing a version
 * does to the open requests, and asking people who joined the audience since.
 */
import { type Audience, acceptanceDueDate, inPolicyAudience, planPublish } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { PolicyRow, VersionRow } from './policies.queries.ts';

const { people, acceptanceRequests, policyAcceptances, policyVersions } = schema;

/** The people of the register a policy addresses, with their start dates. */
export async function audienceOf(db: Db, orgId: string, audience: Audience) {
  const rows = await db
    .select({
      id: people.id,
      workerType: people.workerType,
      department: people.department,
      status: people.status,
      inScope: people.inScope,
      startDate: people.startDate,
    })
    .from(people)
    .where(eq(people.orgId, orgId));
  return rows
    .filter((p) => inPolicyAudience(audience, p))
    .map((p) => ({ personId: p.id, startDate: p.startDate }));
}

/** People who accepted some version of `major` of the policy. */
async function acceptedMajor(db: Db, policyId: string, major: number): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ personId: policyAcceptances.personId })
    .from(policyAcceptances)
    .innerJoin(policyVersions, eq(policyVersions.id, policyAcceptances.versionId))
    .where(and(eq(policyAcceptances.policyId, policyId), eq(policyVersions.major, major)));
  return new Set(rows.map((r) => r.personId));
}

const BATCH = 1000;

async function insertRequests(
  tx: Db,
  policy: PolicyRow,
  version: VersionRow,
  create: { personId: string; dueDate: string }[],
) {
  for (let i = 0; i < create.length; i += BATCH) {
    await tx.insert(acceptanceRequests).values(
      create.slice(i, i + BATCH).map((c) => ({
        orgId: policy.orgId,
        policyId: policy.id,
        personId: c.personId,
        versionId: version.id,
        major: version.major,
        dueDate: c.dueDate,
      })),
    );
  }
}

/**
 * Applies `planPublish` for a version just published: a major closes the open requests and asks the
 * audience again, a minor carries them forward. Returns how many requests each step touched.
 */
export async function issueOnPublish(tx: Db, policy: PolicyRow, version: VersionRow, publishedOn: string) {
  const audience = await audienceOf(tx, policy.orgId, policy.audience);
  const open = await tx
    .select({ id: acceptanceRequests.id, personId: acceptanceRequests.personId })
    .from(acceptanceRequests)
    .where(and(eq(acceptanceRequests.policyId, policy.id), eq(acceptanceRequests.state, 'open')));
  const plan = planPublish({
    version,
    publishedOn,
    audience,
    open,
    acceptedThisMajor: await acceptedMajor(tx, policy.id, version.major),
  });
  if (plan.close.length > 0) {
    await tx
      .update(acceptanceRequests)
      .set({ state: 'closed', closedAt: new Date() })
      .where(inArray(acceptanceRequests.id, plan.close));
  }
  if (plan.carry.length > 0) {
    await tx
      .update(acceptanceRequests)
      .set({ versionId: version.id })
      .where(inArray(acceptanceRequests.id, plan.carry));
  }
  await insertRequests(tx, policy, version, plan.create);
  return { closed: plan.close.length, carried: plan.carry.length, asked: plan.create.length };
}

/**
 * Asks audience members who have no request for the live major yet (joined the register or the
 * audience since it was published), due from today or their start date. Returns how many were asked.
 */
export async function askNewcomers(tx: Db, policy: PolicyRow, live: VersionRow, today: string) {
  const audience = await audienceOf(tx, policy.orgId, policy.audience);
  const asked = await tx
    .select({ personId: acceptanceRequests.personId })
    .from(acceptanceRequests)
    .where(and(eq(acceptanceRequests.policyId, policy.id), eq(acceptanceRequests.major, live.major)));
  const covered = new Set([
    ...asked.map((r) => r.personId),
    ...(await acceptedMajor(tx, policy.id, live.major)),
  ]);
  const create = audience
    .filter((p) => !covered.has(p.personId))
    .map((p) => ({ personId: p.personId, dueDate: acceptanceDueDate(today, p.startDate) }));
  await insertRequests(tx, policy, live, create);
  return create.length;
}
