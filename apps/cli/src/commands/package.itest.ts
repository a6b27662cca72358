import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWorkspace,
  initOrganization,
  OWNER,
  runCli,
  type Workspace,
  withDataDir,
} from '../test/cli-harness.ts';

const TIMEOUT = 180_000;

describe('vigil package', () => {
  let ws: Workspace;
  let engagementId: string;
  const out = () => join(ws.root, 'audit.tar.gz');

  beforeAll(async () => {
    ws = await createWorkspace();
    await initOrganization(ws.dataDir);
    const evidence = join(ws.root, 'access-review.csv');
    writeFileSync(evidence, 'user,approved\nalice@acme.test,yes\n');
    const added = await runCli(
      ['evidence', 'add', evidence, '--org', OWNER.slug, '--title', 'Q2 access review'],
      ws.dataDir,
    );
    expect(added.stderr).toBe('');
    engagementId = await withDataDir(ws.dataDir, async ({ db }) => {
      const [org] = await db
        .select()
        .from(schema.organizations)
        .where(eq(schema.organizations.slug, OWNER.slug));
      const [e] = await db
        .insert(schema.engagements)
        .values({
          orgId: org!.id,
          name: 'SOC 2 Type I',
          reportType: 'type1',
          asOfDate: '2099-12-31',
          categories: ['security'],
        })
        .returning();
      return e!.id;
    });
  }, TIMEOUT);
  afterAll(() => ws?.remove());

  it(
    'builds a package that verifies offline, and names a file changed by one byte',
    async () => {
      const built = await runCli(['package', engagementId, out()], ws.dataDir);
      expect(built.stderr).toBe('');
      expect(built.code).toBe(0);
      expect(built.stdout).toContain(`Wrote the audit package of "SOC 2 Type I" to ${out()}`);

      // Offline: an empty data directory, as an auditor's machine would have.
      const ok = await runCli(['package', 'verify', out()], join(ws.root, 'nothing-here'));
      expect(ok.stderr).toBe('');
      expect(ok.code).toBe(0);
      expect(ok.stdout).toMatch(/^Audit package verified: \d+ files match their SHA-256s/);

      // The standard tools the README names agree.
      const unpacked = join(ws.root, 'unpacked');
      mkdirSync(unpacked);
      execFileSync('tar', ['xzf', out(), '-C', unpacked]);
      const sums = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpacked, encoding: 'utf8' });
      expect(sums).toContain('manifest.json: OK');
      expect(sums).not.toContain('FAILED');

      // Flip one byte of the evidence file's content inside the (uncompressed) tar.
      const tarBytes = gunzipSync(readFileSync(out()));
      const at = tarBytes.indexOf('alice@acme.test');
      tarBytes[at] = 'A'.charCodeAt(0);
      const bad = join(ws.root, 'bad.tar.gz');
      writeFileSync(bad, gzipSync(tarBytes));
      const r = await runCli(['package', 'verify', bad], join(ws.root, 'nothing-here'));
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(
        /evidence\/[0-9a-f-]{36}\/access-review\.csv: content does not match its SHA-256 in the manifest/,
      );
    },
    TIMEOUT,
  );

  it(
    'takes the engagement by name, and exits 2 for an unknown engagement and for a file that is not a package',
    async () => {
      const unknown = await runCli(['package', '00000000-0000-4000-8000-000000000000', out()], ws.dataDir);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('<engagement>: no engagement');
      const byName = await runCli(['package', 'SOC 2 Type I', join(ws.root, 'by-name.tar.gz')], ws.dataDir);
      expect(byName.stderr).toBe('');
      expect(byName.stdout).toContain('Wrote the audit package of "SOC 2 Type I"');
      const misspelt = await runCli(['package', 'SOC 2 Type 1', out()], ws.dataDir);
      expect(misspelt.code).toBe(2);
      expect(misspelt.stderr).toContain('<engagement>: no engagement "SOC 2 Type 1"');
      const junk = join(ws.root, 'junk.tar.gz');
      writeFileSync(junk, 'not a package');
      const r = await runCli(['package', 'verify', junk], ws.dataDir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('not a readable audit package');
    },
    TIMEOUT,
  );
});
