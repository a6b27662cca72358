/** HTTP routes of single sign-on: the admin settings and the browser's trip through the OIDC provider. */

import { ssoRoutes as routes } from '@vigil/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { startSession } from '../accounts/index.ts';
import { actorOf } from '../auth/request-auth.ts';
import { isHttps } from '../config.ts';
import type { App, AppContext } from '../context.ts';
import { publicOrigin } from '../http/public-origin.ts';
import { serve } from '../http/serve.ts';
import { linkSsoAccount } from './sso-account-linker.ts';
import { SsoError } from './sso-error.ts';
import { completeSsoLogin, SSO_LOGIN_MINUTES, startSsoLogin } from './sso-login.ts';
import { findProvider, organizationSlugOf, removeSsoSettings, saveSsoSettings } from './sso-settings.ts';

/** Binds a login attempt to the browser that started it, so a stolen callback URL is useless elsewhere. */
export const SSO_STATE_COOKIE = 'vigil_sso_state';
const CALLBACK_PATH = routes.callback.path;
const COOKIE_PATH = '/api/auth/sso';

export function registerSsoRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  const redirectUri = (req: FastifyRequest) => `${publicOrigin(ctx.config, req)}${CALLBACK_PATH}`;

  /** Sends the browser back to the sign-in page with a stable error code; the details only go to the log. */
  function failed(req: FastifyRequest, reply: FastifyReply, err: unknown) {
    reply.clearCookie(SSO_STATE_COOKIE, { path: COOKIE_PATH });
    if (err instanceof SsoError) {
      req.log.info({ code: err.code, reason: err.message }, 'single sign-on refused');
      return reply.redirect(`/login?error=${err.code}`, 302);
    }
    req.log.error({ err }, 'single sign-on failed');
    return reply.redirect('/login?error=sso_failed', 302);
  }

  async function settingsView(req: FastifyRequest) {
    const row = await findProvider(db, req.auth!.org!.id);
    const slug = await organizationSlugOf(db, req.auth!.org!.id);
    return {
      configured: row !== null,
      issuer: row?.issuer ?? null,
      clientId: row?.clientId ?? null,
      defaultRole:
        row && row.defaultRole !== 'owner' && row.defaultRole !== 'auditor' ? row.defaultRole : 'member',
      autoProvision: row?.autoProvision ?? true,
      redirectUri: redirectUri(req),
      loginUrl: `${publicOrigin(ctx.config, req)}/api/auth/sso/${slug ?? ''}`,
    };
  }

  serve(app, routes.get, async (req) => settingsView(req));

  serve(app, routes.update, async (req) => {
    await saveSsoSettings(db, ctx.masterKey, actorOf(req), req.body);
    return settingsView(req);
  });

  serve(app, routes.remove, async (req, reply) => {
    const actor = actorOf(req);
    await db.transaction((tx) => removeSsoSettings(tx, actor));
    return reply.status(204).send(null);
  });

  serve(app, routes.callback, async (req, reply) => {
    try {
      const url = new URL(redirectUri(req));
      url.search = new URL(req.url, 'http://callback').search;
      const done = await completeSsoLogin(db, ctx.masterKey, url, req.cookies[SSO_STATE_COOKIE]);
      const origin = { requestId: req.id, ip: req.ip, userAgent: req.headers['user-agent'] ?? null };
      const userId = await db.transaction((tx) => linkSsoAccount(tx, origin, done.provider, done.identity));
      await startSession(db, ctx.config, req, reply, userId, done.orgId);
      reply.clearCookie(SSO_STATE_COOKIE, { path: COOKIE_PATH });
      return reply.redirect('/', 302);
    } catch (err) {
      return failed(req, reply, err);
    }
  });

  serve(app, routes.start, async (req, reply) => {
    try {
      const { url, state } = await startSsoLogin(db, ctx.masterKey, req.params.orgSlug, redirectUri(req));
      reply.setCookie(SSO_STATE_COOKIE, state, {
        httpOnly: true,
        // Lax still sends the cookie on the provider's top-level redirect back to us.
        sameSite: 'lax',
        secure: isHttps(ctx.config),
        path: COOKIE_PATH,
        maxAge: SSO_LOGIN_MINUTES * 60,
      });
      return reply.redirect(url.href, 302);
    } catch (err) {
      return failed(req, reply, err);
    }
  });
}
