/** Talks to an organization's OpenID provider through openid-client: discovery and client settings. */
import { invalid } from '@vigil/core';
import * as oidc from 'openid-client';

// Plain http is tolerated only for a provider on this machine (development and tests).
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** True when the issuer is on the loopback interface, where http is acceptable. */
export function isLoopbackIssuer(issuer: URL): boolean {
  return LOOPBACK.test(issuer.hostname);
}

/** Throws naming `issuer` unless it uses https (or http on loopback). */
export function assertIssuerUrl(issuer: string): URL {
  const url = new URL(issuer);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackIssuer(url))) {
    throw invalid('issuer', 'issuer: must use https (http is only allowed for localhost)');
  }
  return url;
}

/**
 * Discovers the provider and returns a client configuration. The client authenticates with
 * client_secret_basic, the OpenID default, unless the provider only advertises client_secret_post.
 */
export async function oidcConfiguration(
  issuer: string,
  clientId: string,
  clientSecret: string,
): Promise<oidc.Configuration> {
  const url = assertIssuerUrl(issuer);
  const execute = url.protocol === 'http:' ? [oidc.allowInsecureRequests] : [];
  const discovered = await oidc.discovery(url, clientId, undefined, oidc.None(), { execute, timeout: 10 });
  const methods = discovered.serverMetadata().token_endpoint_auth_methods_supported;
  const auth =
    methods && !methods.includes('client_secret_basic') && methods.includes('client_secret_post')
      ? oidc.ClientSecretPost(clientSecret)
      : oidc.ClientSecretBasic(clientSecret);
  const config = new oidc.Configuration(discovered.serverMetadata(), clientId, clientSecret, auth);
  for (const fn of execute) fn(config);
  config.timeout = 10;
  return config;
}
