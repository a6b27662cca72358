/**
 * Links entries of the person register to members' sign-ins. A person's tasks (policies to accept,
 * training to record) follow their Vigil user, and the register learns of it wherever a membership
 * begins (an invitation accepted, a first SSO sign-in, a member added from the command line) or a
 * person is added to the register; matching is by email or one of the person's aliases, ignoring case.
 */
import type { Db } from '@vigil/db';
import { sql } from 'drizzle-orm';

/** Sets `people.user_id` for unlinked people of the organization who match a member (one member, or all). */
export async function linkPeopleToMembers(tx: Db, orgId: string, userId?: string): Promise<void> {
  const onlyUser = userId ? sql`and u.id = ${userId}` : sql``;
  // One person per member: the one whose own email matches wins over one matching by an alias.
  await tx.execute(sql`
    update people p set user_id = pick.user_id, updated_at = now()
    from (
      select distinct on (u.id) c.id as person_id, u.id as user_id
      from memberships m
      join users u on u.id = m.user_id
      join people c on c.org_id = m.org_id and c.user_id is null
        and (lower(c.email) = lower(u.email) or lower(u.email) in (select lower(a) from unnest(c.aliases) a))
      where m.org_id = ${orgId} ${onlyUser}
        and not exists (select 1 from people q where q.org_id = m.org_id and q.user_id = u.id)
      order by u.id, (lower(c.email) = lower(u.email)) desc, c.created_at
    ) pick
    where p.id = pick.person_id and p.user_id is null`);
}
