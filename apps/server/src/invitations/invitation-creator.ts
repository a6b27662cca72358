/** Creates and revokes invitations to join an organization; the link's token is stored only as a hash. */

import type { InvitationCreate } from '@vigil/api';
import { assignableRoles, conflict, invalid, notFound, VigilError } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { hashToken, randomToken } from '../security/secrets.ts';

const { invitations, memberships, users, engagements, organizations } = schema;

export const INVITATION_DAYS = 7;
export const AUDITOR_ACCESS_DAYS = 90;
const DAY_MS = 86_400_000;

async function assertEngagement(tx: Db, orgId: string, engagementId: string) {
  const [e] = await tx
    .select({ id: engagements.id })
    .from(engagements)
    .where(and(eq(engagements.orgId, orgId), eq(engagements.id, engagementId)));
  if (!e) throw invalid('engagementId', 'engagementId: no such engagement in this organization');
}

/** Where the invited person's access ends: as asked, the auditor default, or never. */
function accessEnd(req: InvitationCreate): Date | null {
  if (req.accessExpiresAt) {
    const at = new Date(req.accessExpiresAt);
    if (at.getTime() <= Date.now())
      throw invalid('accessExpiresAt', 'accessExpiresAt: must be in the future');
    if (req.role === 'owner')
      throw invalid('accessExpiresAt', 'accessExpiresAt: an owner’s access cannot expire');
    return at;
  }
  return req.role === 'auditor' ? new Date(Date.now() + AUDITOR_ACCESS_DAYS * DAY_MS) : null;
}

/** Creates a pending invitation and returns its id and the secret token for the link. */
export async function createInvitation(tx: Db, actor: OrgActor, req: InvitationCreate) {
  if (!assignableRoles(actor.role).includes(req.role)) {
    throw new VigilError('forbidden', `role: your role may not grant ${req.role}`, 'role');
  }
  if (req.role === 'auditor' && !req.engagementId) {
    throw invalid('engagementId', 'engagementId: an auditor is invited to one engagement; name it');
  }
  if (req.role !== 'auditor' && req.engagementId) {
    throw invalid('engagementId', 'engagementId: only auditor invitations name an engagement');
  }
  if (req.engagementId) await assertEngagement(tx, actor.orgId, req.engagementId);
  const accessExpiresAt = accessEnd(req);
  // Serializes invitations per organization so two admins cannot invite the same address twice at once.
  await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, actor.orgId))
    .for('no key update');
  const [member] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, actor.orgId), sql`lower(${users.email}) = ${req.email}`));
  if (member) throw conflict('email', `email: ${req.email} is already a member of this organization`);
  const [pending] = await tx
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.orgId, actor.orgId),
        eq(invitations.email, req.email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  if (pending)
    throw conflict('email', `email: ${req.email} already has a pending invitation; revoke it first`);
  const token = randomToken('', 32);
  const [row] = await tx
    .insert(invitations)
    .values({
      orgId: actor.orgId,
      email: req.email,
      role: req.role,
      engagementId: req.engagementId ?? null,
      accessExpiresAt,
      tokenHash: hashToken(token),
      invitedBy: actor.userId,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * DAY_MS),
    })
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'invitation.created',
    entityType: 'invitation',
    entityId: row!.id,
    changes: {
      email: req.email,
      role: req.role,
      engagementId: row!.engagementId,
      accessExpiresAt: accessExpiresAt?.toISOString() ?? null,
      expiresAt: row!.expiresAt.toISOString(),
    },
  });
  return { invitation: row!, token };
}

/** Revokes a pending invitation so its link stops working; revoking twice is harmless. */
export async function revokeInvitation(tx: Db, actor: OrgActor, invitationId: string) {
  const [row] = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.orgId, actor.orgId), eq(invitations.id, invitationId)))
    .for('update');
  if (!row) throw notFound('invitation');
  if (row.acceptedAt)
    throw conflict('invitationId', 'The invitation was already accepted; remove the user instead');
  if (row.revokedAt) return;
  await tx.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, invitationId));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'invitation.revoked',
    entityType: 'invitation',
    entityId: invitationId,
    changes: { email: row.email, role: row.role },
  });
}
