/**
 * Memory stays flat on large exports: a generated ~50 MB Trivy report and a ~50 MB Grype report
 * (read in two passes) are imported while the heap is sampled; growth must stay well under the
 * file size. The figures are printed for the README.
 */
import '@vigil/monitoring/resource-types/scanners';
import { once } from 'node:events';
import { createWriteStream, rmSync, statSync } from 'node:fs';
import type { FileImporter } from '@vigil/monitoring';
import { afterAll, describe, expect, it } from 'vitest';
import { grypeImporter } from './grype.ts';
import { tempFile } from './test-support.ts';
import { trivyImporter } from './trivy.ts';

const TARGET_BYTES = 50 * 1024 * 1024;
const LIMIT = 150 * 1024 * 1024;

const generated: string[] = [];
afterAll(() => {
  for (const path of generated) rmSync(path, { force: true });
});

/** Writes `head`, then items from `item(i)` separated by commas until the file is large enough, then `tail`. */
async function generate(
  name: string,
  head: string,
  item: (i: number) => string,
  tail: string,
): Promise<string> {
  const path = tempFile(name, '');
  generated.push(path);
  const out = createWriteStream(path);
  out.write(head);
  let size = head.length;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const chunk = (i ? ',\n' : '') + item(i);
    size += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end(tail);
  await once(out, 'finish');
  return path;
}

const description = 'A long advisory text that scanners copy from NVD. '.repeat(12);

async function measure(importer: FileImporter, path: string) {
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  let count = 0;
  const started = performance.now();
  for await (const _ of importer.read({ path, name: 'large.json' })) {
    if (++count % 2000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  const figures = {
    fileMB: mb(statSync(path).size),
    resources: count,
    heapGrowthMB: mb(peak - base),
    ms: Math.round(performance.now() - started),
  };
  console.log(`${importer.id}: ${JSON.stringify(figures)}`);
  return { count, growth: peak - base };
}

describe('large exports', () => {
  it('imports a ~50 MB Trivy report with bounded heap growth', async () => {
    const path = await generate(
      'large-trivy.json',
      '{\n  "SchemaVersion": 2,\n  "ArtifactName": "registry.example/big:1",\n  "ArtifactType": "container_image",\n  "Results": [\n    {\n      "Target": "big (debian 12)",\n      "Type": "debian",\n      "Vulnerabilities": [\n',
      (i) =>
        JSON.stringify(
          {
            VulnerabilityID: `CVE-2024-${i}`,
            PkgName: `pkg-${i % 500}`,
            InstalledVersion: '1.0.0',
            FixedVersion: i % 3 ? '1.0.1' : undefined,
            Severity: ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'][i % 4],
            Title: `Issue ${i}`,
            Description: description,
            References: ['https://example.com/a', 'https://example.com/b'],
            PublishedDate: '2024-01-01T00:00:00Z',
          },
          null,
          2,
        ),
      '\n      ]\n    }\n  ]\n}\n',
    );
    const { count, growth } = await measure(trivyImporter, path);
    expect(count).toBeGreaterThan(50_000);
    expect(growth).toBeLessThan(LIMIT);
  }, 120_000);

  it('imports a ~50 MB Grype report, source last, with bounded heap growth', async () => {
    const path = await generate(
      'large-grype.json',
      '{\n "matches": [\n',
      (i) =>
        JSON.stringify({
          vulnerability: {
            id: `CVE-2024-${i}`,
            severity: 'High',
            description,
            fix: { versions: ['2.0.0'], state: 'fixed' },
          },
          artifact: {
            name: `pkg-${i % 500}`,
            version: '1.0.0',
            type: 'npm',
            locations: [{ path: '/app/package-lock.json' }],
          },
        }),
      '\n ],\n "source": {"type": "image", "target": {"userInput": "registry.example/big:1"}},\n "descriptor": {"name": "grype", "timestamp": "2026-01-01T00:00:00Z"}\n}\n',
    );
    const { count, growth } = await measure(grypeImporter, path);
    expect(count).toBeGreaterThan(50_000);
    expect(growth).toBeLessThan(LIMIT);
  }, 120_000);
});
