/** HTTP routes of scope and systems, registered from their descriptors in `@vigil/api`. */
import { scopeRoutes as routes } from '@vigil/api';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import { getScope, getSystem, listSystems } from './scope.queries.ts';
import { setScope } from './scope-editor.ts';
import { createSystem, deleteSystem, updateSystem } from './system-editor.ts';

export function registerScopeRoutes(app: App, { db }: AppContext) {
  serve(app, routes.get, async (req) => getScope(db, req.auth!.org!.id));

  serve(app, routes.update, async (req) => {
    const actor = actorOf(req);
    const categories = await db.transaction((tx) => setScope(tx, actor, req.body.categories));
    return { categories };
  });

  serve(app, routes.listSystems, async (req) => ({ items: await listSystems(db, req.auth!.org!.id) }));

  serve(app, routes.createSystem, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => createSystem(tx, actor, req.body));
    return reply.status(201).send(await getSystem(db, actor.orgId, id));
  });

  serve(app, routes.updateSystem, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updateSystem(tx, actor, req.params.systemId, req.body));
    return getSystem(db, actor.orgId, req.params.systemId);
  });

  serve(app, routes.deleteSystem, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => deleteSystem(tx, actor, req.params.systemId));
    return { ok: true };
  });
}
