/** HTTP routes of custom CEL checks, registered from their descriptors in `@vigil/api`. */
import { customCheckRoutes as routes } from '@vigil/api';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import {
  createCustomCheck,
  deleteCustomCheck,
  listCustomChecks,
  updateCustomCheck,
} from './custom-checks.service.ts';
import { registryOf } from './registry.ts';

export function registerCustomCheckRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  const one = async (orgId: string, checkId: string) =>
    (await listCustomChecks(db, orgId)).find((c) => c.checkId === checkId)!;

  serve(app, routes.list, async (req) => ({ items: await listCustomChecks(db, req.auth!.org!.id) }));

  serve(app, routes.create, async (req, reply) => {
    const actor = actorOf(req);
    await db.transaction((tx) => createCustomCheck(tx, actor, registryOf(ctx), req.body));
    return reply.status(201).send(await one(actor.orgId, req.body.id));
  });

  serve(app, routes.update, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updateCustomCheck(tx, actor, req.params.checkId, req.body));
    return one(actor.orgId, req.params.checkId);
  });

  serve(app, routes.remove, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => deleteCustomCheck(tx, actor, req.params.checkId));
    return { deleted: true as const };
  });
}
