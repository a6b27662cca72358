/**
 * Writes of the trust page, each audited in the transaction that makes it: settings, the SOC 3
 * summary, NDA versions, documents and their versions, access requests, approvals and revocations.
 */

import type {
  TrustAccessRequestInputSchema,
  TrustDocumentInputSchema,
  TrustDocumentPatchSchema,
  TrustDocumentVersionInputSchema,
  TrustSettingsInputSchema,
} from '@vigil/api';
import {
  autoApproves,
  conflict,
  grantExpiry,
  invalid,
  notFound,
  soc3Refusal,
  trustDomainProblem,
  trustSlugProblem,
  trustVisibilityProblem,
  VigilError,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, count, eq, gt, inArray, max, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor, OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { cleanFileName } from '../http/file-name.ts';
import { hashToken, randomToken } from '../security/secrets.ts';
import type { EvidenceStore } from '../storage/evidence-store.ts';
import { currentNda, settingsRow, trustEngagements } from './trust.queries.ts';

const {
  controls,
  trustAccessRequests,
  trustDocuments,
  trustDocumentVersions,
  trustGrants,
  trustNdas,
  trustSettings,
} = schema;

/** Saves the settings; refuses a taken or reserved address, unknown domains or controls. */
export async function saveTrustSettings(
  tx: Db,
  actor: OrgActor,
  input: z.output<typeof TrustSettingsInputSchema>,
): Promise<void> {
  const slug = input.slug === '' ? null : input.slug;
  if (slug !== null) {
    const problem = trustSlugProblem(slug);
    if (problem) throw invalid('slug', `slug: ${problem}`);
    const [taken] = await tx
      .select({ orgId: trustSettings.orgId })
      .from(trustSettings)
      .where(and(eq(trustSettings.slug, slug), ne(trustSettings.orgId, actor.orgId)));
    if (taken) throw conflict('slug', `slug: the address "${slug}" is already taken; choose another`);
  } else if (input.enabled) {
    throw invalid('slug', 'slug: choose an address before switching the trust page on');
  }
  input.autoApproveDomains.forEach((d, i) => {
    const problem = trustDomainProblem(d);
    if (problem) throw invalid(`autoApproveDomains.${i}`, `autoApproveDomains.${i}: ${problem}`);
  });
  const ids = input.practices.map((p) => p.controlId);
  if (new Set(ids).size !== ids.length) throw invalid('practices', 'practices: each control may appear once');
  if (ids.length > 0) {
    const known = await tx
      .select({ id: controls.id })
      .from(controls)
      .where(and(eq(controls.orgId, actor.orgId), inArray(controls.id, ids)));
    const knownIds = new Set(known.map((k) => k.id));
    const missing = ids.findIndex((id) => !knownIds.has(id));
    if (missing >= 0)
      throw invalid(`practices.${missing}.controlId`, `practices.${missing}.controlId: no such control`);
  }
  const values = {
    enabled: input.enabled,
    slug,
    overview: input.overview,
    autoApproveDomains: [...new Set(input.autoApproveDomains)],
    practices: input.practices,
    grantDays: input.grantDays,
    updatedAt: new Date(),
  };
  await tx
    .insert(trustSettings)
    .values({ orgId: actor.orgId, ...values })
    .onConflictDoUpdate({ target: trustSettings.orgId, set: values });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'trust.settings_saved',
    entityType: 'trust_settings',
    entityId: actor.orgId,
    changes: { enabled: input.enabled, slug, domains: values.autoApproveDomains, practices: ids.length },
  });
}

/** Publishes or withdraws the SOC 3 summary; publishing is refused, with the reason, before a completed Type II audit. */
export async function publishSoc3(
  tx: Db,
  actor: OrgActor,
  summary: string | null,
  today: string,
): Promise<void> {
  if (summary !== null) {
    const refusal = soc3Refusal(await trustEngagements(tx, actor.orgId), today);
    if (refusal) throw invalid('summary', `summary: ${refusal}`);
  }
  const current = await settingsRow(tx, actor.orgId);
  await tx
    .insert(trustSettings)
    .values({ orgId: actor.orgId, soc3Summary: summary })
    .onConflictDoUpdate({
      target: trustSettings.orgId,
      set: { soc3Summary: summary, updatedAt: new Date() },
    });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'trust.public_summary_published',
    entityType: 'trust_settings',
    entityId: actor.orgId,
    changes: { published: summary !== null, wasPublished: current.soc3Summary !== null },
  });
}

/** Publishes the next NDA version; earlier acceptances stay tied to the version they accepted. */
export async function publishNda(tx: Db, actor: OrgActor, text: string): Promise<void> {
  const current = await currentNda(tx, actor.orgId);
  // A new version makes every later requester accept again; the same words would do that for nothing.
  if (current && current.text.trim() === text.trim())
    throw conflict(
      'text',
      `text: this is already the text of version ${current.version}; change it to publish a new version`,
    );
  const version = (current?.version ?? 0) + 1;
  const [row] = await tx.insert(trustNdas).values({ orgId: actor.orgId, version, text }).returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'trust.nda_published',
    entityType: 'trust_nda',
    entityId: row!.id,
    changes: { version },
  });
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The file's bytes, stored sealed in the blob store; nothing is referenced until the transaction commits. */
export async function storeTrustFile(
  store: EvidenceStore,
  orgId: string,
  file: { fileName: string; mediaType?: string | undefined; contentBase64: string },
) {
  const clean = file.contentBase64.replace(/\s+/g, '');
  if (!BASE64.test(clean) || clean.length % 4 !== 0)
    throw invalid('contentBase64', 'contentBase64: the file is not valid base64');
  const bytes = Buffer.from(clean, 'base64');
  if (bytes.length === 0) throw invalid('contentBase64', 'contentBase64: the file is empty');
  const fileName = cleanFileName(file.fileName);
  // Stored before the transaction: an unreferenced, content-addressed blob is harmless, a row
  // pointing at a blob that was never written is not.
  const stored = await store.put(orgId, bytes, fileName);
  return {
    fileName,
    mediaType: file.mediaType?.trim() || 'application/octet-stream',
    sha256: stored.sha256,
    size: stored.size,
    storageKey: stored.storageKey,
  };
}

/** Checks a new document's visibility before its file is stored. */
export function checkDocumentInput(input: z.output<typeof TrustDocumentInputSchema>): void {
  const problem = trustVisibilityProblem(input.kind, input.visibility);
  if (problem) throw invalid('visibility', `visibility: ${problem}`);
}

/** Adds a document with its first version. */
export async function addTrustDocument(
  tx: Db,
  actor: OrgActor,
  input: z.output<typeof TrustDocumentInputSchema>,
  file: Awaited<ReturnType<typeof storeTrustFile>>,
): Promise<string> {
  checkDocumentInput(input);
  const [doc] = await tx
    .insert(trustDocuments)
    .values({ orgId: actor.orgId, title: input.title, kind: input.kind, visibility: input.visibility })
    .returning();
  await tx
    .insert(trustDocumentVersions)
    .values({ orgId: actor.orgId, documentId: doc!.id, version: 1, uploadedBy: actor.userId, ...file });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'trust.document_added',
    entityType: 'trust_document',
    entityId: doc!.id,
    changes: { title: input.title, kind: input.kind, visibility: input.visibility, sha256: file.sha256 },
  });
  return doc!.id;
}

async function documentOf(tx: Db, orgId: string, id: string) {
  const [doc] = await tx
    .select()
    .from(trustDocuments)
    .where(and(eq(trustDocuments.orgId, orgId), eq(trustDocuments.id, id)))
    .for('update');
  if (!doc) throw notFound('Document');
  return doc;
}

/** Throws not found unless the document belongs to the organization (checked before a file is stored). */
export async function assertDocument(db: Db, orgId: string, id: string): Promise<void> {
  const [doc] = await db
    .select({ id: trustDocuments.id })
    .from(trustDocuments)
    .where(and(eq(trustDocuments.orgId, orgId), eq(trustDocuments.id, id)));
  if (!doc) throw notFound('Document');
}

/** Adds the next version of a document. */
export async function addTrustDocumentVersion(
  tx: Db,
  actor: OrgActor,
  documentId: string,
  _input: z.output<typeof TrustDocumentVersionInputSchema>,
  file: Awaited<ReturnType<typeof storeTrustFile>>,
): Promise<void> {
  const doc = await documentOf(tx, actor.orgId, documentId);
  const [{ top } = { top: 0 }] = await tx
    .select({ top: max(trustDocumentVersions.version) })
    .from(trustDocumentVersions)
    .where(eq(trustDocumentVersions.documentId, doc.id));
  const version = (top ?? 0) + 1;
  await tx
    .insert(trustDocumentVersions)
    .values({ orgId: actor.orgId, documentId: doc.id, version, uploadedBy: actor.userId, ...file });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'trust.document_version_added',
    entityType: 'trust_document',
    entityId: doc.id,
    changes: { title: doc.title, version, sha256: file.sha256 },
  });
}

/** Renames a document or changes its visibility (a SOC 2 report never becomes public). */
export async function updateTrustDocument(
  tx: Db,
  actor: OrgActor,
  documentId: string,
  input: z.output<typeof TrustDocumentPatchSchema>,
): Promise<void> {
  const doc = await documentOf(tx, actor.orgId, documentId);
  const visibility = input.visibility ?? doc.visibility;
  const problem = trustVisibilityProblem(doc.kind, visibility);
  if (problem) throw invalid('visibility', `visibility: ${problem}`);
  const title = input.title ?? doc.title;
  await tx.update(trustDocuments).set({ title, visibility }).where(eq(trustDocuments.id, doc.id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'trust.document_updated',
    entityType: 'trust_document',
    entityId: doc.id,
    changes: {
      title,
      ...(title !== doc.title ? { titleChanged: { from: doc.title, to: title } } : {}),
      ...(visibility !== doc.visibility ? { visibility: { from: doc.visibility, to: visibility } } : {}),
    },
  });
}

/** A grant just made: the token is only ever in this value and the email, never stored. */
export interface NewGrant {
  token: string;
  expiresAt: Date;
  email: string;
  name: string;
}

async function makeGrant(
  tx: Db,
  orgId: string,
  requestId: string,
  days: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken('', 32);
  const expiresAt = grantExpiry(new Date(), days);
  await tx.insert(trustGrants).values({ orgId, requestId, tokenHash: hashToken(token), expiresAt });
  return { token, expiresAt };
}

/**
 * Records a visitor's request for the organization's documents with their acceptance of the current
 * NDA, and approves it at once for an allowed email domain. Refuses a stale or missing NDA version.
 */
/** Access requests one address may leave with one organization in ten minutes. */
export const REQUESTS_PER_ADDRESS = 10;
export const REQUEST_WINDOW_MS = 10 * 60_000;

/**
 * Refuses a request when its address already left the limit with this organization in the window.
 * Counted from the stored requests, so every server behind a load balancer sees the same count (the
 * in-memory limit of the route stops a script on one server before it reaches the database).
 */
async function refuseFlooding(tx: Db, orgId: string, ip: string, now: Date) {
  const [recent] = await tx
    .select({ n: count() })
    .from(trustAccessRequests)
    .where(
      and(
        eq(trustAccessRequests.orgId, orgId),
        eq(trustAccessRequests.ip, ip),
        gt(trustAccessRequests.createdAt, new Date(now.getTime() - REQUEST_WINDOW_MS)),
      ),
    );
  if ((recent?.n ?? 0) >= REQUESTS_PER_ADDRESS)
    throw new VigilError('rate_limited', 'too many requests from this address; wait a few minutes');
}

export async function requestTrustAccess(
  tx: Db,
  orgId: string,
  input: z.output<typeof TrustAccessRequestInputSchema>,
  ip: string | null,
): Promise<NewGrant | null> {
  const nda = await currentNda(tx, orgId);
  if (!nda) throw invalid('ndaVersion', 'ndaVersion: this organization does not take document requests yet');
  if (input.ndaVersion !== nda.version)
    throw invalid(
      'ndaVersion',
      'ndaVersion: the agreement has changed since the form was opened; read and accept the current version',
    );
  const now = new Date();
  if (ip) await refuseFlooding(tx, orgId, ip, now);
  const settings = await settingsRow(tx, orgId);
  const auto = autoApproves(input.email, settings.autoApproveDomains);
  const [request] = await tx
    .insert(trustAccessRequests)
    .values({
      orgId,
      name: input.name,
      company: input.company,
      email: input.email,
      ndaVersion: nda.version,
      ndaAcceptedAt: now,
      ip,
      status: auto ? 'approved' : 'pending',
      autoApproved: auto,
      decidedAt: auto ? now : null,
    })
    .returning();
  const actor: Actor = {
    type: 'system',
    userId: null,
    label: 'system:trust-page',
    requestId: null,
    ip,
    userAgent: null,
  };
  await recordAudit(tx, actor, {
    orgId,
    action: 'trust.access_requested',
    entityType: 'trust_access_request',
    entityId: request!.id,
    changes: { name: input.name, company: input.company, ndaVersion: nda.version, autoApproved: auto },
  });
  if (!auto) return null;
  const grant = await makeGrant(tx, orgId, request!.id, settings.grantDays);
  return { ...grant, email: input.email, name: input.name };
}

async function requestOf(tx: Db, orgId: string, id: string) {
  const [row] = await tx
    .select()
    .from(trustAccessRequests)
    .where(and(eq(trustAccessRequests.orgId, orgId), eq(trustAccessRequests.id, id)))
    .for('update');
  if (!row) throw notFound('Access request');
  return row;
}

/** Approves a pending request and makes its grant. */
export async function approveTrustRequest(tx: Db, actor: OrgActor, id: string): Promise<NewGrant> {
  const request = await requestOf(tx, actor.orgId, id);
  if (request.status !== 'pending')
    throw conflict(
      'status',
      `This request was already ${request.status === 'approved' ? 'approved' : 'declined'}`,
    );
  const settings = await settingsRow(tx, actor.orgId);
  await tx
    .update(trustAccessRequests)
    .set({ status: 'approved', decidedBy: actor.userId, decidedAt: new Date() })
    .where(eq(trustAccessRequests.id, id));
  const grant = await makeGrant(tx, actor.orgId, id, settings.grantDays);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'trust.request_approved',
    entityType: 'trust_access_request',
    entityId: id,
    changes: { name: request.name, company: request.company, expiresAt: grant.expiresAt.toISOString() },
  });
  return { ...grant, email: request.email, name: request.name };
}

/** Declines a pending request. */
export async function rejectTrustRequest(tx: Db, actor: OrgActor, id: string): Promise<void> {
  const request = await requestOf(tx, actor.orgId, id);
  if (request.status !== 'pending')
    throw conflict(
      'status',
      `This request was already ${request.status === 'approved' ? 'approved' : 'declined'}`,
    );
  await tx
    .update(trustAccessRequests)
    .set({ status: 'rejected', decidedBy: actor.userId, decidedAt: new Date() })
    .where(eq(trustAccessRequests.id, id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'trust.request_rejected',
    entityType: 'trust_access_request',
    entityId: id,
    changes: { name: request.name, company: request.company },
  });
}

/** Revokes a grant; its link stops working at once. Returns the request it belongs to. */
export async function revokeTrustGrant(tx: Db, actor: OrgActor, grantId: string): Promise<string> {
  const [grant] = await tx
    .select()
    .from(trustGrants)
    .where(and(eq(trustGrants.orgId, actor.orgId), eq(trustGrants.id, grantId)))
    .for('update');
  if (!grant) throw notFound('Grant');
  if (grant.revokedAt) throw conflict('grant', 'This access was already revoked');
  const request = await requestOf(tx, actor.orgId, grant.requestId);
  await tx.update(trustGrants).set({ revokedAt: new Date() }).where(eq(trustGrants.id, grantId));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'trust.grant_revoked',
    entityType: 'trust_access_request',
    entityId: request.id,
    changes: { name: request.name, company: request.company },
  });
  return request.id;
}
