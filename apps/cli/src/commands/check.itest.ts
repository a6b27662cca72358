import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_REGISTRY } from '@vigil/monitoring/test/registry';
import { defaultRegistry } from '@vigil/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../test/cli-harness.ts';
import { CHECK_EXIT, exitCodeFor } from './check-report.ts';
import { evaluateFiles, formatReport } from './check-run.ts';

const PLAN = 'packages/connectors/src/cloud/fixtures/terraform-plan.json';
const CREDENTIAL_REPORT = 'packages/connectors/src/cloud/fixtures/credential-report.csv';
let dir: string;
const check = (...args: string[]) => runCli(['check', ...args], join(dir, 'no-database-needed'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-check-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('vigil check on a Terraform plan (no server, no database)', () => {
  it('prints the failures as a table and exits 1', async () => {
    const r = await check('--input', PLAN);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(CHECK_EXIT.failures);
    expect(r.stdout).toMatch(/^STATUS\s+SEVERITY\s+CHECK\s+RESOURCE\s+REASON/);
    expect(r.stdout).toMatch(/FAIL\s+critical\s+aws\.s3\.bucket_not_public\s+aws_s3_bucket\.assets/);
    expect(r.stdout).toMatch(/8 resources from 1 file, \d+ results: \d+ pass, \d+ fail, \d+ error/);
  });

  it('writes JSON that parses, with every result and the detected importer', async () => {
    const r = await check('--input', PLAN, '--format', 'json');
    const body = JSON.parse(r.stdout);
    expect(body.inputs).toEqual([{ file: PLAN, importer: 'terraform.show_json', resources: 8 }]);
    expect(body.summary.fail).toBeGreaterThan(0);
    expect(body.results).toContainEqual(
      expect.objectContaining({ checkId: 'aws.s3.bucket_not_public', status: 'fail', severity: 'critical' }),
    );
  });

  it('writes SARIF 2.1.0 with rules and one result per failure', async () => {
    const r = await check('--input', PLAN, '--format', 'sarif');
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('vigil');
    const failures = JSON.parse((await check('--input', PLAN, '--format', 'json')).stdout).summary.fail;
    expect(run.results).toHaveLength(failures);
    for (const res of run.results) {
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe(PLAN);
      expect(['error', 'warning', 'note']).toContain(res.level);
    }
    expect(run.invocations[0].executionSuccessful).toBe(false);
  });

  it('writes JUnit XML with a testcase per resource and a failure per failing one', async () => {
    const r = await check('--input', PLAN, '--format', 'junit');
    expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="vigil"')).toBe(
      true,
    );
    expect(r.stdout).toContain('<testsuite name="aws.s3.bucket_not_public"');
    expect(r.stdout).toMatch(
      /<testcase classname="aws\.s3\.bucket_not_public" name="aws_s3_bucket\.assets"[^>]*><failure message="an ACL grants access to everyone" type="critical">/,
    );
    expect(r.stdout.trim().endsWith('</testsuites>')).toBe(true);
  });

  it('exits 1 only for failures at or above --fail-on, and 3 when only evaluation errors remain', async () => {
    expect((await check('--input', PLAN, '--fail-on', 'critical')).code).toBe(CHECK_EXIT.failures);
    // The credential report alone cannot answer account-level checks: errors, and no critical failure.
    expect((await check('--input', CREDENTIAL_REPORT, '--fail-on', 'critical')).code).toBe(
      CHECK_EXIT.errorsOnly,
    );
  });

  it('adds custom CEL checks from a YAML file and names the line of a mistake', async () => {
    const good = join(dir, 'custom.yaml');
    writeFileSync(
      good,
      'checks:\n  - id: custom.rds_multi_az\n    title: Databases span zones\n    resourceType: aws.rds_instance\n    severity: critical\n    expression: resource.multiAz == true\n',
    );
    const r = await check('--input', PLAN, '--custom', good, '--format', 'json');
    expect(JSON.parse(r.stdout).results).toContainEqual(
      expect.objectContaining({ checkId: 'custom.rds_multi_az', status: 'fail', severity: 'critical' }),
    );
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      '- id: custom.ok_one\n  title: Fine\n  resourceType: aws.rds_instance\n  severity: low\n  expression: "true"\n' +
        '- id: custom.broken\n  title: Broken\n  resourceType: aws.rds_instance\n  severity: low\n  expression: resource.multiAz ==\n',
    );
    const e = await check('--input', PLAN, '--custom', bad);
    expect(e.code).toBe(CHECK_EXIT.input);
    expect(e.stderr).toMatch(
      new RegExp(`^error: ${bad.replaceAll('/', '\\/')}: line 10: \\[1\\]\\.expression: `),
    );
  });

  it('exits 2 with a clear message on usage and input errors', async () => {
    const missing = await check('--input', join(dir, 'nope.json'));
    expect(missing.code).toBe(CHECK_EXIT.input);
    expect(missing.stderr).toContain('--input: ');
    expect(missing.stderr).toContain('nope.json: no such file');
    expect((await check('--input', PLAN, '--format', 'xml')).code).toBe(CHECK_EXIT.input);
    expect((await check('--input', PLAN, '--fail-on', 'severe')).stderr).toMatch(/^error: --fail-on: /);
    const unknown = await check('--input', PLAN, '--importer', 'nope');
    expect(unknown.stderr).toMatch(
      /^error: --importer: unknown importer nope; importers: .*terraform\.show_json/,
    );
    const garbage = join(dir, 'garbage.json');
    writeFileSync(garbage, '{"format_version": "1.2", "planned_values": [}\n');
    const g = await check('--input', garbage, '--importer', 'terraform.show_json');
    expect(g.code).toBe(CHECK_EXIT.input);
    expect(g.stderr).toMatch(/^error: .*garbage\.json: /);
    // Six runs of the command one after another: on a loaded machine each start takes seconds.
  }, 120_000);
});

describe('vigil check when something unexpected breaks', () => {
  it('exits 4, never 1 (which means a check failed), and names the problem', async () => {
    // Reading a folder as a report is no input error the importer knows: the read itself fails.
    const r = await check('--input', dir, '--importer', 'trivy.json');
    expect(r.code).toBe(CHECK_EXIT.crashed);
    expect(r.stderr).toMatch(/^error: EISDIR/);
    expect(r.stdout).toBe('');
  }, 120_000);
});

describe('vigil check on a truncated report', () => {
  it('exits 2 naming the file and line, and leaves no spooled results behind', async () => {
    const trivy = readFileSync(
      join(REPO_ROOT, 'packages/connectors/src/scanners/fixtures/trivy-image-debian-buster.json.golden'),
      'utf8',
    );
    const cut = join(dir, 'cut-trivy.json');
    writeFileSync(cut, trivy.slice(0, Math.floor(trivy.length * 0.7)));
    const spoolDir = mkdtempSync(join(dir, 'tmp-'));
    const r = await runCli(['check', '--input', cut], join(dir, 'no-database-needed'), {
      env: { TMPDIR: spoolDir },
    });
    expect(r.code).toBe(CHECK_EXIT.input);
    expect(r.stderr).toMatch(
      /^error: .*cut-trivy\.json: line \d+: unexpected end of file inside \$\.Results/,
    );
    expect(r.stdout).toBe('');
    expect(readdirSync(spoolDir).filter((f) => f.startsWith('vigil-check-'))).toEqual([]);
  }, 120_000);
});

describe('vigil checks list', () => {
  it('lists every check with id, severity, resource type, criteria and controls', async () => {
    const r = await runCli(['checks', 'list', '--format', 'json'], join(REPO_ROOT, 'none'));
    const rows = JSON.parse(r.stdout);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual([
        'controls',
        'criteria',
        'id',
        'resourceType',
        'severity',
        'title',
      ]);
    }
    const table = await runCli(['checks', 'list'], join(REPO_ROOT, 'none'));
    expect(table.stdout).toMatch(/^ID\s+SEVERITY\s+RESOURCE TYPE\s+CRITERIA\s+CONTROLS\n/);
  });
});

describe('evaluating files in process (test importer)', () => {
  it('exits 0 when everything passes and reports per-file results', async () => {
    const file = join(dir, 'ok.testusers');
    writeFileSync(file, '{"id":"alice","mfa":true}\n');
    const report = await evaluateFiles(TEST_REGISTRY, { files: [file] });
    expect(exitCodeFor(report, 'low')).toBe(CHECK_EXIT.ok);
    expect(JSON.parse(await formatReport(report, 'json')).summary).toEqual({
      pass: 2,
      fail: 0,
      error: 0,
      not_applicable: 0,
      results: 2,
    });
    expect(await formatReport(report, 'table')).toContain('No failures.');
    expect(JSON.parse(await formatReport(report, 'sarif')).runs[0].results).toEqual([]);
    expect(await formatReport(report, 'junit')).toContain('<testcase classname="test.user.mfa" name="alice"');
  });

  it('escapes what XML cannot carry and counts errors apart from failures', async () => {
    const file = join(dir, 'odd.testusers');
    writeFileSync(file, '{"id":"<b>&\\u0001\\"x"}\n{"id":"bob","mfa":false,"admin":true}\n');
    const report = await evaluateFiles(TEST_REGISTRY, { files: [file] });
    const xml = await formatReport(report, 'junit');
    expect(xml).toContain('name="&lt;b&gt;&amp;&quot;x"');
    expect(xml).toContain('<error message="missing input: mfa"');
    expect(exitCodeFor(report, 'critical')).toBe(CHECK_EXIT.errorsOnly);
    expect(exitCodeFor(report, 'high')).toBe(CHECK_EXIT.failures);
  });
});

describe('streamed reports', () => {
  // The golden files were written by the whole-string formatters before reports were streamed.
  const files = [
    PLAN,
    CREDENTIAL_REPORT,
    'packages/connectors/src/scanners/fixtures/trivy-image-debian-buster.json.golden',
    PLAN,
  ];
  const now = new Date('2026-12-01T00:00:00Z');
  // Sorted, so the order of results does not depend on how the check modules were loaded.
  const builtin = defaultRegistry();
  const registry = {
    ...builtin,
    checks: [...builtin.checks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
  const golden = (format: string) =>
    readFileSync(join(REPO_ROOT, `apps/cli/src/commands/fixtures/check-report.${format}.golden`), 'utf8');

  it.each(['table', 'json', 'sarif', 'junit'] as const)(
    'writes the same %s as the whole-report formatter did, also when spooled in tiny pieces',
    async (format) => {
      for (const flushAt of [undefined, 1]) {
        const report = await evaluateFiles(registry, { files, now, flushAt });
        try {
          const text = await formatReport(report, format);
          expect(text).toBe(golden(format));
        } finally {
          report.close();
        }
      }
    },
  );

  it('keeps the last copy of a resource read twice, in the place it was first seen', async () => {
    const a = join(dir, 'twice.testusers');
    writeFileSync(a, '{"id":"alice","mfa":true}\n{"id":"bob","mfa":true}\n{"id":"alice","mfa":false}\n');
    const report = await evaluateFiles(TEST_REGISTRY, { files: [a] });
    try {
      const body = JSON.parse(await formatReport(report, 'json'));
      const mfa = body.results.filter((r: { checkId: string }) => r.checkId === 'test.user.mfa');
      expect(
        mfa.map((r: { resource: { name: string }; status: string }) => [r.resource.name, r.status]),
      ).toEqual([
        ['alice', 'fail'],
        ['bob', 'pass'],
      ]);
      expect(body.inputs[0].resources).toBe(3);
    } finally {
      report.close();
    }
  });

  it('gives the same results whatever the order of a credential report and a password policy', async () => {
    const policy = join(dir, '123456789012-password-policy.json');
    writeFileSync(
      policy,
      readFileSync(
        join(REPO_ROOT, 'packages/connectors/src/cloud/fixtures/get-account-password-policy.json'),
      ),
    );
    const report = join(REPO_ROOT, CREDENTIAL_REPORT);
    const accountResults = async (files: string[]) => {
      const evaluated = await evaluateFiles(defaultRegistry(), { files });
      try {
        const body = JSON.parse(await formatReport(evaluated, 'json'));
        return body.results
          .filter((r: { resource: { key: string } }) => r.resource.key === 'aws|aws.account|123456789012')
          .map((r: { checkId: string; status: string }) => `${r.checkId} ${r.status}`)
          .sort();
      } finally {
        evaluated.close();
      }
    };
    const forward = await accountResults([report, policy]);
    expect(forward).toEqual(await accountResults([policy, report]));
    // Both parts count: the root user checks and the policy checks, none of them missing input (the
    // trail, GuardDuty and public-access checks are, rightly: neither file describes those).
    expect(forward).toContain('aws.iam.root_no_access_keys pass');
    expect(forward).toContain('aws.iam.password_policy_length fail');
    const fromTheseFiles = forward.filter((r: string) => /^aws\.iam\.(root|password)/.test(r));
    expect(fromTheseFiles.length).toBeGreaterThanOrEqual(5);
    expect(fromTheseFiles.filter((r: string) => r.endsWith(' error'))).toEqual([]);
  });

  it('gives the same results in either order when the account has no password policy and an old root key', async () => {
    // The CLI's NoSuchEntity message, saved under the account's id, and a report whose root key is 173+ days old.
    const policy = join(dir, '123456789012-password-policy.err');
    writeFileSync(
      policy,
      readFileSync(join(REPO_ROOT, 'packages/connectors/src/cloud/fixtures/get-account-password-policy.err')),
    );
    const report = join(REPO_ROOT, 'packages/connectors/src/cloud/fixtures/credential-report-root-key.csv');
    const now = new Date('2017-12-01T00:00:00Z');
    const accountResults = async (files: string[]) => {
      const evaluated = await evaluateFiles(defaultRegistry(), { files, now });
      try {
        const body = JSON.parse(await formatReport(evaluated, 'json'));
        return body.results
          .filter((r: { resource: { key: string } }) => r.resource.key === 'aws|aws.account|123456789012')
          .map(
            (r: { checkId: string; status: string; reason: string }) =>
              `${r.checkId} ${r.status}: ${r.reason}`,
          )
          .sort();
      } finally {
        evaluated.close();
      }
    };
    const forward = await accountResults([report, policy]);
    expect(await accountResults([policy, report])).toEqual(forward);
    expect(forward).toContain('aws.iam.password_policy_length fail: the account has no password policy');
    expect(forward).toContain('aws.iam.root_no_access_keys fail: the root user has an active access key');
    expect(forward).toContain(
      "aws.iam.root_access_key_age fail: the root user's access key 1 was last rotated 173 days ago",
    );
  });
});

describe('vigil check on a CSV export with columns of its own', () => {
  const ROSTER =
    'Mail,State,Joined,Left\nana@example.com,Active,03/01/2024,\nbo@example.com,Terminated,01/15/2020,02/01/2024\n';
  const MAPS = ['--map', 'Mail=email', '--map', 'State=status', '--map', 'Joined=start_date'];

  it('reads it with --map or --map-file, and names what is not chosen or not known', async () => {
    const csv = join(dir, 'people.csv');
    writeFileSync(csv, ROSTER);
    const base = ['--input', csv, '--importer', 'hr.roster.bamboohr', '--format', 'json'];

    const mapped = await check(...base, ...MAPS, '--map', 'Left=termination_date');
    expect(mapped.stderr).toBe('');
    expect(JSON.parse(mapped.stdout).inputs).toEqual([
      { file: csv, importer: 'hr.roster.bamboohr', resources: 2 },
    ]);

    const mapFile = join(dir, 'mapping.json');
    writeFileSync(
      mapFile,
      JSON.stringify({ Mail: 'email', State: 'status', Joined: 'start_date', Left: 'termination_date' }),
    );
    const fromFile = await check(...base, '--map-file', mapFile);
    expect(JSON.parse(fromFile.stdout).inputs[0].resources).toBe(2);

    const partial = await check(...base, ...MAPS);
    expect(partial.code).toBe(CHECK_EXIT.input);
    expect(partial.stderr).toContain(
      'people.csv: line 1: missing column "Termination Date" for termination date (preset bamboohr); the header has "Mail", "State", "Joined", "Left"',
    );

    const unknown = await check(...base, ...MAPS, '--map', 'Left=leaving_day');
    expect(unknown.code).toBe(CHECK_EXIT.input);
    expect(unknown.stderr).toMatch(
      /--map Left=leaving_day: hr\.roster\.bamboohr has no field leaving_day; its fields: email \(work email\)/,
    );

    const malformed = await check(...base, '--map', 'Mail');
    expect(malformed.stderr).toContain('--map Mail: write it as column=field');
  }, 120_000);

  it('says what Vigil reads when it does not recognise a file', async () => {
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'just some notes\n');
    const r = await check('--input', notes);
    expect(r.code).toBe(CHECK_EXIT.input);
    expect(r.stderr).toMatch(
      /notes\.txt: Vigil does not recognise this file; name its importer with --importer\. Vigil reads: .*HRIS roster: BambooHR/,
    );
  }, 60_000);
});

describe('vigil check on a folder of exports packed by tar', () => {
  it('reads the GitHub commands output without bundle.json and names a damaged archive', async () => {
    const work = mkdtempSync(join(tmpdir(), 'vigil-gh-'));
    cpSync(join(REPO_ROOT, 'packages/connectors/src/saas/fixtures/github-bundle'), join(work, 'gh'), {
      recursive: true,
    });
    rmSync(join(work, 'gh', 'bundle.json'));
    const archive = join(work, 'gh.tar.gz');
    execFileSync('tar', ['-czf', archive, '-C', work, 'gh']);
    const r = await check('--input', archive, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).inputs).toEqual([{ file: archive, importer: 'github.bundle', resources: 4 }]);

    const cut = join(work, 'cut.tar.gz');
    writeFileSync(cut, readFileSync(archive).subarray(0, 200));
    const bad = await check('--input', cut);
    expect(bad.code).toBe(CHECK_EXIT.input);
    expect(bad.stderr).toContain('cut.tar.gz: is damaged or incomplete');
    rmSync(work, { recursive: true });
  }, 60_000);
});
