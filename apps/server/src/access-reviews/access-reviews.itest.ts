/**
 * An access review end to end: an Okta export and a CSV user list are snapshotted with their hash,
 * each account gets its flags and reviewer, the decision rules hold (own account, missing reason,
 * assignment, after close), the campaign closes only when all is decided, and a following Okta
 * export shows the revocations carried out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accessReviewRoutes as routes } from '@vigil/api';
import { schema } from '@vigil/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload } from '../test/monitoring-http.ts';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { type Client, createTestApp, type TestApp } from '../test/test-app.ts';
import { myTasks, overdueSummary } from './index.ts';

const FIXTURES = join(import.meta.dirname, '../../../../packages/connectors/src/saas/fixtures');
type OktaUser = { profile: { email: string }; status: string; roles?: unknown[] };
const oktaUsers = JSON.parse(readFileSync(join(FIXTURES, 'identity/okta-users.json'), 'utf8')) as OktaUser[];
/** The next export: Dr. Dre deprovisioned, Isaac Brock removed, John Doe without his admin role. */
const oktaAfter = JSON.stringify(
  oktaUsers
    .filter((u) => u.profile.email !== 'isaac.brock@example.com')
    .map((u) =>
      u.profile.email === 'dr.dre@example.com'
        ? { ...u, status: 'DEPROVISIONED' }
        : u.profile.email === 'john.doe@example.com'
          ? { ...u, roles: [] }
          : u,
    ),
);
const recent = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
const hubspot = [
  'Email,Full Name,Roles,Last Login,MFA',
  `ada@example.com,Ada,Viewer,${recent},yes`,
  `bob@example.com,Bob,Viewer,${recent},yes`,
  `member@acme.test,Member,Admin,${recent},yes`,
].join('\n');

let t: TestApp;
let tenant: Tenant;
let owner: Client;
let oktaId: string;
let emptyId: string;
let uploadId: string;
let campaignId: string;

const count = async (
  table:
    | typeof schema.accessReviewCampaigns
    | typeof schema.accessReviewAccounts
    | typeof schema.accessReviewUploads
    | typeof schema.auditEvents,
) => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

async function connector(kind: string, name: string) {
  const res = await owner.request('POST', '/api/integrations', { kind, name });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function addPerson(p: Partial<typeof schema.people.$inferInsert> & { email: string; name: string }) {
  const [row] = await t.database.db
    .insert(schema.people)
    .values({ orgId: tenant.orgId, source: 'manual', ...p })
    .returning();
  return row!.id;
}

const accountsBy = async (client: Client) => {
  const { items } = await client.call(routes.accounts, { params: { campaignId } });
  return Object.fromEntries(items.map((a) => [a.account, a]));
};

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant(t, 'Acme');
  owner = tenant.clients.owner;
  oktaId = await connector('okta.users', 'Okta');
  const res = await upload(
    t,
    owner,
    `/api/integrations/${oktaId}/upload`,
    'okta-users.json',
    JSON.stringify(oktaUsers),
  );
  expect(res.statusCode, res.body).toBe(200);
  emptyId = await connector('okta.users', 'Okta staging');
  const manager = await addPerson({
    email: 'employee@acme.test',
    name: 'Erin Employee',
    userId: tenant.userIds.employee,
  });
  await addPerson({ email: 'easy-e@example.com', name: 'Eric Wright', managerId: manager });
  await addPerson({
    email: 'dr.dre@example.com',
    name: 'Andre Young',
    managerId: manager,
    status: 'terminated',
    endDate: '2025-03-31',
  });
  // The admin holds John Doe's Okta account, under an alias: they must not review it.
  await addPerson({
    email: 'admin@acme.test',
    name: 'Alex Admin',
    aliases: ['john.doe@example.com'],
    userId: tenant.userIds.admin,
  });
  await addPerson({ email: 'ada@example.com', name: 'Ada Lovelace' });
  await addPerson({ email: 'bob@example.com', name: 'Bob Builder' });
});
afterAll(() => t?.close());

describe('a user list of another system', () => {
  it('refuses a file without a user column, naming the file, and stores nothing', async () => {
    const before = await count(schema.accessReviewUploads);
    const res = await upload(
      t,
      owner,
      '/api/access-reviews/uploads',
      'hubspot.csv',
      'Name,Role\nAda,Admin\n',
      'file',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'systemName' });
    const form = (content: string) => uploadWithName(owner, 'HubSpot', 'hubspot.csv', content);
    const noUser = await form('Name,Role\nAda,Admin\n');
    expect(noUser.statusCode).toBe(400);
    expect(noUser.json().error.message).toMatch(/^hubspot\.csv: no user column/);
    const badRow = await form('Email,MFA\nada@example.com,yes\nbob@example.com,maybe\n');
    expect(badRow.statusCode).toBe(400);
    expect(badRow.json().error.message).toBe('hubspot.csv: row 3, MFA: "maybe" is not yes or no');
    expect(await count(schema.accessReviewUploads)).toBe(before);
  });

  it('keeps a good list for a campaign, and only managers of reviews may upload one', async () => {
    const denied = await uploadWithName(tenant.clients.member, 'HubSpot', 'hubspot.csv', hubspot);
    expect(denied.statusCode).toBe(403);
    const res = await uploadWithName(owner, 'HubSpot', 'hubspot.csv', hubspot);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ systemName: 'HubSpot', accounts: 3 });
    uploadId = res.json().id;
    const sources = await owner.call(routes.sources);
    expect(sources.connectors.map((c) => [c.name, c.accounts, c.problem])).toEqual([['Okta', 4, null]]);
    expect(sources.uploads.map((u) => u.systemName)).toEqual(['HubSpot']);
  });
});

function uploadWithName(client: Client, systemName: string, fileName: string, content: string) {
  const boundary = `vigiltest${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="systemName"\r\n\r\n${systemName}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      `Content-Type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`,
  );
  return t.app.inject({
    method: 'POST',
    url: '/api/access-reviews/uploads',
    payload,
    headers: { ...client.authHeaders('POST'), 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

describe('starting a campaign', () => {
  const body = () => ({
    name: 'Q4 access review',
    dueDate: '2026-12-31',
    reviewerMode: 'manager' as const,
    systems: [
      { connectorId: oktaId, ownerUserId: tenant.userIds.admin },
      { uploadId, ownerUserId: tenant.userIds.member },
    ],
  });

  it('refuses a system with nothing collected or a failed last collection, naming it, and stores nothing', async () => {
    const before = [
      await count(schema.accessReviewCampaigns),
      await count(schema.accessReviewAccounts),
      await count(schema.auditEvents),
    ];
    const withEmpty = {
      ...body(),
      systems: [...body().systems, { connectorId: emptyId, ownerUserId: tenant.userIds.admin }],
    };
    const empty = await owner.request('POST', '/api/access-reviews', withEmpty);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({
      field: 'systems.2',
      message: 'systems.2: Okta staging: no accounts collected yet',
    });
    await t.database.db
      .update(schema.connectors)
      .set({ lastStatus: 'error', lastError: 'the token expired' })
      .where(eq(schema.connectors.id, oktaId));
    const failed = await owner.request('POST', '/api/access-reviews', body());
    expect(failed.statusCode).toBe(400);
    expect(failed.json().error.message).toBe(
      'systems.0: Okta: its last collection failed (the token expired); collect it again before reviewing',
    );
    await t.database.db
      .update(schema.connectors)
      .set({ lastStatus: 'ok', lastError: null })
      .where(eq(schema.connectors.id, oktaId));
    expect([
      await count(schema.accessReviewCampaigns),
      await count(schema.accessReviewAccounts),
      await count(schema.auditEvents),
    ]).toEqual(before);
  });

  it('refuses unknown fields and reviewers outside the organization', async () => {
    const extra = await owner.request('POST', '/api/access-reviews', { ...body(), owner: 'x' });
    expect(extra.json().error).toMatchObject({ code: 'validation_failed', field: 'owner' });
    const stranger = {
      ...body(),
      systems: [{ connectorId: oktaId, ownerUserId: '00000000-0000-4000-8000-000000000000' }],
    };
    const res = await owner.request('POST', '/api/access-reviews', stranger);
    expect(res.json().error).toMatchObject({ field: 'systems.0.ownerUserId' });
    expect((await tenant.clients.member.request('POST', '/api/access-reviews', body())).statusCode).toBe(403);
  });

  it('freezes every account with its hash, recorded in the audit trail', async () => {
    const campaign = await owner.call(routes.create, { body: body() });
    campaignId = campaign.id;
    expect(campaign).toMatchObject({ status: 'open', accounts: 7, decided: 0, recurrence: 'quarterly' });
    expect(campaign.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
    const [event] = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(
        and(
          eq(schema.auditEvents.action, 'access_review.started'),
          eq(schema.auditEvents.entityId, campaignId),
        ),
      );
    expect(event!.changes).toMatchObject({
      accounts: 7,
      snapshotHash: campaign.snapshotHash,
      systems: ['Okta', 'HubSpot'],
    });
  });

  it('flags each account from the register, the identity data and the roles', async () => {
    const a = await accountsBy(owner);
    expect(a['easy-e@example.com']!.flags).toEqual(['inactive']);
    expect(a['dr.dre@example.com']!.flags).toEqual(['terminated', 'inactive', 'privileged', 'no_mfa']);
    expect(a['isaac.brock@example.com']!.flags).toContain('orphan');
    expect(a['isaac.brock@example.com']!.flags).toContain('no_mfa');
    expect(a['john.doe@example.com']!.flags).toEqual(['inactive', 'privileged', 'no_mfa']);
    expect(a['john.doe@example.com']!.personName).toBe('Alex Admin');
    expect(a['ada@example.com']!.flags).toEqual([]);
    expect(a['member@acme.test']!.flags).toEqual(['orphan', 'privileged']);
    // Reviewers: each person's manager, else the system owner, never the account's holder.
    expect(a['easy-e@example.com']!.reviewerName).toBe('Acme employee');
    expect(a['isaac.brock@example.com']!.reviewerName).toBe('Acme admin');
    expect(a['john.doe@example.com']!.reviewerName).toBeNull();
    expect(a['member@acme.test']!.reviewerName).toBeNull();
  });

  it('gives the reviewer a task and counts nothing overdue before the due date', async () => {
    const tasks = await myTasks(t.database.db, {
      orgId: tenant.orgId,
      userId: tenant.userIds.employee,
      today: '2026-12-01',
    });
    expect(tasks).toEqual([
      {
        area: 'access_review',
        itemId: expect.stringContaining(campaignId),
        title: 'Review 2 accounts in Okta for Q4 access review',
        dueDate: '2026-12-31',
        overdue: false,
        link: `/access-reviews/${campaignId}`,
      },
    ]);
    expect(await overdueSummary(t.database.db, tenant.orgId, '2026-12-01')).toEqual([
      { area: 'access_review', overdue: 0, link: '/access-reviews' },
    ]);
    expect((await overdueSummary(t.database.db, tenant.orgId, '2027-01-02'))[0]!.overdue).toBe(7);
  });
});

describe('deciding', () => {
  const decide = (client: Client, account: string, body: unknown, ids: Record<string, string>) =>
    client.request('POST', `/api/access-reviews/${campaignId}/accounts/${ids[account]}/decision`, body);
  let ids: Record<string, string>;
  beforeAll(async () => {
    ids = Object.fromEntries(Object.entries(await accountsBy(owner)).map(([k, v]) => [k, v.id]));
  });

  it('shows an employee reviewer only their assignments', async () => {
    const employee = tenant.clients.employee;
    expect(Object.keys(await accountsBy(employee)).sort()).toEqual([
      'dr.dre@example.com',
      'easy-e@example.com',
    ]);
    expect((await employee.call(routes.get, { params: { campaignId } })).canDecide).toBe(true);
    expect((await employee.request('GET', '/api/access-reviews')).statusCode).toBe(403);
    expect((await employee.request('GET', `/api/access-reviews/${campaignId}/report.csv`)).statusCode).toBe(
      403,
    );
  });

  it('requires a reason for revoking and for keeping a flagged account, and changes nothing without', async () => {
    const employee = tenant.clients.employee;
    const events = await count(schema.auditEvents);
    const noReason = await decide(employee, 'dr.dre@example.com', { decision: 'revoke' }, ids);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({ field: 'reason' });
    const keepFlagged = await decide(employee, 'easy-e@example.com', { decision: 'keep', reason: ' ' }, ids);
    expect(keepFlagged.json().error.message).toBe('reason: a flagged account can only be kept with a reason');
    expect(await count(schema.auditEvents)).toBe(events);
    expect((await accountsBy(owner))['dr.dre@example.com']!.decision).toBeNull();
    const ok = await decide(
      employee,
      'dr.dre@example.com',
      { decision: 'revoke', reason: 'Left in March' },
      ids,
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      decision: 'revoke',
      decidedByName: 'Acme employee',
      remediation: { state: 'pending' },
    });
    await decide(employee, 'easy-e@example.com', { decision: 'keep', reason: 'On parental leave' }, ids);
  });

  it('refuses accounts assigned to someone else, and anyone deciding their own', async () => {
    const notMine = await decide(
      tenant.clients.employee,
      'isaac.brock@example.com',
      { decision: 'keep', reason: 'x' },
      ids,
    );
    expect(notMine.statusCode).toBe(404);
    const own = await decide(
      tenant.clients.admin,
      'john.doe@example.com',
      { decision: 'keep', reason: 'Mine' },
      ids,
    );
    expect(own.statusCode).toBe(400);
    expect(own.json().error.message).toMatch(/no one reviews their own account/);
    const viewer = await decide(tenant.clients.viewer, 'ada@example.com', { decision: 'keep' }, ids);
    expect(viewer.statusCode).toBe(404);
  });

  it('keeps the unflagged accounts in bulk only with a confirmation', async () => {
    const member = tenant.clients.member;
    const url = `/api/access-reviews/${campaignId}/bulk-keep`;
    const unconfirmed = await member.request('POST', url, {});
    expect(unconfirmed.json().error).toMatchObject({ field: 'confirm' });
    expect((await member.request('POST', url, { confirm: true })).json()).toEqual({ kept: 2 });
    const a = await accountsBy(owner);
    expect([
      a['ada@example.com']!.decision,
      a['bob@example.com']!.decision,
      a['member@acme.test']!.decision,
    ]).toEqual(['keep', 'keep', null]);
  });

  it('closes only when every account is decided', async () => {
    const res = await owner.request('POST', `/api/access-reviews/${campaignId}/close`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('campaign: cannot close: 3 accounts are not decided yet');
    expect((await owner.call(routes.get, { params: { campaignId } })).status).toBe('open');
  });

  it('alerts the system owner once when a revocation is overdue', async () => {
    await decide(
      owner,
      'isaac.brock@example.com',
      { decision: 'revoke', reason: 'No one knows this account' },
      ids,
    );
    await decide(
      owner,
      'john.doe@example.com',
      { decision: 'modify', reason: 'Admin no longer needed' },
      ids,
    );
    await decide(owner, 'member@acme.test', { decision: 'keep', reason: 'Runs the CRM' }, ids);
    await t.database.db
      .update(schema.accessReviewAccounts)
      .set({ decidedAt: new Date(Date.now() - 20 * 86_400_000) })
      .where(eq(schema.accessReviewAccounts.id, ids['isaac.brock@example.com']!));
    const overdue = async () =>
      (
        await t.database.db.select().from(schema.alertOutbox).where(eq(schema.alertOutbox.kind, 'overdue'))
      ).filter((r) => r.orgId === tenant.orgId);
    expect((await accountsBy(owner))['isaac.brock@example.com']!.remediation?.state).toBe('overdue');
    await accountsBy(owner);
    const rows = await overdue();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      recipientUserId: tenant.userIds.admin,
      payload: {
        title: 'Revoke isaac.brock@example.com in Okta',
        area: 'access_review',
        link: `/access-reviews/${campaignId}`,
      },
    });
  });

  it('verifies revocations when the next sweep shows the accounts removed, disabled or changed', async () => {
    const before = Date.now();
    const res = await upload(t, owner, `/api/integrations/${oktaId}/upload`, 'okta-users.json', oktaAfter);
    expect(res.statusCode, res.body).toBe(200);
    const a = await accountsBy(owner);
    for (const [account, note] of [
      ['dr.dre@example.com', 'account disabled'],
      ['isaac.brock@example.com', 'account removed'],
      ['john.doe@example.com', 'roles changed'],
    ] as const) {
      const r = a[account]!.remediation!;
      expect(r, account).toMatchObject({ state: 'verified', note });
      expect(Date.parse(r.verifiedAt!)).toBeGreaterThanOrEqual(before - 1000);
    }
    expect(a['isaac.brock@example.com']!.remediation!.lag).toMatch(/^20 days/);
    expect(a['easy-e@example.com']!.remediation).toBeNull();
  });

  it('closes with the report kept as evidence, schedules the next quarter, and is read-only after', async () => {
    const closed = await owner.call(routes.close, { params: { campaignId } });
    expect(closed).toMatchObject({ status: 'closed', decided: 7, remediations: 3, verified: 3 });
    const kept = await t.database.db.select().from(schema.evidence).where(eq(schema.evidence.kind, 'review'));
    expect(kept.map((e) => e.mediaType).sort()).toEqual(['application/pdf', 'text/csv']);
    expect(kept.every((e) => e.chainSeq !== null)).toBe(true);
    const list = (await owner.call(routes.list)).items;
    expect(list.find((c) => c.status === 'scheduled')).toMatchObject({
      name: 'Q4 access review',
      dueDate: '2027-03-31',
    });
    const after = await decide(owner, 'ada@example.com', { decision: 'revoke', reason: 'late' }, ids);
    expect(after.statusCode).toBe(400);
    expect(after.json().error.message).toMatch(/the campaign is closed/);
    const bulk = await owner.request('POST', `/api/access-reviews/${campaignId}/bulk-keep`, {
      confirm: true,
    });
    expect(bulk.statusCode).toBe(400);
    expect((await accountsBy(owner))['ada@example.com']!.decision).toBe('keep');
  });

  it('reports the snapshot, flags, decisions and verification as CSV and PDF', async () => {
    const csv = await owner.request('GET', `/api/access-reviews/${campaignId}/report.csv`);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const campaign = await owner.call(routes.get, { params: { campaignId } });
    expect(csv.body).toContain(campaign.snapshotHash!);
    expect(csv.body).toMatch(
      /dr\.dre@example\.com,Dr\. Dre,Andre Young,.*Person terminated; Inactive over 90 days; Administrator or privileged; No MFA,Acme employee,Revoke,Left in March/,
    );
    expect(csv.body).toContain('Verified (due');
    const pdf = await owner.request('GET', `/api/access-reviews/${campaignId}/report.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('flags accounts new since the last campaign when the next one starts', async () => {
    const next = (await owner.call(routes.list)).items.find((c) => c.status === 'scheduled')!;
    const started = await owner.call(routes.start, { params: { campaignId: next.id } });
    expect(started.accounts).toBe(6);
    const { items } = await owner.call(routes.accounts, { params: { campaignId: next.id } });
    expect(items.filter((a) => a.flags.includes('new'))).toEqual([]);
  });
});

describe('a system reviewed from uploaded user lists', () => {
  it('verifies a revocation when a later list of the same system no longer has the account', async () => {
    const created = await owner.call(routes.create, {
      body: {
        name: 'HubSpot review',
        dueDate: '2026-12-31',
        reviewerMode: 'system_owner',
        systems: [{ uploadId, ownerUserId: tenant.userIds.admin }],
      },
    });
    expect(created).toMatchObject({ status: 'open', accounts: 3 });
    const { items } = await owner.call(routes.accounts, { params: { campaignId: created.id } });
    const bob = items.find((a) => a.account === 'bob@example.com')!;
    const decided = await tenant.clients.admin.request(
      'POST',
      `/api/access-reviews/${created.id}/accounts/${bob.id}/decision`,
      { decision: 'revoke', reason: 'Left the sales team' },
    );
    expect(decided.statusCode, decided.body).toBe(200);
    const remediationOf = async () =>
      (await owner.call(routes.accounts, { params: { campaignId: created.id } })).items.find(
        (a) => a.account === 'bob@example.com',
      )!.remediation;
    // The list the campaign was started from still has Bob: nothing is verified yet.
    expect(await remediationOf()).toMatchObject({ state: 'pending', verifiedAt: null });

    const later = hubspot
      .split('\n')
      .filter((line) => !line.startsWith('bob@'))
      .join('\n');
    const res = await uploadWithName(owner, 'HubSpot', 'hubspot-december.csv', later);
    expect(res.statusCode, res.body).toBe(201);
    expect(await remediationOf()).toMatchObject({ state: 'verified', note: 'account no longer listed' });
  });
});
