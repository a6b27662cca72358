/**
 * Membership changes made from the command line (direct database mode): add a person to an
 * organization, change their role, remove them. Each takes `tx` and records its audit event in it.
 */
import { conflict, invalid, notFound, type Role } from '@vigil/core';
import { type Db, schema } from '@vigil/db';
import type { Actor } from '@vigil/server/audit/actor';
import { recordAudit } from '@vigil/server/audit/audit-recorder';
import { hashPassword } from '@vigil/server/security/passwords';
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';

const { memberships, users, apiTokens } = schema;

export interface MemberAddProps {
  orgId: string;
  email: string;
  role: Role;
  /** Needed only when no account with this email exists yet. */
  name?: string;
  password?: string;
}

async function userByEmail(tx: Db, email: string) {
  const [user] = await tx.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return user;
}

async function membershipOf(tx: Db, orgId: string, email: string) {
  const [row] = await tx
    .select({ userId: users.id, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), sql`lower(${users.email}) = ${email.toLowerCase()}`))
    .for('update');
  if (!row) throw notFound(`member ${email}`);
  return row;
}

/** Refuses a change that would leave the organization without a live owner. */
async function assertAnotherOwner(
  tx: Db,
  orgId: string,
  member: { userId: string; email: string },
  field: string,
) {
  const owners = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(memberships.role, 'owner'),
        or(isNull(memberships.expiresAt), gt(memberships.expiresAt, new Date())),
      ),
    )
    .for('update');
  if (!owners.some((o) => o.userId !== member.userId)) {
    throw conflict(
      field,
      `${field}: ${member.email} is the organization's last owner; make someone else owner first`,
    );
  }
}

/** Adds a person to the organization, creating their account when the email is new. */
export async function addMember(tx: Db, actor: Actor, props: MemberAddProps) {
  const email = props.email.trim().toLowerCase();
  let user = await userByEmail(tx, email);
  const created = !user;
  if (user) {
    const [existing] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.orgId, props.orgId), eq(memberships.userId, user.id)));
    if (existing) throw conflict('email', `email: ${email} is already a member (role ${existing.role})`);
  } else {
    if (!props.name) throw invalid('name', 'name: required for a new account');
    if (!props.password) throw invalid('password', 'password: required for a new account');
    [user] = await tx
      .insert(users)
      .values({ email, name: props.name.trim(), passwordHash: await hashPassword(props.password) })
      .returning();
  }
  await tx.insert(memberships).values({ orgId: props.orgId, userId: user!.id, role: props.role });
  await recordAudit(tx, actor, {
    orgId: props.orgId,
    action: 'member.added',
    entityType: 'user',
    entityId: user!.id,
    changes: { email, role: props.role, accountCreated: created },
  });
  return { userId: user!.id, created };
}

/** Gives a member another role; the last owner cannot stop being one. */
export async function changeMemberRole(
  tx: Db,
  actor: Actor,
  props: { orgId: string; email: string; role: Role },
) {
  const member = await membershipOf(tx, props.orgId, props.email);
  if (member.role === props.role) return { changed: false, from: member.role };
  if (member.role === 'owner') await assertAnotherOwner(tx, props.orgId, member, 'role');
  await tx
    .update(memberships)
    .set({ role: props.role })
    .where(and(eq(memberships.orgId, props.orgId), eq(memberships.userId, member.userId)));
  await recordAudit(tx, actor, {
    orgId: props.orgId,
    action: 'member.role_changed',
    entityType: 'user',
    entityId: member.userId,
    changes: { email: member.email, role: { from: member.role, to: props.role } },
  });
  return { changed: true, from: member.role };
}

/** Removes a member and revokes their API tokens in this organization; the account itself stays. */
export async function removeMember(tx: Db, actor: Actor, props: { orgId: string; email: string }) {
  const member = await membershipOf(tx, props.orgId, props.email);
  if (member.role === 'owner') await assertAnotherOwner(tx, props.orgId, member, 'email');
  await tx
    .delete(memberships)
    .where(and(eq(memberships.orgId, props.orgId), eq(memberships.userId, member.userId)));
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(apiTokens.orgId, props.orgId), eq(apiTokens.userId, member.userId), isNull(apiTokens.revokedAt)),
    )
    .returning({ id: apiTokens.id });
  await recordAudit(tx, actor, {
    orgId: props.orgId,
    action: 'member.removed',
    entityType: 'user',
    entityId: member.userId,
    changes: { email: member.email, role: member.role, tokensRevoked: revoked.length },
  });
  return { role: member.role, tokensRevoked: revoked.length };
}
