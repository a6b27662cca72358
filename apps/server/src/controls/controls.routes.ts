/** HTTP routes of the controls domain, registered from their descriptors in `@vigil/api`. */
import { controlRoutes as routes } from '@vigil/api';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { OrgResponseCache } from '../http/org-response-cache.ts';
import { serve } from '../http/serve.ts';
import { adoptControlLibrary } from './control-adopter.ts';
import { createControl, updateControl } from './control-editor.ts';
import { getControl, listControls, listControlVersions } from './controls.queries.ts';

export function registerControlRoutes(app: App, { db, changeFeed }: AppContext) {
  const cache = new OrgResponseCache(db, changeFeed);

  serve(app, routes.list, async (req, reply) => {
    const orgId = req.auth!.org!.id;
    const key = `controls:${JSON.stringify(req.query)}`;
    const body = await cache.json(orgId, key, routes.list.responses[200], () =>
      listControls(db, orgId, req.query),
    );
    // A buffer is sent as it is: no second serialization or encoding; the schema still documents it.
    return reply.type('application/json').send(body as never);
  });

  serve(app, routes.create, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => createControl(tx, actor, req.body));
    return reply.status(201).send(await getControl(db, actor.orgId, id));
  });

  serve(app, routes.adopt, async (req) => {
    const actor = actorOf(req);
    return db.transaction((tx) => adoptControlLibrary(tx, actor));
  });

  serve(app, routes.get, async (req) => getControl(db, req.auth!.org!.id, req.params.controlId));

  serve(app, routes.update, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updateControl(tx, actor, req.params.controlId, req.body));
    return getControl(db, actor.orgId, req.params.controlId);
  });

  serve(app, routes.versions, async (req) => ({
    items: await listControlVersions(db, req.auth!.org!.id, req.params.controlId),
  }));
}
