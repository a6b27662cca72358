/**
 * Authorization, derived from the app's own route table rather than a hand-picked list: every
 * route is probed anonymously, with every role, and from another tenant. A route added later is
 * covered automatically, and one whose path parameter has no fixture fails this test.
 */
import { can, type Role, RoleSchema } from '@vigil/core';
import { schema } from '@vigil/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadEvidence } from '../evidence/upload-form.ts';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let a: Tenant;
let b: Tenant;
/** One record of tenant A per path parameter name. */
const recordsOfA: Record<string, string> = {};
const MISSING = '00000000-0000-4000-8000-00000000beef';

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Bravo');
  const owner = a.clients.owner;
  await owner.request('POST', '/api/controls/adopt');
  recordsOfA.controlId = (await owner.request('GET', '/api/controls?limit=1')).json().items[0].id;
  recordsOfA.systemId = (
    await owner.request('POST', '/api/systems', { name: 'Alpha prod', kind: 'infrastructure' })
  ).json().id;
  const engagement = await owner.request('POST', '/api/engagements', {
    name: 'Alpha Type I',
    reportType: 'type1',
    asOfDate: '2026-06-30',
  });
  recordsOfA.engagementId = engagement.json().id;
  await t.database.db
    .insert(schema.engagementAuditors)
    .values({ engagementId: recordsOfA.engagementId!, userId: a.userIds.auditor });
  recordsOfA.userId = a.userIds.member;
  const [invitation] = await t.database.db
    .insert(schema.invitations)
    .values({
      orgId: a.orgId,
      email: 'pending@alpha.test',
      role: 'member',
      tokenHash: 'probe-hash',
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning();
  recordsOfA.invitationId = invitation!.id;
  const [token] = await t.database.db
    .insert(schema.apiTokens)
    .values({
      orgId: a.orgId,
      userId: a.userIds.owner,
      name: 'probe',
      prefix: 'vgl_prob',
      tokenHash: 'probe-token-hash',
      scope: 'read',
    })
    .returning();
  recordsOfA.tokenId = token!.id;
  recordsOfA.criterionId = 'CC6.1';
  const [connector] = await t.database.db
    .insert(schema.connectors)
    .values({ orgId: a.orgId, kind: 'file.auto', name: 'Alpha uploads' })
    .returning();
  recordsOfA.connectorId = connector!.id;
  const [run] = await t.database.db
    .insert(schema.runs)
    .values({
      orgId: a.orgId,
      connectorId: connector!.id,
      source: 'probe',
      status: 'succeeded',
      startedAt: new Date(),
    })
    .returning();
  recordsOfA.runId = run!.id;
  // A custom check id is a name, not a uuid: another tenant's must look exactly like a missing one.
  await t.database.db.insert(schema.customChecks).values({
    orgId: a.orgId,
    checkId: 'custom.alpha_probe',
    spec: {
      id: 'custom.alpha_probe',
      title: 'Probe',
      resourceType: 'none',
      severity: 'low',
      expression: 'true',
    },
  });
  recordsOfA.checkId = 'custom.alpha_probe';
  const evidence = await uploadEvidence(
    owner,
    { title: 'Alpha evidence' },
    { name: 'alpha.txt', content: Buffer.from('alpha') },
  );
  recordsOfA.evidenceId = evidence.json().id;
  const channel = await owner.request('POST', '/api/alert-channels', {
    kind: 'email',
    name: 'Alpha alerts',
    target: 'alerts@alpha.test',
  });
  recordsOfA.channelId = channel.json().id;
});
afterAll(() => t?.close());

const fill = (url: string, values: Record<string, string>) =>
  url.replace(/:(\w+)/g, (_, name: string) => {
    const v = values[name];
    if (!v) throw new Error(`no fixture for path parameter :${name} in ${url}; add one to this test`);
    return v;
  });
const probeBody = (method: string) =>
  method === 'GET' || method === 'DELETE' ? undefined : { __probe: true };

describe('route table', () => {
  it('declares an access rule on every API route', () => {
    const api = t.app.routeTable.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    expect(api.length).toBeGreaterThan(20);
    expect(api.filter((r) => !r.access).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('refuses every non-public route to anonymous callers', async () => {
    for (const r of t.app.routeTable) {
      if (!r.access || 'public' in r.access) continue;
      const res = await t.app.inject({
        method: r.method as 'GET',
        url: fill(r.url, recordsOfA),
        payload: probeBody(r.method),
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('lets each role through exactly where the permission table allows', async () => {
    for (const r of t.app.routeTable) {
      if (!r.access || !('permission' in r.access)) continue;
      const permission = r.access.permission;
      // Probing with a missing record id or an invalid body proves the access check passed
      // without changing anything.
      const url = fill(
        r.url,
        Object.fromEntries(Object.keys(recordsOfA).map((k) => [k, k === 'criterionId' ? 'CC6.1' : MISSING])),
      );
      for (const role of RoleSchema.options as Role[]) {
        const res = await a.clients[role].request(r.method as 'GET', url, probeBody(r.method));
        const label = `${role} ${r.method} ${r.url} -> ${res.statusCode} ${res.body.slice(0, 120)}`;
        if (can(role, permission)) expect([200, 201, 400, 404], label).toContain(res.statusCode);
        else expect(res.statusCode, label).toBe(403);
      }
    }
  });

  it("answers another tenant's records exactly as it answers missing ones", async () => {
    for (const r of t.app.routeTable) {
      if (
        !r.access ||
        !('permission' in r.access) ||
        !/:\w+Id\b/.test(r.url) ||
        r.url.includes(':criterionId')
      )
        continue;
      const foreign = await b.clients.owner.request(
        r.method as 'GET',
        fill(r.url, recordsOfA),
        probeBody(r.method) ?? {},
      );
      const missing = await b.clients.owner.request(
        r.method as 'GET',
        fill(r.url, Object.fromEntries(Object.keys(recordsOfA).map((k) => [k, MISSING]))),
        probeBody(r.method) ?? {},
      );
      const label = `${r.method} ${r.url}`;
      expect(foreign.statusCode, label).toBe(missing.statusCode);
      expect(foreign.json(), label).toEqual(missing.json());
      if (r.method === 'GET') expect(foreign.statusCode, label).toBe(404);
    }
  });

  it("never lists another tenant's records", async () => {
    for (const r of t.app.routeTable) {
      if (
        r.method !== 'GET' ||
        !r.access ||
        !('permission' in r.access) ||
        r.url.includes(':') ||
        r.url.endsWith('.csv')
      )
        continue;
      const res = await b.clients.owner.request('GET', r.url);
      for (const [name, id] of Object.entries(recordsOfA)) {
        if (name === 'criterionId') continue;
        expect(res.body.includes(id), `${r.url} leaks ${name}`).toBe(false);
      }
    }
  });

  it('keeps an auditor to the engagements they were invited to', async () => {
    const other = await a.clients.owner.request('POST', '/api/engagements', {
      name: 'Not yours',
      reportType: 'type1',
      asOfDate: '2026-07-31',
    });
    const list = (await a.clients.auditor.request('GET', '/api/engagements')).json();
    expect(list.items.map((e: { id: string }) => e.id)).toEqual([recordsOfA.engagementId]);
    expect((await a.clients.auditor.request('GET', `/api/engagements/${other.json().id}`)).statusCode).toBe(
      404,
    );
  });
});
