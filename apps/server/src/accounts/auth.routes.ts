/** Routes for first-run setup, sign-in, sign-out, the current session and switching organization. */

import { EmailSchema, NameSchema, NoBodySchema, PasswordSchema } from '@vigil/api';
import { VigilError } from '@vigil/core';
import { schema } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../audit/actor.ts';
import { authenticate, userActorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { noteChange } from '../http/change-feed.ts';
import { errorResponses } from '../http/schemas.ts';
import { createOrganization } from '../organizations/organization-creator.ts';
import { LoginThrottle } from './login-throttle.ts';
import { checkPassword } from './password-login.ts';
import { SessionSchema, sessionView } from './session-view.ts';
import { endSession, startSession } from './sessions.ts';

const SetupSchema = z.strictObject({
  organizationName: NameSchema,
  name: NameSchema,
  email: EmailSchema,
  password: PasswordSchema,
});

export function registerAuthRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  const throttle = new LoginThrottle();

  app.get(
    '/api/setup',
    {
      config: { access: { public: true } },
      schema: { tags: ['auth'], response: { 200: z.object({ needsSetup: z.boolean() }) } },
    },
    async () => {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.organizations);
      return { needsSetup: (row?.n ?? 0) === 0 };
    },
  );

  app.post(
    '/api/setup',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['auth'],
        summary: 'First run: create the organization and its owner',
        body: SetupSchema,
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const created = await db.transaction(async (tx) => {
        // Serialize concurrent first runs: only the first one may create the first organization.
        await tx.execute(sql`lock table organizations in exclusive mode`);
        const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(schema.organizations);
        if ((row?.n ?? 0) > 0) throw new VigilError('setup_done', 'Vigil is already set up; sign in instead');
        const actor: Actor = {
          type: 'user',
          userId: null,
          label: b.email,
          ip: req.ip,
          requestId: req.id,
          userAgent: req.headers['user-agent'] ?? null,
        };
        return createOrganization(tx, actor, {
          organizationName: b.organizationName,
          owner: { email: b.email, name: b.name, password: b.password },
        });
      });
      const { csrfToken } = await startSession(db, ctx.config, req, reply, created.userId, created.org.id);
      return sessionView(db, created.userId, created.org.id, csrfToken, 'session');
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['auth'],
        body: z.strictObject({ email: EmailSchema, password: PasswordSchema }),
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      if (!throttle.allow(req.ip))
        throw new VigilError('rate_limited', 'Too many sign-in attempts; wait a few minutes');
      const userId = await checkPassword(db, req.body.email, req.body.password);
      const { csrfToken } = await startSession(db, ctx.config, req, reply, userId, null);
      const [s] = await db
        .select({ orgId: schema.sessions.orgId })
        .from(schema.sessions)
        .where(and(eq(schema.sessions.userId, userId), eq(schema.sessions.csrfToken, csrfToken)));
      return sessionView(db, userId, s?.orgId ?? null, csrfToken, 'session');
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: { signedIn: true } },
      schema: { body: NoBodySchema, tags: ['auth'], response: { 200: z.object({ ok: z.boolean() }) } },
    },
    async (req, reply) => {
      const auth = req.auth;
      await endSession(
        db,
        reply,
        auth?.sessionIdHash ? { idHash: auth.sessionIdHash, userId: auth.user.id } : undefined,
      );
      return { ok: true };
    },
  );

  app.get(
    '/api/auth/session',
    { config: { access: { public: true } }, schema: { tags: ['auth'], response: { 200: SessionSchema } } },
    async (req) => {
      // Public so the web app can ask "am I signed in?"; it resolves credentials itself.
      const auth = await authenticate(db, req).catch(() => null);
      return sessionView(
        db,
        auth?.user.id ?? null,
        auth?.org?.id ?? null,
        auth?.csrfToken ?? null,
        auth?.via ?? null,
      );
    },
  );

  app.post(
    '/api/auth/switch-org',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags: ['auth'],
        body: z.strictObject({ orgId: z.string().uuid() }),
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (req) => {
      const auth = req.auth!;
      if (auth.via !== 'session' || !auth.sessionIdHash)
        throw new VigilError('forbidden', 'Only browser sessions switch organization');
      const view = await sessionView(db, auth.user.id, req.body.orgId, auth.csrfToken ?? null, 'session');
      if (!view.org) throw new VigilError('not_found', 'organization not found');
      await db
        .update(schema.sessions)
        .set({ orgId: req.body.orgId })
        .where(eq(schema.sessions.idHash, auth.sessionIdHash));
      // The cached session still names the previous organization and role.
      await noteChange(db, { userId: auth.user.id });
      return view;
    },
  );

  app.post(
    '/api/organizations',
    {
      config: { access: { signedIn: true } },
      schema: {
        tags: ['auth'],
        summary: 'Create another organization, with you as its owner',
        body: z.strictObject({ name: NameSchema }),
        response: {
          200: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const actor = userActorOf(req);
      const { org } = await db.transaction((tx) =>
        createOrganization(tx, actor, {
          organizationName: req.body.name,
          owner: { email: auth.user.email, name: auth.user.name, password: '' },
        }),
      );
      return { id: org.id, name: org.name, slug: org.slug };
    },
  );
}
