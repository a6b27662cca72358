/** HTTP routes of vulnerabilities (/api/vulnerabilities) and penetration tests (/api/pen-tests). */
import multipart from '@fastify/multipart';
import { vulnerabilitiesRoutes as routes } from '@vigil/api';
import { stringify } from 'csv-stringify/sync';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { recordEvidence } from '../evidence/index.ts';
import { serve } from '../http/serve.ts';
import { approveException, listExceptions, requestException } from './exceptions.ts';
import {
  addFinding,
  attachReport,
  createPenTest,
  importFindings,
  listPenTests,
  penTestDetail,
  presentFinding,
  updateFinding,
} from './pen-tests.ts';
import { readReportUpload } from './report-upload.ts';
import { slaPolicy, updateSlaPolicy } from './sla-policy.ts';
import { reportWindow, slaReport, windowFindings } from './sla-report.ts';

/** Spreadsheets run cells that start like a formula; finding texts come from outside, so defuse them. */
const cell = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

const STANDING_WORDS: Record<string, string> = {
  open: 'open',
  overdue: 'overdue',
  accepted: 'risk accepted',
  remediated_on_time: 'remediated on time',
  remediated_late: 'remediated late',
};

export async function registerVulnerabilityRoutes(app: App, ctx: AppContext) {
  const { db, evidenceStore: store } = ctx;

  serve(app, routes.slaPolicy, async (req) => slaPolicy(db, actorOf(req).orgId));

  serve(app, routes.updateSlaPolicy, async (req) => {
    const actor = actorOf(req);
    await db.transaction((tx) => updateSlaPolicy(tx, actor, req.body, new Date()));
    return slaPolicy(db, actor.orgId);
  });

  serve(app, routes.report, async (req) => slaReport(db, actorOf(req).orgId, req.query, new Date()));

  serve(app, routes.reportCsv, async (req, reply) => {
    const orgId = actorOf(req).orgId;
    const now = new Date();
    const window = await reportWindow(db, orgId, req.query, now);
    const findings = await windowFindings(db, orgId, window, now);
    const header = [
      'finding',
      'vulnerability',
      'package',
      'target',
      'scanner',
      'severity',
      'detected_at',
      'due_at',
      'remediated_at',
      'standing',
      'accepted_until',
    ];
    const rows = findings.map((x) =>
      [
        x.name,
        x.vulnerabilityId,
        x.package,
        x.target,
        x.scanner,
        x.severity,
        x.detectedAt,
        x.dueAt,
        x.remediatedAt ?? '',
        STANDING_WORDS[x.standing] ?? x.standing,
        x.acceptedUntil ?? '',
      ].map(cell),
    );
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header(
      'content-disposition',
      `attachment; filename="vulnerability-sla-${window.from}-${window.to}.csv"`,
    );
    return reply.send(stringify([header, ...rows]));
  });

  serve(app, routes.exceptions, async (req) => ({
    items: await listExceptions(db, actorOf(req).orgId, new Date()),
  }));

  serve(app, routes.requestException, async (req, reply) => {
    const actor = actorOf(req);
    const now = new Date();
    const id = await db.transaction((tx) => requestException(tx, actor, req.body, now));
    return reply.status(201).send((await listExceptions(db, actor.orgId, now, id))[0]);
  });

  serve(app, routes.approveException, async (req) => {
    const actor = actorOf(req);
    const now = new Date();
    await db.transaction((tx) => approveException(tx, actor, req.params.exceptionId, now));
    return (await listExceptions(db, actor.orgId, now, req.params.exceptionId))[0]!;
  });

  serve(app, routes.penTests, async (req) => ({
    items: await listPenTests(db, actorOf(req).orgId, new Date()),
  }));

  serve(app, routes.createPenTest, async (req, reply) => {
    const actor = actorOf(req);
    const id = await db.transaction((tx) => createPenTest(tx, actor, req.body));
    const { items: _, ...test } = await penTestDetail(db, actor.orgId, id, new Date());
    return reply.status(201).send(test);
  });

  serve(app, routes.penTest, async (req) =>
    penTestDetail(db, actorOf(req).orgId, req.params.penTestId, new Date()),
  );

  serve(app, routes.addFinding, async (req, reply) => {
    const actor = actorOf(req);
    const row = await db.transaction((tx) => addFinding(tx, actor, req.params.penTestId, req.body));
    return reply.status(201).send(presentFinding(row, new Date()));
  });

  serve(app, routes.importFindings, async (req) => {
    const actor = actorOf(req);
    const imported = await db.transaction((tx) => importFindings(tx, actor, req.params.penTestId, req.body));
    return { imported };
  });

  serve(app, routes.updateFinding, async (req) => {
    const actor = actorOf(req);
    const { penTestId, findingId } = req.params;
    const row = await db.transaction((tx) => updateFinding(tx, actor, penTestId, findingId, req.body));
    return presentFinding(row, new Date());
  });

  serve(app, routes.findingsCsv, async (req, reply) => {
    const test = await penTestDetail(db, actorOf(req).orgId, req.params.penTestId, new Date());
    const header = [
      'identifier',
      'title',
      'severity',
      'description',
      'vendor_status',
      'detected_at',
      'due_at',
      'remediated_on',
      'retest_on',
      'retest_result',
      'standing',
    ];
    const rows = test.items.map((x) =>
      [
        x.identifier ?? '',
        x.title,
        x.severity,
        x.description,
        x.vendorStatus ?? '',
        x.detectedAt,
        x.dueAt,
        x.remediatedOn ?? '',
        x.retestOn ?? '',
        x.retestResult ?? '',
        STANDING_WORDS[x.standing] ?? x.standing,
      ].map(cell),
    );
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="pen-test-findings-${test.endDate}.csv"`);
    return reply.send(stringify([header, ...rows]));
  });

  await app.register(async (scope: App) => {
    // Multipart parsing only where files are accepted; the file size is enforced while staging.
    await scope.register(multipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: store.maxBytes + 1, files: 1, fields: 5, fieldSize: 1024, parts: 6 },
    });
    serve(scope, routes.uploadReport, async (req) => {
      const actor = actorOf(req);
      const { penTestId } = req.params;
      const test = await penTestDetail(db, actor.orgId, penTestId, new Date());
      const upload = await readReportUpload(req, store, actor.orgId);
      try {
        await db.transaction(async (tx) => {
          const recorded = await recordEvidence(tx, actor, store, {
            orgId: actor.orgId,
            kind: 'upload',
            title: `Penetration test report: ${test.vendor}, ${test.startDate} to ${test.endDate}`,
            fileName: upload.fileName,
            mediaType: upload.mediaType,
            content: upload.staged,
            periodStart: test.startDate,
            periodEnd: test.endDate,
            renewBy: null,
          });
          await attachReport(tx, actor, penTestId, recorded.id, upload.fileName);
        });
      } finally {
        await upload.staged.discard();
      }
      const { items: _, ...after } = await penTestDetail(db, actor.orgId, penTestId, new Date());
      return after;
    });
  });
}
