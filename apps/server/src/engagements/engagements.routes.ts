/** HTTP routes of engagements, registered from their descriptors in `@vigil/api`. */
import { engagementRoutes as routes } from '@vigil/api';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import { getEngagement, listEngagements, openEngagement, updateEngagement } from './engagements.service.ts';

export function registerEngagementRoutes(app: App, { db }: AppContext) {
  const viewer = (req: { auth: { user: { id: string }; org: { role: string } | null } | null }) => ({
    role: req.auth!.org!.role,
    userId: req.auth!.user.id,
  });

  serve(app, routes.list, async (req) => ({
    items: await listEngagements(db, req.auth!.org!.id, viewer(req)),
  }));

  serve(app, routes.create, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => openEngagement(tx, actor, req.body));
    return reply.status(201).send(await getEngagement(db, actor.orgId, viewer(req), id));
  });

  serve(app, routes.get, async (req) =>
    getEngagement(db, req.auth!.org!.id, viewer(req), req.params.engagementId),
  );

  serve(app, routes.update, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updateEngagement(tx, actor, req.params.engagementId, req.body));
    return getEngagement(db, actor.orgId, viewer(req), req.params.engagementId);
  });
}
