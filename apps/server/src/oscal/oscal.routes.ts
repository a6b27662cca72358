/** HTTP routes of the OSCAL export: each model as a JSON download. */
import { oscalRoutes as routes } from '@vigil/api';
import { oscalJson } from '@vigil/core/oscal';
import type { FastifyReply } from 'fastify';
import type { App, AppContext } from '../context.ts';
import { engagementViewerOf } from '../engagements/index.ts';
import { serve } from '../http/serve.ts';
import { registryOf } from '../monitoring/index.ts';
import { exportEngagementOscal, exportOrgOscal } from './oscal.service.ts';

const send = (reply: FastifyReply, name: string, doc: unknown) =>
  reply
    .header('content-type', 'application/json; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.json"`)
    .send(oscalJson(doc));

export function registerOscalRoutes(app: App, ctx: AppContext) {
  // The registry is read per request: tests swap in their own after the routes are registered.
  const env = () => ({ db: ctx.db, registry: registryOf(ctx) });
  const atOf = (at: string | undefined) => (at ? new Date(at) : new Date());

  serve(app, routes.exportOrg, async (req, reply) => {
    const { model } = req.params;
    const doc = await exportOrgOscal(env(), req.auth!.org!.id, model, atOf(req.query.at));
    return send(reply, `oscal-${model}`, doc);
  });

  serve(app, routes.exportEngagement, async (req, reply) => {
    const { engagementId, model } = req.params;
    const doc = await exportEngagementOscal(
      env(),
      engagementViewerOf(req),
      engagementId,
      model,
      atOf(req.query.at),
    );
    return send(reply, `oscal-${model}-${engagementId}`, doc);
  });
}
