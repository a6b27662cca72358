/** Turns an invitation into a membership: for a new account or an existing one whose password is proven. */

import type { InvitationAccept } from '@vigil/api';
import { conflict, invalid, passwordProblem } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';
import { checkPassword, linkPeopleToMembers } from '../accounts/index.ts';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { hashPassword } from '../security/passwords.ts';
import { assertUsable, lookupInvitation } from './invitations.queries.ts';

const { invitations, memberships, users, engagements, engagementAuditors } = schema;

/** Where the request came from, recorded on the audit event. */
export type RequestOrigin = Pick<Actor, 'requestId' | 'ip' | 'userAgent'>;

/**
 * Accepts the invitation behind `req.token`. Slow work (password hashing or checking) happens before
 * the transaction; inside it the invitation row is locked and checked again, so a link works once.
 */
export async function acceptInvitation(db: Db, origin: RequestOrigin, req: InvitationAccept) {
  const { invitation, existingUserId } = await lookupInvitation(db, req.token);
  const email = invitation.email;
  let passwordHash: string | null = null;
  if (existingUserId) {
    await checkPassword(db, email, req.password);
  } else {
    if (!req.name) throw invalid('name', 'name: required to create your account');
    const problem = passwordProblem(req.password, { email, name: req.name });
    if (problem) throw invalid('password', `password: ${problem}`);
    passwordHash = await hashPassword(req.password);
  }

  return db.transaction(async (tx) => {
    const [inv] = await tx.select().from(invitations).where(eq(invitations.id, invitation.id)).for('update');
    assertUsable(inv);
    const [current] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${email}`);
    // The account appeared or vanished between the check above and now: make the person try again.
    if (Boolean(current) !== Boolean(existingUserId)) {
      throw conflict(
        'email',
        'email: the account for this invitation changed meanwhile; open the link again',
      );
    }
    let userId = current?.id;
    if (!userId) {
      const [created] = await tx
        .insert(users)
        .values({ email, name: req.name!, passwordHash })
        .returning({ id: users.id });
      userId = created!.id;
    }
    const [member] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.orgId, inv.orgId), eq(memberships.userId, userId)));
    if (member) throw conflict('email', `email: ${email} is already a member of this organization`);
    await tx
      .insert(memberships)
      .values({ orgId: inv.orgId, userId, role: inv.role, expiresAt: inv.accessExpiresAt });
    await linkPeopleToMembers(tx, inv.orgId, userId);
    if (inv.role === 'auditor' && inv.engagementId) {
      const [engagement] = await tx
        .select({ id: engagements.id })
        .from(engagements)
        .where(and(eq(engagements.orgId, inv.orgId), eq(engagements.id, inv.engagementId)));
      if (!engagement) throw invalid('token', 'token: the engagement of this invitation no longer exists');
      await tx
        .insert(engagementAuditors)
        .values({ engagementId: engagement.id, userId })
        .onConflictDoNothing();
    }
    await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, inv.id));
    const actor: Actor = { type: 'user', userId, label: email, ...origin };
    await recordAudit(tx, actor, {
      orgId: inv.orgId,
      action: 'invitation.accepted',
      entityType: 'invitation',
      entityId: inv.id,
      changes: {
        email,
        role: inv.role,
        engagementId: inv.engagementId,
        accessExpiresAt: inv.accessExpiresAt?.toISOString() ?? null,
        newAccount: !existingUserId,
      },
    });
    return { userId, orgId: inv.orgId };
  });
}
