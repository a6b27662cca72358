/** HTTP routes of testing inside an engagement: control tests, the exceptions register, its exports. */
import { auditTestingRoutes as routes } from '@vigil/api';
import { notFound } from '@vigil/core';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { engagementInScope, engagementViewerOf } from '../engagements/index.ts';
import { serve } from '../http/serve.ts';
import {
  recordException,
  recordTest,
  respondToException,
  updateException,
} from './audit-testing.commands.ts';
import { registerCsv, registerXlsx } from './audit-testing.exports.ts';
import { exceptionsRegisterOf, testingOf } from './audit-testing.queries.ts';

export function registerAuditTestingRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;

  serve(app, routes.get, async (req) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    return testingOf(db, engagement);
  });

  serve(app, routes.recordTest, async (req) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const actor = actorOf(req);
    await db.transaction((tx) => recordTest(tx, actor, engagement, req.params.controlId, req.body));
    const { controls } = await testingOf(db, engagement, req.params.controlId);
    return controls[0]!;
  });

  serve(app, routes.exceptions, async (req) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    return { items: await exceptionsRegisterOf(db, engagement.orgId, engagement.id, req.query) };
  });

  serve(app, routes.recordException, async (req, reply) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const actor = actorOf(req);
    const id = await db.transaction((tx) => recordException(tx, actor, engagement.id, req.body));
    return reply.status(201).send(await oneException(engagement.orgId, engagement.id, id));
  });

  serve(app, routes.exceptionsCsv, async (req, reply) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const rows = await exceptionsRegisterOf(db, engagement.orgId, engagement.id);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="exceptions-register.csv"')
      .send(registerCsv(rows));
  });

  serve(app, routes.exceptionsXlsx, async (req, reply) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const rows = await exceptionsRegisterOf(db, engagement.orgId, engagement.id);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="exceptions-register.xlsx"')
      .send(await registerXlsx(engagement.name, rows));
  });

  serve(app, routes.updateException, async (req) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const actor = actorOf(req);
    await db.transaction((tx) =>
      updateException(tx, actor, engagement, req.params.auditExceptionId, req.body),
    );
    return oneException(engagement.orgId, engagement.id, req.params.auditExceptionId);
  });

  serve(app, routes.respond, async (req) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const actor = actorOf(req);
    await db.transaction((tx) =>
      respondToException(tx, actor, engagement, req.params.auditExceptionId, req.body),
    );
    return oneException(engagement.orgId, engagement.id, req.params.auditExceptionId);
  });

  async function oneException(orgId: string, engagementId: string, id: string) {
    const found = (await exceptionsRegisterOf(db, orgId, engagementId)).find((e) => e.id === id);
    if (!found) throw notFound('exception');
    return found;
  }
}
