import { auditTrailRoutes, controlRoutes, dashboardRoutes } from '@vigil/api';
import { TEST_REGISTRY } from '@vigil/monitoring/test/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteAndAccept, whoIs } from '../test/invite-fixtures.ts';
import { upload } from '../test/monitoring-http.ts';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';
import { uploadEvidence } from '../test/upload-form.ts';

let t: TestApp;
let owner: Client;
let samId: string;
let control: { id: string; code: string };

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

beforeAll(async () => {
  t = await createTestApp();
  t.ctx.monitoring = TEST_REGISTRY;
  owner = await setupOrganization(t.app);
  const sam = await inviteAndAccept(owner, 'sam@acme.test', 'admin');
  samId = (await whoIs(sam)).userId;
  await owner.call(controlRoutes.adopt);
  control = (await owner.call(controlRoutes.list, { query: { limit: 1 } })).items[0]!;
  await owner.call(controlRoutes.update, { params: { controlId: control.id }, body: { ownerId: samId } });
  await sam.call(controlRoutes.update, {
    params: { controlId: control.id },
    body: { status: 'implemented' },
  });
  const up = await uploadEvidence(
    sam,
    { title: 'Q3 access review', controlIds: [control.id] },
    { name: 'q3.txt', content: Buffer.from('reviewed') },
  );
  expect(up.statusCode, up.body).toBe(201);
  const connector = await owner.request('POST', '/api/integrations', {
    kind: 'test.users',
    name: 'HR export',
  });
  const run = await upload(
    t,
    owner,
    `/api/integrations/${connector.json().id}/upload`,
    'users.testusers',
    '{"id":"alice","mfa":true}\n{"id":"bob","mfa":false}\n',
  );
  expect(run.statusCode, run.body).toBe(200);
});
afterAll(() => t?.close());

describe('the audit trail in words', () => {
  it('reads every event as a sentence with names, never an id', async () => {
    const { items } = await owner.call(auditTrailRoutes.list, { query: { limit: 100 } });
    const says = items.map((e) => e.summary);
    expect(says).toContain(`Olivia Owner changed the owner of ${control.code} from — to sam`);
    expect(says).toContain(`sam changed the status of ${control.code} from Not started to Implemented`);
    expect(says).toContain(`sam uploaded evidence 'Q3 access review' to ${control.code}`);
    expect(says).toContain("Olivia Owner connected 'HR export'");
    expect(says).toContain('Olivia Owner invited sam@acme.test as admin');
    expect(says.find((s) => s.startsWith("Vigil's sweep"))).toMatch(
      /^Vigil's sweep of 'HR export' finished: 2 resources checked, \d+ failing results?, 4 results changed$/,
    );
    for (const e of items) {
      expect(e.summary, e.action).not.toMatch(UUID);
      expect(e.objectName ?? '', e.action).not.toMatch(UUID);
    }
  });

  it('keeps the recorded values, and shows them as labelled lines with names', async () => {
    const { items } = await owner.call(auditTrailRoutes.list, { query: { action: 'control.updated' } });
    const ownerChange = items.find((e) => 'ownerId' in e.changes)!;
    expect(ownerChange.changes.ownerId).toEqual({ from: null, to: samId });
    expect(ownerChange).toMatchObject({
      actorName: 'Olivia Owner',
      actionLabel: 'Control changed',
      objectType: 'Control',
      objectName: `${control.code} ${(await owner.call(controlRoutes.get, { params: { controlId: control.id } })).title}`,
    });
    expect(ownerChange.details).toContainEqual({ label: 'Owner', value: '— → sam' });
    expect(ownerChange.details).toContainEqual({ label: 'Reference', value: control.code });
  });

  it('lists who appears in the trail to filter by, and the filter finds their events', async () => {
    const { items } = await owner.call(auditTrailRoutes.actors);
    expect(items).toContainEqual({ label: 'owner@acme.test', name: 'Olivia Owner (owner@acme.test)' });
    expect(items).toContainEqual({ label: 'sam@acme.test', name: 'sam (sam@acme.test)' });
    const sams = await owner.call(auditTrailRoutes.list, { query: { actor: 'sam@acme.test' } });
    expect(new Set(sams.items.map((e) => e.actorName))).toEqual(new Set(['sam']));
  });

  it('words the dashboard activity the same way', async () => {
    const d = await owner.call(dashboardRoutes.get);
    const trail = await owner.call(auditTrailRoutes.list, { query: { limit: 8 } });
    expect(d.recentActivity.map((a) => a.summary)).toEqual(trail.items.map((e) => e.summary));
  });

  it("shows a control's history as old → new values with names and labels", async () => {
    const { items } = await owner.call(controlRoutes.versions, { params: { controlId: control.id } });
    expect(items.map((v) => v.changes)).toEqual([
      [{ field: 'status', label: 'Status', from: 'Not started', to: 'Implemented' }],
      [{ field: 'ownerId', label: 'Owner', from: '—', to: 'sam' }],
      [],
    ]);
    expect(items.map((v) => v.changedByName)).toEqual(['sam', 'Olivia Owner', 'Olivia Owner']);
  });

  it('still reads events about a connector after it is removed, by the name it recorded', async () => {
    const { items } = await owner.call(auditTrailRoutes.list, { query: { action: 'connector.created' } });
    const id = items[0]!.entityId!;
    expect((await owner.request('DELETE', `/api/integrations/${id}`)).statusCode).toBe(200);
    const after = await owner.call(auditTrailRoutes.list, { query: { limit: 100 } });
    expect(after.items[0]).toMatchObject({
      summary: "Olivia Owner removed the connector 'HR export'",
      objectType: 'Connector',
      objectName: 'HR export',
    });
    const sweep = after.items.find((e) => e.action === 'monitoring.run_completed')!;
    expect(sweep.summary).toMatch(/^Vigil's sweep of the Testsrc import finished: 2 resources checked/);
    for (const e of after.items) expect(e.summary, e.action).not.toMatch(UUID);
  });

  it('answers not found for the history of a control of no one here', async () => {
    const res = await owner.request('GET', '/api/controls/00000000-0000-4000-8000-000000000000/versions');
    expect(res.statusCode).toBe(404);
  });
});
