/** An organization's OIDC provider settings; the client secret is encrypted and never read back out. */

import type { SsoUpdateRequest } from '@vigil/api';
import { assignableRoles, invalid, notFound, VigilError } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { diffFields, recordAudit } from '../audit/audit-recorder.ts';
import { decryptSecret, encryptSecret } from '../security/secrets.ts';
import { oidcConfiguration } from './oidc-config.ts';

const { oidcProviders, oidcLogins } = schema;

export type OidcProviderRow = typeof oidcProviders.$inferSelect;

/** The organization's provider row, or null when SSO is not set up. */
export async function findProvider(db: Db, orgId: string): Promise<OidcProviderRow | null> {
  const [row] = await db.select().from(oidcProviders).where(eq(oidcProviders.orgId, orgId));
  return row ?? null;
}

/** The client secret in clear, for talking to the provider. */
export const clientSecretOf = (masterKey: Buffer, row: OidcProviderRow) =>
  decryptSecret(masterKey, row.clientSecretEnc);

/**
 * Saves the settings after proving them: the issuer must answer OpenID discovery, so a typo is
 * reported now (naming `issuer`) rather than at the first failed sign-in.
 */
export async function saveSsoSettings(db: Db, masterKey: Buffer, actor: OrgActor, req: SsoUpdateRequest) {
  if (!assignableRoles(actor.role).includes(req.defaultRole)) {
    throw new VigilError(
      'forbidden',
      `defaultRole: your role may not grant ${req.defaultRole}`,
      'defaultRole',
    );
  }
  const existing = await findProvider(db, actor.orgId);
  const secret = req.clientSecret ?? (existing ? clientSecretOf(masterKey, existing) : null);
  if (!secret) throw invalid('clientSecret', 'clientSecret: required when setting up single sign-on');
  // Kept exactly as entered: some issuers end with a slash, and discovery compares it character by character.
  const issuer = req.issuer.trim();
  try {
    await oidcConfiguration(issuer, req.clientId, secret);
  } catch (err) {
    if (err instanceof VigilError) throw err;
    throw invalid(
      'issuer',
      `issuer: OpenID discovery failed (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  const values = {
    issuer,
    clientId: req.clientId,
    clientSecretEnc: encryptSecret(masterKey, secret),
    defaultRole: req.defaultRole,
    autoProvision: req.autoProvision,
  };
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(oidcProviders)
      .where(eq(oidcProviders.orgId, actor.orgId))
      .for('update');
    await tx
      .insert(oidcProviders)
      .values({ orgId: actor.orgId, ...values })
      .onConflictDoUpdate({ target: oidcProviders.orgId, set: values });
    const { clientSecretEnc: _secret, ...shown } = values;
    const changes: Record<string, unknown> = before ? diffFields(before, shown) : { ...shown };
    if (req.clientSecret && before) changes.clientSecret = 'replaced';
    await recordAudit(tx, actor, {
      orgId: actor.orgId,
      action: 'sso.configured',
      entityType: 'oidc_provider',
      entityId: actor.orgId,
      changes,
    });
  });
}

/** Turns single sign-on off; accounts keep their linked identities for when it is turned on again. */
export async function removeSsoSettings(tx: Db, actor: OrgActor) {
  const [row] = await tx.delete(oidcProviders).where(eq(oidcProviders.orgId, actor.orgId)).returning();
  if (!row) throw notFound('single sign-on configuration');
  await tx.delete(oidcLogins).where(eq(oidcLogins.orgId, actor.orgId));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'sso.removed',
    entityType: 'oidc_provider',
    entityId: actor.orgId,
    changes: { issuer: row.issuer, clientId: row.clientId },
  });
}

/** The organization's slug, which names its single sign-on start URL. */
export async function organizationSlugOf(db: Db, orgId: string): Promise<string | null> {
  const [org] = await db
    .select({ slug: schema.organizations.slug })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, orgId));
  return org?.slug ?? null;
}
