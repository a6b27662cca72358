/** HTTP routes of Type II operating effectiveness (and Type I state) for an engagement, with a CSV export. */
import { notFound } from '@vigil/core';
import { stringify } from 'csv-stringify/sync';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, AppContext } from '../context.ts';
import { errorResponses } from '../http/schemas.ts';
import { engagementEffectiveness } from './effectiveness.service.ts';
import { registryOf } from './registry.ts';

const ExceptionSchema = z.object({
  checkId: z.string(),
  checkTitle: z.string(),
  severity: z.string(),
  resourceKey: z.string(),
  resourceName: z.string(),
  reason: z.string(),
  failedFrom: z.string(),
  remediatedAt: z.string().nullable(),
  durationMs: z.number(),
});

const ControlEffectivenessSchema = z.object({
  controlId: z.string(),
  code: z.string(),
  title: z.string(),
  checkIds: z.array(z.string()),
  state: z.enum(['operating', 'exception', 'not_evaluated']),
  operatingShare: z.number(),
  evaluatedShare: z.number(),
  exceptions: z.array(ExceptionSchema),
  timeline: z.array(z.object({ from: z.string(), to: z.string(), state: z.string(), failing: z.number() })),
});

const Header = {
  engagementId: z.string(),
  reportType: z.enum(['type1', 'type2']),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  asOfDate: z.string().nullable(),
  evaluatedUntil: z.string(),
};

const Params = z.strictObject({ engagementId: z.string().uuid() });
const ControlParams = z.strictObject({ engagementId: z.string().uuid(), controlId: z.string().uuid() });
const read = { access: { permission: 'monitoring.read' as const } };

/** Spreadsheets run cells that start like a formula; resource names come from outside, so defuse them. */
const cell = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

const viewer = (req: FastifyRequest) => ({ role: req.auth!.org!.role, userId: req.auth!.user.id });

const CSV_COLUMNS = [
  'control_code',
  'control_title',
  'check_id',
  'check_title',
  'severity',
  'resource',
  'resource_key',
  'failed_from',
  'remediated_at',
  'duration_hours',
  'reason',
];

export function registerEffectivenessRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;
  const compute = (req: FastifyRequest, engagementId: string, controlId?: string) =>
    engagementEffectiveness(
      db,
      req.auth!.org!.id,
      viewer(req),
      registryOf(ctx),
      engagementId,
      new Date(),
      controlId,
    );

  app.get(
    '/api/engagements/:engagementId/effectiveness',
    {
      config: read,
      schema: {
        tags: ['monitoring'],
        summary:
          'Per in-scope control: share of the window operating, exceptions and timeline (Type I: state at the as-of date)',
        params: Params,
        response: {
          200: z.object({ ...Header, controls: z.array(ControlEffectivenessSchema) }),
          ...errorResponses,
        },
      },
    },
    async (req) => compute(req, req.params.engagementId),
  );

  app.get(
    '/api/engagements/:engagementId/effectiveness.csv',
    {
      config: read,
      schema: { tags: ['monitoring'], summary: 'The exception list as CSV', params: Params },
    },
    async (req, reply) => {
      const eff = await compute(req, req.params.engagementId);
      const rows = eff.controls.flatMap((k) =>
        k.exceptions.map((e) =>
          [
            k.code,
            k.title,
            e.checkId,
            e.checkTitle,
            e.severity,
            e.resourceName,
            e.resourceKey,
            e.failedFrom,
            e.remediatedAt ?? '',
            (e.durationMs / 3_600_000).toFixed(2),
            e.reason,
          ].map(cell),
        ),
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="effectiveness-${eff.engagementId}.csv"`)
        .send(stringify([CSV_COLUMNS, ...rows]));
    },
  );

  app.get(
    '/api/engagements/:engagementId/effectiveness/:controlId',
    {
      config: read,
      schema: {
        tags: ['monitoring'],
        params: ControlParams,
        response: { 200: z.object({ ...Header, control: ControlEffectivenessSchema }), ...errorResponses },
      },
    },
    async (req) => {
      const { controls, ...header } = await compute(req, req.params.engagementId, req.params.controlId);
      const control = controls.find((k) => k.controlId === req.params.controlId);
      if (!control) throw notFound('control');
      return { ...header, control };
    },
  );
}
