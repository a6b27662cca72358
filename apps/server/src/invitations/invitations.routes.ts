/** HTTP routes of invitations: admins invite and revoke; the invitee looks the link up and accepts it. */

import { invitationRoutes as routes } from '@vigil/api';
import { VigilError } from '@vigil/core';
import type { FastifyRequest } from 'fastify';
import { LoginThrottle, sessionView, startSession } from '../accounts/index.ts';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { publicOrigin } from '../http/public-origin.ts';
import { serve } from '../http/serve.ts';
import { acceptInvitation } from './invitation-acceptor.ts';
import { createInvitation, revokeInvitation } from './invitation-creator.ts';
import { listInvitations, lookupInvitation, organizationNameOf } from './invitations.queries.ts';
import { inviteEmail } from './invite-email.ts';
import { inviteRoster } from './roster-invitations.ts';

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
    const organizationName = await organizationNameOf(db, req.auth!.org!.id);
    try {
      await ctx.mailer.send(
        inviteEmail({
          to,
          organizationName: organizationName ?? 'Vigil',
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

  serve(app, routes.list, async (req) => ({ items: await listInvitations(db, req.auth!.org!.id) }));

  serve(app, routes.create, async (req, reply) => {
    const actor = actorOf(req);
    const { invitation, token } = await db.transaction((tx) => createInvitation(tx, actor, req.body));
    const url = `${publicOrigin(ctx.config, req)}/accept-invite?token=${encodeURIComponent(token)}`;
    const emailed = await sendInvite(req, invitation.email, url, invitation.role, invitation.expiresAt);
    return reply.status(201).send({ id: invitation.id, url, emailed });
  });

  serve(app, routes.inviteRoster, async (req) => {
    const actor = actorOf(req);
    const { counts, made } = await db.transaction((tx) => inviteRoster(tx, actor));
    const origin = publicOrigin(ctx.config, req);
    let emailed = 0;
    for (const m of made) {
      const url = `${origin}/accept-invite?token=${encodeURIComponent(m.token)}`;
      if (await sendInvite(req, m.email, url, 'employee', m.expiresAt)) emailed++;
    }
    return { ...counts, emailed };
  });

  serve(app, routes.revoke, async (req, reply) => {
    const actor = actorOf(req);
    await db.transaction((tx) => revokeInvitation(tx, actor, req.params.invitationId));
    return reply.status(204).send(null);
  });

  serve(app, routes.lookup, async (req) => {
    const found = await lookupInvitation(db, req.query.token);
    return {
      state: found.state,
      email: found.invitation.email,
      organizationName: found.organizationName,
      role: found.invitation.role,
      existingAccount: found.existingUserId !== null,
    };
  });

  serve(app, routes.accept, async (req, reply) => {
    if (!throttle.allow(req.ip))
      throw new VigilError('rate_limited', 'Too many attempts; wait a few minutes');
    const origin = { requestId: req.id, ip: req.ip, userAgent: req.headers['user-agent'] ?? null };
    const { userId, orgId } = await acceptInvitation(db, origin, req.body);
    const { csrfToken } = await startSession(db, ctx.config, req, reply, userId, orgId);
    return sessionView(db, userId, orgId, csrfToken, 'session');
  });
}
