/** HTTP routes of monitoring, registered from their descriptors in `@vigil/api`. */
import { monitoringRoutes as routes } from '@vigil/api';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import { getRun, listRuns } from './monitoring.queries.ts';
import {
  getCheckDetail,
  getControlMonitoring,
  listChecks,
  listControlStatuses,
} from './monitoring.service.ts';
import { registryOf } from './registry.ts';

export function registerMonitoringRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  const registry = () => registryOf(ctx);

  serve(app, routes.checks, async (req) => listChecks(db, req.auth!.org!.id, registry(), req.query));

  serve(app, routes.check, async (req) =>
    getCheckDetail(db, req.auth!.org!.id, registry(), req.params.checkId, req.query),
  );

  serve(app, routes.controls, async (req) => listControlStatuses(db, req.auth!.org!.id, registry()));

  serve(app, routes.control, async (req) =>
    getControlMonitoring(db, req.auth!.org!.id, registry(), req.params.controlId),
  );

  serve(app, routes.runs, async (req) => ({ items: await listRuns(db, req.auth!.org!.id, req.query) }));

  serve(app, routes.run, async (req) => getRun(db, req.auth!.org!.id, req.params.runId));
}
