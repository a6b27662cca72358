/**
 * Live connectors end to end through the API: a GitHub-shaped REST server, a TLS server and an
 * AWS-shaped server, all real HTTP(S) on 127.0.0.1; credentials sealed, never returned or audited.
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { startFakeAws } from '@vigil/connectors/cloud/test/fake-aws';
import { type ApiServer, startApiServer } from '@vigil/connectors/saas/test/api-server';
import { GITHUB_TEST_TOKEN, githubApi } from '@vigil/connectors/saas/test/github-api';
import { makeCa, makeLeaf } from '@vigil/connectors/scanners/test-certs';
import { schema } from '@vigil/db';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryOf } from '../monitoring/index.ts';
import type { Client, TestApp } from '../test/test-app.ts';
import { createTestApp, setupOrganization } from '../test/test-app.ts';
import { EmbeddedScheduler } from './jobs/embedded-scheduler.ts';

let t: TestApp;
let owner: Client;
let orgId: string;
let github: ApiServer;

beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOrganization(t.app);
  await owner.request('POST', '/api/controls/adopt');
  const [org] = await t.database.db.select({ id: schema.organizations.id }).from(schema.organizations);
  orgId = org!.id;
  github = await startApiServer(githubApi());
});
afterAll(async () => {
  await github?.close();
  await t?.close();
});

const create = (body: Record<string, unknown>) => owner.request('POST', '/api/integrations', body);
const run = (id: string) => owner.request('POST', `/api/integrations/${id}/run`);
const connectorRow = async (id: string) =>
  (await t.database.db.select().from(schema.connectors).where(eq(schema.connectors.id, id)))[0]!;
const liveResources = (source: string) =>
  t.database.db
    .select()
    .from(schema.resources)
    .where(
      and(
        eq(schema.resources.orgId, orgId),
        eq(schema.resources.source, source),
        isNull(schema.resources.goneAt),
      ),
    );

describe('live connector kinds', () => {
  it('lists the live collectors with the fields of their forms', async () => {
    const kinds = (await owner.request('GET', '/api/integrations/kinds')).json().items as {
      id: string;
      mode: string;
      fields: { name: string; secret: boolean; required: boolean }[];
    }[];
    const gh = kinds.find((k) => k.id === 'github.live')!;
    expect(gh.mode).toBe('live');
    expect(gh.fields).toEqual([
      expect.objectContaining({ name: 'org', secret: false, required: true }),
      expect.objectContaining({ name: 'baseUrl', secret: false, required: false }),
      expect.objectContaining({ name: 'token', secret: true, required: true }),
    ]);
    expect(kinds.filter((k) => k.mode === 'live').map((k) => k.id)).toEqual([
      'aws.live',
      'github.live',
      'okta.live',
      'tls.probe',
    ]);
  });

  it('refuses bad settings and credentials with a 400 naming the field, never echoing a secret', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ config: { org: 'github' }, credentials: {} }, 'credentials.token'],
      [
        { config: { org: 'github' }, credentials: { token: 'tok-secret-1', extra: 'x' } },
        'credentials.extra',
      ],
      [{ config: { org: 'a/b' }, credentials: { token: 'tok-secret-1' } }, 'config.org'],
      [{ config: { org: 'github', path: 'x.json' }, credentials: { token: 'tok-secret-1' } }, 'config.path'],
      [{ config: { org: 'github' }, credentials: { token: 42 } }, 'credentials.token'],
    ];
    for (const [body, field] of cases) {
      const res = await create({ kind: 'github.live', name: 'GitHub', ...body });
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.field).toBe(field);
      expect(res.json().error.message.startsWith(`${field}: `)).toBe(true);
      expect(res.body).not.toContain('tok-secret-1');
    }
    const aws = await create({
      kind: 'aws.live',
      name: 'AWS',
      config: { regions: ['eu-west-1', 'nowhere'] },
      credentials: {
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      },
    });
    expect(aws.json().error).toMatchObject({
      field: 'config.regions.1',
      message: 'config.regions.1: must be a region name such as eu-west-1',
    });
    const short = await create({
      kind: 'aws.live',
      name: 'AWS',
      credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'short-secret' },
    });
    expect(short.json().error.field).toBe('credentials.secretAccessKey');
    expect(short.body).not.toContain('short-secret');
  });
});

describe('github.live', () => {
  let id: string;

  it('is created with sealed credentials that the API and the audit log never show', async () => {
    const res = await create({
      kind: 'github.live',
      name: 'GitHub org',
      config: { org: 'github', baseUrl: github.base },
      credentials: { token: GITHUB_TEST_TOKEN },
    });
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({
      kind: 'github.live',
      mode: 'live',
      hasCredentials: true,
      config: { org: 'github', baseUrl: github.base },
      produces: ['github.org', 'github.repository', 'github.merged_change'],
    });
    expect(res.body).not.toContain(GITHUB_TEST_TOKEN);
    const row = await connectorRow(id);
    expect(row.credentialsEnc).toMatch(/^v1\./);
    expect(row.credentialsEnc).not.toContain(GITHUB_TEST_TOKEN);
    expect((await owner.request('GET', '/api/integrations')).body).not.toContain(GITHUB_TEST_TOKEN);
  });

  it('runs on demand: resources, check results and the collection kept as evidence', async () => {
    const res = await run(id);
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({ status: 'succeeded', source: 'github', connectorId: id, error: null });
    expect(view.resourcesSeen).toBe(4);
    expect(github.requests.every((r) => r.authorization === `token ${GITHUB_TEST_TOKEN}`)).toBe(true);

    const resources = await liveResources('github');
    expect(resources.map((r) => `${r.type}:${r.externalId}`).sort()).toEqual(
      expect.arrayContaining(['github.org:github', 'github.repository:github/hello-world']),
    );
    const intervals = await t.database.db
      .select()
      .from(schema.checkIntervals)
      .where(and(eq(schema.checkIntervals.orgId, orgId), isNull(schema.checkIntervals.to)));
    const ghIntervals = intervals.filter((i) => i.checkId.startsWith('gh.'));
    expect(ghIntervals.length).toBeGreaterThan(4);
    expect(new Set(ghIntervals.map((i) => i.status))).toContain('fail');

    expect(view.evidenceId).toMatch(/^[0-9a-f-]{36}$/);
    const evidence = await owner.request('GET', `/api/evidence/${view.evidenceId}`);
    expect(evidence.json()).toMatchObject({ kind: 'collection', runId: view.id });
    const links = await t.database.db
      .select()
      .from(schema.evidenceControls)
      .where(eq(schema.evidenceControls.evidenceId, view.evidenceId));
    expect(links.length).toBeGreaterThan(0);
    const body = await owner.request('GET', `/api/evidence/${view.evidenceId}/download`);
    expect(body.statusCode).toBe(200);
    expect(JSON.parse(body.body)).toMatchObject({ collector: 'github.live', runId: view.id });
    expect(body.body).not.toContain(GITHUB_TEST_TOKEN);

    const connector = (await owner.request('GET', `/api/integrations/${id}`)).json();
    expect(connector).toMatchObject({ lastStatus: 'ok', lastError: null });
  });

  it('records a rejected token as a failed run with lastError and one alert, keeping the earlier state', async () => {
    const patched = await owner.request('PATCH', `/api/integrations/${id}`, {
      credentials: { token: 'ghp_revoked_token_value' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.body).not.toContain('ghp_revoked');
    const res = await run(id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'failed',
      error: 'GitHub GET /orgs/github: 401 Bad credentials',
      evidenceId: null,
    });
    expect(res.body).not.toContain('ghp_revoked');
    const connector = (await owner.request('GET', `/api/integrations/${id}`)).json();
    expect(connector).toMatchObject({
      lastStatus: 'error',
      lastError: 'GitHub GET /orgs/github: 401 Bad credentials',
      hasCredentials: true,
    });
    expect(await liveResources('github')).toHaveLength(4);
    const alerts = await t.database.db
      .select()
      .from(schema.alertOutbox)
      .where(and(eq(schema.alertOutbox.orgId, orgId), eq(schema.alertOutbox.kind, 'connector_error')));
    const mine = alerts.filter((a) => a.payload.connectorId === id);
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((a) => a.payload.runId))).toEqual(new Set([res.json().id]));
    expect(JSON.stringify(mine)).not.toContain('ghp_revoked');

    const trail = await owner.request('GET', '/api/audit-events?limit=200');
    expect(trail.body).toContain('connector.updated');
    expect(trail.body).toContain('monitoring.run_failed');
    expect(trail.body).not.toContain(GITHUB_TEST_TOKEN);
    expect(trail.body).not.toContain('ghp_revoked');
  });

  it('may be scheduled without config.path', async () => {
    const ok = await owner.request('PUT', `/api/integrations/${id}/schedule`, { scheduleMinutes: 60 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().scheduleMinutes).toBe(60);
  });
});

describe('tls.probe on a schedule', () => {
  let server: https.Server;
  let port: number;
  const ca = makeCa('Vigil Live Test CA');

  beforeAll(async () => {
    const leaf = makeLeaf(ca, ['localhost'], -1, 90);
    server = https.createServer({ key: leaf.key, cert: leaf.cert }, (_req, res) => {
      res.writeHead(200, { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' });
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('probes a real TLS server through the in-process scheduler', async () => {
    const res = await create({
      kind: 'tls.probe',
      name: 'Public endpoints',
      scheduleMinutes: 60,
      config: { endpoints: [`https://localhost:${port}/`], ca: ca.certPem, timeoutMs: 5000 },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ mode: 'live', hasCredentials: false, scheduleMinutes: 60 });
    const id = res.json().id;
    const scheduler = new EmbeddedScheduler({
      db: t.database.db,
      registry: registryOf(t.ctx),
      importDir: null,
      evidenceStore: t.ctx.evidenceStore,
      masterKey: t.ctx.masterKey,
    });
    await scheduler.tick(new Date());
    await scheduler.stop();
    const runs = (await owner.request('GET', `/api/monitoring/runs?connectorId=${id}`)).json().items;
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'succeeded', source: 'tls-probe', resourcesSeen: 1 });
    const [endpoint] = await liveResources('tls-probe');
    expect(endpoint).toMatchObject({ type: 'tls.endpoint', externalId: `localhost:${port}` });
    expect(endpoint!.attributes).toMatchObject({
      chainTrusted: true,
      hostnameMatches: true,
      hsts: { present: true, includeSubDomains: true },
    });
  });
});

describe('aws.live', () => {
  it('collects from an AWS-shaped server as one run', async () => {
    const aws = await startFakeAws();
    try {
      const res = await create({
        kind: 'aws.live',
        name: 'AWS prod',
        config: { regions: ['eu-west-1'], endpoint: aws.endpoint },
        credentials: {
          accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
          secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        },
      });
      expect(res.statusCode).toBe(201);
      const ran = await run(res.json().id);
      expect(ran.json()).toMatchObject({ status: 'succeeded', source: 'aws' });
      expect(ran.json().resourcesSeen).toBeGreaterThan(5);
      expect(ran.body).not.toContain('EXAMPLEKEY');
      const types = new Set((await liveResources('aws')).map((r) => r.type));
      expect(types.has('aws.s3_bucket')).toBe(true);
      expect(types.has('aws.account')).toBe(true);
    } finally {
      await aws.close();
    }
  }, 60_000);

  it('fails the run with an error naming the throttled call when throttling outlasts the attempts', async () => {
    const aws = await startFakeAws();
    try {
      aws.throttle.set('GetCallerIdentity', Number.POSITIVE_INFINITY);
      const res = await create({
        kind: 'aws.live',
        name: 'AWS throttled',
        config: { regions: ['eu-west-1'], endpoint: aws.endpoint, maxAttempts: 2 },
        credentials: {
          accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
          secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        },
      });
      expect(res.statusCode).toBe(201);
      const id = res.json().id;
      const message =
        'aws sts GetCallerIdentity: Throttling: Rate exceeded (HTTP 400); still throttled after 2 attempts';
      const ran = await run(id);
      expect(ran.json()).toMatchObject({ status: 'failed', source: 'aws', error: message, evidenceId: null });
      expect((await owner.request('GET', `/api/integrations/${id}`)).json()).toMatchObject({
        lastStatus: 'error',
        lastError: message,
      });
      expect(aws.seen.map((s) => `${s.operation} ${s.status}`)).toEqual([
        'GetCallerIdentity 400',
        'GetCallerIdentity 400',
      ]);
    } finally {
      await aws.close();
    }
  }, 60_000);
});
