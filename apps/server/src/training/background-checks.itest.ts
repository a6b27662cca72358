import { backgroundCheckRoutes, trainingRoutes } from '@vigil/api';
import type { Role } from '@vigil/core';
import { schema } from '@vigil/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../test/tenants.ts';
import { type Client, createTestApp, type TestApp, tokenClient } from '../test/test-app.ts';
import { multipartBody } from '../test/upload-form.ts';

let t: TestApp;
let a: Tenant;
let b: Tenant;
let personId: string;
const REPORT = Buffer.from('%PDF-1.4 background check report: clear');

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, 'Alpha');
  b = await createTenant(t, 'Bravo');
  const [p] = await t.database.db
    .insert(schema.people)
    .values({
      orgId: a.orgId,
      email: 'new.hire@alpha.test',
      name: 'Nia Hire',
      source: 'manual',
      startDate: '2026-02-01',
    })
    .returning();
  personId = p!.id;
});
afterAll(() => t?.close());

const state = async () =>
  Promise.all(
    [schema.backgroundChecks, schema.auditEvents, schema.hrAccessGrants].map(
      async (table) => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n,
    ),
  );

function uploadReport(client: Client, id = personId, content = REPORT) {
  const { payload, contentType } = multipartBody(
    {},
    { name: 'report.pdf', content, type: 'application/pdf' },
  );
  return t.app.inject({
    method: 'POST',
    url: `/api/background-checks/${id}/report`,
    headers: { ...client.authHeaders('POST'), 'content-type': contentType },
    payload,
  });
}
const download = (client: Client, id = personId) =>
  client.request('GET', `/api/background-checks/${id}/report`);

describe('background checks', () => {
  it('lets an owner record a check, require a justification for an exemption, and attach the report', async () => {
    const owner = a.clients.owner;
    const listed = await owner.call(backgroundCheckRoutes.list);
    expect(listed.items).toEqual([expect.objectContaining({ status: 'not_started', report: null })]);
    const before = await state();
    for (const [body, field] of [
      [{ status: 'complete' }, 'result'],
      [{ status: 'in_progress', result: 'clear' }, 'result'],
      [{ status: 'complete', result: 'exempt' }, 'justification'],
      [{ status: 'complete', result: 'clear' }, 'checkedOn'],
      [{ status: 'complete', result: 'clear', checkedOn: '2099-01-01' }, 'checkedOn'],
      [{ status: 'finished' }, 'status'],
    ] as const) {
      const res = await owner.request('PUT', `/api/background-checks/${personId}`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.message).toMatch(new RegExp(`${field}`));
    }
    expect(await state()).toEqual(before);
    const started = await owner.call(backgroundCheckRoutes.update, {
      params: { personId },
      body: { status: 'in_progress', providerReference: 'CHK-88121' },
    });
    expect(started).toMatchObject({ status: 'in_progress', providerReference: 'CHK-88121', result: null });
    const done = await owner.call(backgroundCheckRoutes.update, {
      params: { personId },
      body: { status: 'complete', result: 'clear', checkedOn: '2026-01-20', providerReference: 'CHK-88121' },
    });
    expect(done).toMatchObject({ status: 'complete', result: 'clear', checkedOn: '2026-01-20' });
    const attached = await uploadReport(owner);
    expect(attached.statusCode, attached.body).toBe(200);
    expect(attached.json().report).toMatchObject({ fileName: 'report.pdf', size: REPORT.length });
    const res = await download(owner);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(REPORT)).toBe(true);
    expect(res.headers['content-security-policy']).toMatch(/sandbox/);
    // The report is not an item of the evidence library, which every reader of evidence may open.
    const library = await a.clients.auditor.request('GET', '/api/evidence');
    expect(JSON.stringify(library.json())).not.toContain('report.pdf');
    const [event] = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(sql`${schema.auditEvents.action} = 'background_check.report_attached'`);
    expect(event!.changes).toMatchObject({ person: 'Nia Hire', sha256: attached.json().report.sha256 });
  });

  it('refuses the report to every role but owner, auditors and admins included, and changes nothing', async () => {
    const before = await state();
    for (const role of ['admin', 'member', 'viewer', 'auditor', 'employee'] as Role[]) {
      const res = await download(a.clients[role]);
      expect(res.statusCode, role).toBe(403);
      expect((await a.clients[role].request('GET', '/api/background-checks')).statusCode, role).toBe(403);
      expect((await uploadReport(a.clients[role])).statusCode, role).toBe(403);
      const access = await a.clients[role].call(trainingRoutes.myAccess);
      expect(access, role).toEqual({ hr: false, grantHr: false });
    }
    // Another organization's owner does not learn that the person exists.
    expect((await download(b.clients.owner)).statusCode).toBe(404);
    expect(await state()).toEqual(before);
  });

  it('opens the checks to an admin or member an owner granted HR access, until it is withdrawn', async () => {
    const member = a.clients.member;
    // Only an owner grants; a granted member cannot pass it on.
    const byAdmin = await a.clients.admin.request(
      'PUT',
      `/api/background-checks/access/${a.userIds.viewer}`,
      {
        granted: true,
      },
    );
    expect(byAdmin.statusCode).toBe(403);
    const before = await state();
    for (const role of ['auditor', 'viewer', 'employee', 'owner'] as Role[]) {
      const res = await a.clients.owner.request('PUT', `/api/background-checks/access/${a.userIds[role]}`, {
        granted: true,
      });
      expect(res.statusCode, role).toBe(400);
      expect(res.json().error.field).toBe('userId');
    }
    expect(await state()).toEqual(before);

    const granted = await a.clients.owner.call(backgroundCheckRoutes.grant, {
      params: { userId: a.userIds.member },
      body: { granted: true },
    });
    expect(granted).toMatchObject({ role: 'member', granted: true });
    expect(await member.call(trainingRoutes.myAccess)).toEqual({ hr: true, grantHr: false });
    expect((await download(member)).rawPayload.equals(REPORT)).toBe(true);
    const upd = await member.call(backgroundCheckRoutes.update, {
      params: { personId },
      body: {
        status: 'complete',
        result: 'exempt',
        justification: 'Rehired within 6 months of a clear check',
      },
    });
    expect(upd.result).toBe('exempt');
    // A read token of the granted member reads, and cannot write.
    const read = await tokenClient(t, a.orgId, a.userIds.member, 'read');
    expect((await download(read)).statusCode).toBe(200);
    expect(
      (await read.request('PUT', `/api/background-checks/${personId}`, { status: 'not_started' })).statusCode,
    ).toBe(403);
    expect(
      (await member.request('PUT', `/api/background-checks/access/${a.userIds.admin}`, { granted: true }))
        .statusCode,
    ).toBe(403);
    // Granting in one organization opens nothing in another.
    expect((await b.clients.member.request('GET', '/api/background-checks')).statusCode).toBe(403);

    await a.clients.owner.call(backgroundCheckRoutes.grant, {
      params: { userId: a.userIds.member },
      body: { granted: false },
    });
    expect((await download(member)).statusCode).toBe(403);
    const grants = await a.clients.owner.call(backgroundCheckRoutes.grants);
    expect(grants.items.map((g) => g.role).sort()).toEqual(['admin', 'member']);
    expect(grants.items.every((g) => !g.granted)).toBe(true);
  });
});
