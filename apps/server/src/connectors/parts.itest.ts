/**
 * Connectors that hold several parts, uploaded a file at a time: scans of two images, audits of two
 * projects. A file describes only its own part, so it closes nothing of another part; newer data for
 * the same part is what records a remediation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload } from '../test/monitoring-http.ts';
import { type Client, createTestApp, setupOrganization, type TestApp } from '../test/test-app.ts';

const SCANNERS = join(import.meta.dirname, '../../../../packages/connectors/src/scanners/fixtures');
const trivyReport = JSON.parse(readFileSync(join(SCANNERS, 'trivy-image-debian-buster.json.golden'), 'utf8'));

/** The real report, as if taken of another image (or of the same image after its fixes). */
function reportOf(image: string, keepVulnerabilities = true): string {
  const report = structuredClone(trivyReport);
  report.ArtifactName = image;
  for (const r of report.Results) {
    r.Target = r.Target.replace('testdata/fixtures/images/debian-buster.tar.gz', image);
    if (!keepVulnerabilities) r.Vulnerabilities = [];
  }
  return JSON.stringify(report);
}

let t: TestApp;
let owner: Client;

beforeAll(async () => {
  t = await createTestApp();
  owner = await setupOrganization(t.app);
  await owner.request('POST', '/api/controls/adopt');
});
afterAll(() => t?.close());

const connector = async (kind: string, name: string) =>
  (await owner.request('POST', '/api/integrations', { kind, name })).json().id as string;
const send = (id: string, name: string, content: string) =>
  upload(t, owner, `/api/integrations/${id}/upload`, name, content);
const failing = async (checkId: string) =>
  (
    (await owner.request('GET', `/api/monitoring/checks/${checkId}?limit=500`)).json().failing.items as {
      name: string;
    }[]
  ).map((i) => i.name);
const CRITICAL = 'vuln.no_critical_unfixed';

describe('scans of two images into one Trivy connector', () => {
  it("keeps the first image's failure open after the second image's scan, and closes it only on its own rescan", async () => {
    const trivy = await connector('trivy.json', 'Images');
    expect((await send(trivy, 'api.json', reportOf('registry.example/api:1.4'))).statusCode).toBe(200);
    expect(await failing(CRITICAL)).toEqual(['registry.example/api:1.4']);

    const web = await send(trivy, 'web.json', reportOf('registry.example/web:2.0'));
    expect(web.statusCode, web.body).toBe(200);
    expect(web.json().transitions).toBeGreaterThan(0);
    expect((await failing(CRITICAL)).sort()).toEqual([
      'registry.example/api:1.4',
      'registry.example/web:2.0',
    ]);

    // The api image rebuilt with its fixes: its own scan, and only that, closes its failure.
    const fixed = await send(trivy, 'api-fixed.json', reportOf('registry.example/api:1.4', false));
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(await failing(CRITICAL)).toEqual(['registry.example/web:2.0']);
  });
});

describe('audits of two projects into one npm audit connector', () => {
  it("closes a project's findings only with its own clean audit, which yields nothing but still names it", async () => {
    const audit = readFileSync(join(SCANNERS, 'npm-audit-v2.json.golden'), 'utf8');
    const clean = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {},
      metadata: {
        vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 },
        dependencies: { prod: 507, dev: 0, optional: 12, peer: 0, peerOptional: 0, total: 518 },
      },
    });
    const npm = await connector('npm.audit', 'Projects');
    expect((await send(npm, 'billing.npm-audit.json', audit)).statusCode).toBe(200);
    expect((await send(npm, 'portal.npm-audit.json', audit)).statusCode).toBe(200);
    const critical = 'deps.npm_audit_no_critical';
    const projects = async () =>
      [...new Set((await failing(critical)).map((n) => n.split(' in ')[1]))].sort();
    expect(await projects()).toEqual(['billing', 'portal']);

    expect((await send(npm, 'billing.npm-audit.json', clean)).statusCode).toBe(200);
    expect(await projects()).toEqual(['portal']);
  });
});
