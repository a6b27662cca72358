/** Reads of report documents: an engagement's document with its versions and the newest in full. */
import type { ReportDocument } from '@vigil/api';
import { REPORT_DOCUMENT_NAMES, type ReportDocumentKind } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { EngagementRow } from '../engagements/index.ts';

const { organizations, reportDocuments: docs, users } = schema;

/** The organization's name, for the documents' cover lines. */
export async function organizationName(db: Db, orgId: string): Promise<string> {
  const [o] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return o?.name ?? 'The organization';
}

/** Names of users by id, for "approved by". */
export async function userNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The document of an engagement as the API shows it. */
export async function getReportDocument(
  db: Db,
  engagement: EngagementRow,
  kind: ReportDocumentKind,
): Promise<ReportDocument> {
  const rows = await db
    .select()
    .from(docs)
    .where(and(eq(docs.engagementId, engagement.id), eq(docs.kind, kind)))
    .orderBy(asc(docs.version));
  const latest = rows.at(-1) ?? null;
  const names = await userNames(db, [latest?.createdBy ?? null, latest?.approvedBy ?? null]);
  return {
    kind,
    name: REPORT_DOCUMENT_NAMES[kind],
    engagementName: engagement.name,
    versions: rows.map((r) => ({
      version: r.version,
      status: r.status,
      approvedAt: r.approvedAt?.toISOString() ?? null,
    })),
    current: latest && {
      version: latest.version,
      status: latest.status,
      sections: latest.sections,
      gapEnd: latest.gapEnd,
      contentSha256: latest.contentSha256,
      createdAt: latest.createdAt.toISOString(),
      createdByName: (latest.createdBy && names.get(latest.createdBy)) || null,
      approvedAt: latest.approvedAt?.toISOString() ?? null,
      approvedByName: (latest.approvedBy && names.get(latest.approvedBy)) || null,
    },
  };
}
