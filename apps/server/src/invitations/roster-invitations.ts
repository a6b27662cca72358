/**
 * Inviting the whole person register in one action: everyone who must accept policies and record
 * training needs a sign-in, and typing five hundred addresses one by one is how people get missed.
 */
import type { RosterInvited } from '@vigil/api';
import type { Db } from '@vigil/db';
import { rowsOf, schema } from '@vigil/db';
import { eq, sql } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { hashToken, randomToken } from '../security/secrets.ts';
import { INVITATION_DAYS } from './invitation-creator.ts';

const { invitations, organizations } = schema;
const DAY_MS = 86_400_000;

/** One invitation made for a person of the register, with the secret for its link. */
export interface RosterInvitation {
  email: string;
  token: string;
  expiresAt: Date;
}

/** Invites, as employees, the register's active in-scope people who are neither members nor invited. */
export async function inviteRoster(
  tx: Db,
  actor: OrgActor,
): Promise<{ counts: Omit<RosterInvited, 'emailed'>; made: RosterInvitation[] }> {
  // The same lock single invitations take, so the two never invite one address twice.
  await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, actor.orgId))
    .for('no key update');
  // Written out with the table's name: inside the subqueries an unqualified column would bind to them.
  const result: unknown = await tx.execute(sql`
      select lower(p.email) as email,
        (p.status <> 'terminated' and p.in_scope) as eligible,
        exists (select 1 from memberships m join users u on u.id = m.user_id
          where m.org_id = p.org_id and lower(u.email) = lower(p.email)) as member,
        exists (select 1 from invitations i where i.org_id = p.org_id and i.email = lower(p.email)
          and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()) as invited
      from people p where p.org_id = ${actor.orgId}`);
  const rows = rowsOf<{ email: string; eligible: boolean; member: boolean; invited: boolean }>(result);
  const counts = { invited: 0, alreadyMembers: 0, alreadyInvited: 0, leftOut: 0 };
  const made: RosterInvitation[] = [];
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * DAY_MS);
  for (const row of rows.sort((a, b) => a.email.localeCompare(b.email))) {
    if (row.member) counts.alreadyMembers++;
    else if (!row.eligible) counts.leftOut++;
    else if (row.invited) counts.alreadyInvited++;
    else made.push({ email: row.email, token: randomToken('', 32), expiresAt });
  }
  for (let i = 0; i < made.length; i += 1000) {
    const batch = made.slice(i, i + 1000);
    const inserted = await tx
      .insert(invitations)
      .values(
        batch.map((m) => ({
          orgId: actor.orgId,
          email: m.email,
          role: 'employee' as const,
          tokenHash: hashToken(m.token),
          invitedBy: actor.userId,
          expiresAt,
        })),
      )
      .returning({ id: invitations.id, email: invitations.email });
    for (const row of inserted) {
      await recordAudit(tx, actor, {
        orgId: actor.orgId,
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: row.id,
        changes: {
          email: row.email,
          role: 'employee',
          engagementId: null,
          accessExpiresAt: null,
          expiresAt: expiresAt.toISOString(),
        },
      });
    }
  }
  counts.invited = made.length;
  return { counts, made };
}
