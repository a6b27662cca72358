/** HTTP routes of access reviews, registered from their descriptors in `@vigil/api`. */
import multipart from '@fastify/multipart';
import { accessReviewRoutes as routes } from '@vigil/api';
import { can, type Decider } from '@vigil/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import {
  getAccount,
  getCampaign,
  listAccounts,
  listCampaigns,
  listUploads,
  loadCampaign,
  reviewSources,
  type Viewer,
} from './access-reviews.queries.ts';
import { closeCampaign } from './campaign-closer.ts';
import { createCampaign, startCampaign } from './campaign-starter.ts';
import { orgsWithOpenRemediations, verifyRemediations } from './remediation-verifier.ts';
import { bulkKeep, decideAccount } from './review-decider.ts';
import { reportCsv, reportPdf } from './review-report.ts';
import { receiveUserList, storeUserList, USER_LIST_MAX_BYTES } from './user-list-upload.ts';

/** How often open remediation items are checked against the latest sweeps, and overdue ones alerted. */
const VERIFY_EVERY_MS = 60 * 60 * 1000;

function viewerOf(req: FastifyRequest): Viewer {
  const actor = actorOf(req);
  return {
    orgId: actor.orgId,
    userId: actor.userId,
    email: req.auth!.user.email,
    canRead: can(actor.role, 'access_reviews.read'),
    canManage: can(actor.role, 'access_reviews.manage'),
  };
}

function deciderOf(req: FastifyRequest): Decider {
  const v = viewerOf(req);
  return { userId: v.userId!, email: v.email, manager: v.canManage };
}

export function registerAccessReviewRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  /** Brings the campaign's remediation items up to date with the sweeps before it is read. */
  const refresh = (orgId: string, campaignId: string) =>
    db.transaction((tx) => verifyRemediations(tx, orgId, new Date(), campaignId));

  serve(app, routes.list, async (req) => ({ items: await listCampaigns(db, viewerOf(req)) }));
  serve(app, routes.sources, async (req) => {
    const orgId = actorOf(req).orgId;
    return { connectors: await reviewSources(db, orgId), uploads: await listUploads(db, orgId) };
  });
  serve(app, routes.create, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => createCampaign(tx, actor, req.body));
    return reply.status(201).send(await getCampaign(db, viewerOf(req), id));
  });
  serve(app, routes.get, async (req) => {
    const viewer = viewerOf(req);
    await refresh(viewer.orgId, req.params.campaignId);
    return getCampaign(db, viewer, req.params.campaignId);
  });
  serve(app, routes.accounts, async (req) => {
    const viewer = viewerOf(req);
    await refresh(viewer.orgId, req.params.campaignId);
    return { items: await listAccounts(db, viewer, req.params.campaignId) };
  });
  serve(app, routes.start, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => startCampaign(tx, actor, req.params.campaignId));
    return getCampaign(db, viewerOf(req), req.params.campaignId);
  });
  serve(app, routes.decide, async (req) => {
    const actor = actorOf(req);
    const viewer = viewerOf(req);
    const { accountId } = req.params;
    await db.transaction((tx) =>
      decideAccount(tx, actor, deciderOf(req), req.params.campaignId, accountId, req.body),
    );
    return getAccount(db, viewer, req.params.campaignId, accountId);
  });
  serve(app, routes.bulkKeep, async (req) => {
    const actor = actorOf(req);
    const kept = await db.transaction((tx) => bulkKeep(tx, actor, deciderOf(req), req.params.campaignId));
    return { kept };
  });
  serve(app, routes.close, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => closeCampaign(tx, actor, ctx.evidenceStore, req.params.campaignId));
    return getCampaign(db, viewerOf(req), req.params.campaignId);
  });
  const download = async (
    req: FastifyRequest<{ Params: { campaignId: string } }>,
    reply: FastifyReply,
    kind: 'csv' | 'pdf',
  ) => {
    const orgId = actorOf(req).orgId;
    await refresh(orgId, req.params.campaignId);
    const c = await loadCampaign(db, orgId, req.params.campaignId);
    const body = kind === 'csv' ? await reportCsv(db, c) : await reportPdf(db, c);
    reply.header('content-type', kind === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf');
    reply.header('content-disposition', `attachment; filename="access-review-${c.dueDate}.${kind}"`);
    return reply.send(body);
  };
  serve(app, routes.reportCsv, (req, reply) => download(req, reply, 'csv'));
  serve(app, routes.reportPdf, (req, reply) => download(req, reply, 'pdf'));

  app.register(async (scope: App) => {
    await scope.register(multipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: USER_LIST_MAX_BYTES, files: 1, fields: 5 },
    });
    serve(scope, routes.upload, async (req, reply) => {
      const actor = actorOf(req);
      const list = await receiveUserList(req);
      return reply.status(201).send(await db.transaction((tx) => storeUserList(tx, actor, list)));
    });
  });

  // Sweeps arrive whenever connectors run; once an hour every open item is compared with them.
  const timer = setInterval(() => {
    void (async () => {
      for (const orgId of await orgsWithOpenRemediations(db))
        await db.transaction((tx) => verifyRemediations(tx, orgId, new Date()));
    })().catch((err: unknown) => app.log.error({ err }, 'access review verification failed'));
  }, VERIFY_EVERY_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
