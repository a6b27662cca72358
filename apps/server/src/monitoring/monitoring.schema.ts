/** Request and response schemas of the monitoring routes; the types are inferred from them. */
import { SeveritySchema } from '@vigil/monitoring';
import { z } from 'zod';

export const CheckHealthSchema = z.enum(['passing', 'failing', 'error', 'stale', 'no_data']);
export const ControlMonitoringStatusSchema = z.enum(['passing', 'failing', 'error', 'stale', 'no_checks']);

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
  resourceType: z.string(),
  criteria: z.array(z.string()),
  /** Control library template ids the check tests. */
  controls: z.array(z.string()),
  /** The organization's controls adopted from those templates. */
  controlIds: z.array(z.string()),
  custom: z.boolean(),
  status: CheckHealthSchema,
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
  evidence: z.object({
    status: z.enum(['current', 'evidence_expired']),
    expired: z.number(),
  }),
  checks: z.array(CheckSummarySchema),
});

export const ControlsMonitoringListSchema = z.object({
  items: z.array(ControlMonitoringSchema.omit({ checks: true }).extend({ checkIds: z.array(z.string()) })),
});

export const RunSchema = z.object({
  id: z.string(),
  source: z.string(),
  connectorId: z.string().nullable(),
  connectorName: z.string().nullable(),
  status: z.enum(['running', 'succeeded', 'failed']),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  resourcesSeen: z.number(),
  transitions: z.number(),
  evidenceId: z.string().nullable(),
  /** Only while running: the phase and how far it got. */
  progress: z.record(z.string(), z.unknown()).nullable(),
  stats: z.record(z.string(), z.unknown()),
});

export const RunsListQuerySchema = z.strictObject({
  connectorId: z.string().uuid().optional(),
  status: z.enum(['running', 'succeeded', 'failed']).optional(),
  limit: page(200, 50),
});
