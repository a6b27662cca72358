/** Routes for first-run setup, sign-in, sign-out, the current session and switching organization. */
import { authRoutes as routes } from '@vigil/api';
import { VigilError } from '@vigil/core';
import type { Actor } from '../audit/actor.ts';
import { authenticate, userActorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import { createOrganization } from '../organizations/index.ts';
import { organizationCount, sessionOrgOf } from './auth.queries.ts';
import { runFirstSetup } from './first-run-setup.ts';
import { LoginThrottle } from './login-throttle.ts';
import { switchSessionOrg } from './org-switcher.ts';
import { checkPassword } from './password-login.ts';
import { sessionView } from './session-view.ts';
import { endSession, startSession } from './sessions.ts';

export function registerAuthRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  const throttle = new LoginThrottle();

  serve(app, routes.setupState, async () => ({ needsSetup: (await organizationCount(db)) === 0 }));

  serve(app, routes.setup, async (req, reply) => {
    // Nobody is signed in yet: the owner-to-be is named by the email they are setting up.
    const actor: Actor = {
      type: 'user',
      userId: null,
      label: req.body.email,
      ip: req.ip,
      requestId: req.id,
      userAgent: req.headers['user-agent'] ?? null,
    };
    const created = await db.transaction((tx) => runFirstSetup(tx, actor, req.body));
    const { csrfToken } = await startSession(db, ctx.config, req, reply, created.userId, created.org.id);
    return sessionView(db, created.userId, created.org.id, csrfToken, 'session');
  });

  serve(app, routes.login, async (req, reply) => {
    if (!throttle.allow(req.ip))
      throw new VigilError('rate_limited', 'Too many sign-in attempts; wait a few minutes');
    const userId = await checkPassword(db, req.body.email, req.body.password);
    const { csrfToken } = await startSession(db, ctx.config, req, reply, userId, null);
    return sessionView(db, userId, await sessionOrgOf(db, userId, csrfToken), csrfToken, 'session');
  });

  serve(app, routes.logout, async (req, reply) => {
    const auth = req.auth;
    await endSession(
      db,
      reply,
      auth?.sessionIdHash ? { idHash: auth.sessionIdHash, userId: auth.user.id } : undefined,
    );
    return { ok: true };
  });

  serve(app, routes.session, async (req) => {
    // Public so the web app can ask "am I signed in?"; it resolves credentials itself.
    const auth = await authenticate(db, req).catch(() => null);
    return sessionView(
      db,
      auth?.user.id ?? null,
      auth?.org?.id ?? null,
      auth?.csrfToken ?? null,
      auth?.via ?? null,
    );
  });

  serve(app, routes.switchOrg, async (req) => {
    const auth = req.auth!;
    const sessionIdHash = auth.sessionIdHash;
    if (auth.via !== 'session' || !sessionIdHash)
      throw new VigilError('forbidden', 'Only browser sessions switch organization');
    const view = await sessionView(db, auth.user.id, req.body.orgId, auth.csrfToken ?? null, 'session');
    if (!view.org) throw new VigilError('not_found', 'organization not found');
    await db.transaction((tx) => switchSessionOrg(tx, auth.user.id, sessionIdHash, req.body.orgId));
    return view;
  });

  serve(app, routes.createOrganization, async (req) => {
    const auth = req.auth!;
    const actor = userActorOf(req);
    const { org } = await db.transaction((tx) =>
      createOrganization(tx, actor, {
        organizationName: req.body.name,
        owner: { email: auth.user.email, name: auth.user.name, password: '' },
      }),
    );
    return { id: org.id, name: org.name, slug: org.slug };
  });
}
