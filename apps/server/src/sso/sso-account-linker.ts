/**
 * Maps a validated SSO identity to a Vigil account and a membership of the organization whose
 * provider vouched for it: by a linked identity, by verified email, or by creating the account.
 */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { linkPeopleToMembers } from '../accounts/index.ts';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { SsoError } from './sso-error.ts';
import type { SsoIdentity } from './sso-login.ts';
import type { OidcProviderRow } from './sso-settings.ts';

const { users, userIdentities, memberships, oidcProviders } = schema;

/**
 * An organization's provider is configured by that organization's admins, so it could assert any
 * subject or email. It may only sign in accounts whose every other organization trusts the same
 * issuer; otherwise one tenant's admin could reach another tenant's data. Such accounts use their password.
 */
async function assertIssuerTrustedEverywhere(tx: Db, userId: string, orgId: string, issuer: string) {
  const [elsewhere] = await tx
    .select({ orgId: memberships.orgId })
    .from(memberships)
    .leftJoin(oidcProviders, eq(oidcProviders.orgId, memberships.orgId))
    .where(
      and(
        eq(memberships.userId, userId),
        ne(memberships.orgId, orgId),
        or(isNull(oidcProviders.issuer), ne(oidcProviders.issuer, issuer)),
      ),
    )
    .limit(1);
  if (elsewhere) {
    throw new SsoError(
      'sso_account_conflict',
      'the account belongs to organizations that do not trust this provider',
    );
  }
}

/** Finds or creates the account and membership for the identity and records `sso.login`; returns the user id. */
export async function linkSsoAccount(
  tx: Db,
  origin: Pick<Actor, 'requestId' | 'ip' | 'userAgent'>,
  provider: OidcProviderRow,
  identity: SsoIdentity,
): Promise<string> {
  const orgId = provider.orgId;
  const [linked] = await tx
    .select({ userId: userIdentities.userId })
    .from(userIdentities)
    .where(and(eq(userIdentities.issuer, identity.issuer), eq(userIdentities.subject, identity.subject)));
  let userId = linked?.userId;
  let linkedBy: 'identity' | 'email' | 'new_account' = 'identity';
  if (!userId) {
    // Linking by email is only as good as the provider's word that the address is really theirs.
    if (!identity.email || !identity.emailVerified) {
      throw new SsoError('sso_email_unverified', 'the provider did not assert a verified email');
    }
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${identity.email}`);
    if (existing) {
      userId = existing.id;
      linkedBy = 'email';
    } else {
      if (!provider.autoProvision) throw new SsoError('sso_no_account', `no account for ${identity.email}`);
      const [created] = await tx
        .insert(users)
        .values({
          email: identity.email,
          name: identity.name ?? identity.email.split('@')[0]!,
          passwordHash: null,
        })
        .returning({ id: users.id });
      userId = created!.id;
      linkedBy = 'new_account';
    }
    await tx.insert(userIdentities).values({ issuer: identity.issuer, subject: identity.subject, userId });
  }
  await assertIssuerTrustedEverywhere(tx, userId, orgId, provider.issuer);

  const [member] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  let membershipCreated: string | null = null;
  if (member) {
    if (member.expiresAt && member.expiresAt.getTime() <= Date.now()) {
      throw new SsoError('sso_access_expired', 'the membership has expired');
    }
  } else {
    if (!provider.autoProvision)
      throw new SsoError('sso_no_account', 'not a member and auto-provisioning is off');
    await tx.insert(memberships).values({ orgId, userId, role: provider.defaultRole });
    await linkPeopleToMembers(tx, orgId, userId);
    membershipCreated = provider.defaultRole;
  }
  const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
  await recordAudit(
    tx,
    { type: 'user', userId, label: user!.email, ...origin },
    {
      orgId,
      action: 'sso.login',
      entityType: 'user',
      entityId: userId,
      changes: { issuer: identity.issuer, subject: identity.subject, linkedBy, membershipCreated },
    },
  );
  return userId;
}
