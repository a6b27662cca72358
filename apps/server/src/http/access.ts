/**
 * Route access, declared on every route as `config.access` and enforced in one hook. A route
 * without a declaration is refused: deny by default.
 */
import { canWith, isWritePermission, type Permission, VigilError } from '@vigil/core';
import type { FastifyRequest } from 'fastify';

export type RouteAccess = { public: true } | { signedIn: true } | { permission: Permission };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a route can change state, derived from its method and permission so that no route can
 * forget to say so: any unsafe method writes, and so does a safe one guarded by a write permission.
 */
export function routeWrites(method: string, access: RouteAccess): boolean {
  return !SAFE_METHODS.has(method) || ('permission' in access && isWritePermission(access.permission));
}

/** Throws unless the request may use the route it matched. */
export function enforceAccess(req: FastifyRequest): void {
  const access = req.routeOptions.config.access;
  if (!access) {
    // Static files and the OpenAPI docs page are public; every API route must declare its rule.
    if (!req.url.startsWith('/api/') || req.url.startsWith('/api/docs')) return;
    throw new VigilError('forbidden', 'This route declares no access rule');
  }
  if ('public' in access) return;
  const auth = req.auth;
  if (!auth) throw new VigilError('unauthenticated', 'Sign in first');
  // Token scope is checked before anything can return early, for every kind of route: only a token
  // explicitly scoped for writing may use a route that writes.
  if (auth.via === 'token' && auth.tokenScope !== 'write' && routeWrites(req.method, access)) {
    throw new VigilError('forbidden', 'This API token is read-only');
  }
  // Cookie-authenticated writes must echo the session's CSRF token; bearer tokens are not sent
  // automatically by browsers, so they need none.
  if (auth.via === 'session' && !SAFE_METHODS.has(req.method)) {
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || sent !== auth.csrfToken) {
      throw new VigilError('csrf_failed', 'Missing or invalid CSRF token (x-csrf-token header)');
    }
  }
  if ('signedIn' in access) return;
  if (!auth.org) throw new VigilError('forbidden', 'You are not a member of an organization');
  // A grant (HR access) adds its permissions to the roles that may hold it; see `GRANTS` in core.
  if (!canWith(auth.org.role, auth.org.grants, access.permission))
    throw new VigilError('forbidden', 'Your role does not allow this');
}
