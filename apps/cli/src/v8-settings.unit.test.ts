import { describe, expect, it } from 'vitest';
import { v8FlagsFor } from '../bin/v8-settings.js';

describe('the V8 settings a command runs with', () => {
  it('keeps the heap small for checks of files, the server and its workers', () => {
    for (const args of [['check', '-i', 'users.json'], ['start'], ['worker'], []])
      expect(v8FlagsFor(args)).toEqual(['--heap-growing-percent=50', '--max-semi-space-size=4']);
  });

  it('builds a package and collects on the embedded database’s baseline code', () => {
    expect(v8FlagsFor(['package', 'SOC 2 Type II', 'out.tar.gz'])).toContain('--liftoff-only');
    expect(v8FlagsFor(['collect', 'trivy.json', '--file', 'scan.json'])).toEqual([
      '--heap-growing-percent=50',
      '--max-semi-space-size=4',
      '--liftoff-only',
    ]);
    // The server and workers run queries all day: they keep the optimizing tier.
    for (const args of [['start'], ['worker'], ['check', '-i', 'users.json']])
      expect(v8FlagsFor(args)).not.toContain('--liftoff-only');
  });

  it('verifies a package with V8’s own defaults', () => {
    expect(v8FlagsFor(['package', 'verify', 'audit.tar.gz'])).toEqual([]);
  });

  it('finds the command after vigil’s own options', () => {
    expect(v8FlagsFor(['--data-dir', '/srv/vigil', 'package', 'verify', 'a.tar.gz'])).toEqual([]);
    expect(v8FlagsFor(['--database-url=postgres://db/vigil', 'package', 'verify', 'a.tar.gz'])).toEqual([]);
    // A data directory named "package" is not the command.
    expect(v8FlagsFor(['--data-dir', 'package', 'collect', 'trivy', 'scan.json'])).toEqual(
      v8FlagsFor(['collect', 'trivy', 'scan.json']),
    );
    expect(v8FlagsFor(['--data-dir', '/srv/vigil', 'package', 'SOC 2', 'out.tar.gz'])).toContain(
      '--liftoff-only',
    );
  });
});
