/** HTTP routes of populations and samples inside an engagement; each first checks the engagement is the caller's. */
import { auditSampleRoutes as routes } from '@vigil/api';
import { invalid } from '@vigil/core';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { engagementInScope, engagementViewerOf } from '../engagements/index.ts';
import { serve } from '../http/serve.ts';
import {
  draw,
  listPopulations,
  populationFile,
  producePopulation,
  putSizeTable,
  recordedSample,
  recordResult,
  sizePreview,
  sizeTableOf,
  uploadPopulation,
  verifyStored,
} from './audit-samples.service.ts';

type Req = Parameters<typeof engagementViewerOf>[0] & { params: { engagementId: string } };

/** A file name from a population's name: letters, digits and dashes only. */
const fileName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80) || 'population';

export function registerAuditSampleRoutes(app: App, { db }: AppContext) {
  const inScope = (req: Req) => engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
  const populationById = async (req: Req, id: string) => {
    const e = await inScope(req);
    const all = await listPopulations(db, e);
    return all.find((p) => p.id === id)!;
  };

  serve(app, routes.listPopulations, async (req) => ({
    items: await listPopulations(db, await inScope(req)),
  }));

  serve(app, routes.produce, async (req, reply) => {
    const e = await inScope(req);
    const id = await db.transaction((tx) => producePopulation(tx, actorOf(req), e, req.body.kind));
    return reply.status(201).send(await populationById(req, id));
  });

  serve(app, routes.upload, async (req, reply) => {
    const e = await inScope(req);
    const id = await db.transaction((tx) => uploadPopulation(tx, actorOf(req), e, req.body));
    return reply.status(201).send(await populationById(req, id));
  });

  serve(app, routes.populationFile, async (req, reply) => {
    const e = await inScope(req);
    const file = await populationFile(db, e, req.params.populationId);
    return reply
      .header('content-type', 'application/x-ndjson; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName(file.name)}.jsonl"`)
      .send(file.text);
  });

  serve(app, routes.sizePreview, async (req) => {
    const e = await inScope(req);
    if (!req.query.controlId) throw invalid('controlId', 'controlId: choose the control to test');
    return sizePreview(db, e, req.params.populationId, req.query.controlId);
  });

  serve(app, routes.draw, async (req, reply) => {
    const e = await inScope(req);
    const id = await db.transaction((tx) => draw(tx, actorOf(req), e, req.params.populationId, req.body));
    const all = await listPopulations(db, e);
    const sample = all.flatMap((p) => p.samples).find((s) => s.id === id)!;
    return reply.status(201).send(sample);
  });

  serve(app, routes.sampleFile, async (req, reply) => {
    const e = await inScope(req);
    const { recorded, population } = await recordedSample(db, e, req.params.sampleId);
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName(population.name)}-sample.json"`)
      .send(`${JSON.stringify(recorded, null, 2)}\n`);
  });

  serve(app, routes.verify, async (req) => verifyStored(db, await inScope(req), req.params.sampleId));

  serve(app, routes.recordResult, async (req) => {
    const e = await inScope(req);
    await db.transaction((tx) => recordResult(tx, actorOf(req), e, req.params.sampleId, req.body));
    const all = await listPopulations(db, e);
    return all.flatMap((p) => p.samples).find((s) => s.id === req.params.sampleId)!;
  });

  serve(app, routes.getSizeTable, async (req) => {
    const { table, isDefault } = await sizeTableOf(db, req.auth!.org!.id);
    return { ...table, isDefault };
  });

  serve(app, routes.putSizeTable, async (req) =>
    db.transaction((tx) => putSizeTable(tx, actorOf(req), req.body)),
  );
}
