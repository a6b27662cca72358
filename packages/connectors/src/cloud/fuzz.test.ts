/**
 * Fuzzing every cloud importer: random bytes, random JSON, and mutated real fixtures (bytes cut,
 * inserted or flipped; JSON subtrees replaced). The only acceptable outcomes are resources or an
 * ImportError: never another exception type, a hang or an unhandled rejection.
 */
import { cpSync, readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportError } from '@vigil/monitoring';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { FIXTURES, readAll, tempDir } from './test/support.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 70);

const FILE_IMPORTERS: [string, string][] = [
  ['aws.credential_report', 'credential-report.csv'],
  ['aws.credential_report', 'get-credential-report.json'],
  ['aws.password_policy', 'get-account-password-policy.json'],
  ['aws.authorization_details', 'get-account-authorization-details.json'],
  ['aws.rds_instances', 'describe-db-instances.json'],
  ['aws.cloudtrail_trails', 'describe-trails.json'],
  ['aws.security_groups', 'describe-security-groups.json'],
  ['aws.kms_key', 'describe-key-customer.json'],
  ['aws.guardduty_detector', '12abc34d567e8fa901bc2d34eexample.json'],
  ['terraform.show_json', 'terraform-plan.json'],
  ['terraform.show_json', 'terraform-state.json'],
];

/** Runs the importer; returns normally only if it succeeded or threw an ImportError. */
async function importsOrImportError(id: string, path: string) {
  try {
    await readAll(id, path, 'fuzzed');
  } catch (err) {
    if (!(err instanceof ImportError))
      throw new Error(`${id} threw ${(err as Error)?.constructor?.name}: ${(err as Error)?.stack}`);
  }
}

/** A byte-level mutation of a fixture: cut it, drop a slice, insert bytes, or flip one byte. */
const byteMutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('drop' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
);

function mutateBytes(
  original: Buffer,
  m: fc.Arbitrary<unknown> extends never ? never : Record<string, unknown>,
): Buffer {
  const at = Math.floor((m.at as number) * original.length);
  switch (m.kind) {
    case 'truncate':
      return original.subarray(0, at);
    case 'drop':
      return Buffer.concat([original.subarray(0, at), original.subarray(at + (m.length as number))]);
    case 'insert':
      return Buffer.concat([
        original.subarray(0, at),
        Buffer.from(m.bytes as Uint8Array),
        original.subarray(at),
      ]);
    default: {
      const copy = Buffer.from(original);
      if (copy.length > 0) copy[Math.min(at, copy.length - 1)] = m.byte as number;
      return copy;
    }
  }
}

/** Every path (list of keys) inside a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...prefix, i], out);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

/** The document with the subtree at `path` replaced (the root itself when the path is empty). */
function replaceAt(doc: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

describe.each(FILE_IMPORTERS)('fuzzing %s with %s', (id, name) => {
  const file = join(tempDir(), name);

  it('survives random bytes and random JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          fc.json().map((t) => Buffer.from(t)),
        ),
        async (bytes) => {
          await writeFile(file, bytes);
          await importsOrImportError(id, file);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('survives byte mutations of the real fixture', async () => {
    const original = await readFile(join(FIXTURES, name));
    await fc.assert(
      fc.asyncProperty(byteMutation, async (m) => {
        await writeFile(file, mutateBytes(original, m));
        await importsOrImportError(id, file);
      }),
      { numRuns: RUNS },
    );
  });

  it.skipIf(!name.endsWith('.json'))('survives JSON subtrees replaced by random values', async () => {
    const doc = JSON.parse(await readFile(join(FIXTURES, name), 'utf8'));
    const all = paths(doc);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.jsonValue({ maxDepth: 3 }), async (pick, value) => {
        await writeFile(file, JSON.stringify(replaceAt(doc, all[pick % all.length]!, value)));
        await importsOrImportError(id, file);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Every file under a directory, relative to it. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full).map((f) => join(entry, f)) : [entry];
  });

describe.each([
  ['aws.bundle', ''],
  ['aws.s3', 's3api'],
])('fuzzing the directory importer %s', (id, sub) => {
  it('survives one mutated file at a time', async () => {
    const dir = join(tempDir(), 'bundle');
    cpSync(join(FIXTURES, 'aws-bundle'), dir, { recursive: true });
    const root = join(dir, sub);
    const files = filesUnder(root);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        byteMutation,
        fc.jsonValue({ maxDepth: 2 }),
        fc.boolean(),
        async (pick, m, value, asJson) => {
          const target = join(root, files[pick % files.length]!);
          const original = await readFile(target);
          let mutated = mutateBytes(original, m);
          if (asJson && target.endsWith('.json')) {
            const doc = JSON.parse(original.toString());
            const all = paths(doc);
            mutated = Buffer.from(JSON.stringify(replaceAt(doc, all[pick % all.length]!, value)));
          }
          await writeFile(target, mutated);
          try {
            await importsOrImportError(id, root);
          } finally {
            await writeFile(target, original);
          }
        },
      ),
      { numRuns: Number(process.env.FUZZ_DIR_RUNS ?? 60) },
    );
  }, 60_000);
});
