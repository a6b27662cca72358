/**
 * HTTP routes of the system description and bridge letter (/api/engagements/:id/documents/…): every
 * one goes through `engagementInScope`, so an auditor reaches only the engagement they were invited to.
 */
import { type ReportDocumentSlug, reportDocumentRoutes as routes } from '@vigil/api';
import {
  conflict,
  draftBridgeLetter,
  draftSystemDescription,
  REPORT_DOCUMENT_NAMES,
  type ReportDocumentKind,
} from '@vigil/core';
import { actorOf } from '../auth/request-auth.ts';
import type { App, AppContext } from '../context.ts';
import { type EngagementViewer, engagementInScope, engagementViewerOf } from '../engagements/index.ts';
import { serve } from '../http/serve.ts';
import { registryOf } from '../monitoring/index.ts';
import { documentDocx, documentPdf, type FileFacts } from './document-files.ts';
import { approveVersion, draftVersion, updateSection, versionRow } from './report-documents.commands.ts';
import { getReportDocument, organizationName, userNames } from './report-documents.queries.ts';
import { bridgeFacts, descriptionFacts, periodOf } from './report-facts.ts';

const KIND_OF: Record<ReportDocumentSlug, ReportDocumentKind> = {
  'system-description': 'system_description',
  'bridge-letter': 'bridge_letter',
};

const today = () => new Date().toISOString().slice(0, 10);
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'engagement';

export function registerReportDocumentRoutes(app: App, ctx: AppContext) {
  const { db } = ctx;

  serve(app, routes.get, async (req) => {
    const e = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    return getReportDocument(db, e, KIND_OF[req.params.document]);
  });

  serve(app, routes.generate, async (req, reply) => {
    const actor = actorOf(req);
    const e = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const kind = KIND_OF[req.params.document];
    let sections: ReturnType<typeof draftSystemDescription>;
    let gapEnd: string | null = null;
    if (kind === 'system_description') {
      sections = draftSystemDescription(await descriptionFacts(db, e));
    } else {
      const { to } = periodOf(e);
      gapEnd = today();
      if (gapEnd <= to) {
        throw conflict(
          'document',
          `The report's period ends on ${to}; a bridge letter covers the time after it, so it can be drafted from ${to} on the following day`,
        );
      }
      sections = draftBridgeLetter(await bridgeFacts(db, e, registryOf(ctx), gapEnd));
    }
    await db.transaction((tx) => draftVersion(tx, actor, e, kind, sections, gapEnd));
    return reply.status(201).send(await getReportDocument(db, e, kind));
  });

  serve(app, routes.editSection, async (req) => {
    const actor = actorOf(req);
    const e = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const kind = KIND_OF[req.params.document];
    const { version, section } = req.params;
    await db.transaction((tx) => updateSection(tx, actor, e, kind, version, section, req.body.body));
    return getReportDocument(db, e, kind);
  });

  serve(app, routes.approve, async (req) => {
    const actor = actorOf(req);
    const e = await engagementInScope(db, engagementViewerOf(req), req.params.engagementId);
    const kind = KIND_OF[req.params.document];
    await db.transaction((tx) => approveVersion(tx, actor, e, kind, req.params.version));
    return getReportDocument(db, e, kind);
  });

  /** The cover facts and sections of one version, shared by both downloads. */
  async function fileFacts(
    viewer: EngagementViewer,
    params: { engagementId: string; document: ReportDocumentSlug; version: number },
  ): Promise<{ facts: FileFacts; file: string }> {
    const e = await engagementInScope(db, viewer, params.engagementId);
    const kind = KIND_OF[params.document];
    const row = await versionRow(db, e.id, kind, params.version);
    const names = await userNames(db, [row.approvedBy]);
    const orgName = await organizationName(db, e.orgId);
    const name = REPORT_DOCUMENT_NAMES[kind];
    const status =
      row.status === 'approved' && row.approvedAt
        ? `Version ${row.version}, approved by ${(row.approvedBy && names.get(row.approvedBy)) || 'a former member'} on ${row.approvedAt.toISOString().slice(0, 10)}`
        : `Version ${row.version}, draft (not approved)`;
    const { from, to } = periodOf(e);
    return {
      facts: {
        title: `${name}: ${e.name}`,
        organization: orgName,
        engagement: e.name,
        lines: [
          `${orgName} · ${e.reportType === 'type1' ? `as of ${to}` : `period ${from} to ${to}`}`,
          status,
          ...(row.contentSha256 ? [`SHA-256 of the approved content: ${row.contentSha256}`] : []),
        ],
        sections: row.sections,
      },
      file: `${params.document}-${slug(e.name)}-v${row.version}`,
    };
  }

  serve(app, routes.docx, async (req, reply) => {
    const { facts, file } = await fileFacts(engagementViewerOf(req), req.params);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename="${file}.docx"`)
      .send(await documentDocx(facts));
  });

  serve(app, routes.pdf, async (req, reply) => {
    const { facts, file } = await fileFacts(engagementViewerOf(req), req.params);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${file}.pdf"`)
      .send(await documentPdf(facts));
  });
}
