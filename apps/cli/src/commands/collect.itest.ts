import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ApiServer, startApiServer } from '@vigil/connectors/saas/test/api-server';
import { GITHUB_TEST_TOKEN, githubApi } from '@vigil/connectors/saas/test/github-api';
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

  it(
    'refuses a truncated Trivy report naming the file and line, and stores none of its findings',
    async () => {
      const trivy = readFileSync(
        join(REPO_ROOT, 'packages/connectors/src/scanners/fixtures/trivy-image-debian-buster.json.golden'),
        'utf8',
      );
      const cut = join(ws.root, 'cut-trivy.json');
      writeFileSync(cut, trivy.slice(0, Math.floor(trivy.length * 0.7)));
      const r = await runCli(['collect', 'trivy.json', '--file', cut], ws.dataDir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /^error: cut-trivy\.json: line \d+: unexpected end of file .*\(recorded as failed run [0-9a-f-]{36}; nothing else was changed\)\n$/,
      );
      await withDataDir(ws.dataDir, async ({ db }) => {
        const resources = await db.select().from(schema.resources);
        expect(resources.filter((x) => x.source === 'trivy')).toEqual([]);
        const runs = await db.select().from(schema.runs);
        expect(runs.filter((x) => x.source === 'trivy').map((x) => x.status)).toEqual(['failed']);
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

  it(
    'imports a roster with its own column names through --map, and a zipped GitHub export',
    async () => {
      const roster = join(ws.root, 'people.csv');
      writeFileSync(roster, 'Mail,State,Joined,Left\nana@example.com,Active,03/01/2024,\n');
      const maps = ['--map', 'Mail=email', '--map', 'State=status', '--map', 'Joined=start_date'];
      const unmapped = await runCli(['collect', 'hr.roster.gusto', '--file', roster, ...maps], ws.dataDir);
      expect(unmapped.code).toBe(2);
      expect(unmapped.stderr).toContain(
        'people.csv: line 1: missing column "Termination Date" or "Dismissal Date" for termination date (preset gusto); the header has "Mail", "State", "Joined", "Left"',
      );
      const mapped = await runCli(
        ['collect', 'hr.roster.gusto', '--file', roster, ...maps, '--map', 'Left=termination_date'],
        ws.dataDir,
      );
      expect(mapped.stderr).toBe('');
      expect(mapped.stdout).toMatch(/^hr\.roster\.gusto → acme-cloud: 1 resources \(1 new/);

      const gh = join(REPO_ROOT, 'packages/connectors/src/saas/fixtures/github-bundle');
      const zip = join(ws.root, 'gh.zip');
      execFileSync('zip', ['-qr', zip, '.', '-x', 'bundle.json'], { cwd: gh });
      const imported = await runCli(['collect', 'github.bundle', '--file', zip], ws.dataDir);
      expect(imported.stderr).toBe('');
      expect(imported.stdout).toMatch(/^github\.bundle → acme-cloud: 4 resources \(4 new/);
    },
    TIMEOUT,
  );
});

describe('vigil collect with a live collector', () => {
  let ws: Workspace;
  let github: ApiServer;
  let settings: string;

  beforeAll(async () => {
    ws = await createWorkspace();
    await initOrganization(ws.dataDir);
    github = await startApiServer(githubApi());
    settings = join(ws.root, 'github.json');
    writeFileSync(settings, JSON.stringify({ org: 'github', baseUrl: github.base }));
  }, TIMEOUT);
  afterAll(async () => {
    await github?.close();
    ws?.remove();
  });

  it(
    'runs github.live against a GitHub-shaped API as one run, secrets from the environment',
    async () => {
      const r = await runCli(['collect', 'github.live', '--config', settings], ws.dataDir, {
        env: { VIGIL_COLLECT_CREDENTIALS: JSON.stringify({ token: GITHUB_TEST_TOKEN }) },
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^github\.live → acme-cloud: 4 resources \(4 new, 0 changed, 0 gone\); /);
      expect(r.stdout).toMatch(/Run [0-9a-f-]{36}, evidence [0-9a-f-]{36}\./);
      expect(r.stdout).not.toContain(GITHUB_TEST_TOKEN);
      expect(github.requests.every((q) => q.authorization === `token ${GITHUB_TEST_TOKEN}`)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'records a rejected token as a failed run, reading secrets from --credentials',
    async () => {
      const secrets = join(ws.root, 'secrets.json');
      writeFileSync(secrets, JSON.stringify({ token: 'ghp_revoked_cli_token' }));
      const r = await runCli(
        ['collect', 'github.live', '--config', settings, '--credentials', secrets],
        ws.dataDir,
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^error: GitHub GET \/orgs\/github: 401 Bad credentials \(recorded as failed run [0-9a-f-]{36}; nothing else was changed\)\n$/,
      );
      expect(r.stderr).not.toContain('ghp_revoked');
      await withDataDir(ws.dataDir, async ({ db }) => {
        const runs = await db.select().from(schema.runs).orderBy(asc(schema.runs.startedAt));
        expect(runs.map((x) => x.status)).toEqual(['succeeded', 'failed']);
        const live = (await db.select().from(schema.resources)).filter((x) => x.goneAt === null);
        expect(live).toHaveLength(4);
      });
    },
    TIMEOUT,
  );

  it(
    'refuses bad settings naming the file and the field, before any run',
    async () => {
      const bad = join(ws.root, 'bad.json');
      writeFileSync(bad, JSON.stringify({ org: 'not/an/org' }));
      const r = await runCli(['collect', 'github.live', '--config', bad], ws.dataDir, {
        env: { VIGIL_COLLECT_CREDENTIALS: '{"token":"x"}' },
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`error: --config ${bad}: config.org: must be a GitHub organization login\n`);
      const none = await runCli(['collect', 'github.live', '--config', settings], ws.dataDir);
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/^error: VIGIL_COLLECT_CREDENTIALS: credentials\.token: /);
      const help = await runCli(['collect', '--help'], ws.dataDir);
      expect(help.stdout).toContain('--credentials <secrets.json>');
      expect(help.stdout).toContain('VIGIL_COLLECT_CREDENTIALS');
    },
    TIMEOUT,
  );
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
