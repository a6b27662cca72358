import '@vigil/monitoring/resource-types/scanners';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grypeImporter } from './grype.ts';
import { fixture, importAll, importError, tempFile } from './test-support.ts';

describe('grype importer', () => {
  it('reads an image report; the source after the matches still names every finding', async () => {
    const rs = await importAll(grypeImporter, fixture('grype-image.json.golden'));
    const [low, crit, target] = rs;
    expect(low!.attributes).toMatchObject({
      scanner: 'grype',
      target: 'user-input',
      targetType: 'image',
      package: 'package-1',
      installedVersion: '1.1.1',
      fixedVersions: ['1.2.1', '2.1.3', '3.4.0'],
      fixAvailable: true,
      severity: 'low',
    });
    // `fix.state: ""` means Grype does not know: the attribute stays absent so checks error, not pass.
    expect(crit!.attributes).toMatchObject({
      vulnerabilityId: 'CVE-1999-0002',
      severity: 'critical',
      fixedVersions: [],
    });
    expect(crit!.attributes).not.toHaveProperty('fixAvailable');
    expect(target!.type).toBe('vuln.target');
    expect(target!.attributes).toMatchObject({
      imageDigest: 'sha256:ca738abb87a8d58f112d3400ebb079b61ceae7dc290beb34bda735be4b1941d5',
      counts: { critical: 1, low: 1 },
      fixableCounts: { critical: 0, low: 1 },
    });
    // The golden file blanks the timestamp: not recorded rather than an invalid date.
    expect(target!.attributes).not.toHaveProperty('scannedAt');
  });

  it('keeps the earliest fix date of recent Grype versions, the only per-finding date Grype reports', async () => {
    const report = JSON.parse(readFileSync(fixture('grype-image.json.golden'), 'utf8'));
    report.matches[0].vulnerability.fix.available = [
      { version: '2.1.3', date: '2026-02-11', kind: 'first-observed' },
      { version: '1.2.1', date: '2025-12-03', kind: 'advisory' },
      { version: '3.4.0', date: '0001-01-01', kind: 'first-observed' },
    ];
    report.matches[1].vulnerability.fix.available = null;
    const [low, crit] = await importAll(grypeImporter, tempFile('grype-dates.json', JSON.stringify(report)));
    expect(low!.attributes.fixAvailableSince).toBe('2025-12-03');
    expect(crit!.attributes).not.toHaveProperty('fixAvailableSince');
    // Grype has no advisory publication or first-detection date: neither is invented.
    expect(low!.attributes).not.toHaveProperty('publishedAt');
    expect(low!.attributes).not.toHaveProperty('firstSeenAt');
  });

  it('reads a directory scan whose target is a plain string', async () => {
    const rs = await importAll(grypeImporter, fixture('grype-dir.json.golden'));
    expect(rs.map((r) => r.attributes.target)).toEqual(['/some/path', '/some/path', '/some/path']);
    expect(rs[2]!.attributes.targetType).toBe('directory');
  });

  it('names the JSON path of a match that is not a Grype match', async () => {
    const path = tempFile(
      'g.json',
      '{"matches": [\n{"vulnerability": {"id": "CVE-1"}, "artifact": {"name": "a"}},\n{"vulnerability": {}, "artifact": {"name": "b"}}\n],\n"source": {"type": "directory", "target": "/x"}}',
    );
    const err = await importError(grypeImporter, path, 'grype.json');
    expect(err?.message).toMatch(
      /^grype\.json: \$\.matches\[1\]\.vulnerability\.id: not a Grype match: .*line 3/,
    );
    const noSource = tempFile('ns.json', '{"matches": []}');
    expect((await importError(grypeImporter, noSource))?.location).toBe('$.source');
    const wrong = tempFile('w.json', '{"SchemaVersion": 2, "Results": []}');
    expect((await importError(grypeImporter, wrong))?.detail).toMatch(/not a Grype JSON report/);
  });

  it('detects Grype reports by their first bytes', () => {
    expect(grypeImporter.detect('{\n "matches": [\n  {\n   "vulnerability": {', 'x.json')).toBe(true);
    expect(grypeImporter.detect('{"SchemaVersion": 2, "ArtifactName": "a"', 'x.json')).toBe(false);
  });
});
