import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schema } from '@vigil/db';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWorkspace,
  initOrganization,
  REPO_ROOT,
  runCli,
  type Workspace,
  withDataDir,
} from '../test/cli-harness.ts';

const FIXTURE = join(REPO_ROOT, 'packages/connectors/src/cloud/fixtures/credential-report.csv');
const TIMEOUT = 120_000;

describe('vigil collect', () => {
  let ws: Workspace;
  let file: string;

  beforeAll(async () => {
    ws = await createWorkspace();
    await initOrganization(ws.dataDir);
    file = join(ws.root, 'credential-report.csv');
    copyFileSync(FIXTURE, file);
  }, TIMEOUT);
  afterAll(() => ws?.remove());

  it(
    'imports a credential report as one run, then records only what changed',
    async () => {
      const first = await runCli(['collect', 'aws.credential_report', '--file', file], ws.dataDir);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(
        /^aws\.credential_report → acme-cloud: 4 resources \(4 new, 0 changed, 0 gone\); \d+ results: /,
      );
      expect(first.stdout).toMatch(/Run [0-9a-f-]{36}, evidence [0-9a-f-]{36}\./);
      const again = await runCli(
        ['collect', 'aws.credential_report', '--file', file, '--org', 'acme-cloud'],
        ws.dataDir,
      );
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('4 resources (0 new, 0 changed, 0 gone)');
      expect(again.stdout).toContain('; 0 transitions');
    },
    TIMEOUT,
  );

  it(
    'refuses a broken file naming the file and line, keeps the earlier state and records the failed run',
    async () => {
      const broken = join(ws.root, 'broken.csv');
      const lines = readFileSync(FIXTURE, 'utf8').split('\n');
      writeFileSync(
        broken,
        `${lines[0]}\n${lines[1]}\nbroken.user,arn:aws:iam::123456789012:user/broken,2020-01-01\n`,
      );
      const r = await runCli(['collect', 'aws.credential_report', '--file', broken], ws.dataDir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /^error: broken\.csv: line 3: .*\(recorded as failed run [0-9a-f-]{36}; nothing else was changed\)\n$/,
      );
      await withDataDir(ws.dataDir, async ({ db }) => {
        const runs = await db.select().from(schema.runs).orderBy(asc(schema.runs.startedAt));
        expect(runs.map((x) => x.status)).toEqual(['succeeded', 'succeeded', 'failed']);
        expect(runs[2]!.error).toMatch(/^broken\.csv: line 3: /);
        const resources = await db.select().from(schema.resources);
        expect(resources.filter((x) => x.goneAt === null)).toHaveLength(4);
        const evidence = await db.select().from(schema.evidence);
        expect(evidence.map((e) => e.runId).sort()).toEqual([runs[0]!.id, runs[1]!.id].sort());
      });
    },
    TIMEOUT,
  );

  it('says which importers exist when given an unknown one', async () => {
    const r = await runCli(['collect', 'nope', '--file', file], ws.dataDir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^error: <importer>: unknown importer nope; importers: .*aws\.credential_report/,
    );
  });
});

describe('vigil worker', () => {
  it('needs PostgreSQL', async () => {
    const ws = await createWorkspace();
    try {
      const r = await runCli(['worker'], ws.dataDir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('vigil worker needs PostgreSQL');
    } finally {
      ws.remove();
    }
  });
});
