import { controlRoutes, dashboardRoutes, scopeRoutes } from '@vigil/api';
import { TEST_REGISTRY } from '@vigil/monitoring/test/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whoIs } from '../test/invite-fixtures.ts';
import { upload } from '../test/monitoring-http.ts';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';
import { uploadEvidence } from '../test/upload-form.ts';

let t: TestApp;
let owner: Client;

beforeAll(async () => {
  t = await createTestApp();
  t.ctx.monitoring = TEST_REGISTRY;
  owner = await setupOrganization(t.app);
});
afterAll(() => t?.close());

const steps = async () => (await owner.call(dashboardRoutes.get)).gettingStarted;

describe('getting-started checklist', () => {
  it('has nothing done for a fresh organization', async () => {
    expect(await steps()).toEqual({
      scope: false,
      controls: false,
      connector: false,
      sweep: false,
      owners: false,
      evidence: false,
      controlsWithoutOwner: 0,
    });
  });

  it('marks each step done as the data behind it appears', async () => {
    await owner.call(scopeRoutes.update, { body: { categories: ['security'] } });
    expect(await steps()).toMatchObject({ scope: true, controls: false });

    await owner.call(controlRoutes.adopt);
    const adopted = await steps();
    expect(adopted).toMatchObject({ controls: true, owners: false });
    const controls = (await owner.call(controlRoutes.list, { query: { limit: 500 } })).items;
    expect(adopted.controlsWithoutOwner).toBe(controls.length);

    const created = await owner.request('POST', '/api/integrations', {
      kind: 'test.users',
      name: 'HR export',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(await steps()).toMatchObject({ connector: true, sweep: false });

    // A failed import is not a finished sweep.
    const bad = await upload(
      t,
      owner,
      `/api/integrations/${created.json().id}/upload`,
      'users.testusers',
      'nope\n',
    );
    expect(bad.statusCode).toBe(400);
    expect((await steps()).sweep).toBe(false);
    const good = await upload(
      t,
      owner,
      `/api/integrations/${created.json().id}/upload`,
      'users.testusers',
      '{"id":"alice","mfa":true}\n',
    );
    expect(good.statusCode, good.body).toBe(200);
    const swept = await steps();
    // The sweep kept its input as evidence, but that is not evidence uploaded by a person.
    expect(swept).toMatchObject({ sweep: true, evidence: false });

    const { userId } = await whoIs(owner);
    for (const c of controls.slice(1)) {
      await owner.call(controlRoutes.update, { params: { controlId: c.id }, body: { ownerId: userId } });
    }
    expect(await steps()).toMatchObject({ owners: false, controlsWithoutOwner: 1 });
    // A control that does not apply needs no owner.
    await owner.call(controlRoutes.update, {
      params: { controlId: controls[0]!.id },
      body: { applicable: false, naJustification: 'No offices' },
    });
    expect(await steps()).toMatchObject({ owners: true, controlsWithoutOwner: 0 });

    const up = await uploadEvidence(
      owner,
      { title: 'Q3 access review', controlIds: [controls[1]!.id] },
      { name: 'review.txt', content: Buffer.from('reviewed') },
    );
    expect(up.statusCode, up.body).toBe(201);
    expect(await steps()).toEqual({
      scope: true,
      controls: true,
      connector: true,
      sweep: true,
      owners: true,
      evidence: true,
      controlsWithoutOwner: 0,
    });
  });
});
