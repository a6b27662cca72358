/** HTTP routes of Type II operating effectiveness (and Type I state) for an engagement, with a CSV export. */
import { type EngagementEffectiveness, effectivenessRoutes as routes } from '@vigil/api';
import { notFound } from '@vigil/core';
import { stringify } from 'csv-stringify/sync';
import type { FastifyRequest } from 'fastify';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import { engagementEffectiveness } from './effectiveness.service.ts';
import { registryOf } from './registry.ts';

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

/** The exceptions of every control as CSV, one row per exception (the export and the audit package). */
export function effectivenessCsv(eff: EngagementEffectiveness): string {
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
  return stringify([CSV_COLUMNS, ...rows]);
}

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

  serve(app, routes.engagement, async (req) => compute(req, req.params.engagementId));

  serve(app, routes.exportCsv, async (req, reply) => {
    const eff = await compute(req, req.params.engagementId);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="effectiveness-${eff.engagementId}.csv"`)
      .send(effectivenessCsv(eff));
  });

  serve(app, routes.control, async (req) => {
    const { controls, ...header } = await compute(req, req.params.engagementId, req.params.controlId);
    const control = controls.find((k) => k.controlId === req.params.controlId);
    if (!control) throw notFound('control');
    return { ...header, control };
  });
}
