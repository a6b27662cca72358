import { controlRoutes } from '@vigil/api';
import { schema } from '@vigil/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';

let t: TestApp;
let owner: Client;

beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOrganization(t.app);
});
afterAll(() => t?.close());

const count = async (
  table: typeof schema.controls | typeof schema.auditEvents | typeof schema.controlVersions,
) => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

describe('control library adoption', () => {
  it('adopts the templates of the categories in scope, and only once', async () => {
    const scope = await owner.request('PUT', '/api/scope', { categories: ['availability'] });
    expect(scope.json()).toEqual({ categories: ['security', 'availability'] });
    const first = await owner.call(controlRoutes.adopt);
    expect(first.added).toBeGreaterThan(30);
    const again = await owner.call(controlRoutes.adopt);
    expect(again.added).toBe(0);
    const { items, total } = await owner.call(controlRoutes.list, { query: { limit: 500 } });
    expect(total).toBe(first.added);
    // A control may also map to out-of-scope criteria, but none is brought in for them alone.
    expect(items.some((c) => c.criteria.every((id) => id.startsWith('PI1') || id.startsWith('P')))).toBe(
      false,
    );
    expect(items.some((c) => c.criteria.includes('A1.2'))).toBe(true);
  });

  it('takes no body: an unknown field is refused by name and adopts nothing', async () => {
    const before = await count(schema.controls);
    await owner.request('PUT', '/api/scope', { categories: ['availability', 'confidentiality'] });
    const res = await owner.request('POST', '/api/controls/adopt', { templateIds: ['GOV-01'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'templateIds' });
    expect(await count(schema.controls)).toBe(before);
    expect((await owner.request('POST', '/api/controls/adopt', {})).json().added).toBeGreaterThan(0);
  });

  it('adds the new category controls when the scope widens', async () => {
    await owner.request('PUT', '/api/scope', { categories: ['availability', 'privacy'] });
    const res = await owner.request('POST', '/api/controls/adopt');
    expect(res.json().added).toBeGreaterThan(0);
    const privacy = await owner.request('GET', '/api/controls?category=privacy');
    expect(privacy.json().total).toBeGreaterThan(0);
  });
});

describe('editing a control', () => {
  it('saves a new version, records who changed what, and shows it in the audit trail', async () => {
    const { items } = (await owner.request('GET', '/api/controls?q=access review')).json();
    const control = items[0] ?? (await owner.request('GET', '/api/controls?limit=1')).json().items[0];
    const session = (await owner.request('GET', '/api/auth/session')).json();
    const updated = await owner.call(controlRoutes.update, {
      params: { controlId: control.id },
      body: {
        status: 'implemented',
        ownerId: session.user.id,
        notes: 'Reviewed quarterly in the IAM console',
      },
    });
    expect(updated).toMatchObject({ status: 'implemented', version: 2, ownerName: 'Olivia Owner' });
    const versions = (await owner.call(controlRoutes.versions, { params: { controlId: control.id } })).items;
    expect(versions[0]).toMatchObject({ version: 2, changedBy: 'owner@acme.test' });
    expect(versions[0]!.changedFields.sort()).toEqual(['notes', 'ownerId', 'status']);
    const trail = (
      await owner.request('GET', `/api/audit-events?action=control.updated&entityId=${control.id}`)
    ).json();
    expect(trail.items[0].changes.status).toEqual({ from: 'not_started', to: 'implemented' });
    expect(trail.items[0].requestId).toBeTruthy();
  });

  it('requires a justification to mark a control not applicable, and changes nothing without one', async () => {
    const control = (await owner.request('GET', '/api/controls?limit=1')).json().items[0];
    const before = await count(schema.auditEvents);
    const res = await owner.request('PATCH', `/api/controls/${control.id}`, { applicable: false });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'naJustification' });
    expect(await count(schema.auditEvents)).toBe(before);
    const ok = await owner.request('PATCH', `/api/controls/${control.id}`, {
      applicable: false,
      naJustification: 'We run no physical data centre; the cloud provider covers it',
    });
    expect(ok.json()).toMatchObject({ applicable: false, version: control.version + 1 });
  });

  it('refuses unknown fields, wrong types, unknown criteria and owners outside the organization', async () => {
    const control = (await owner.request('GET', '/api/controls?limit=1')).json().items[0];
    const versionsBefore = await count(schema.controlVersions);
    const cases: [unknown, string][] = [
      [{ colour: 'red' }, 'colour'],
      [{ status: 'done' }, 'status'],
      [{ notes: 42 }, 'notes'],
      [{ criteria: ['CC6.1', 'CC99.1'] }, 'criteria.1'],
      [{ ownerId: '00000000-0000-4000-8000-000000000000' }, 'ownerId'],
    ];
    for (const [body, field] of cases) {
      const res = await owner.request('PATCH', `/api/controls/${control.id}`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.field).toBe(field);
      expect(res.json().error.message).toContain(field);
    }
    expect(await count(schema.controlVersions)).toBe(versionsBefore);
    const [row] = await t.database.db
      .select()
      .from(schema.controls)
      .where(eq(schema.controls.id, control.id));
    expect(row!.version).toBe(control.version);
  });

  it('creates custom controls and refuses a duplicate code', async () => {
    const body = {
      code: 'ACME-01',
      title: 'Weekly on-call handover',
      description: 'The outgoing on-call engineer briefs the next.',
      frequency: 'weekly',
      kind: 'detective',
      criteria: ['CC7.2'],
    };
    const res = await owner.request('POST', '/api/controls', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'ACME-01', templateId: null, criteria: ['CC7.2'], version: 1 });
    const dupe = await owner.request('POST', '/api/controls', body);
    expect(dupe.statusCode).toBe(409);
    expect(dupe.json().error.field).toBe('code');
  });

  it('filters by status, criterion and text', async () => {
    const implemented = (await owner.request('GET', '/api/controls?status=implemented')).json();
    expect(implemented.items.every((c: { status: string }) => c.status === 'implemented')).toBe(true);
    expect(implemented.total).toBeGreaterThan(0);
    const byCriterion = (await owner.request('GET', '/api/controls?criterion=CC7.2')).json();
    expect(byCriterion.items.every((c: { criteria: string[] }) => c.criteria.includes('CC7.2'))).toBe(true);
    const text = (await owner.request('GET', '/api/controls?q=on-call')).json();
    expect(text.items.map((c: { code: string }) => c.code)).toContain('ACME-01');
    const bad = await owner.request('GET', '/api/controls?status=bogus');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('status');
  });
});
