import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@vigil/db';
import { TEST_REGISTRY } from '@vigil/monitoring/test/registry';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlIdOf, ownerWithControls, upload } from '../test/monitoring-http.ts';
import type { Client, TestApp } from '../test/test-app.ts';
import { createTestApp } from '../test/test-app.ts';
import { EmbeddedScheduler } from './jobs/embedded-scheduler.ts';

let t: TestApp;
let owner: Client;
let orgId: string;
let importDir: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ owner, orgId } = await ownerWithControls(t));
  importDir = mkdtempSync(join(tmpdir(), 'vigil-imports-'));
  t.ctx.config.importDir = importDir;
});
afterAll(async () => {
  await t?.close();
  rmSync(importDir, { recursive: true, force: true });
});

const create = (body: Record<string, unknown>) => owner.request('POST', '/api/integrations', body);

describe('connectors', () => {
  it('accepts only known kinds and never returns or audits credentials', async () => {
    const bad = await create({ kind: 'nope.nothing', name: 'Nope' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^kind: unknown connector kind nope\.nothing/);

    const res = await create({
      kind: 'test.users',
      name: 'Users',
      credentials: { token: 'sekrit-token-123' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'test.users', hasCredentials: true, produces: ['test.user'] });
    expect(res.body).not.toContain('sekrit');
    const [row] = await t.database.db
      .select()
      .from(schema.connectors)
      .where(eq(schema.connectors.id, res.json().id));
    expect(row!.credentialsEnc).toMatch(/^v1\./);
    const trail = await owner.request('GET', '/api/audit-events?limit=100');
    expect(trail.body).toContain('connector.created');
    expect(trail.body).not.toContain('sekrit');

    const cleared = await owner.request('PATCH', `/api/integrations/${res.json().id}`, { credentials: null });
    expect(cleared.json().hasCredentials).toBe(false);
    const kinds = await owner.request('GET', '/api/integrations/kinds');
    expect(kinds.json().items.map((k: { id: string }) => k.id)).toEqual(['file.auto', 'test.users']);
  });

  it('schedules a file importer only with a config.path inside the import directory', async () => {
    const id = (await create({ kind: 'test.users', name: 'Scheduled' })).json().id;
    const noPath = await owner.request('PUT', `/api/integrations/${id}/schedule`, { scheduleMinutes: 60 });
    expect(noPath.statusCode).toBe(400);
    expect(noPath.json().error.field).toBe('scheduleMinutes');
    const outside = await owner.request('PATCH', `/api/integrations/${id}`, {
      config: { path: '../etc/passwd' },
    });
    expect(outside.json().error).toMatchObject({ field: 'config.path' });
    await owner.request('PATCH', `/api/integrations/${id}`, { config: { path: 'users.testusers' } });
    const ok = await owner.request('PUT', `/api/integrations/${id}/schedule`, { scheduleMinutes: 60 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ scheduleMinutes: 60, stale: false });
    expect((await owner.request('DELETE', `/api/integrations/${id}`)).json()).toEqual({ deleted: true });
  });
});

describe('uploads', () => {
  let connectorId: string;

  beforeAll(async () => {
    connectorId = (await create({ kind: 'test.users', name: 'HR export' })).json().id;
  });

  it('imports an uploaded file as one sweep and shows its results on the checks', async () => {
    const res = await upload(
      t,
      owner,
      `/api/integrations/${connectorId}/upload`,
      'users.testusers',
      '{"id":"alice","mfa":true}\n{"id":"bob","mfa":false}\n',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'succeeded', resourcesSeen: 2, transitions: 4, connectorId });
    const evidenceId = res.json().evidenceId;
    expect(evidenceId).toBeTruthy();
    const [item] = await t.database.db
      .select()
      .from(schema.evidence)
      .where(eq(schema.evidence.id, evidenceId));
    expect(item).toMatchObject({ kind: 'collection', fileName: 'users.testusers', runId: res.json().id });

    const checks = (await owner.request('GET', '/api/monitoring/checks')).json().items;
    const mfa = checks.find((c: { id: string }) => c.id === 'test.user.mfa');
    expect(mfa).toMatchObject({
      status: 'failing',
      counts: { pass: 1, fail: 1 },
      trend: { transitions: 2, failures: 1 },
    });
    const detail = (await owner.request('GET', '/api/monitoring/checks/test.user.mfa')).json();
    expect(detail.failing.items).toEqual([
      expect.objectContaining({
        name: 'bob',
        reason: 'MFA is off',
        attribute: 'mfa',
        expected: true,
        actual: false,
      }),
    ]);
    expect(detail.history.total).toBe(2);
    const control = await controlIdOf(t, orgId, 'AC-02');
    const status = (await owner.request('GET', `/api/controls/${control}/monitoring`)).json();
    expect(status).toMatchObject({ status: 'failing', evidence: { status: 'current' } });
    expect(status.checks.map((c: { id: string }) => c.id)).toEqual(['test.user.mfa']);
  });

  it('refuses a bad file naming the file and line, records the failed run and keeps the last results beside a failing feed', async () => {
    const res = await upload(
      t,
      owner,
      `/api/integrations/${connectorId}/upload`,
      'users-v2.testusers',
      '{"id":"alice","mfa":true}\n{"id":"bob","mfa":true}\n{"id":7}\n',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'validation_failed',
      message: 'users-v2.testusers: line 3: id: expected a string',
      field: 'file',
    });
    const runs = (await owner.request('GET', `/api/monitoring/runs?connectorId=${connectorId}`)).json().items;
    expect(runs[0]).toMatchObject({
      status: 'failed',
      error: 'users-v2.testusers: line 3: id: expected a string',
    });
    // Earlier state untouched: bob still fails from the first upload, and the check still says so;
    // that its collector now fails is said beside it, dated by the failed run.
    const detail = (await owner.request('GET', '/api/monitoring/checks/test.user.mfa')).json();
    expect(detail.failing.items.map((i: { name: string }) => i.name)).toEqual(['bob']);
    const failingFeed = { status: 'collector_failing', since: runs[0].startedAt };
    expect(detail.check).toMatchObject({ status: 'failing', feed: failingFeed });
    const failingChecks = (await owner.request('GET', '/api/monitoring/checks?status=failing')).json().items;
    expect(failingChecks.map((c: { id: string }) => c.id)).toContain('test.user.mfa');
    const control = await controlIdOf(t, orgId, 'AC-02');
    expect((await owner.request('GET', `/api/controls/${control}/monitoring`)).json()).toMatchObject({
      status: 'failing',
      feed: failingFeed,
    });
    const connector = (await owner.request('GET', `/api/integrations/${connectorId}`)).json();
    expect(connector).toMatchObject({ lastStatus: 'error', lastError: expect.stringContaining('line 3') });
  });

  it('picks the importer from the file for a file.auto connector, and records an unknown format as a failed run', async () => {
    const auto = (await create({ kind: 'file.auto', name: 'Any export' })).json().id;
    const ok = await upload(
      t,
      owner,
      `/api/integrations/${auto}/upload`,
      'people.testusers',
      '{"id":"dana","mfa":true}\n',
    );
    expect(ok.json()).toMatchObject({ status: 'succeeded', source: 'testsrc', resourcesSeen: 1 });
    const unknown = await upload(t, owner, `/api/integrations/${auto}/upload`, 'notes.txt', 'hello');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(
      /^notes\.txt: is not a file Vigil can read\. Vigil reads: .+\. A folder of exports is uploaded packed as one \.zip or \.tar\.gz\.$/,
    );
    const runs = (await owner.request('GET', `/api/monitoring/runs?connectorId=${auto}`)).json().items;
    expect(runs.map((r: { status: string }) => r.status)).toEqual(['failed', 'succeeded']);
  });

  it('asks for multipart and refuses a file in another field', async () => {
    const json = await owner.request('POST', `/api/integrations/${connectorId}/upload`, { file: 'x' });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.field).toBe('file');
    const wrong = await upload(
      t,
      owner,
      `/api/integrations/${connectorId}/upload`,
      'a.testusers',
      '{}',
      'other',
    );
    expect(wrong.json().error.message).toContain('field named "file"');
  });
});

describe('scheduled runs', () => {
  it('runs due connectors from the import directory, backs off after a failure and alerts staleness once', async () => {
    writeFileSync(join(importDir, 'nightly.testusers'), '{"id":"carol","mfa":true}\n');
    const id = (
      await create({
        kind: 'test.users',
        name: 'Nightly',
        scheduleMinutes: 60,
        config: { path: 'nightly.testusers' },
      })
    ).json().id;
    const scheduler = new EmbeddedScheduler(
      { db: t.database.db, registry: TEST_REGISTRY, importDir, evidenceStore: t.ctx.evidenceStore },
      { retryBaseMs: 60_000 },
    );
    const runsOf = async () =>
      (await owner.request('GET', `/api/monitoring/runs?connectorId=${id}`)).json().items as {
        status: string;
      }[];
    const t0 = new Date();
    await scheduler.tick(t0);
    expect((await runsOf()).map((r) => r.status)).toEqual(['succeeded']);
    await scheduler.tick(new Date(t0.getTime() + 30 * 60_000));
    expect(await runsOf()).toHaveLength(1);

    writeFileSync(join(importDir, 'nightly.testusers'), 'garbage\n');
    await scheduler.tick(new Date(t0.getTime() + 61 * 60_000));
    expect((await runsOf()).map((r) => r.status)).toEqual(['failed', 'succeeded']);
    // Retry after one minute (not the hourly schedule), then two minutes after that.
    await scheduler.tick(new Date(t0.getTime() + 62.5 * 60_000));
    await scheduler.tick(new Date(t0.getTime() + 63.5 * 60_000));
    expect(await runsOf()).toHaveLength(3);
    const errors = await t.database.db
      .select()
      .from(schema.alertOutbox)
      .where(and(eq(schema.alertOutbox.orgId, orgId), eq(schema.alertOutbox.kind, 'connector_error')));
    expect(errors.filter((e) => e.payload.connectorId === id)).toHaveLength(1);

    // Two hours and more since the last success: one stale alert per episode, however often it ticks.
    await scheduler.tick(new Date(t0.getTime() + 200 * 60_000));
    await scheduler.tick(new Date(t0.getTime() + 260 * 60_000));
    const stale = await t.database.db
      .select()
      .from(schema.alertOutbox)
      .where(and(eq(schema.alertOutbox.orgId, orgId), eq(schema.alertOutbox.kind, 'stale')));
    expect(stale.filter((s) => s.payload.connectorId === id)).toHaveLength(1);
    await scheduler.stop();
  });

  it('marks a run left running by a stopped process as failed when the scheduler starts', async () => {
    const [run] = await t.database.db
      .insert(schema.runs)
      .values({ orgId, source: 'testsrc', status: 'running', startedAt: new Date() })
      .returning();
    const scheduler = new EmbeddedScheduler({
      db: t.database.db,
      registry: TEST_REGISTRY,
      importDir,
      evidenceStore: null,
    });
    await scheduler.start();
    await scheduler.stop();
    const view = (await owner.request('GET', `/api/monitoring/runs/${run!.id}`)).json();
    expect(view).toMatchObject({
      status: 'failed',
      error: 'The run stopped without finishing (the process running it ended).',
      progress: null,
    });
  });
});
