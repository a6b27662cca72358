/** HTTP routes of monitoring: checks with their status, one check in detail, control status, runs. */
import { z } from 'zod';
import type { App, AppContext } from '../context.ts';
import { errorResponses } from '../http/schemas.ts';
import { getRun, listRuns } from './monitoring.queries.ts';
import {
  CheckDetailQuerySchema,
  CheckDetailSchema,
  CheckSummarySchema,
  ChecksListQuerySchema,
  ControlMonitoringSchema,
  ControlsMonitoringListSchema,
  RunSchema,
  RunsListQuerySchema,
} from './monitoring.schema.ts';
import {
  getCheckDetail,
  getControlMonitoring,
  listChecks,
  listControlStatuses,
} from './monitoring.service.ts';
import { registryOf } from './registry.ts';

const CheckParams = z.strictObject({ checkId: z.string().min(1).max(200) });
const ControlParams = z.strictObject({ controlId: z.string().uuid() });
const RunParams = z.strictObject({ runId: z.string().uuid() });
const read = { access: { permission: 'monitoring.read' as const } };

export function registerMonitoringRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  const registry = () => registryOf(ctx);

  app.get(
    '/api/monitoring/checks',
    {
      config: read,
      schema: {
        tags: ['monitoring'],
        summary: 'Every check with its status, open results by status and 30-day trend',
        querystring: ChecksListQuerySchema,
        response: {
          200: z.object({ items: z.array(CheckSummarySchema), total: z.number() }),
          ...errorResponses,
        },
      },
    },
    async (req) => listChecks(db, req.auth!.org!.id, registry(), req.query),
  );

  app.get(
    '/api/monitoring/checks/:checkId',
    {
      config: read,
      schema: {
        tags: ['monitoring'],
        summary: 'One check: definition, failing resources (paged) and its history of intervals (paged)',
        params: CheckParams,
        querystring: CheckDetailQuerySchema,
        response: { 200: CheckDetailSchema, ...errorResponses },
      },
    },
    async (req) => getCheckDetail(db, req.auth!.org!.id, registry(), req.params.checkId, req.query),
  );

  app.get(
    '/api/monitoring/controls',
    {
      config: read,
      schema: {
        tags: ['monitoring'],
        summary: "Every control's monitoring status and evidence expiry",
        response: { 200: ControlsMonitoringListSchema, ...errorResponses },
      },
    },
    async (req) => listControlStatuses(db, req.auth!.org!.id, registry()),
  );

  app.get(
    '/api/controls/:controlId/monitoring',
    {
      config: read,
      schema: {
        tags: ['monitoring'],
        summary: "A control's monitoring status with its checks",
        params: ControlParams,
        response: { 200: ControlMonitoringSchema, ...errorResponses },
      },
    },
    async (req) => getControlMonitoring(db, req.auth!.org!.id, registry(), req.params.controlId),
  );

  app.get(
    '/api/monitoring/runs',
    {
      config: read,
      schema: {
        tags: ['monitoring'],
        summary: 'Recent collection runs with status, error and progress',
        querystring: RunsListQuerySchema,
        response: { 200: z.object({ items: z.array(RunSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listRuns(db, req.auth!.org!.id, req.query) }),
  );

  app.get(
    '/api/monitoring/runs/:runId',
    {
      config: read,
      schema: { tags: ['monitoring'], params: RunParams, response: { 200: RunSchema, ...errorResponses } },
    },
    async (req) => getRun(db, req.auth!.org!.id, req.params.runId),
  );
}
