/** HTTP routes of the readiness domain, registered from their descriptors in `@vigil/api`. */
import { readinessRoutes as routes } from '@vigil/api';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import { registryOf } from '../monitoring/index.ts';
import { currentAssessment } from './readiness.queries.ts';
import { snapshotPdf, snapshotXlsx } from './readiness-exports.ts';
import { listSnapshots, snapshotDetail, takeSnapshot } from './readiness-snapshots.ts';

export function registerReadinessRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;

  serve(app, routes.current, async (req) => currentAssessment(db, actorOf(req).orgId, registryOf(ctx)));

  serve(app, routes.snapshots, async (req) => ({ items: await listSnapshots(db, actorOf(req).orgId) }));

  serve(app, routes.take, async (req, reply) => {
    const actor = actorOf(req);
    const taken = await db.transaction((tx) => takeSnapshot(tx, actor, registryOf(ctx)));
    return reply.status(201).send(taken);
  });

  serve(app, routes.snapshot, async (req) => snapshotDetail(db, actorOf(req).orgId, req.params.snapshotId));

  serve(app, routes.snapshotXlsx, async (req, reply) => {
    const s = await snapshotDetail(db, actorOf(req).orgId, req.params.snapshotId);
    reply.header('content-type', routes.snapshotXlsx.file);
    reply.header('content-disposition', `attachment; filename="readiness-${s.takenOn}.xlsx"`);
    return reply.send(await snapshotXlsx(s));
  });

  serve(app, routes.snapshotPdf, async (req, reply) => {
    const orgId = actorOf(req).orgId;
    const s = await snapshotDetail(db, orgId, req.params.snapshotId);
    const [org] = await db
      .select({ name: schema.organizations.name })
      .from(schema.organizations)
      .where(eq(schema.organizations.id, orgId));
    reply.header('content-type', 'application/pdf');
    reply.header('content-disposition', `attachment; filename="readiness-${s.takenOn}.pdf"`);
    return reply.send(await snapshotPdf(s, org?.name ?? 'Organization'));
  });
}
