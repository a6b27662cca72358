/** HTTP routes of the controls domain, registered from their descriptors in `@vigil/api`. */
import { type Control, controlRoutes as routes } from '@vigil/api';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { OrgResponseCache } from '../http/org-response-cache.ts';
import { serve } from '../http/serve.ts';
import { monitoringSnapshot, registryOf } from '../monitoring/index.ts';
import { adoptControlLibrary } from './control-adopter.ts';
import { createControl, updateControl } from './control-editor.ts';
import { controlHistory } from './control-history.ts';
import { getControl, listControls, type StoredControl } from './controls.queries.ts';

export function registerControlRoutes(app: App, ctx: AppContext) {
  const { db, changeFeed } = ctx;
  const cache = new OrgResponseCache(db, changeFeed);

  /** Adds each control's check health, derived by `monitoringSnapshot` (never stored). */
  async function withChecks(orgId: string, controls: StoredControl[]): Promise<Control[]> {
    const snapshot = await monitoringSnapshot(db, orgId, registryOf(ctx));
    const status = new Map(snapshot.controls.map((c) => [c.id, c.status]));
    return controls.map((c) => ({ ...c, checks: status.get(c.id) ?? ('no_checks' as const) }));
  }
  const oneWithChecks = async (orgId: string, control: StoredControl) =>
    (await withChecks(orgId, [control]))[0]!;

  serve(app, routes.list, async (req, reply) => {
    const orgId = req.auth!.org!.id;
    const key = `controls:${JSON.stringify(req.query)}`;
    const body = await cache.json(orgId, key, routes.list.responses[200], async () => {
      const page = await listControls(db, orgId, req.query);
      return { ...page, items: await withChecks(orgId, page.items) };
    });
    // A buffer is sent as it is: no second serialization or encoding; the schema still documents it.
    return reply.type('application/json').send(body as never);
  });

  serve(app, routes.create, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => createControl(tx, actor, req.body));
    return reply.status(201).send(await oneWithChecks(actor.orgId, await getControl(db, actor.orgId, id)));
  });

  serve(app, routes.adopt, async (req) => {
    const actor = actorOf(req);
    return db.transaction((tx) => adoptControlLibrary(tx, actor));
  });

  serve(app, routes.get, async (req) => {
    const orgId = req.auth!.org!.id;
    return oneWithChecks(orgId, await getControl(db, orgId, req.params.controlId));
  });

  serve(app, routes.update, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updateControl(tx, actor, req.params.controlId, req.body));
    // Setting Implemented while checks fail is allowed; the answer carries their health so the caller can warn.
    return oneWithChecks(actor.orgId, await getControl(db, actor.orgId, req.params.controlId));
  });

  serve(app, routes.versions, async (req) => {
    const orgId = req.auth!.org!.id;
    await getControl(db, orgId, req.params.controlId);
    return { items: await controlHistory(db, orgId, req.params.controlId) };
  });
}
