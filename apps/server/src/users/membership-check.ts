/** Checks that a user id given as an owner or assignee is a live member of the organization. */
import { invalid } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, gt, isNull, or } from 'drizzle-orm';

/** Throws a validation error on `field` unless `userId` (when given) is a current member of the org. */
export async function assertMember(db: Db, orgId: string, userId: string | null | undefined, field: string) {
  if (!userId) return;
  const { memberships } = schema;
  const [m] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(memberships.userId, userId),
        or(isNull(memberships.expiresAt), gt(memberships.expiresAt, new Date())),
      ),
    );
  if (!m) throw invalid(field, `${field}: must be a member of this organization`);
}
