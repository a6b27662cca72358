/** Changes and removes organization memberships under the role rules; every change is audited. */

import type { MemberUpdate } from '@vigil/api';
import { assignableRoles, conflict, invalid, notFound, type Role, VigilError } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, gt, inArray, isNull, ne, or } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { diffFields, recordAudit } from '../audit/audit-recorder.ts';

const { memberships, users, sessions, apiTokens, engagementAuditors, engagements } = schema;

/** Locks the target's membership row; other organizations' members are not found, like missing ones. */
async function lockMembership(tx: Db, orgId: string, userId: string) {
  const [row] = await tx
    .select({ role: memberships.role, expiresAt: memberships.expiresAt, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
    .for('update', { of: memberships });
  if (!row) throw notFound('user');
  return row;
}

function assertMayManage(actor: OrgActor, targetRole: Role) {
  // Owners can only be changed by owners; otherwise an admin could strip the people above them.
  if (targetRole === 'owner' && actor.role !== 'owner') {
    throw new VigilError('forbidden', 'Only an owner can change or remove an owner');
  }
}

/**
 * Throws unless another owner with lasting access remains. The owner rows are locked first, so two
 * owners demoting each other at the same moment cannot both succeed.
 */
async function assertAnotherOwner(tx: Db, orgId: string, userId: string, field: string) {
  await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'owner')))
    .for('update');
  const others = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(memberships.role, 'owner'),
        ne(memberships.userId, userId),
        or(isNull(memberships.expiresAt), gt(memberships.expiresAt, new Date())),
      ),
    );
  if (others.length === 0) throw conflict(field, `${field}: the organization must keep at least one owner`);
}

/** Changes a member's role and/or access end date; returns whether anything changed. */
export async function updateMembership(tx: Db, actor: OrgActor, userId: string, patch: MemberUpdate) {
  const before = await lockMembership(tx, actor.orgId, userId);
  assertMayManage(actor, before.role);
  const role = patch.role ?? before.role;
  if (patch.role && patch.role !== before.role && !assignableRoles(actor.role).includes(patch.role)) {
    throw new VigilError('forbidden', `role: your role may not grant ${patch.role}`, 'role');
  }
  const expiresAt =
    patch.expiresAt === undefined ? before.expiresAt : patch.expiresAt ? new Date(patch.expiresAt) : null;
  // An owner whose access lapses would silently leave the organization without one.
  if (role === 'owner' && expiresAt) throw invalid('expiresAt', 'expiresAt: an owner’s access cannot expire');
  const changes = diffFields(
    { role: before.role, expiresAt: before.expiresAt?.toISOString() ?? null },
    { role, expiresAt: expiresAt?.toISOString() ?? null },
  );
  if (Object.keys(changes).length === 0) return { changed: false };
  if (before.role === 'owner' && role !== 'owner') await assertAnotherOwner(tx, actor.orgId, userId, 'role');
  await tx
    .update(memberships)
    .set({ role, expiresAt })
    .where(and(eq(memberships.orgId, actor.orgId), eq(memberships.userId, userId)));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'user.role_changed',
    entityType: 'user',
    entityId: userId,
    changes: { email: before.email, ...changes },
  });
  return { changed: true };
}

/** Removes a member from the organization with their sessions, API tokens and auditor assignments there. */
export async function removeMembership(tx: Db, actor: OrgActor, userId: string) {
  const before = await lockMembership(tx, actor.orgId, userId);
  assertMayManage(actor, before.role);
  if (before.role === 'owner') await assertAnotherOwner(tx, actor.orgId, userId, 'userId');
  await tx.delete(memberships).where(and(eq(memberships.orgId, actor.orgId), eq(memberships.userId, userId)));
  await tx.delete(sessions).where(and(eq(sessions.orgId, actor.orgId), eq(sessions.userId, userId)));
  await tx.delete(apiTokens).where(and(eq(apiTokens.orgId, actor.orgId), eq(apiTokens.userId, userId)));
  await tx
    .delete(engagementAuditors)
    .where(
      and(
        eq(engagementAuditors.userId, userId),
        inArray(
          engagementAuditors.engagementId,
          tx.select({ id: engagements.id }).from(engagements).where(eq(engagements.orgId, actor.orgId)),
        ),
      ),
    );
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'user.removed',
    entityType: 'user',
    entityId: userId,
    changes: { email: before.email, role: before.role },
  });
}
