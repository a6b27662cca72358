/** Read queries of the invitations domain: the organization's list and the public token lookup. */

import type { Invitation, InvitationState } from '@vigil/api';
import { invalid, notFound } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { hashToken } from '../security/secrets.ts';

const { invitations, organizations, users } = schema;

// Accepted and lapsed invitations stay listed this long, so an admin can see what became of them.
const RECENT_DAYS = 30;

type InvitationRow = typeof invitations.$inferSelect;

/** The organization's pending invitations and those accepted or lapsed recently; revoked ones drop out. */
export async function listInvitations(db: Db, orgId: string): Promise<Invitation[]> {
  const since = new Date(Date.now() - RECENT_DAYS * 86_400_000);
  const rows = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.orgId, orgId),
        isNull(invitations.revokedAt),
        or(
          gt(invitations.createdAt, since),
          and(isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())),
        ),
      ),
    )
    .orderBy(desc(invitations.createdAt));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    engagementId: r.engagementId,
    accessExpiresAt: r.accessExpiresAt?.toISOString() ?? null,
    expiresAt: r.expiresAt.toISOString(),
    acceptedAt: r.acceptedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** Throws unless the invitation can still be accepted, saying why not in words the invitee understands. */
export function assertUsable(row: InvitationRow | undefined): asserts row is InvitationRow {
  // A revoked link reads like one that never existed: the invitee learns nothing about the organization.
  if (!row || row.revokedAt) throw notFound('invitation');
  if (row.acceptedAt) throw invalid('token', 'token: this invitation has already been used; sign in instead');
  if (row.expiresAt.getTime() <= Date.now()) {
    throw invalid('token', 'token: this invitation has expired; ask for a new one');
  }
  if (row.accessExpiresAt && row.accessExpiresAt.getTime() <= Date.now()) {
    throw invalid('token', 'token: the access this invitation grants has already ended; ask for a new one');
  }
}

/** Where a known, unrevoked invitation stands: still usable, already used, or lapsed. */
export function invitationState(row: InvitationRow, now = Date.now()): InvitationState {
  if (row.acceptedAt) return 'accepted';
  if (row.expiresAt.getTime() <= now) return 'expired';
  if (row.accessExpiresAt && row.accessExpiresAt.getTime() <= now) return 'expired';
  return 'pending';
}

/**
 * The invitation behind a link token, with its state, its organization's name and whether the email has an
 * account. An unknown or revoked link is not found; a used or lapsed one answers with its state.
 */
export async function lookupInvitation(db: Db, token: string) {
  const [row] = await db
    .select({ inv: invitations, organizationName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.orgId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row || row.inv.revokedAt) throw notFound('invitation');
  const inv = row.inv;
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${inv.email}`);
  return {
    invitation: inv,
    state: invitationState(inv),
    organizationName: row.organizationName,
    existingUserId: user?.id ?? null,
  };
}

/** The organization's name, as the invitation email shows it. */
export async function organizationNameOf(db: Db, orgId: string): Promise<string | null> {
  const [org] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return org?.name ?? null;
}
