import '@vigil/monitoring/resource-types/scanners';
import { readFileSync } from 'node:fs';
import { BUILTIN_CHECKS, evaluateOne } from '@vigil/monitoring';
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

  it('dates a fixable high match Grype gives no date for from when monitoring first saw it, never "fixed"', async () => {
    // The golden's first match (fix state "fixed", versions listed), raised to High as Grype reports it.
    const report = JSON.parse(readFileSync(fixture('grype-image.json.golden'), 'utf8'));
    report.matches[0].vulnerability.severity = 'High';
    const [high] = await importAll(grypeImporter, tempFile('grype-high.json', JSON.stringify(report)));
    const check = BUILTIN_CHECKS.find((c) => c.id === 'vuln.no_high_unfixed_older_than_30d')!;
    const now = new Date('2026-03-01T00:00:00Z');
    const sla = (firstSeen?: Date) =>
      evaluateOne(check as Parameters<typeof evaluateOne>[0], high!, now, firstSeen);
    expect(sla(new Date('2026-02-20T00:00:00Z'))).toMatchObject({
      status: 'pass',
      reason:
        'CVE-1999-0001 in package-1 is still open with a fix available, 9 days into the 30-day window ' +
        '(measured from when Vigil first saw it, 2026-02-20)',
    });
    expect(sla(new Date('2026-01-01T00:00:00Z'))).toMatchObject({
      status: 'fail',
      reason: expect.stringMatching(
        /^CVE-1999-0001 in package-1 has been open for 59 days with a fix available/,
      ),
    });
    // `vigil check` knows no first-seen time: an error in plain words, not a missing field name.
    expect(sla()).toMatchObject({
      status: 'error',
      reason: expect.stringContaining('the scanner gives no date for this finding'),
    });
    for (const outcome of [sla(), sla(new Date('2026-02-20T00:00:00Z'))])
      expect(outcome.reason).not.toMatch(/\bfixed\b|grype/i);
  });

  it('counts listed fixed versions as a fix even when the fix state is left blank', async () => {
    const report = JSON.parse(readFileSync(fixture('grype-image.json.golden'), 'utf8'));
    report.matches[1].vulnerability.fix = { versions: ['1.0.1'], state: '' };
    const [, crit] = await importAll(grypeImporter, tempFile('grype-versions.json', JSON.stringify(report)));
    expect(crit!.attributes).toMatchObject({ fixAvailable: true, fixedVersions: ['1.0.1'] });
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
