import '@vigil/monitoring/resource-types/scanners';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { npmAuditImporter } from './npm-audit.ts';
import { fixture, importAll, importError, tempFile } from './test-support.ts';

describe('npm audit importer', () => {
  it('reads the npm 7+ report per vulnerable package, the project named by the file', async () => {
    const rs = await importAll(
      npmAuditImporter,
      fixture('npm-audit-v2.json.golden'),
      'web-app.npm-audit.json',
    );
    expect(rs).toHaveLength(6);
    const byName = Object.fromEntries(rs.map((r) => [r.attributes.package, r]));
    expect(byName.handlebars!.externalId).toBe('web-app|handlebars');
    expect(byName.handlebars!.attributes).toMatchObject({
      project: 'web-app',
      severity: 'critical',
      isDirect: false,
      fixAvailable: true,
      viaPackages: ['optimist'],
      reportVersion: 2,
    });
    expect(byName.handlebars!.attributes.advisories).toHaveLength(3);
    expect(byName.mkdirp!.attributes).toMatchObject({
      advisories: [],
      viaPackages: ['minimist'],
      fixAvailable: { name: 'nyc', version: '15.1.0', isSemVerMajor: true },
    });
    expect(byName.subtext!.attributes).toMatchObject({ severity: 'high', fixAvailable: false });
  });

  it("reads npm's own CLI snapshot", async () => {
    const [r] = await importAll(
      npmAuditImporter,
      fixture('npm-audit-cli-snapshot.json.golden'),
      'api.npm-audit.json',
    );
    expect(r!.attributes).toMatchObject({
      project: 'api',
      package: 'test-dep-a',
      severity: 'high',
      fixAvailable: false,
    });
    expect(r!.attributes.advisories).toEqual([
      {
        id: '100',
        title: 'Test advisory 100',
        url: 'https://github.com/advisories/GHSA-100',
        severity: 'high',
        range: '*',
      },
    ]);
  });

  it('folds the legacy npm 6 advisories per module', async () => {
    const [r] = await importAll(
      npmAuditImporter,
      fixture('npm-audit-v1.json.golden'),
      'legacy.npm-audit.json',
    );
    expect(r!.attributes).toMatchObject({
      package: 'growl',
      severity: 'critical',
      reportVersion: 1,
      fixAvailable: true,
      advisories: [{ id: '146', title: 'Command Injection', range: '<1.10.2' }],
    });
  });

  it('reports npm failures and wrong formats with the JSON path', async () => {
    const failed = tempFile(
      'e.json',
      '{"error": {"code": "ENOLOCK", "summary": "This command requires an existing lockfile."}}',
    );
    expect((await importError(npmAuditImporter, failed, 'web.npm-audit.json'))?.message).toBe(
      'web.npm-audit.json: $.error: npm audit failed (ENOLOCK): This command requires an existing lockfile.',
    );
    // What npm 11 prints for `npm audit --json` in a project without a lock file: a failed import
    // that says what to do, recognised as npm's even without a report in it.
    const real = fixture('npm-audit-enolock.json.golden');
    expect(npmAuditImporter.detect(readFileSync(real, 'utf8'), 'web.npm-audit.json')).toBe(true);
    expect((await importError(npmAuditImporter, real, 'web.npm-audit.json'))?.message).toBe(
      'web.npm-audit.json: $.error: npm audit failed (ENOLOCK): This command requires an existing lockfile. ' +
        'Try creating one first with: npm i --package-lock-only',
    );
    const sev = tempFile(
      's.json',
      '{"auditReportVersion": 2, "vulnerabilities": {"x": {"severity": "severe", "via": []}}}',
    );
    expect((await importError(npmAuditImporter, sev))?.location).toBe('$.vulnerabilities.x.severity');
    const other = tempFile('o.json', '{"matches": []}');
    expect((await importError(npmAuditImporter, other))?.detail).toMatch(/not an npm audit/);
    expect(npmAuditImporter.detect('{\n  "auditReportVersion": 2,', 'a.json')).toBe(true);
    expect(npmAuditImporter.detect('{\n  "actions": [],\n  "advisories": {},', 'a.json')).toBe(true);
  });
});
