/**
 * Adds a person to an organization from the command line, creating their account when the email
 * is new. (Through the API people join by invitation; the CLI has no mailbox to send one to.)
 */
import { conflict, invalid, passwordProblem, type Role } from '@vigil/core';
import { type Db, schema } from '@vigil/db';
import { hashPassword, linkPeopleToMembers, type OrgActor, recordAudit } from '@vigil/server';
import { and, eq, sql } from 'drizzle-orm';

const { memberships, users } = schema;

export interface MemberAddProps {
  email: string;
  role: Role;
  /** Needed only when no account with this email exists yet. */
  name?: string;
  password?: string;
}

/** Adds the member in `actor.orgId` and records `user.added` in the same transaction. */
export async function addMember(tx: Db, actor: OrgActor, props: MemberAddProps) {
  const email = props.email.trim().toLowerCase();
  let [user] = await tx.select().from(users).where(sql`lower(${users.email}) = ${email}`);
  const created = !user;
  if (user) {
    const [existing] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.orgId, actor.orgId), eq(memberships.userId, user.id)));
    if (existing) throw conflict('email', `email: ${email} is already a member (role ${existing.role})`);
  } else {
    if (!props.name) throw invalid('name', 'name: required for a new account');
    if (!props.password) throw invalid('password', 'password: required for a new account');
    const problem = passwordProblem(props.password, { email, name: props.name });
    if (problem) throw invalid('password', `password: ${problem}`);
    [user] = await tx
      .insert(users)
      .values({ email, name: props.name.trim(), passwordHash: await hashPassword(props.password) })
      .returning();
  }
  await tx.insert(memberships).values({ orgId: actor.orgId, userId: user!.id, role: props.role });
  await linkPeopleToMembers(tx, actor.orgId, user!.id);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'user.added',
    entityType: 'user',
    entityId: user!.id,
    changes: { email, role: props.role, accountCreated: created },
  });
  return { userId: user!.id, created };
}
