/**
 * Property tests: whatever bytes an importer is given, it either yields resources or throws an
 * ImportError; never another exception, never an unhandled rejection.
 */
import '@vigil/monitoring/resource-types/scanners';
import { readFileSync } from 'node:fs';
import { type FileImporter, ImportError } from '@vigil/monitoring';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grypeImporter } from './grype.ts';
import { kubectlImporter } from './kubectl.ts';
import { npmAuditImporter } from './npm-audit.ts';
import { sarifImporter } from './sarif.ts';
import { fixture, tempFile } from './test-support.ts';
import { trivyImporter } from './trivy.ts';

const RUNS = 200;
const leaf = fc.oneof(fc.anything({ maxDepth: 2 }), fc.string(), fc.integer(), fc.constant(null));
const obj = (shape: Record<string, fc.Arbitrary<unknown>>) => fc.record(shape, { requiredKeys: [] });

/** Documents that look like each format, with anything at the leaves. */
const nearFormat: Record<string, fc.Arbitrary<unknown>> = {
  trivy: obj({
    SchemaVersion: fc.oneof(fc.constant(2), leaf),
    ArtifactName: fc.oneof(fc.string(), leaf),
    Metadata: fc.oneof(obj({ ImageID: leaf, RepoDigests: fc.oneof(fc.array(fc.string()), leaf) }), leaf),
    Results: fc.oneof(
      fc.array(
        obj({
          Target: leaf,
          Type: leaf,
          Vulnerabilities: fc.oneof(
            fc.array(obj({ VulnerabilityID: leaf, PkgName: leaf, Severity: leaf, FixedVersion: leaf })),
            leaf,
          ),
        }),
      ),
      leaf,
    ),
  }),
  grype: obj({
    matches: fc.oneof(
      fc.array(
        obj({
          vulnerability: obj({ id: leaf, severity: leaf, fix: obj({ state: leaf, versions: leaf }) }),
          artifact: obj({ name: leaf, version: leaf }),
        }),
      ),
      leaf,
    ),
    source: fc.oneof(obj({ type: leaf, target: fc.oneof(fc.string(), obj({ userInput: leaf })) }), leaf),
    descriptor: fc.oneof(obj({ name: fc.constant('grype'), timestamp: leaf }), leaf),
  }),
  sarif: obj({
    version: fc.oneof(fc.constant('2.1.0'), leaf),
    runs: fc.oneof(
      fc.array(
        obj({
          tool: obj({
            driver: obj({
              name: leaf,
              rules: fc.oneof(
                fc.array(obj({ id: leaf, defaultConfiguration: obj({ level: leaf }), properties: leaf })),
                leaf,
              ),
            }),
          }),
          results: fc.oneof(
            fc.array(
              obj({
                ruleId: leaf,
                ruleIndex: leaf,
                level: leaf,
                suppressions: leaf,
                properties: leaf,
                kind: leaf,
              }),
            ),
            leaf,
          ),
          invocations: leaf,
        }),
      ),
      leaf,
    ),
  }),
  npm: obj({
    auditReportVersion: fc.oneof(fc.constant(2), leaf),
    vulnerabilities: fc.oneof(
      fc.dictionary(
        fc.string(),
        obj({
          severity: fc.oneof(fc.constant('high'), leaf),
          via: fc.oneof(fc.array(fc.oneof(fc.string(), obj({ source: leaf, title: leaf }))), leaf),
          fixAvailable: leaf,
        }),
      ),
      leaf,
    ),
    advisories: fc.oneof(
      fc.dictionary(
        fc.string(),
        obj({ id: leaf, module_name: leaf, severity: leaf, patched_versions: leaf }),
      ),
      leaf,
    ),
    error: leaf,
  }),
  kubectl: obj({
    kind: fc.oneof(fc.constantFrom('List', 'Pod', 'Deployment', 'CronJob', 'ClusterRoleBinding'), leaf),
    metadata: fc.oneof(obj({ name: leaf, namespace: leaf }), leaf),
    items: fc.oneof(
      fc.array(
        obj({
          kind: fc.oneof(
            fc.constantFrom('Pod', 'Deployment', 'Namespace', 'NetworkPolicy', 'RoleBinding', 'Secret'),
            leaf,
          ),
          metadata: obj({ name: leaf, namespace: leaf, ownerReferences: leaf }),
          spec: obj({
            containers: fc.oneof(
              fc.array(obj({ name: leaf, image: leaf, securityContext: leaf, resources: leaf })),
              leaf,
            ),
            template: leaf,
          }),
          roleRef: leaf,
          subjects: leaf,
        }),
      ),
      leaf,
    ),
  }),
};

const FIXTURES: Record<string, string> = {
  trivy: 'trivy-image-debian-buster.json.golden',
  grype: 'grype-image.json.golden',
  sarif: 'sarif-semgrep.sarif',
  npm: 'npm-audit-v2.json.golden',
  kubectl: 'kubectl-list.json.golden',
};

/** A real export, cut short, with bytes overwritten or with a stray fragment inserted. */
const mutated = (name: string) => {
  const bytes = readFileSync(fixture(name));
  return fc.oneof(
    fc.nat({ max: bytes.length }).map((n) => bytes.subarray(0, n)),
    fc
      .tuple(fc.nat({ max: bytes.length - 1 }), fc.uint8Array({ minLength: 1, maxLength: 8 }))
      .map(([at, junk]) => {
        const copy = Buffer.from(bytes);
        copy.set(junk.subarray(0, copy.length - at), at);
        return copy;
      }),
    fc
      .tuple(
        fc.nat({ max: bytes.length }),
        fc.constantFrom('{', '}', '[', ']', ',', '"', ':', 'null', '\u0000', '"__proto__":1,'),
      )
      .map(([at, s]) => Buffer.concat([bytes.subarray(0, at), Buffer.from(s), bytes.subarray(at)])),
  );
};

const inputFor = (key: string): fc.Arbitrary<Uint8Array | string> =>
  fc.oneof(
    { weight: 3, arbitrary: nearFormat[key]!.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 3, arbitrary: mutated(FIXTURES[key]!) },
    { weight: 1, arbitrary: fc.json() },
    { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  );

const importers: [string, FileImporter][] = [
  ['trivy', trivyImporter],
  ['grype', grypeImporter],
  ['sarif', sarifImporter],
  ['npm', npmAuditImporter],
  ['kubectl', kubectlImporter],
];

const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
beforeAll(() => process.on('unhandledRejection', onRejection));
afterAll(() => process.off('unhandledRejection', onRejection));

describe('importer fuzzing', () => {
  for (const [key, importer] of importers) {
    it(`${importer.id} only ever succeeds or throws ImportError`, async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(inputFor(key), async (content) => {
          const path = tempFile(`fuzz-${key}-${n++}.json`, content);
          try {
            for await (const _ of importer.read({ path, name: 'fuzz.json' })) {
              // drain
            }
          } catch (err) {
            if (!(err instanceof ImportError)) throw err;
            expect(err.message.startsWith('fuzz.json: ')).toBe(true);
          }
        }),
        { numRuns: RUNS },
      );
      expect(rejections).toEqual([]);
      // Generous: 200 imports of real files can take seconds on a busy CI machine.
    }, 60_000);
  }
});
