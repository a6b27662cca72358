/** HTTP routes of the users domain: the organization's members and their roles. */
import { userRoutes as routes } from '@vigil/api';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import { removeMembership, updateMembership } from './membership-editor.ts';
import { getMember, listMembers } from './users.queries.ts';

export function registerUserRoutes(app: App, { db }: AppContext) {
  serve(app, routes.list, async (req) => ({ items: await listMembers(db, req.auth!.org!.id) }));

  serve(app, routes.update, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updateMembership(tx, actor, req.params.userId, req.body));
    return getMember(db, actor.orgId, req.params.userId);
  });

  serve(app, routes.remove, async (req, reply) => {
    const actor = actorOf(req);
    await db.transaction((tx) => removeMembership(tx, actor, req.params.userId));
    return reply.status(204).send(null);
  });
}
