import '@vigil/monitoring/resource-types/scanners';
import { describe, expect, it } from 'vitest';
import { fixture, importAll, importError, tempFile } from './test-support.ts';
import { trivyImporter } from './trivy.ts';

describe('trivy importer', () => {
  it('reads an image report into findings and a target summary', async () => {
    const rs = await importAll(trivyImporter, fixture('trivy-image-debian-buster.json.golden'));
    const findings = rs.filter((r) => r.type === 'vuln.finding');
    expect(findings).toHaveLength(2);
    const crit = findings.find((r) => r.attributes.vulnerabilityId === 'CVE-2019-18224')!;
    expect(crit.attributes).toMatchObject({
      scanner: 'trivy',
      target: 'testdata/fixtures/images/debian-buster.tar.gz',
      targetType: 'container_image',
      location: 'testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)',
      package: 'libidn2-0',
      packageType: 'debian',
      installedVersion: '2.0.5-1',
      fixedVersions: ['2.0.5-1+deb10u1'],
      fixAvailable: true,
      severity: 'critical',
      publishedAt: '2019-10-21T17:15:00Z',
    });
    const low = findings.find((r) => r.attributes.vulnerabilityId === 'CVE-2019-18276')!;
    expect(low.attributes).toMatchObject({
      severity: 'low',
      fixAvailable: false,
      status: 'affected',
      fixedVersions: [],
    });
    const target = rs.find((r) => r.type === 'vuln.target')!;
    expect(target.externalId).toBe('testdata/fixtures/images/debian-buster.tar.gz');
    expect(target.attributes).toMatchObject({
      findingsTotal: 2,
      scannedAt: '2021-08-25T12:20:30.000000005Z',
      imageDigest: 'sha256:c2c03a296d2329a4f3ab72a7bf38b78a8a80108204d326b0139d6af700e152d1',
      counts: { critical: 1, high: 0, medium: 0, low: 1, unknown: 0 },
      fixableCounts: { critical: 1, high: 0, medium: 0, low: 0, unknown: 0 },
      criticalHigh: [
        { id: 'CVE-2019-18224', severity: 'critical', package: 'libidn2-0', fixAvailable: true },
      ],
    });
  });

  it('reads a repository scan and skips the package inventory', async () => {
    const rs = await importAll(trivyImporter, fixture('trivy-repo-npm.json.golden'));
    expect(rs.map((r) => r.type)).toEqual(['vuln.finding', 'vuln.target']);
    expect(rs[0]!.attributes).toMatchObject({
      package: 'jquery',
      location: 'package-lock.json',
      severity: 'medium',
    });
  });

  it('reads reports whose keys were moved: `jq -S` order, or the header at the end', async () => {
    const vulns = [
      { Target: 'x', Vulnerabilities: [{ VulnerabilityID: 'CVE-1', PkgName: 'p', Severity: 'HIGH' }] },
    ];
    const sorted = {
      ArtifactName: 'img:1',
      ArtifactType: 'container_image',
      Results: vulns,
      SchemaVersion: 2,
    };
    const last = { Results: vulns, ArtifactName: 'img:1', SchemaVersion: 2 };
    for (const doc of [sorted, last]) {
      const rs = await importAll(trivyImporter, tempFile('sorted.json', JSON.stringify(doc)));
      expect(rs[0]!.attributes).toMatchObject({ target: 'img:1', severity: 'high', fixAvailable: false });
    }
  });

  it('produces a target summary for a clean scan', async () => {
    const path = tempFile(
      'clean.json',
      JSON.stringify({ SchemaVersion: 2, ArtifactName: 'clean:1', Results: [] }),
    );
    const rs = await importAll(trivyImporter, path);
    expect(rs).toHaveLength(1);
    expect(rs[0]!.attributes).toMatchObject({ findingsTotal: 0, counts: { critical: 0 } });
  });

  it('names the file, the line and the JSON path of bad input', async () => {
    const truncated = tempFile('t.json', '{\n  "SchemaVersion": 2,\n  "Results": [\n    {"Target": "x",\n');
    expect((await importError(trivyImporter, truncated, 'report.json'))?.message).toMatch(
      /^report\.json: line 5: unexpected end of file inside \$\.Results\[0\]/,
    );
    const bad = tempFile(
      'b.json',
      '{\n  "SchemaVersion": 2,\n  "Results": [\n    {"Target": "x",, }\n  ]\n}\n',
    );
    expect((await importError(trivyImporter, bad, 'report.json'))?.message).toMatch(
      /^report\.json: line 4: not valid JSON near \$\.Results:/,
    );
    const shape = tempFile(
      's.json',
      '{"SchemaVersion": 2, "ArtifactName": "a",\n"Results": [{"Vulnerabilities": [\n{"VulnerabilityID": 7, "PkgName": "p"}]}]}',
    );
    const err = await importError(trivyImporter, shape, 'report.json');
    expect(err?.location).toBe('$.Results[0].Vulnerabilities[0].VulnerabilityID');
    expect(err?.detail).toMatch(/line 3/);
    const version = tempFile('v.json', '{"SchemaVersion": 1, "ArtifactName": "a", "Results": []}');
    expect((await importError(trivyImporter, version))?.location).toBe('$.SchemaVersion');
    const legacy = tempFile('l.json', '[{"Target": "x", "Vulnerabilities": []}]');
    expect((await importError(trivyImporter, legacy))?.detail).toMatch(/legacy JSON format/);
    const other = tempFile('o.json', '{"matches": []}');
    expect((await importError(trivyImporter, other))?.detail).toMatch(/not a Trivy JSON report/);
  });

  it('rejects non-UTF-8 and UTF-16 files at the right line', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('{\n"SchemaVersion": 2,\n"ArtifactName": "caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n'),
    ]);
    const err = await importError(trivyImporter, tempFile('latin1.json', latin1));
    expect(err?.location).toBe('line 3');
    expect(err?.detail).toMatch(/not valid UTF-8/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"SchemaVersion":2}', 'utf16le')]);
    expect((await importError(trivyImporter, tempFile('u16.json', utf16)))?.detail).toMatch(/UTF-16/);
    expect((await importError(trivyImporter, tempFile('empty.json', '  \n')))?.detail).toBe(
      'the file is empty',
    );
  });

  it('detects Trivy reports by their first bytes', () => {
    expect(
      trivyImporter.detect(
        '{\n  "SchemaVersion": 2,\n  "CreatedAt": "x",\n  "ArtifactName": "a"',
        'r.json.golden',
      ),
    ).toBe(true);
    expect(trivyImporter.detect('{\n "matches": [', 'r.json.golden')).toBe(false);
  });
});
