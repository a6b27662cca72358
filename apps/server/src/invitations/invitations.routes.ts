/** HTTP routes of invitations: admins invite and revoke; the invitee looks the link up and accepts it. */

import { NoBodySchema } from '@vigil/api';
import { VigilError } from '@vigil/core';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { LoginThrottle } from '../accounts/login-throttle.ts';
import { SessionSchema, sessionView } from '../accounts/session-view.ts';
import { startSession } from '../accounts/sessions.ts';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { publicOrigin } from '../http/public-origin.ts';
import { errorResponses } from '../http/schemas.ts';
import { acceptInvitation } from './invitation-acceptor.ts';
import { createInvitation, revokeInvitation } from './invitation-creator.ts';
import { listInvitations, lookupInvitation } from './invitations.queries.ts';
import {
  InvitationCreatedSchema,
  InvitationLookupQuery,
  InvitationLookupSchema,
  InvitationParams,
  InvitationSchema,
  InvitationsAcceptSchema,
  InvitationsCreateSchema,
} from './invitations.schema.ts';
import { inviteEmail } from './invite-email.ts';

export function registerInvitationRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  // Accepting for an existing account checks its password, so it is throttled like sign-in.
  const throttle = new LoginThrottle();

  /** Sends the invitation email after the commit; a mail failure is logged and reported, never fatal. */
  async function sendInvite(
    req: FastifyRequest,
    to: string,
    url: string,
    role: Parameters<typeof inviteEmail>[0]['role'],
    expiresAt: Date,
  ) {
    if (!ctx.mailer) return false;
    const [org] = await db
      .select({ name: schema.organizations.name })
      .from(schema.organizations)
      .where(eq(schema.organizations.id, req.auth!.org!.id));
    try {
      await ctx.mailer.send(
        inviteEmail({
          to,
          organizationName: org?.name ?? 'Vigil',
          inviterName: req.auth!.user.name,
          role,
          url,
          expiresAt,
        }),
      );
      return true;
    } catch (err) {
      req.log.warn({ err }, 'invitation email could not be sent');
      return false;
    }
  }

  app.get(
    '/api/invitations',
    {
      config: { access: { permission: 'users.manage' } },
      schema: {
        tags: ['invitations'],
        summary: 'Pending invitations and those accepted or expired recently',
        response: { 200: z.object({ items: z.array(InvitationSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listInvitations(db, req.auth!.org!.id) }),
  );

  app.post(
    '/api/invitations',
    {
      config: { access: { permission: 'users.manage' } },
      schema: {
        tags: ['invitations'],
        summary: 'Invite someone by email; the answer carries the link in case no email is sent',
        body: InvitationsCreateSchema,
        response: { 201: InvitationCreatedSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { invitation, token } = await db.transaction((tx) => createInvitation(tx, actor, req.body));
      const url = `${publicOrigin(ctx.config, req)}/accept-invite?token=${encodeURIComponent(token)}`;
      const emailed = await sendInvite(req, invitation.email, url, invitation.role, invitation.expiresAt);
      return reply.status(201).send({ id: invitation.id, url, emailed });
    },
  );

  app.delete(
    '/api/invitations/:invitationId',
    {
      config: { access: { permission: 'users.manage' } },
      schema: {
        body: NoBodySchema,
        tags: ['invitations'],
        summary: 'Revoke a pending invitation',
        params: InvitationParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      await db.transaction((tx) => revokeInvitation(tx, actor, req.params.invitationId));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/invitations/lookup',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['invitations'],
        summary: 'What an invitation link is for, before accepting it',
        querystring: InvitationLookupQuery,
        response: { 200: InvitationLookupSchema, ...errorResponses },
      },
    },
    async (req) => {
      const found = await lookupInvitation(db, req.query.token);
      return {
        email: found.invitation.email,
        organizationName: found.organizationName,
        role: found.invitation.role,
        existingAccount: found.existingUserId !== null,
      };
    },
  );

  app.post(
    '/api/invitations/accept',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['invitations'],
        summary: 'Accept an invitation with a new account or an existing one, and sign in',
        body: InvitationsAcceptSchema,
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      if (!throttle.allow(req.ip))
        throw new VigilError('rate_limited', 'Too many attempts; wait a few minutes');
      const origin = { requestId: req.id, ip: req.ip, userAgent: req.headers['user-agent'] ?? null };
      const { userId, orgId } = await acceptInvitation(db, origin, req.body);
      const { csrfToken } = await startSession(db, ctx.config, req, reply, userId, orgId);
      return sessionView(db, userId, orgId, csrfToken, 'session');
    },
  );
}
