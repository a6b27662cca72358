/** HTTP routes of testing inside an engagement: control tests, the exceptions register, its exports. */
import { type AuditException, auditTestingRoutes as routes } from '@vigil/api';
import { EXCEPTION_CONCLUSION_WORDS, notFound, REMEDIATION_WORDS } from '@vigil/core';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { engagementInScope, engagementViewerOf } from '../engagements/index.ts';
import { serve } from '../http/serve.ts';
import {
  recordException,
  recordTest,
  respondToException,
  updateException,
} from './audit-testing.commands.ts';
import { exceptionsRegisterOf, testingOf } from './audit-testing.queries.ts';

/** Spreadsheets run cells that start like a formula; these texts are typed by people, so defuse them. */
const cell = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

const HEADER = [
  'Number',
  'Control',
  'Criterion',
  'Sample',
  'Description',
  'Cause',
  "Auditor's conclusion",
  "Management's response",
  'Remediation owner',
  'Remediation date',
  'Remediation status',
  'Recorded by',
  'Recorded on',
];

function rowOf(e: AuditException): string[] {
  return [
    String(e.number),
    `${e.controlCode} ${e.controlTitle}`,
    e.criterionId,
    [e.sampleLabel, e.itemKey].filter(Boolean).join(': '),
    e.description,
    e.cause,
    EXCEPTION_CONCLUSION_WORDS[e.conclusion],
    e.managementResponse,
    e.remediationOwnerName ?? '',
    e.remediationDate ?? '',
    REMEDIATION_WORDS[e.remediationStatus],
    e.recordedByName ?? '',
    e.createdAt.slice(0, 10),
  ].map(cell);
}

export function registerAuditTestingRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;

  serve(app, routes.get, async (req) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    return testingOf(db, engagement);
  });

  serve(app, routes.recordTest, async (req) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const actor = actorOf(req);
    await db.transaction((tx) => recordTest(tx, actor, engagement, req.params.controlId, req.body));
    const { controls } = await testingOf(db, engagement, req.params.controlId);
    return controls[0]!;
  });

  serve(app, routes.exceptions, async (req) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    return { items: await exceptionsRegisterOf(db, engagement.orgId, engagement.id, req.query) };
  });

  serve(app, routes.recordException, async (req, reply) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const actor = actorOf(req);
    const id = await db.transaction((tx) => recordException(tx, actor, engagement.id, req.body));
    return reply.status(201).send(await oneException(engagement.orgId, engagement.id, id));
  });

  serve(app, routes.exceptionsCsv, async (req, reply) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const rows = await exceptionsRegisterOf(db, engagement.orgId, engagement.id);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="exceptions-register.csv"')
      .send(stringify([HEADER, ...rows.map(rowOf)]));
  });

  serve(app, routes.exceptionsXlsx, async (req, reply) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const rows = await exceptionsRegisterOf(db, engagement.orgId, engagement.id);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Exceptions register');
    sheet.addRow([`Exceptions register: ${engagement.name}`]).font = { bold: true };
    sheet.addRow([]);
    sheet.addRow(HEADER).font = { bold: true };
    for (const r of rows) sheet.addRow(rowOf(r));
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="exceptions-register.xlsx"')
      .send(Buffer.from(await book.xlsx.writeBuffer()));
  });

  serve(app, routes.updateException, async (req) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const actor = actorOf(req);
    await db.transaction((tx) =>
      updateException(tx, actor, engagement, req.params.auditExceptionId, req.body),
    );
    return oneException(engagement.orgId, engagement.id, req.params.auditExceptionId);
  });

  serve(app, routes.respond, async (req) => {
    const engagement = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const actor = actorOf(req);
    await db.transaction((tx) =>
      respondToException(tx, actor, engagement, req.params.auditExceptionId, req.body),
    );
    return oneException(engagement.orgId, engagement.id, req.params.auditExceptionId);
  });

  async function oneException(orgId: string, engagementId: string, id: string) {
    const found = (await exceptionsRegisterOf(db, orgId, engagementId)).find((e) => e.id === id);
    if (!found) throw notFound('exception');
    return found;
  }
}
