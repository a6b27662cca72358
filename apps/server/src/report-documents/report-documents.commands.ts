/**
 * Writes of report documents, each in the caller's transaction with its audit event: draft a new
 * version, edit or confirm a section of a draft, approve a draft. An approved version never changes.
 */
import { createHash } from 'node:crypto';
import {
  carryReviewed,
  conflict,
  type DocumentSection,
  documentContent,
  editSection,
  invalid,
  notFound,
  REPORT_DOCUMENT_NAMES,
  type ReportDocumentKind,
  sectionKeysOf,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, desc, eq } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import type { EngagementRow } from '../engagements/index.ts';

const { reportDocuments: docs } = schema;
type DocRow = typeof docs.$inferSelect;

/** The newest version of a document of an engagement, or null before the first draft. */
export async function latestVersion(db: Db, engagementId: string, kind: ReportDocumentKind, lock = false) {
  const q = db
    .select()
    .from(docs)
    .where(and(eq(docs.engagementId, engagementId), eq(docs.kind, kind)))
    .orderBy(desc(docs.version))
    .limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

/** One version, or "version N of the system description not found". */
export async function versionRow(
  db: Db,
  engagementId: string,
  kind: ReportDocumentKind,
  version: number,
  lock = false,
): Promise<DocRow> {
  const q = db
    .select()
    .from(docs)
    .where(and(eq(docs.engagementId, engagementId), eq(docs.kind, kind), eq(docs.version, version)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound(`version ${version} of the ${REPORT_DOCUMENT_NAMES[kind].toLowerCase()}`);
  return row;
}

function refuseApproved(row: DocRow, doing: 'edited' | 'approved') {
  if (row.status !== 'approved') return;
  const what = `Version ${row.version} of the ${REPORT_DOCUMENT_NAMES[row.kind].toLowerCase()}`;
  throw conflict(
    'version',
    doing === 'approved'
      ? `${what} is already approved; an approved version is not approved twice`
      : `${what} is approved and can no longer be edited; draft a new version instead`,
  );
}

/**
 * Drafts a new version from freshly generated sections, keeping what people reviewed in the newest
 * version. Refused while a draft is open, so there is one draft to edit at a time.
 */
export async function draftVersion(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  kind: ReportDocumentKind,
  fresh: DocumentSection[],
  gapEnd: string | null,
): Promise<number> {
  const latest = await latestVersion(tx, engagement.id, kind, true);
  if (latest && latest.status === 'draft') {
    throw conflict(
      'version',
      `Version ${latest.version} of the ${REPORT_DOCUMENT_NAMES[kind].toLowerCase()} is still a draft: edit and approve it before drafting another`,
    );
  }
  const version = (latest?.version ?? 0) + 1;
  const sections = carryReviewed(fresh, latest?.sections ?? null);
  const [row] = await tx
    .insert(docs)
    .values({
      orgId: actor.orgId,
      engagementId: engagement.id,
      kind,
      version,
      sections,
      gapEnd,
      createdBy: actor.userId,
    })
    .returning({ id: docs.id });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'report_document.drafted',
    entityType: 'report_document',
    entityId: row!.id,
    changes: {
      kind,
      version,
      engagementId: engagement.id,
      engagement: engagement.name,
      carried: sections.filter((s) => !s.generated).map((s) => s.title),
    },
  });
  return version;
}

/** Edits a section of a draft; sending its current text confirms it. Either clears the generated mark. */
export async function updateSection(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  kind: ReportDocumentKind,
  version: number,
  key: string,
  body: string,
): Promise<void> {
  if (!sectionKeysOf(kind).includes(key)) {
    throw invalid(
      'section',
      `section: the ${REPORT_DOCUMENT_NAMES[kind].toLowerCase()} has no section '${key}'`,
    );
  }
  const row = await versionRow(tx, engagement.id, kind, version, true);
  refuseApproved(row, 'edited');
  const { sections, confirmed } = editSection(row.sections, key, body);
  const before = row.sections.find((s) => s.key === key)!;
  await tx.update(docs).set({ sections, updatedAt: new Date() }).where(eq(docs.id, row.id));
  const facts = { kind, version, engagement: engagement.name, section: before.title };
  const event = { orgId: actor.orgId, entityType: 'report_document', entityId: row.id };
  if (confirmed) {
    await recordAudit(tx, actor, { ...event, action: 'report_document.section_confirmed', changes: facts });
  } else {
    await recordAudit(tx, actor, {
      ...event,
      action: 'report_document.section_edited',
      changes: { ...facts, body: { from: before.body, to: body } },
    });
  }
}

/** The SHA-256 of a version's canonical content, as recorded at approval. */
export function contentSha256(
  kind: ReportDocumentKind,
  version: number,
  sections: DocumentSection[],
): string {
  return createHash('sha256')
    .update(documentContent(kind, version, sections))
    .digest('hex');
}

/** Approves a draft: it never changes again, and its content's SHA-256 joins the audit chain. */
export async function approveVersion(
  tx: Db,
  actor: OrgActor,
  engagement: EngagementRow,
  kind: ReportDocumentKind,
  version: number,
): Promise<void> {
  const row = await versionRow(tx, engagement.id, kind, version, true);
  refuseApproved(row, 'approved');
  const sha = contentSha256(kind, version, row.sections);
  await tx
    .update(docs)
    .set({ status: 'approved', contentSha256: sha, approvedBy: actor.userId, approvedAt: new Date() })
    .where(eq(docs.id, row.id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'report_document.approved',
    entityType: 'report_document',
    entityId: row.id,
    changes: {
      kind,
      version,
      engagement: engagement.name,
      contentSha256: sha,
      unreviewed: row.sections.filter((s) => s.generated).length,
    },
  });
}
