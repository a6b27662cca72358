/** Reads of the trust page: settings with the frameworks' status, documents, requests and the access log. */
import type { TrustAccessRequest, TrustDocument, TrustSettings } from '@vigil/api';
import { frameworkStatus, grantUsable, soc3Refusal, type TrustEngagement } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, desc, eq, inArray, max } from 'drizzle-orm';

const {
  controls,
  engagements,
  trustAccessLog,
  trustAccessRequests,
  trustDocuments,
  trustDocumentVersions,
  trustGrants,
  trustNdas,
  trustSettings,
} = schema;

/** The stored settings row, or the defaults of a page never switched on. */
export async function settingsRow(db: Db, orgId: string) {
  const [row] = await db.select().from(trustSettings).where(eq(trustSettings.orgId, orgId));
  return (
    row ?? {
      orgId,
      enabled: false,
      slug: null,
      overview: '',
      autoApproveDomains: [] as string[],
      practices: [] as { controlId: string; summary: string }[],
      grantDays: 14,
      soc3Summary: null,
      updatedAt: new Date(0),
    }
  );
}

/** The organization's engagements as the trust page's status rules read them. */
export async function trustEngagements(db: Db, orgId: string): Promise<TrustEngagement[]> {
  return db
    .select({
      reportType: engagements.reportType,
      asOfDate: engagements.asOfDate,
      windowStart: engagements.windowStart,
      windowEnd: engagements.windowEnd,
      status: engagements.status,
    })
    .from(engagements)
    .where(eq(engagements.orgId, orgId));
}

/** The chosen practices with their controls' codes and titles, in the owner's order. */
export async function practicesOf(db: Db, orgId: string, chosen: { controlId: string; summary: string }[]) {
  if (chosen.length === 0) return [];
  const rows = await db
    .select({ id: controls.id, code: controls.code, title: controls.title })
    .from(controls)
    .where(
      and(
        eq(controls.orgId, orgId),
        inArray(
          controls.id,
          chosen.map((p) => p.controlId),
        ),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return chosen.flatMap((p) => {
    const c = byId.get(p.controlId);
    return c ? [{ controlId: c.id, code: c.code, title: c.title, summary: p.summary }] : [];
  });
}

/** The settings as the owner's page shows them. */
export async function getTrustSettings(db: Db, orgId: string, today: string): Promise<TrustSettings> {
  const row = await settingsRow(db, orgId);
  const engs = await trustEngagements(db, orgId);
  return {
    enabled: row.enabled,
    slug: row.slug,
    overview: row.overview,
    autoApproveDomains: row.autoApproveDomains,
    practices: await practicesOf(db, orgId, row.practices),
    grantDays: row.grantDays,
    frameworkStatus: frameworkStatus(engs, today),
    soc3: { summary: row.soc3Summary, refusal: soc3Refusal(engs, today) },
  };
}

/** The current NDA version, if one was ever published. */
export async function currentNda(db: Db, orgId: string) {
  const [row] = await db
    .select()
    .from(trustNdas)
    .where(eq(trustNdas.orgId, orgId))
    .orderBy(desc(trustNdas.version))
    .limit(1);
  return row ?? null;
}

/** Documents with their newest version, in title order. */
export async function listTrustDocuments(db: Db, orgId: string, documentId?: string) {
  const latest = db
    .select({
      documentId: trustDocumentVersions.documentId,
      version: max(trustDocumentVersions.version).as('v'),
    })
    .from(trustDocumentVersions)
    .where(eq(trustDocumentVersions.orgId, orgId))
    .groupBy(trustDocumentVersions.documentId)
    .as('latest');
  const rows = await db
    .select({
      id: trustDocuments.id,
      title: trustDocuments.title,
      kind: trustDocuments.kind,
      visibility: trustDocuments.visibility,
      versionId: trustDocumentVersions.id,
      version: trustDocumentVersions.version,
      fileName: trustDocumentVersions.fileName,
      mediaType: trustDocumentVersions.mediaType,
      sha256: trustDocumentVersions.sha256,
      size: trustDocumentVersions.size,
      storageKey: trustDocumentVersions.storageKey,
      uploadedAt: trustDocumentVersions.createdAt,
    })
    .from(trustDocuments)
    .innerJoin(latest, eq(latest.documentId, trustDocuments.id))
    .innerJoin(
      trustDocumentVersions,
      and(
        eq(trustDocumentVersions.documentId, trustDocuments.id),
        eq(trustDocumentVersions.version, latest.version),
      ),
    )
    .where(
      documentId
        ? and(eq(trustDocuments.orgId, orgId), eq(trustDocuments.id, documentId))
        : eq(trustDocuments.orgId, orgId),
    )
    .orderBy(trustDocuments.title);
  return rows;
}

export type TrustDocumentRow = Awaited<ReturnType<typeof listTrustDocuments>>[number];

/** A document row as the API answers it. */
export function presentDocument(d: TrustDocumentRow): TrustDocument {
  return {
    id: d.id,
    title: d.title,
    kind: d.kind,
    visibility: d.visibility,
    version: d.version,
    fileName: d.fileName,
    size: d.size,
    uploadedAt: d.uploadedAt.toISOString(),
  };
}

/** Access requests, newest first, with their newest grant. */
export async function listTrustRequests(
  db: Db,
  orgId: string,
  requestId?: string,
): Promise<TrustAccessRequest[]> {
  const rows = await db
    .select()
    .from(trustAccessRequests)
    .where(
      requestId
        ? and(eq(trustAccessRequests.orgId, orgId), eq(trustAccessRequests.id, requestId))
        : eq(trustAccessRequests.orgId, orgId),
    )
    .orderBy(desc(trustAccessRequests.createdAt))
    .limit(500);
  if (rows.length === 0) return [];
  const grants = await db
    .select()
    .from(trustGrants)
    .where(
      inArray(
        trustGrants.requestId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(desc(trustGrants.createdAt));
  const now = new Date();
  return rows.map((r) => {
    const g = grants.find((x) => x.requestId === r.id);
    return {
      id: r.id,
      name: r.name,
      company: r.company,
      email: r.email,
      ndaVersion: r.ndaVersion,
      status: r.status,
      autoApproved: r.autoApproved,
      createdAt: r.createdAt.toISOString(),
      grant: g
        ? {
            id: g.id,
            expiresAt: g.expiresAt.toISOString(),
            revokedAt: g.revokedAt?.toISOString() ?? null,
            usable: grantUsable(g, now),
          }
        : null,
    };
  });
}

/** Every view and download, newest first. */
export async function listTrustAccessLog(db: Db, orgId: string) {
  const rows = await db
    .select({
      at: trustAccessLog.at,
      action: trustAccessLog.action,
      document: trustDocuments.title,
      version: trustDocumentVersions.version,
      name: trustAccessRequests.name,
      company: trustAccessRequests.company,
      email: trustAccessRequests.email,
    })
    .from(trustAccessLog)
    .innerJoin(trustDocumentVersions, eq(trustDocumentVersions.id, trustAccessLog.versionId))
    .innerJoin(trustDocuments, eq(trustDocuments.id, trustDocumentVersions.documentId))
    .leftJoin(trustAccessRequests, eq(trustAccessRequests.id, trustAccessLog.requestId))
    .where(eq(trustAccessLog.orgId, orgId))
    .orderBy(desc(trustAccessLog.at))
    .limit(1000);
  return rows.map((r) => ({
    at: r.at.toISOString(),
    action: r.action,
    document: r.document,
    version: r.version,
    requester: r.name ? { name: r.name, company: r.company ?? '', email: r.email ?? '' } : null,
  }));
}
