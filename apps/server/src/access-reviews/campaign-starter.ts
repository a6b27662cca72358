/**
 * Creates a campaign and starts it: freezes every account of its systems with roles, privileges,
 * the person it belongs to, its flags and its reviewer, and records the snapshot's SHA-256 in the
 * campaign and in the audit trail. A system that cannot be snapshotted refuses the whole start.
 */
import { createHash } from 'node:crypto';
import type { CampaignCreateRequest } from '@vigil/api';
import { invalid, type SnapshotEntry, snapshotJson } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import {
  ACCOUNT_TYPES,
  accountFlags,
  normaliseKey,
  peopleIndex,
  type ReviewAccount,
  type ReviewPerson,
  reviewAccountOf,
} from '@vigil/monitoring';
import { and, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { assertMember } from '../users/index.ts';
import { loadCampaign, memberNames, sourceProblem } from './access-reviews.queries.ts';

const {
  accessReviewCampaigns: campaigns,
  accessReviewAccounts: accounts,
  accessReviewUploads: uploads,
} = schema;
type CampaignSystem = schema.CampaignSystem;

/** The key of a CSV system: uploads of "HubSpot" and "hubspot " are the same system. */
export const csvSystemKey = (name: string) => `csv:${normaliseKey(name)}`;

/** Checks the systems of a request and names them as the campaign stores them. */
async function resolveSystems(tx: Db, orgId: string, req: CampaignCreateRequest): Promise<CampaignSystem[]> {
  const out: CampaignSystem[] = [];
  for (const [i, s] of req.systems.entries()) {
    await assertMember(tx, orgId, s.ownerUserId, `systems.${i}.ownerUserId`);
    if ('connectorId' in s) {
      const [c] = await tx
        .select({ id: schema.connectors.id, name: schema.connectors.name })
        .from(schema.connectors)
        .where(and(eq(schema.connectors.orgId, orgId), eq(schema.connectors.id, s.connectorId)));
      if (!c)
        throw invalid(
          `systems.${i}.connectorId`,
          `systems.${i}.connectorId: no such connector in this organization`,
        );
      out.push({
        key: `connector:${c.id}`,
        name: c.name,
        connectorId: c.id,
        uploadId: null,
        ownerUserId: s.ownerUserId,
      });
    } else {
      const [u] = await tx
        .select({ id: uploads.id, name: uploads.systemName, key: uploads.systemKey })
        .from(uploads)
        .where(and(eq(uploads.orgId, orgId), eq(uploads.id, s.uploadId)));
      if (!u) throw invalid(`systems.${i}.uploadId`, `systems.${i}.uploadId: no such uploaded user list`);
      out.push({ key: u.key, name: u.name, connectorId: null, uploadId: u.id, ownerUserId: s.ownerUserId });
    }
  }
  const keys = out.map((s) => s.key);
  const dup = keys.findIndex((k, i) => keys.indexOf(k) !== i);
  if (dup >= 0) throw invalid(`systems.${dup}`, `systems.${dup}: ${out[dup]!.name} is listed twice`);
  return out;
}

/** Adds a campaign; starts it at once unless `req.start` is false. Returns its id. */
export async function createCampaign(tx: Db, actor: OrgActor, req: CampaignCreateRequest): Promise<string> {
  const systems = await resolveSystems(tx, actor.orgId, req);
  const [row] = await tx
    .insert(campaigns)
    .values({
      orgId: actor.orgId,
      name: req.name,
      status: 'scheduled',
      reviewerMode: req.reviewerMode,
      systems,
      dueDate: req.dueDate,
      recurrence: req.recurrence,
      remediationDays: req.remediationDays,
      createdBy: actor.userId,
    })
    .returning({ id: campaigns.id });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'access_review.created',
    entityType: 'access_review',
    entityId: row!.id,
    changes: {
      name: req.name,
      systems: systems.map((s) => s.name),
      dueDate: req.dueDate,
      recurrence: req.recurrence,
      reviewerMode: req.reviewerMode,
    },
  });
  if (req.start) await startCampaign(tx, actor, row!.id);
  return row!.id;
}

interface Collected {
  system: CampaignSystem;
  resourceId: string | null;
  account: ReviewAccount;
}

/** Every account of one system, or a refusal naming it when its source failed or holds nothing. */
async function collect(tx: Db, orgId: string, system: CampaignSystem, i: number): Promise<Collected[]> {
  if (system.connectorId) {
    const [c] = await tx
      .select()
      .from(schema.connectors)
      .where(and(eq(schema.connectors.orgId, orgId), eq(schema.connectors.id, system.connectorId)));
    if (!c) throw invalid(`systems.${i}`, `systems.${i}: ${system.name} no longer exists`);
    const { resources } = schema;
    const rows = await tx
      .select({
        id: resources.id,
        type: resources.type,
        externalId: resources.externalId,
        attributes: resources.attributes,
      })
      .from(resources)
      .where(
        and(
          eq(resources.orgId, orgId),
          eq(resources.connectorId, c.id),
          inArray(resources.type, [...ACCOUNT_TYPES]),
          isNull(resources.goneAt),
        ),
      );
    const problem = sourceProblem(c.name, c.lastStatus, c.lastError, rows.length);
    if (problem) throw invalid(`systems.${i}`, `systems.${i}: ${problem}`);
    const out: Collected[] = [];
    for (const r of rows) {
      const account = reviewAccountOf(r.type, r.externalId, r.attributes);
      if (account) out.push({ system, resourceId: r.id, account });
    }
    return out;
  }
  const [u] = await tx
    .select({ accounts: uploads.accounts })
    .from(uploads)
    .where(and(eq(uploads.orgId, orgId), eq(uploads.id, system.uploadId!)));
  if (!u || u.accounts.length === 0)
    throw invalid(`systems.${i}`, `systems.${i}: ${system.name}: the uploaded user list is gone or empty`);
  return u.accounts.map((a) => ({ system, resourceId: null, account: a as unknown as ReviewAccount }));
}

/** Account keys of each system in its previous started campaign, for the "new since the last review" flag. */
async function previousKeys(tx: Db, orgId: string, campaignId: string, systems: CampaignSystem[]) {
  const out = new Map<string, Set<string>>();
  for (const s of systems) {
    const [prev] = await tx
      .select({ id: campaigns.id })
      .from(campaigns)
      .where(
        and(
          eq(campaigns.orgId, orgId),
          ne(campaigns.id, campaignId),
          ne(campaigns.status, 'scheduled'),
          sql`${campaigns.systems} @> ${JSON.stringify([{ key: s.key }])}::jsonb`,
        ),
      )
      .orderBy(desc(campaigns.startedAt))
      .limit(1);
    if (!prev) continue;
    const rows = await tx
      .select({ key: accounts.accountKey })
      .from(accounts)
      .where(and(eq(accounts.campaignId, prev.id), eq(accounts.systemKey, s.key)));
    out.set(s.key, new Set(rows.map((r) => r.key)));
  }
  return out;
}

async function loadPeople(tx: Db, orgId: string): Promise<ReviewPerson[]> {
  const p = schema.people;
  return tx
    .select({
      id: p.id,
      name: p.name,
      email: p.email,
      aliases: p.aliases,
      status: p.status,
      endDate: p.endDate,
      managerId: p.managerId,
      userId: p.userId,
    })
    .from(p)
    .where(eq(p.orgId, orgId));
}

/** Columns of the bulk insert, with their SQL types, in the order of the JSON records. */
const COLUMNS = [
  ['org_id', 'uuid'],
  ['campaign_id', 'uuid'],
  ['system_key', 'text'],
  ['system_name', 'text'],
  ['resource_id', 'uuid'],
  ['account_key', 'text'],
  ['account', 'text'],
  ['display_name', 'text'],
  ['email', 'text'],
  ['roles', 'text[]'],
  ['privileged', 'boolean'],
  ['mfa', 'boolean'],
  ['last_login_at', 'timestamptz'],
  ['never_logged_in', 'boolean'],
  ['enabled', 'boolean'],
  ['person_id', 'uuid'],
  ['person_name', 'text'],
  ['owner_user_id', 'uuid'],
  ['flags', 'text[]'],
  ['reviewer_user_id', 'uuid'],
] as const;
const NAMES = COLUMNS.map(([n]) => n).join(', ');
const RECORD = COLUMNS.map(([n, t]) => `${n} ${t}`).join(', ');

/** Starts a scheduled campaign: the snapshot, the flags, the reviewers, the hash, the audit event. */
export async function startCampaign(
  tx: Db,
  actor: OrgActor,
  campaignId: string,
  now = new Date(),
): Promise<void> {
  const c = await loadCampaign(tx, actor.orgId, campaignId, true);
  if (c.status !== 'scheduled')
    throw invalid('campaign', c.status === 'open' ? 'campaign: already started' : 'campaign: already closed');
  const collected: Collected[] = [];
  for (const [i, s] of c.systems.entries()) collected.push(...(await collect(tx, actor.orgId, s, i)));
  const people = await loadPeople(tx, actor.orgId);
  const personOf = peopleIndex(people);
  const byId = new Map(people.map((p) => [p.id, p]));
  const members = await memberNames(tx, actor.orgId);
  const userByEmail = new Map([...members].map(([id, m]) => [normaliseKey(m.email), id]));
  const prev = await previousKeys(tx, actor.orgId, campaignId, c.systems);

  const records: Record<string, unknown>[] = [];
  const snapshot: SnapshotEntry[] = [];
  for (const { system, resourceId, account: a } of collected) {
    const person = personOf(a);
    const flags = accountFlags(a, person, { now, previousKeys: prev.get(system.key) ?? null });
    const holder =
      (person?.userId && members.has(person.userId) ? person.userId : null) ??
      [a.email, a.account].map((k) => (k ? userByEmail.get(normaliseKey(k)) : undefined)).find(Boolean) ??
      null;
    const manager = person?.managerId ? byId.get(person.managerId) : undefined;
    const managerUser = manager?.userId && members.has(manager.userId) ? manager.userId : null;
    // No one reviews their own account: a manager or owner who holds it hands it to the next in line.
    const candidates = [c.reviewerMode === 'manager' ? managerUser : null, system.ownerUserId];
    const reviewer = candidates.find((u) => u && u !== holder) ?? null;
    const last = a.lastLoginAt;
    records.push({
      org_id: actor.orgId,
      campaign_id: campaignId,
      system_key: system.key,
      system_name: system.name,
      resource_id: resourceId,
      account_key: a.key,
      account: a.account,
      display_name: a.name,
      email: a.email,
      roles: a.roles,
      privileged: a.privileged,
      mfa: a.mfa,
      last_login_at: last ?? null,
      never_logged_in: last === null,
      enabled: a.enabled,
      person_id: person?.id ?? null,
      person_name: person?.name ?? null,
      owner_user_id: holder,
      flags,
      reviewer_user_id: reviewer,
    });
    snapshot.push({
      account: a.account,
      enabled: a.enabled,
      flags,
      key: a.key,
      lastLoginAt: last === undefined ? 'unknown' : last,
      mfa: a.mfa,
      name: a.name,
      person: person?.email ?? null,
      privileged: a.privileged,
      roles: a.roles,
      system: system.name,
      systemKey: system.key,
    });
  }
  const snapshotHash = createHash('sha256')
    .update(snapshotJson(campaignId, now.toISOString(), snapshot))
    .digest('hex');
  // One JSON parameter per batch: far fewer bind parameters than a multi-row VALUES, on both databases;
  // json (text) rather than jsonb, since each record is read once and jsonb would first build a tree.
  for (let i = 0; i < records.length; i += 5000) {
    const batch = JSON.stringify(records.slice(i, i + 5000));
    await tx.execute(
      sql`insert into access_review_accounts (${sql.raw(NAMES)}) select ${sql.raw(NAMES)} from json_to_recordset(${batch}::json) as x(${sql.raw(RECORD)})`,
    );
  }
  await tx
    .update(campaigns)
    .set({
      status: 'open',
      snapshotHash,
      accountCount: records.length,
      startedAt: now,
      startedBy: actor.userId,
    })
    .where(eq(campaigns.id, campaignId));
  const flagged = records.filter((r) => (r.flags as string[]).length > 0).length;
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'access_review.started',
    entityType: 'access_review',
    entityId: campaignId,
    changes: {
      name: c.name,
      systems: c.systems.map((s) => s.name),
      accounts: records.length,
      flagged,
      snapshotHash,
      takenAt: now.toISOString(),
    },
  });
}
