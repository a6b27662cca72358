/** HTTP routes of the risks domain, registered from their descriptors in `@vigil/api`. */
import { riskRoutes as routes } from '@vigil/api';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import {
  approveAssessment,
  assessmentDetail,
  listAssessments,
  openReassessments,
  takeAssessment,
} from './risk-assessments.ts';
import { acceptRisk, createRisk, setMatrix, updateRisk } from './risk-editor.ts';
import { assessmentPdf, assessmentXlsx, registerCsv } from './risk-exports.ts';
import { getRisk, heatMaps, libraryFor, listRisks, matrixOf } from './risks.queries.ts';

/** Today in UTC: acceptance expiries are calendar dates. */
const todayUtc = () => new Date().toISOString().slice(0, 10);

export function registerRiskRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;

  serve(app, routes.list, async (req) => {
    const orgId = actorOf(req).orgId;
    const matrix = await matrixOf(db, orgId);
    const items = await listRisks(db, orgId, matrix);
    return { matrix, items, heatMap: heatMaps(matrix, items), today: todayUtc() };
  });

  serve(app, routes.exportCsv, async (req, reply) => {
    const orgId = actorOf(req).orgId;
    const matrix = await matrixOf(db, orgId);
    const body = registerCsv(matrix, await listRisks(db, orgId, matrix));
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="risk-register-${todayUtc()}.csv"`);
    return reply.send(body);
  });

  serve(app, routes.matrix, async (req) => matrixOf(db, actorOf(req).orgId));

  serve(app, routes.setMatrix, async (req) => {
    const actor = actorOf(req);
    return db.transaction((tx) => setMatrix(tx, actor, req.body));
  });

  serve(app, routes.library, async (req) => ({ items: await libraryFor(db, actorOf(req).orgId) }));

  serve(app, routes.create, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => createRisk(tx, actor, req.body));
    return reply.status(201).send(await getRisk(db, actor.orgId, id));
  });

  serve(app, routes.reassessments, async (req) => ({
    items: await openReassessments(db, actorOf(req).orgId),
  }));

  serve(app, routes.assessments, async (req) => ({ items: await listAssessments(db, actorOf(req).orgId) }));

  serve(app, routes.takeAssessment, async (req, reply) => {
    const actor = actorOf(req);
    const a = await db.transaction((tx) => takeAssessment(tx, actor, req.body.assessedOn ?? todayUtc()));
    return reply.status(201).send(a);
  });

  serve(app, routes.assessment, async (req) =>
    assessmentDetail(db, actorOf(req).orgId, req.params.assessmentId),
  );

  serve(app, routes.approveAssessment, async (req) => {
    const actor = actorOf(req);
    return db.transaction((tx) => approveAssessment(tx, actor, req.params.assessmentId));
  });

  serve(app, routes.assessmentPdf, async (req, reply) => {
    const orgId = actorOf(req).orgId;
    const a = await assessmentDetail(db, orgId, req.params.assessmentId);
    const [org] = await db
      .select({ name: schema.organizations.name })
      .from(schema.organizations)
      .where(eq(schema.organizations.id, orgId));
    reply.header('content-type', 'application/pdf');
    reply.header('content-disposition', `attachment; filename="risk-assessment-${a.assessedOn}.pdf"`);
    return reply.send(await assessmentPdf(a, org?.name ?? 'The organization'));
  });

  serve(app, routes.assessmentXlsx, async (req, reply) => {
    const a = await assessmentDetail(db, actorOf(req).orgId, req.params.assessmentId);
    reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    reply.header('content-disposition', `attachment; filename="risk-assessment-${a.assessedOn}.xlsx"`);
    return reply.send(await assessmentXlsx(a));
  });

  serve(app, routes.get, async (req) => getRisk(db, actorOf(req).orgId, req.params.riskId));

  serve(app, routes.update, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updateRisk(tx, actor, req.params.riskId, req.body));
    return getRisk(db, actor.orgId, req.params.riskId);
  });

  serve(app, routes.accept, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => acceptRisk(tx, actor, req.params.riskId, req.body, todayUtc()));
    return getRisk(db, actor.orgId, req.params.riskId);
  });
}
