/** HTTP routes of internal audits (/api/internal-audits): plans, results, findings, completion, CSV. */
import { internalAuditRoutes as routes } from '@vigil/api';
import { stringify } from 'csv-stringify/sync';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { serve } from '../http/serve.ts';
import {
  addFinding,
  completeAudit,
  planAudit,
  recordResult,
  updateFinding,
} from './internal-audits.commands.ts';
import { FINDING_WORDS, getAudit, listAudits, RESULT_WORDS } from './internal-audits.queries.ts';

/** Spreadsheets run cells that start like a formula; these texts are typed by people, so defuse them. */
const cell = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

const STATUS_WORDS = { planned: 'planned', in_progress: 'in progress', completed: 'completed' } as const;

/** One row per control in each audit, its findings beside it; findings about no control get their own row. */
const CSV_COLUMNS = [
  'audit',
  'status',
  'planned_date',
  'period_start',
  'period_end',
  'lead_auditor',
  'control',
  'result',
  'notes',
  'evidence',
  'findings',
];

export function registerInternalAuditRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;

  serve(app, routes.list, async (req) => ({ items: await listAudits(db, req.auth!.org!.id) }));

  serve(app, routes.create, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => planAudit(tx, actor, req.body));
    return reply.status(201).send(await getAudit(db, actor.orgId, id));
  });

  serve(app, routes.exportCsv, async (req, reply) => {
    const orgId = req.auth!.org!.id;
    const rows: string[][] = [];
    for (const summary of await listAudits(db, orgId)) {
      const a = await getAudit(db, orgId, summary.id);
      const head = [
        a.title,
        STATUS_WORDS[a.status],
        a.plannedDate,
        a.periodStart,
        a.periodEnd,
        a.auditorName ?? '',
      ];
      const findingText = (f: (typeof a.findings)[number]) =>
        `${f.description} (${FINDING_WORDS[f.status]}, ${f.ownerName ?? 'no owner'}${f.dueDate ? `, due ${f.dueDate}` : ''}${f.remediation ? `; remediation: ${f.remediation}` : ''})`;
      for (const r of a.results) {
        rows.push([
          ...head,
          `${r.controlCode} ${r.controlTitle}`,
          RESULT_WORDS[r.result],
          r.notes,
          r.evidence.map((e) => e.title).join('; '),
          a.findings
            .filter((f) => f.controlId === r.controlId)
            .map(findingText)
            .join('; '),
        ]);
      }
      const loose = a.findings.filter((f) => !a.results.some((r) => r.controlId === f.controlId));
      if (loose.length > 0) rows.push([...head, '', '', '', '', loose.map(findingText).join('; ')]);
    }
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="internal-audits.csv"')
      .send(stringify([CSV_COLUMNS, ...rows.map((r) => r.map(cell))]));
  });

  serve(app, routes.get, async (req) => getAudit(db, req.auth!.org!.id, req.params.internalAuditId));

  serve(app, routes.recordResult, async (req) => {
    const actor = actorOf(req);
    const { internalAuditId, controlId } = req.params;
    await db.transaction((tx) => recordResult(tx, actor, internalAuditId, controlId, req.body));
    return getAudit(db, actor.orgId, internalAuditId);
  });

  serve(app, routes.addFinding, async (req, reply) => {
    const actor = actorOf(req);
    await db.transaction((tx) => addFinding(tx, actor, req.params.internalAuditId, req.body));
    return reply.status(201).send(await getAudit(db, actor.orgId, req.params.internalAuditId));
  });

  serve(app, routes.updateFinding, async (req) => {
    const actor = actorOf(req);
    const { internalAuditId, auditFindingId } = req.params;
    await db.transaction((tx) => updateFinding(tx, actor, internalAuditId, auditFindingId, req.body));
    return getAudit(db, actor.orgId, internalAuditId);
  });

  serve(app, routes.complete, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => completeAudit(tx, actor, req.params.internalAuditId, req.body));
    return getAudit(db, actor.orgId, req.params.internalAuditId);
  });
}
