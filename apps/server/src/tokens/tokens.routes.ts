/** HTTP routes of personal API tokens: list, create (shown once) and revoke. */

import { NoBodySchema } from '@vigil/api';
import { VigilError } from '@vigil/core';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { errorResponses } from '../http/schemas.ts';
import { issueToken, listOwnTokens, revokeToken } from './token-issuer.ts';
import { TokenCreatedSchema, TokenParams, TokenSchema, TokensCreateSchema } from './tokens.schema.ts';

/** The actor, who is always a person here: tokens belong to users. */
function tokenOwner(req: FastifyRequest) {
  const actor = actorOf(req);
  return { ...actor, userId: req.auth!.user.id };
}

export function registerTokenRoutes(app: App, { db }: AppContext) {
  app.get(
    '/api/tokens',
    {
      config: { access: { permission: 'tokens.manage_own' } },
      schema: {
        tags: ['tokens'],
        summary: 'Your API tokens in this organization',
        response: { 200: z.object({ items: z.array(TokenSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listOwnTokens(db, req.auth!.org!.id, req.auth!.user.id) }),
  );

  app.post(
    '/api/tokens',
    {
      config: { access: { permission: 'tokens.manage_own' } },
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token; the token is in this answer only',
        body: TokensCreateSchema,
        response: { 201: TokenCreatedSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      // A leaked token must not be able to mint itself a longer-lived successor.
      if (req.auth!.via === 'token')
        throw new VigilError('forbidden', 'Sign in to create API tokens; a token cannot create tokens');
      const actor = tokenOwner(req);
      const created = await db.transaction((tx) => issueToken(tx, actor, req.body));
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/tokens/:tokenId',
    {
      config: { access: { permission: 'tokens.manage_own' } },
      schema: {
        body: NoBodySchema,
        tags: ['tokens'],
        summary: 'Revoke one of your API tokens',
        params: TokenParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = tokenOwner(req);
      await db.transaction((tx) => revokeToken(tx, actor, req.params.tokenId));
      return reply.status(204).send(null);
    },
  );
}
