/** Reads of access reviews and their presenters: campaigns with progress, accounts as a reviewer sees them. */
import type { Campaign, ReviewAccountRow, ReviewSource } from '@vigil/api';
import {
  type AccessDecision,
  type AccessReviewFlag,
  type CampaignStatus,
  lagWords,
  notFound,
  type Recurrence,
  type ReviewerMode,
  remediationDue,
  remediationState,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { ACCOUNT_TYPES } from '@vigil/monitoring';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';

const { accessReviewCampaigns: campaigns, accessReviewAccounts: accounts, users, memberships } = schema;

export type CampaignRow = typeof campaigns.$inferSelect;
export type AccountRow = typeof accounts.$inferSelect;

/** Who is looking: what they may see and decide. */
export interface Viewer {
  orgId: string;
  userId: string | null;
  email: string;
  /** access_reviews.read: sees every account. */
  canRead: boolean;
  /** access_reviews.manage: may decide any account but their own. */
  canManage: boolean;
}

/** A campaign of the organization, or not_found (also when it belongs to another organization). */
export async function loadCampaign(db: Db, orgId: string, id: string, lock = false): Promise<CampaignRow> {
  const q = db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.orgId, orgId), eq(campaigns.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('access review');
  return row;
}

/** Names of the organization's members by user id. */
export async function memberNames(
  db: Db,
  orgId: string,
): Promise<Map<string, { name: string; email: string }>> {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId));
  return new Map(rows.map((r) => [r.id, { name: r.name, email: r.email }]));
}

interface Progress {
  accounts: number;
  decided: number;
  flagged: number;
  remediations: number;
  verified: number;
  overdue: number;
  assigned: number;
}

async function progressOf(db: Db, orgId: string, ids: string[], userId: string | null) {
  const out = new Map<string, Progress>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({
      id: accounts.campaignId,
      accounts: sql<number>`count(*)::int`,
      decided: sql<number>`count(${accounts.decision})::int`,
      flagged: sql<number>`(count(*) filter (where cardinality(${accounts.flags}) > 0))::int`,
      remediations: sql<number>`(count(*) filter (where ${accounts.decision} in ('revoke', 'modify')))::int`,
      verified: sql<number>`count(${accounts.verifiedAt})::int`,
      overdue: sql<number>`(count(*) filter (where ${accounts.decision} in ('revoke', 'modify') and ${accounts.verifiedAt} is null and ${accounts.decidedAt} + make_interval(days => ${campaigns.remediationDays}) < now()))::int`,
      assigned: sql<number>`(count(*) filter (where ${accounts.reviewerUserId} = ${userId ?? '00000000-0000-0000-0000-000000000000'}::uuid))::int`,
    })
    .from(accounts)
    .innerJoin(campaigns, eq(campaigns.id, accounts.campaignId))
    .where(and(eq(accounts.orgId, orgId), inArray(accounts.campaignId, ids)))
    .groupBy(accounts.campaignId);
  for (const r of rows) out.set(r.id, r);
  return out;
}

function present(
  c: CampaignRow,
  p: Progress | undefined,
  names: Map<string, { name: string }>,
  viewer: Viewer,
): Campaign {
  const open = c.status === 'open';
  return {
    id: c.id,
    name: c.name,
    status: c.status as CampaignStatus,
    reviewerMode: c.reviewerMode as ReviewerMode,
    systems: c.systems.map((s) => ({
      key: s.key,
      name: s.name,
      ownerUserId: s.ownerUserId,
      ownerName: names.get(s.ownerUserId)?.name ?? null,
      fromUpload: s.uploadId !== null,
    })),
    dueDate: c.dueDate,
    recurrence: c.recurrence as Recurrence,
    remediationDays: c.remediationDays,
    snapshotHash: c.snapshotHash,
    accounts: p?.accounts ?? 0,
    decided: p?.decided ?? 0,
    flagged: p?.flagged ?? 0,
    remediations: p?.remediations ?? 0,
    verified: p?.verified ?? 0,
    overdueRemediations: p?.overdue ?? 0,
    startedAt: c.startedAt?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    reportCsvEvidenceId: c.reportCsvEvidenceId,
    reportPdfEvidenceId: c.reportPdfEvidenceId,
    canDecide: open && (viewer.canManage || (p?.assigned ?? 0) > 0),
    canManage: viewer.canManage,
  };
}

/** Every campaign of the organization, newest first. */
export async function listCampaigns(db: Db, viewer: Viewer): Promise<Campaign[]> {
  const rows = await db
    .select()
    .from(campaigns)
    .where(eq(campaigns.orgId, viewer.orgId))
    .orderBy(desc(campaigns.createdAt));
  const progress = await progressOf(
    db,
    viewer.orgId,
    rows.map((r) => r.id),
    viewer.userId,
  );
  const names = await memberNames(db, viewer.orgId);
  return rows.map((r) => present(r, progress.get(r.id), names, viewer));
}

/**
 * One campaign as the viewer may see it. A reviewer without access_reviews.read sees only
 * campaigns with accounts assigned to them; any other is not found, as if it did not exist.
 */
export async function getCampaign(db: Db, viewer: Viewer, id: string): Promise<Campaign> {
  const row = await loadCampaign(db, viewer.orgId, id);
  const progress = (await progressOf(db, viewer.orgId, [id], viewer.userId)).get(id);
  if (!viewer.canRead && !(progress && progress.assigned > 0)) throw notFound('access review');
  return present(row, progress, await memberNames(db, viewer.orgId), viewer);
}

const OWN = (viewer: Viewer, a: AccountRow) =>
  (a.ownerUserId !== null && a.ownerUserId === viewer.userId) ||
  [a.account, a.email].some((k) => k !== null && k.toLowerCase() === viewer.email.toLowerCase());

/** Presents one account row for the viewer. */
export function presentAccount(
  c: CampaignRow,
  a: AccountRow,
  names: Map<string, { name: string }>,
  viewer: Viewer,
  now = new Date(),
): ReviewAccountRow {
  const own = OWN(viewer, a);
  const remediating = a.decision === 'revoke' || a.decision === 'modify';
  const lagMs = a.verifiedAt && a.decidedAt ? a.verifiedAt.getTime() - a.decidedAt.getTime() : null;
  return {
    id: a.id,
    system: a.systemName,
    account: a.account,
    displayName: a.displayName,
    roles: a.roles,
    privileged: a.privileged,
    mfa: a.mfa,
    lastLoginAt: a.lastLoginAt?.toISOString() ?? null,
    neverLoggedIn: a.neverLoggedIn,
    enabled: a.enabled,
    personName: a.personName,
    flags: a.flags as AccessReviewFlag[],
    reviewerName: a.reviewerUserId ? (names.get(a.reviewerUserId)?.name ?? null) : null,
    mine: c.status === 'open' && !own && (viewer.canManage || a.reviewerUserId === viewer.userId),
    own,
    decision: a.decision as AccessDecision | null,
    reason: a.reason,
    decidedByName: a.decidedBy ? (names.get(a.decidedBy)?.name ?? null) : null,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    remediation:
      remediating && a.decidedAt
        ? {
            state: remediationState(a.decidedAt, a.verifiedAt, c.remediationDays, now),
            dueDate: remediationDue(a.decidedAt, c.remediationDays),
            verifiedAt: a.verifiedAt?.toISOString() ?? null,
            lag: lagMs === null ? null : lagWords(lagMs),
            lagSeconds: lagMs === null ? null : Math.round(lagMs / 1000),
            note: a.verifiedNote,
          }
        : null,
  };
}

/** The campaign's accounts the viewer may see: all of them with access_reviews.read, else their assignments. */
export async function listAccounts(db: Db, viewer: Viewer, id: string): Promise<ReviewAccountRow[]> {
  const c = await loadCampaign(db, viewer.orgId, id);
  const where = [eq(accounts.orgId, viewer.orgId), eq(accounts.campaignId, id)];
  if (!viewer.canRead) {
    if (!viewer.userId) throw notFound('access review');
    where.push(eq(accounts.reviewerUserId, viewer.userId));
  }
  const rows = await db
    .select()
    .from(accounts)
    .where(and(...where))
    .orderBy(asc(accounts.systemName), asc(accounts.account));
  if (!viewer.canRead && rows.length === 0) throw notFound('access review');
  const names = await memberNames(db, viewer.orgId);
  const now = new Date();
  return rows.map((a) => presentAccount(c, a, names, viewer, now));
}

/** Connectors with accounts and the state of their last collection: what a campaign can review. */
export async function reviewSources(db: Db, orgId: string): Promise<ReviewSource[]> {
  const { connectors, resources } = schema;
  const rows = await db
    .select({
      id: connectors.id,
      name: connectors.name,
      lastStatus: connectors.lastStatus,
      lastError: connectors.lastError,
      lastSuccessAt: connectors.lastSuccessAt,
      accounts: sql<number>`count(${resources.id})::int`,
    })
    .from(connectors)
    .innerJoin(
      resources,
      and(
        eq(resources.connectorId, connectors.id),
        eq(resources.orgId, orgId),
        inArray(resources.type, [...ACCOUNT_TYPES]),
        isNull(resources.goneAt),
      ),
    )
    .where(eq(connectors.orgId, orgId))
    .groupBy(connectors.id)
    .orderBy(asc(connectors.name));
  return rows.map((r) => ({
    connectorId: r.id,
    name: r.name,
    accounts: r.accounts,
    lastSuccessAt: r.lastSuccessAt?.toISOString() ?? null,
    problem: sourceProblem(r.name, r.lastStatus, r.lastError, r.accounts),
  }));
}

/** Why a connector cannot be snapshotted now, or null. */
export function sourceProblem(
  name: string,
  lastStatus: string | null,
  lastError: string | null,
  accountCount: number,
): string | null {
  if (lastStatus === 'error')
    return `${name}: its last collection failed${lastError ? ` (${lastError})` : ''}; collect it again before reviewing`;
  if (accountCount === 0) return `${name}: no accounts collected yet`;
  return null;
}

/** The latest upload of each CSV system, newest first. */
export async function listUploads(db: Db, orgId: string) {
  const u = schema.accessReviewUploads;
  const rows = await db
    .selectDistinctOn([u.systemKey], {
      id: u.id,
      systemName: u.systemName,
      fileName: u.fileName,
      accounts: sql<number>`jsonb_array_length(${u.accounts})::int`,
      createdAt: u.createdAt,
    })
    .from(u)
    .where(eq(u.orgId, orgId))
    .orderBy(u.systemKey, desc(u.createdAt));
  return rows
    .map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** One account of a campaign, presented for the viewer. */
export async function getAccount(db: Db, viewer: Viewer, campaignId: string, accountId: string) {
  const c = await loadCampaign(db, viewer.orgId, campaignId);
  const [row] = await db
    .select()
    .from(accounts)
    .where(
      and(eq(accounts.orgId, viewer.orgId), eq(accounts.campaignId, campaignId), eq(accounts.id, accountId)),
    );
  if (!row) throw notFound('account');
  return presentAccount(c, row, await memberNames(db, viewer.orgId), viewer);
}
