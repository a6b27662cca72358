/** HTTP routes of incidents, registered from their descriptors in `@vigil/api`. */
import { incidentRoutes as routes } from '@vigil/api';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { todayUtc } from '../evidence/index.ts';
import { serve } from '../http/serve.ts';
import { getCheckDetail, registryOf } from '../monitoring/index.ts';
import {
  addFollowUp,
  addTimelineEntry,
  attestEmptyPeriod,
  completeFollowUp,
  createIncident,
  moveIncident,
  promoteCheck,
  updateIncident,
} from './incident-commands.ts';
import { setIncidentRisks } from './incident-risks.ts';
import { getIncident, incidentsCsv, listEmptyPeriods, listIncidents } from './incidents.queries.ts';

export function registerIncidentRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  const show = (orgId: string, id: string) => getIncident(db, orgId, id, todayUtc());

  serve(app, routes.list, async (req) => ({ items: await listIncidents(db, req.auth!.org!.id) }));

  serve(app, routes.csv, async (req, reply) => {
    const body = await incidentsCsv(db, req.auth!.org!.id);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="incidents-${todayUtc()}.csv"`);
    return reply.send(body);
  });

  serve(app, routes.get, async (req) => show(req.auth!.org!.id, req.params.incidentId));

  serve(app, routes.create, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => createIncident(tx, actor, req.body));
    return reply.status(201).send(await show(actor.orgId, id));
  });

  serve(app, routes.update, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updateIncident(tx, actor, req.params.incidentId, req.body));
    return show(actor.orgId, req.params.incidentId);
  });

  serve(app, routes.setRisks, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => setIncidentRisks(tx, actor, req.params.incidentId, req.body));
    return show(actor.orgId, req.params.incidentId);
  });

  serve(app, routes.transition, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => moveIncident(tx, actor, req.params.incidentId, req.body));
    return show(actor.orgId, req.params.incidentId);
  });

  serve(app, routes.addTimeline, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => addTimelineEntry(tx, actor, req.params.incidentId, req.body));
    return show(actor.orgId, req.params.incidentId);
  });

  serve(app, routes.addFollowUp, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => addFollowUp(tx, actor, req.params.incidentId, req.body));
    return show(actor.orgId, req.params.incidentId);
  });

  serve(app, routes.completeFollowUp, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => completeFollowUp(tx, actor, req.params.incidentId, req.params.followUpId));
    return show(actor.orgId, req.params.incidentId);
  });

  serve(app, routes.promote, async (req, reply) => {
    const actor = actorOf(req);
    const detail = await getCheckDetail(db, actor.orgId, registryOf(ctx), req.params.checkId, {
      limit: 500,
      offset: 0,
      historyLimit: 1,
      historyOffset: 0,
    });
    const id = await db.transaction((tx) => promoteCheck(tx, actor, detail));
    return reply.status(201).send(await show(actor.orgId, id));
  });

  serve(app, routes.emptyPeriods, async (req) => ({ items: await listEmptyPeriods(db, req.auth!.org!.id) }));

  serve(app, routes.attestEmpty, async (req, reply) => {
    const actor = actorOf(req);
    return reply.status(201).send(await db.transaction((tx) => attestEmptyPeriod(tx, actor, req.body)));
  });
}
