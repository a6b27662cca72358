/**
 * The employee's side: the published versions addressed to the signed-in person, reading one, and
 * accepting it. An acceptance records the person, the exact version, its hash, the time, the IP and
 * the user agent, and is never changed afterwards.
 */
import type { MyPolicy, MyPolicyVersion } from '@vigil/api';
import {
  acceptanceDueDate,
  conflict,
  forbidden,
  inPolicyAudience,
  notFound,
  VigilError,
  versionLabel,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { completeOnboardingItem } from '../people/index.ts';

const { people, policies, policyVersions, acceptanceRequests, policyAcceptances } = schema;

type PersonRow = typeof people.$inferSelect;

/** The person of the register linked to a user, if any. */
export async function personOfUser(db: Db, orgId: string, userId: string | null): Promise<PersonRow | null> {
  if (!userId) return null;
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.userId, userId)));
  return row ?? null;
}

async function hasRequestFor(db: Db, policyId: string, personId: string, major: number) {
  const [row] = await db
    .select({ id: acceptanceRequests.id })
    .from(acceptanceRequests)
    .where(
      and(
        eq(acceptanceRequests.policyId, policyId),
        eq(acceptanceRequests.personId, personId),
        eq(acceptanceRequests.major, major),
      ),
    );
  return !!row;
}

/** Every published version the person is asked to accept or is in the audience of, newest first. */
export async function myPolicies(db: Db, orgId: string, userId: string | null): Promise<MyPolicy[]> {
  const person = await personOfUser(db, orgId, userId);
  if (!person) return [];
  const live = await db
    .select({ v: policyVersions, title: policies.title, audience: policies.audience })
    .from(policyVersions)
    .innerJoin(policies, eq(policies.id, policyVersions.policyId))
    .where(and(eq(policyVersions.orgId, orgId), eq(policyVersions.status, 'published')))
    .orderBy(policies.title);
  const requests = await db
    .select()
    .from(acceptanceRequests)
    .where(
      and(
        eq(acceptanceRequests.personId, person.id),
        inArray(acceptanceRequests.state, ['open', 'accepted']),
      ),
    );
  const accepted = await db
    .select({
      at: policyAcceptances.acceptedAt,
      policyId: policyAcceptances.policyId,
      major: policyVersions.major,
    })
    .from(policyAcceptances)
    .innerJoin(policyVersions, eq(policyVersions.id, policyAcceptances.versionId))
    .where(eq(policyAcceptances.personId, person.id))
    .orderBy(desc(policyAcceptances.acceptedAt));
  const out: MyPolicy[] = [];
  for (const { v, title, audience } of live) {
    const request = requests.find((r) => r.policyId === v.policyId && r.major === v.major);
    if (!request && !inPolicyAudience(audience, person)) continue;
    const acceptance = accepted.find((a) => a.policyId === v.policyId && a.major === v.major);
    out.push({
      versionId: v.id,
      policyTitle: title,
      label: versionLabel(v),
      publishedAt: v.publishedAt!.toISOString(),
      dueDate: request?.dueDate ?? null,
      requestState: request?.state ?? null,
      acceptedAt: acceptance?.at.toISOString() ?? null,
    });
  }
  return out;
}

/**
 * One version as the person reads it: the current published version when it is addressed to them,
 * or an older one they accepted. Anything else is not found, as if it did not exist.
 */
export async function myVersion(
  db: Db,
  orgId: string,
  userId: string | null,
  versionId: string,
): Promise<MyPolicyVersion> {
  const person = await personOfUser(db, orgId, userId);
  const [row] = await db
    .select({ v: policyVersions, title: policies.title, audience: policies.audience })
    .from(policyVersions)
    .innerJoin(policies, eq(policies.id, policyVersions.policyId))
    .where(and(eq(policyVersions.orgId, orgId), eq(policyVersions.id, versionId)));
  if (!row || !person || !row.v.publishedAt) throw notFound('policy version');
  const { v } = row;
  const publishedAt = row.v.publishedAt;
  const [request] = await db
    .select()
    .from(acceptanceRequests)
    .where(
      and(
        eq(acceptanceRequests.policyId, v.policyId),
        eq(acceptanceRequests.personId, person.id),
        eq(acceptanceRequests.major, v.major),
      ),
    )
    .orderBy(desc(acceptanceRequests.createdAt));
  const [own] = await db
    .select({ at: policyAcceptances.acceptedAt })
    .from(policyAcceptances)
    .where(and(eq(policyAcceptances.versionId, v.id), eq(policyAcceptances.personId, person.id)));
  const addressed = v.status === 'published' && (!!request || inPolicyAudience(row.audience, person));
  if (!addressed && !own) throw notFound('policy version');
  return {
    versionId: v.id,
    policyTitle: row.title,
    label: versionLabel(v),
    publishedAt: publishedAt.toISOString(),
    dueDate: request?.dueDate ?? null,
    requestState: request?.state ?? null,
    acceptedAt: own?.at.toISOString() ?? null,
    content: v.content,
    contentSha256: v.contentSha256!,
    current: v.status === 'published',
  };
}

/**
 * Records the signed-in person's acceptance of a version. Only the current published version
 * addressed to them is accepted; a superseded or unpublished one is refused, saying which to accept.
 * Returns how many of the person's requests are still open (onboarding completes at none).
 */
export async function acceptVersion(
  tx: Db,
  actor: OrgActor,
  versionId: string,
): Promise<{ stillOpen: number }> {
  const [row] = await tx
    .select({ v: policyVersions, title: policies.title, audience: policies.audience })
    .from(policyVersions)
    .innerJoin(policies, eq(policies.id, policyVersions.policyId))
    .where(and(eq(policyVersions.orgId, actor.orgId), eq(policyVersions.id, versionId)));
  if (!row) throw notFound('policy version');
  const { v, title } = row;
  const person = await personOfUser(tx, actor.orgId, actor.userId);
  if (!person)
    throw forbidden(
      'Your account is not linked to anyone in the person register, so no policy is addressed to you',
    );
  const label = versionLabel(v);
  if (v.status === 'superseded') {
    const [current] = await tx
      .select({ major: policyVersions.major, minor: policyVersions.minor })
      .from(policyVersions)
      .where(and(eq(policyVersions.policyId, v.policyId), eq(policyVersions.status, 'published')));
    const instead = current ? `; read and accept version ${versionLabel(current)} instead` : '';
    throw conflict('versionId', `Version ${label} of the ${title} has been replaced${instead}`);
  }
  if (v.status !== 'published')
    throw conflict(
      'versionId',
      `Version ${label} of the ${title} is not published, so it cannot be accepted`,
    );
  const [request] = await tx
    .select()
    .from(acceptanceRequests)
    .where(
      and(
        eq(acceptanceRequests.policyId, v.policyId),
        eq(acceptanceRequests.personId, person.id),
        eq(acceptanceRequests.state, 'open'),
      ),
    )
    .for('update');
  if (!request && !inPolicyAudience(row.audience, person)) throw notFound('policy version');
  const [already] = await tx
    .select({ at: policyAcceptances.acceptedAt })
    .from(policyAcceptances)
    .where(and(eq(policyAcceptances.versionId, v.id), eq(policyAcceptances.personId, person.id)));
  if (already)
    throw new VigilError(
      'conflict',
      `You already accepted version ${label} of the ${title} on ${already.at.toISOString().slice(0, 10)}`,
      'versionId',
    );
  const now = new Date();
  const [acceptance] = await tx
    .insert(policyAcceptances)
    .values({
      orgId: actor.orgId,
      policyId: v.policyId,
      versionId: v.id,
      personId: person.id,
      userId: actor.userId,
      contentSha256: v.contentSha256!,
      acceptedAt: now,
      ip: actor.ip,
      userAgent: actor.userAgent,
    })
    .returning({ id: policyAcceptances.id });
  if (request) {
    await tx
      .update(acceptanceRequests)
      .set({ state: 'accepted', closedAt: now, versionId: v.id })
      .where(eq(acceptanceRequests.id, request.id));
  } else if (!(await hasRequestFor(tx, v.policyId, person.id, v.major))) {
    // Accepted before the daily job asked them: the request is recorded as met, so the matrix counts it.
    await tx.insert(acceptanceRequests).values({
      orgId: actor.orgId,
      policyId: v.policyId,
      personId: person.id,
      versionId: v.id,
      major: v.major,
      dueDate: acceptanceDueDate(now.toISOString().slice(0, 10), person.startDate),
      state: 'accepted',
      closedAt: now,
    });
  }
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'policy.accepted',
    entityType: 'policy',
    entityId: v.policyId,
    changes: {
      title,
      version: label,
      person: person.name,
      contentSha256: v.contentSha256,
      acceptanceId: acceptance!.id,
    },
  });
  const open = await tx
    .select({ id: acceptanceRequests.id })
    .from(acceptanceRequests)
    .where(and(eq(acceptanceRequests.personId, person.id), eq(acceptanceRequests.state, 'open')));
  // A new hire's "accept the policies" item is done once nothing is left to accept.
  if (open.length === 0) {
    await completeOnboardingItem(tx, {
      orgId: actor.orgId,
      personId: person.id,
      item: 'accept_policies',
      at: now,
      note: 'Every policy addressed to them accepted',
    });
  }
  return { stillOpen: open.length };
}
