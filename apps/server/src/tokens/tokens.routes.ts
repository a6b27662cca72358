/** HTTP routes of personal API tokens: list, create (shown once) and revoke. */

import { tokenRoutes as routes } from '@vigil/api';
import { VigilError } from '@vigil/core';
import type { FastifyRequest } from 'fastify';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import { issueToken, listOwnTokens, revokeToken } from './token-issuer.ts';

/** The actor, who is always a person here: tokens belong to users. */
function tokenOwner(req: FastifyRequest) {
  const actor = actorOf(req);
  return { ...actor, userId: req.auth!.user.id };
}

export function registerTokenRoutes(app: App, { db }: AppContext) {
  serve(app, routes.list, async (req) => ({
    items: await listOwnTokens(db, req.auth!.org!.id, req.auth!.user.id),
  }));

  serve(app, routes.create, async (req, reply) => {
    // A leaked token must not be able to mint itself a longer-lived successor.
    if (req.auth!.via === 'token')
      throw new VigilError('forbidden', 'Sign in to create API tokens; a token cannot create tokens');
    const actor = tokenOwner(req);
    const created = await db.transaction((tx) => issueToken(tx, actor, req.body));
    return reply.status(201).send(created);
  });

  serve(app, routes.revoke, async (req, reply) => {
    const actor = tokenOwner(req);
    await db.transaction((tx) => revokeToken(tx, actor, req.params.tokenId));
    return reply.status(204).send(null);
  });
}
