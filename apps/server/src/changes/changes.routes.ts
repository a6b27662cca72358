/** HTTP routes of the change population, registered from their descriptors in `@vigil/api`. */
import { changeRoutes as routes } from '@vigil/api';
import { notFound } from '@vigil/core';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { todayUtc } from '../evidence/index.ts';
import { serve } from '../http/serve.ts';
import { justifyChange } from './change-justifier.ts';
import { changePopulationOf, changesCsv, mergedChange } from './changes.queries.ts';

export function registerChangeRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;

  serve(app, routes.list, async (req) => changePopulationOf(db, req.auth!.org!.id, req.query, todayUtc()));

  serve(app, routes.csv, async (req, reply) => {
    const p = await changePopulationOf(db, req.auth!.org!.id, req.query, todayUtc());
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="changes-${p.from}-to-${p.to}.csv"`);
    return reply.send(changesCsv(p));
  });

  serve(app, routes.justify, async (req, reply) => {
    const actor = actorOf(req);
    await db.transaction((tx) => justifyChange(tx, actor, req.params.changeId, req.body));
    const change = await mergedChange(db, actor.orgId, req.params.changeId);
    if (!change) throw notFound('Merged change');
    return reply.status(201).send(change);
  });
}
