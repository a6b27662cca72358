/** The owner's side of the trust page, registered from its descriptors in `@vigil/api`. */
import { trustRoutes as routes } from '@vigil/api';
import { notFound } from '@vigil/core';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import {
  currentNda,
  getTrustSettings,
  listTrustAccessLog,
  listTrustDocuments,
  listTrustRequests,
  presentDocument,
} from './trust.queries.ts';
import {
  addTrustDocument,
  addTrustDocumentVersion,
  approveTrustRequest,
  assertDocument,
  checkDocumentInput,
  publishNda,
  publishSoc3,
  rejectTrustRequest,
  revokeTrustGrant,
  saveTrustSettings,
  storeTrustFile,
  updateTrustDocument,
} from './trust-commands.ts';
import { sendGrantMail } from './trust-mail.ts';

const todayUtc = () => new Date().toISOString().slice(0, 10);

export function registerTrustRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  const ndaOf = async (orgId: string) => {
    const nda = await currentNda(db, orgId);
    return {
      current: nda ? { version: nda.version, text: nda.text, createdAt: nda.createdAt.toISOString() } : null,
    };
  };
  const documentOut = async (orgId: string, id: string) => {
    const [doc] = await listTrustDocuments(db, orgId, id);
    if (!doc) throw notFound('Document');
    return presentDocument(doc);
  };
  const requestOut = async (orgId: string, id: string) => {
    const [request] = await listTrustRequests(db, orgId, id);
    if (!request) throw notFound('Access request');
    return request;
  };

  serve(app, routes.settings, (req) => getTrustSettings(db, req.auth!.org!.id, todayUtc()));
  serve(app, routes.saveSettings, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => saveTrustSettings(tx, actor, req.body));
    return getTrustSettings(db, actor.orgId, todayUtc());
  });
  serve(app, routes.publishSoc3, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => publishSoc3(tx, actor, req.body.summary, todayUtc()));
    return getTrustSettings(db, actor.orgId, todayUtc());
  });
  serve(app, routes.nda, (req) => ndaOf(req.auth!.org!.id));
  serve(app, routes.publishNda, async (req, reply) => {
    const actor = actorOf(req);
    await db.transaction((tx) => publishNda(tx, actor, req.body.text));
    return reply.status(201).send(await ndaOf(actor.orgId));
  });
  serve(app, routes.documents, async (req) => ({
    items: (await listTrustDocuments(db, req.auth!.org!.id)).map(presentDocument),
  }));
  serve(app, routes.addDocument, async (req, reply) => {
    const actor = actorOf(req);
    checkDocumentInput(req.body);
    const file = await storeTrustFile(ctx.evidenceStore, actor.orgId, req.body);
    const id = await db.transaction((tx) => addTrustDocument(tx, actor, req.body, file));
    return reply.status(201).send(await documentOut(actor.orgId, id));
  });
  serve(app, routes.addVersion, async (req, reply) => {
    const actor = actorOf(req);
    await assertDocument(db, actor.orgId, req.params.trustDocumentId);
    const file = await storeTrustFile(ctx.evidenceStore, actor.orgId, req.body);
    await db.transaction((tx) =>
      addTrustDocumentVersion(tx, actor, req.params.trustDocumentId, req.body, file),
    );
    return reply.status(201).send(await documentOut(actor.orgId, req.params.trustDocumentId));
  });
  serve(app, routes.updateDocument, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updateTrustDocument(tx, actor, req.params.trustDocumentId, req.body));
    return documentOut(actor.orgId, req.params.trustDocumentId);
  });
  serve(app, routes.requests, async (req) => ({ items: await listTrustRequests(db, req.auth!.org!.id) }));
  serve(app, routes.approve, async (req) => {
    const actor = actorOf(req);
    const grant = await db.transaction((tx) => approveTrustRequest(tx, actor, req.params.trustRequestId));
    sendGrantMail(ctx, req, actor.orgId, grant);
    return requestOut(actor.orgId, req.params.trustRequestId);
  });
  serve(app, routes.reject, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => rejectTrustRequest(tx, actor, req.params.trustRequestId));
    return requestOut(actor.orgId, req.params.trustRequestId);
  });
  serve(app, routes.revoke, async (req) => {
    const actor = actorOf(req);
    const requestId = await db.transaction((tx) => revokeTrustGrant(tx, actor, req.params.trustGrantId));
    return requestOut(actor.orgId, requestId);
  });
  serve(app, routes.accessLog, async (req) => ({ items: await listTrustAccessLog(db, req.auth!.org!.id) }));
}
