/** HTTP routes of audit requests (/api/engagements/:engagementId/requests): list, import, the loop, the thread. */
import { auditRequestRoutes as routes } from '@vigil/api';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { engagementInScope, engagementViewerOf } from '../engagements/index.ts';
import { serve } from '../http/serve.ts';
import {
  addComment,
  generateRequests,
  importRequestList,
  linkEvidence,
  stepRequest,
  updateRequest,
} from './audit-requests.commands.ts';
import { getRequest, listRequests, workspaceSummary } from './audit-requests.queries.ts';

export function registerAuditRequestRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  // Every route first settles the engagement: 404 for another organization's, or one the auditor was not invited to.
  const scope = (req: Parameters<typeof engagementViewerOf>[0], engagementId: string) =>
    engagementInScope(db, engagementViewerOf(req), engagementId);

  serve(app, routes.workspace, async (req) =>
    workspaceSummary(db, await scope(req, req.params.engagementId)),
  );

  serve(app, routes.list, async (req) => ({
    items: await listRequests(db, await scope(req, req.params.engagementId), req.query),
  }));

  serve(app, routes.import, async (req, reply) => {
    const engagement = await scope(req, req.params.engagementId);
    const actor = actorOf(req);
    const imported = await db.transaction((tx) => importRequestList(tx, actor, engagement, req.body));
    return reply.status(201).send({ imported });
  });

  serve(app, routes.generate, async (req, reply) => {
    const engagement = await scope(req, req.params.engagementId);
    const actor = actorOf(req);
    const generated = await db.transaction((tx) => generateRequests(tx, actor, engagement));
    return reply.status(201).send({ generated });
  });

  serve(app, routes.get, async (req) =>
    getRequest(db, await scope(req, req.params.engagementId), req.params.auditRequestId),
  );

  serve(app, routes.update, async (req) => {
    const engagement = await scope(req, req.params.engagementId);
    const actor = actorOf(req);
    await db.transaction((tx) => updateRequest(tx, actor, engagement, req.params.auditRequestId, req.body));
    return getRequest(db, engagement, req.params.auditRequestId);
  });

  serve(app, routes.linkEvidence, async (req) => {
    const engagement = await scope(req, req.params.engagementId);
    const actor = actorOf(req);
    await db.transaction((tx) =>
      linkEvidence(tx, actor, engagement, req.params.auditRequestId, req.body.evidenceId),
    );
    return getRequest(db, engagement, req.params.auditRequestId);
  });

  for (const [route, step] of [
    [routes.submit, 'submit'],
    [routes.accept, 'accept'],
  ] as const) {
    serve(app, route, async (req) => {
      const engagement = await scope(req, req.params.engagementId);
      const actor = actorOf(req);
      await db.transaction((tx) => stepRequest(tx, actor, engagement, req.params.auditRequestId, step));
      return getRequest(db, engagement, req.params.auditRequestId);
    });
  }

  serve(app, routes.flag, async (req) => {
    const engagement = await scope(req, req.params.engagementId);
    const actor = actorOf(req);
    await db.transaction((tx) =>
      stepRequest(tx, actor, engagement, req.params.auditRequestId, 'flag', req.body.reason),
    );
    return getRequest(db, engagement, req.params.auditRequestId);
  });

  serve(app, routes.comment, async (req, reply) => {
    const engagement = await scope(req, req.params.engagementId);
    const actor = actorOf(req);
    await db.transaction((tx) => addComment(tx, actor, engagement, req.params.auditRequestId, req.body.body));
    return reply.status(201).send(await getRequest(db, engagement, req.params.auditRequestId));
  });
}
