/** HTTP routes of the users domain: the organization's members and their roles. */

import { NoBodySchema } from '@vigil/api';
import { z } from 'zod';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { errorResponses } from '../http/schemas.ts';
import { removeMembership, updateMembership } from './membership-editor.ts';
import { getMember, listMembers } from './users.queries.ts';
import { MemberSchema, UserParams, UsersUpdateSchema } from './users.schema.ts';

export function registerUserRoutes(app: App, { db }: AppContext) {
  app.get(
    '/api/users',
    {
      config: { access: { permission: 'users.read' } },
      schema: {
        tags: ['users'],
        response: { 200: z.object({ items: z.array(MemberSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listMembers(db, req.auth!.org!.id) }),
  );

  app.patch(
    '/api/users/:userId',
    {
      config: { access: { permission: 'users.manage' } },
      schema: {
        tags: ['users'],
        summary: "Change a member's role or access end date",
        params: UserParams,
        body: UsersUpdateSchema,
        response: { 200: MemberSchema, ...errorResponses },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await db.transaction((tx) => updateMembership(tx, actor, req.params.userId, req.body));
      return getMember(db, actor.orgId, req.params.userId);
    },
  );

  app.delete(
    '/api/users/:userId',
    {
      config: { access: { permission: 'users.manage' } },
      schema: {
        body: NoBodySchema,
        tags: ['users'],
        summary: 'Remove a member from the organization',
        params: UserParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      await db.transaction((tx) => removeMembership(tx, actor, req.params.userId));
      return reply.status(204).send(null);
    },
  );
}
