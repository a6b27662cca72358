/** The monitoring API: checks with their status, one check in detail, control status, collection runs. */
import { SeveritySchema } from '@vigil/core/vocabulary';
import { z } from 'zod';
import { defineRoute } from './route.ts';
import { RunSchema, RunStatusSchema } from './runs.ts';

/** A check's results: failing on any failure, then error, passing, or no data yet. */
export const CheckHealthSchema = z.enum(['passing', 'failing', 'error', 'no_data']);
export const ControlMonitoringStatusSchema = z.enum(['passing', 'failing', 'error', 'no_checks']);

/**
 * Whether the data behind the results is current, beside the results and never instead of them:
 * `since` is the first failed run since the last success (failing) or the last success (stale).
 */
export const FeedSchema = z.object({
  status: z.enum(['current', 'stale', 'collector_failing']),
  since: z.string().nullable(),
});
export type Feed = z.infer<typeof FeedSchema>;

export const CheckCountsSchema = z.object({
  pass: z.number(),
  fail: z.number(),
  error: z.number(),
  notApplicable: z.number(),
});

export const CheckSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  severity: SeveritySchema,
  /** The resource type's id, for filters and tooltips; people read `resourceTypeTitle`. */
  resourceType: z.string(),
  resourceTypeTitle: z.string(),
  criteria: z.array(z.string()),
  /** Control library template ids the check tests. */
  controls: z.array(z.string()),
  /** The organization's controls adopted from those templates. */
  controlIds: z.array(z.string()),
  custom: z.boolean(),
  status: CheckHealthSchema,
  feed: FeedSchema,
  counts: CheckCountsSchema,
  /** Transitions in the last 30 days, and how many of them were new failures. */
  trend: z.object({ transitions: z.number(), failures: z.number() }),
});
export type CheckSummary = z.infer<typeof CheckSummarySchema>;

export const ChecksListQuerySchema = z.strictObject({
  control: z.string().uuid().optional(),
  criterion: z.string().max(20).optional(),
  severity: SeveritySchema.optional(),
  status: CheckHealthSchema.optional(),
});
export type ChecksListQuery = z.infer<typeof ChecksListQuerySchema>;

const page = (max: number, dflt: number) => z.coerce.number().int().min(1).max(max).default(dflt);
const offset = () => z.coerce.number().int().min(0).default(0);

export const CheckDetailQuerySchema = z.strictObject({
  limit: page(500, 50),
  offset: offset(),
  historyLimit: page(500, 50),
  historyOffset: offset(),
});

const ResourceRefSchema = z.object({
  resourceId: z.string(),
  source: z.string(),
  /** The source as people name it ("GitHub", "HR system"). */
  sourceTitle: z.string(),
  type: z.string(),
  externalId: z.string(),
  name: z.string(),
});

export const CheckDetailSchema = z.object({
  check: CheckSummarySchema.extend({ rationale: z.string(), remediation: z.string() }),
  failing: z.object({
    total: z.number(),
    items: z.array(
      ResourceRefSchema.extend({
        reason: z.string(),
        attribute: z.string().nullable(),
        expected: z.unknown(),
        actual: z.unknown(),
        since: z.string(),
      }),
    ),
  }),
  history: z.object({
    total: z.number(),
    items: z.array(
      ResourceRefSchema.extend({
        status: z.string(),
        reason: z.string(),
        from: z.string(),
        to: z.string().nullable(),
      }),
    ),
  }),
});

export const ControlMonitoringSchema = z.object({
  controlId: z.string(),
  code: z.string(),
  title: z.string(),
  status: ControlMonitoringStatusSchema,
  feed: FeedSchema,
  evidence: z.object({
    status: z.enum(['current', 'evidence_expired']),
    expired: z.number(),
  }),
  checks: z.array(CheckSummarySchema),
});

export const ControlsMonitoringListSchema = z.object({
  items: z.array(ControlMonitoringSchema.omit({ checks: true }).extend({ checkIds: z.array(z.string()) })),
});

export const RunsListQuerySchema = z.strictObject({
  connectorId: z.string().uuid().optional(),
  status: RunStatusSchema.optional(),
  limit: page(200, 50),
});
export type CheckHealth = z.infer<typeof CheckHealthSchema>;
export type ControlMonitoringStatus = z.infer<typeof ControlMonitoringStatusSchema>;
export type CheckCounts = z.infer<typeof CheckCountsSchema>;
export type CheckDetailQuery = z.input<typeof CheckDetailQuerySchema>;
export type CheckDetail = z.infer<typeof CheckDetailSchema>;
export type FailingResource = CheckDetail['failing']['items'][number];
export type HistoryInterval = CheckDetail['history']['items'][number];
export type ControlMonitoring = z.infer<typeof ControlMonitoringSchema>;
export type ControlsMonitoringList = z.infer<typeof ControlsMonitoringListSchema>;
export type RunsListQuery = z.input<typeof RunsListQuerySchema>;

const CheckParamsSchema = z.strictObject({ checkId: z.string().min(1).max(200) });
const ControlParamsSchema = z.strictObject({ controlId: z.string().uuid() });
const RunParamsSchema = z.strictObject({ runId: z.string().uuid() });
const access = { permission: 'monitoring.read' } as const;
const tag = 'monitoring';

export const monitoringRoutes = {
  checks: defineRoute({
    method: 'GET',
    path: '/api/monitoring/checks',
    access,
    tag,
    summary: 'Every check with its status, open results by status and 30-day trend',
    query: ChecksListQuerySchema,
    responses: { 200: z.object({ items: z.array(CheckSummarySchema), total: z.number() }) },
  }),
  check: defineRoute({
    method: 'GET',
    path: '/api/monitoring/checks/:checkId',
    access,
    tag,
    summary: 'One check: definition, failing resources (paged) and its history of intervals (paged)',
    params: CheckParamsSchema,
    query: CheckDetailQuerySchema,
    responses: { 200: CheckDetailSchema },
  }),
  controls: defineRoute({
    method: 'GET',
    path: '/api/monitoring/controls',
    access,
    tag,
    summary: "Every control's monitoring status and evidence expiry",
    responses: { 200: ControlsMonitoringListSchema },
  }),
  control: defineRoute({
    method: 'GET',
    path: '/api/controls/:controlId/monitoring',
    access,
    tag,
    summary: "A control's monitoring status with its checks",
    params: ControlParamsSchema,
    responses: { 200: ControlMonitoringSchema },
  }),
  runs: defineRoute({
    method: 'GET',
    path: '/api/monitoring/runs',
    access,
    tag,
    summary: 'Recent collection runs with status, error and progress',
    query: RunsListQuerySchema,
    responses: { 200: z.object({ items: z.array(RunSchema) }) },
  }),
  run: defineRoute({
    method: 'GET',
    path: '/api/monitoring/runs/:runId',
    access,
    tag,
    summary: 'One collection run with its status, error and progress',
    params: RunParamsSchema,
    responses: { 200: RunSchema },
  }),
};
