/**
 * The OIDC authorization code flow: the redirect to the provider (with state, nonce and PKCE kept
 * for ten minutes) and the validation of what comes back.
 */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { eq, lt } from 'drizzle-orm';
import * as oidc from 'openid-client';
import { hashToken } from '../security/secrets.ts';
import { oidcConfiguration } from './oidc-config.ts';
import { SsoError } from './sso-error.ts';
import { clientSecretOf, findProvider, type OidcProviderRow } from './sso-settings.ts';

const { organizations, oidcLogins } = schema;

export const SSO_LOGIN_MINUTES = 10;
const SCOPE = 'openid email profile';

/** What the provider asserted about the person, after validation. */
export interface SsoIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

async function configurationFor(masterKey: Buffer, provider: OidcProviderRow) {
  try {
    return await oidcConfiguration(provider.issuer, provider.clientId, clientSecretOf(masterKey, provider));
  } catch (err) {
    throw new SsoError(
      'sso_failed',
      `discovery of ${provider.issuer} failed: ${err instanceof Error ? err.message : err}`,
    );
  }
}

/** Records a new login attempt for the organization and returns the provider URL and the state to bind to the browser. */
export async function startSsoLogin(db: Db, masterKey: Buffer, orgSlug: string, redirectUri: string) {
  const [org] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, orgSlug));
  const provider = org ? await findProvider(db, org.id) : null;
  if (!org || !provider)
    throw new SsoError('sso_not_configured', `no single sign-on for organization ${orgSlug}`);
  const config = await configurationFor(masterKey, provider);
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  await db.delete(oidcLogins).where(lt(oidcLogins.expiresAt, new Date()));
  await db.insert(oidcLogins).values({
    // Hashed like every other bearer secret, so the table alone cannot complete a login.
    state: hashToken(state),
    orgId: org.id,
    nonce,
    codeVerifier,
    expiresAt: new Date(Date.now() + SSO_LOGIN_MINUTES * 60_000),
  });
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: SCOPE,
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url, state };
}

/**
 * Validates the provider's answer on the callback URL: the state must match the one bound to this
 * browser and is usable once; the code is exchanged with PKCE and the ID token checked for the nonce.
 */
export async function completeSsoLogin(
  db: Db,
  masterKey: Buffer,
  callbackUrl: URL,
  browserState: string | undefined,
) {
  const state = callbackUrl.searchParams.get('state');
  if (!state || !browserState || state !== browserState) {
    throw new SsoError('sso_state_invalid', 'state missing or not started in this browser');
  }
  const [login] = await db
    .delete(oidcLogins)
    .where(eq(oidcLogins.state, hashToken(state)))
    .returning();
  if (!login || login.expiresAt.getTime() <= Date.now())
    throw new SsoError('sso_state_invalid', 'unknown or expired state');
  const provider = await findProvider(db, login.orgId);
  if (!provider) throw new SsoError('sso_not_configured', 'single sign-on was turned off during the login');
  const config = await configurationFor(masterKey, provider);
  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
  try {
    tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
  } catch (err) {
    if (err instanceof oidc.AuthorizationResponseError)
      throw new SsoError('sso_denied', `provider answered ${err.error}`);
    throw new SsoError('sso_failed', `code exchange failed: ${err instanceof Error ? err.message : err}`);
  }
  const claims = tokens.claims()!;
  let profile: Record<string, unknown> = claims;
  // Many providers put email only in UserInfo when an access token is issued.
  if (typeof claims.email !== 'string') {
    try {
      profile = { ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
    } catch (err) {
      throw new SsoError('sso_failed', `userinfo failed: ${err instanceof Error ? err.message : err}`);
    }
  }
  const identity: SsoIdentity = {
    issuer: claims.iss,
    subject: claims.sub,
    email: typeof profile.email === 'string' ? profile.email.trim().toLowerCase() : null,
    emailVerified: profile.email_verified === true,
    name: typeof profile.name === 'string' && profile.name.trim() ? profile.name.trim() : null,
  };
  return { orgId: login.orgId, provider, identity };
}
