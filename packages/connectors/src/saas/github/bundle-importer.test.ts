import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputReport } from '@vigil/monitoring';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collect, fixture, importError, onlyImportErrors, runCheck } from '../test/helpers.ts';
import { githubBundleImporter } from './bundle-importer.ts';

const byId = async (dir = fixture('github-bundle')) =>
  new Map((await collect(githubBundleImporter, dir, 'bundle')).map((r) => [r.externalId, r]));

function copyBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gh-bundle-'));
  cpSync(fixture('github-bundle'), dir, { recursive: true });
  return dir;
}

describe('github.bundle importer', () => {
  it('reads the organization with its 2FA-disabled members', async () => {
    const org = (await byId()).get('github')!;
    expect(org.type).toBe('github.org');
    expect(org.attributes).toMatchObject({
      two_factor_requirement_enabled: true,
      default_repository_permission: 'read',
      members_can_create_repositories: true,
      members_without_2fa_count: 1,
      members_without_2fa: ['octocat'],
      outside_collaborators_count: 0,
    });
  });

  it('reads classic protection from the REST docs example', async () => {
    const repo = (await byId()).get('github/hello-world')!;
    expect(repo.attributes).toMatchObject({
      default_branch: 'master',
      visibility: 'public',
      protection: {
        protected: true,
        sources: ['classic'],
        required_approving_review_count: 2,
        dismiss_stale_reviews: true,
        require_code_owner_reviews: true,
        enforce_admins: true,
        allow_force_pushes: true,
        allow_deletions: true,
        required_status_checks: ['continuous-integration/travis-ci'],
        required_linear_history: true,
        required_signatures: false,
      },
      dependabot: { open_critical: 0, open_high: 0, open_medium: 1, open_low: 0 },
    });
  });

  it('merges active rulesets on the default branch when classic protection is absent', async () => {
    const repo = (await byId()).get('github/octo-repo')!;
    expect(repo.attributes).toMatchObject({
      protection: {
        protected: true,
        sources: ['ruleset:42', 'ruleset:314'],
        required_approving_review_count: 1,
        dismiss_stale_reviews: true,
        require_code_owner_reviews: false,
        enforce_admins: true,
        allow_force_pushes: false,
        allow_deletions: false,
        required_status_checks: ['ci/test'],
        strict_status_checks: true,
        // The `evaluate` ruleset requiring signatures is not enforced.
        required_signatures: false,
      },
      dependabot: { open_critical: 1, open_high: 0, oldest_open_critical_at: '2025-05-20T07:43:03.000Z' },
    });
  });

  it('leaves protection undecided when neither source was exported', async () => {
    const repo = (await byId()).get('github/old-service')!;
    expect((repo.attributes as { protection: object }).protection).toEqual({ sources: [] });
    expect(runCheck('gh.repo.default_branch_protected', repo).status).toBe('not_applicable');
  });

  it('gives check outcomes with attribute, expected and actual', async () => {
    const repos = await byId();
    const hello = repos.get('github/hello-world')!;
    expect(runCheck('gh.repo.force_push_blocked', hello)).toMatchObject({
      status: 'fail',
      attribute: 'protection.allow_force_pushes',
      expected: false,
      actual: true,
    });
    expect(runCheck('gh.repo.required_reviews', hello).status).toBe('pass');
    const octo = repos.get('github/octo-repo')!;
    expect(runCheck('gh.repo.dependabot_critical_open', octo)).toMatchObject({ status: 'fail', actual: 1 });
    expect(runCheck('gh.repo.dependabot_sla', octo).status).toBe('pass');
    expect(runCheck('gh.repo.dependabot_sla', octo, new Date('2025-07-01T00:00:00Z'))).toMatchObject({
      status: 'fail',
      actual: '2025-05-20T07:43:03.000Z',
    });
    expect(runCheck('gh.org.2fa_required', repos.get('github')!)).toMatchObject({
      status: 'fail',
      attribute: 'members_without_2fa_count',
      expected: 0,
      actual: 1,
    });
  });

  it('reports missing owner-only settings as errors, never passes', async () => {
    const res = await byId(fixture('github-bundle-member'));
    const org = res.get('github')!;
    expect(runCheck('gh.org.2fa_required', org)).toMatchObject({
      status: 'error',
      attribute: 'two_factor_requirement_enabled',
    });
    const repo = res.get('github/hello-world')!;
    expect(runCheck('gh.repo.default_branch_protected', repo)).toMatchObject({
      status: 'error',
      attribute: 'protection.protected',
    });
    expect(runCheck('gh.repo.dependabot_critical_open', repo)).toMatchObject({
      status: 'error',
      attribute: 'dependabot',
    });
  });

  it('accepts the bundle.json path as well as the directory', async () => {
    expect(await collect(githubBundleImporter, fixture('github-bundle/bundle.json'))).toHaveLength(4);
  });

  it('names the file and JSON path of a malformed entry', async () => {
    const dir = copyBundle();
    writeFileSync(join(dir, 'repos.json'), '[{"name":"x","full_name":"github/x"},\n {"full_name": 3}]');
    const err = await importError(githubBundleImporter, dir, 'bundle');
    expect(err.message).toMatch(/^bundle\/repos\.json: \$\[1\]\.name: not a GitHub repository/);
    rmSync(dir, { recursive: true });
  });

  it('rejects a ruleset list without details, naming the entry', async () => {
    const dir = copyBundle();
    writeFileSync(join(dir, 'rulesets/octo-repo.json'), '[{"id": 42, "name": "x", "enforcement": "active"}]');
    const err = await importError(githubBundleImporter, dir, 'bundle');
    expect(err.message).toContain('bundle/rulesets/octo-repo.json: $[0]: ruleset summary without rules');
    rmSync(dir, { recursive: true });
  });

  it('reports a truncated file with its line', async () => {
    const dir = copyBundle();
    writeFileSync(
      join(dir, 'repos.json'),
      '[\n{"name": "a", "full_name": "github/a"},\n{"name": "b", "full_',
    );
    const err = await importError(githubBundleImporter, dir, 'bundle');
    expect(err.message).toBe('bundle/repos.json: line 3: JSON ends early (file is truncated?)');
    rmSync(dir, { recursive: true });
  });

  it('quotes an API error body saved instead of a list', async () => {
    const dir = copyBundle();
    writeFileSync(
      join(dir, 'repos.json'),
      '{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}',
    );
    const err = await importError(githubBundleImporter, dir, 'bundle');
    expect(err.message).toContain('found an object (the API answered "Bad credentials")');
    rmSync(dir, { recursive: true });
  });

  it('reads what the gh api commands write without bundle.json, and reports what it read', async () => {
    const dir = copyBundle();
    rmSync(join(dir, 'bundle.json'));
    const reports: InputReport[] = [];
    const res = [];
    for await (const r of githubBundleImporter.read({
      path: dir,
      name: 'bundle',
      report: (x) => reports.push(x),
    }))
      res.push(r);
    expect(res.map((r) => r.externalId).sort()).toEqual([
      'github',
      'github/hello-world',
      'github/octo-repo',
      'github/old-service',
    ]);
    expect(reports).toEqual([
      {
        recognised: [
          'dependabot-alerts.json',
          'members-2fa-disabled.json',
          'org.json',
          'outside-collaborators.json',
          'protection/hello-world.json',
          'protection/octo-repo.json',
          'repos.json',
          'rulesets/hello-world.json',
          'rulesets/octo-repo.json',
        ],
        ignored: [],
        missing: [],
      },
    ]);
    expect(await githubBundleImporter.detectFolder!(dir)).toBe(true);
    rmSync(dir, { recursive: true });
  });

  it('names the organization from repos.json when org.json is absent, and lists what is missing', async () => {
    const dir = copyBundle();
    for (const f of ['bundle.json', 'org.json', 'members-2fa-disabled.json', 'protection/octo-repo.json'])
      rmSync(join(dir, f));
    writeFileSync(join(dir, 'notes.txt'), 'exported by hand');
    let report: InputReport | undefined;
    const res = [];
    for await (const r of githubBundleImporter.read({
      path: dir,
      name: 'bundle',
      report: (x) => (report = x),
    }))
      res.push(r);
    const org = res.find((r) => r.type === 'github.org')!;
    expect(org.externalId).toBe('github');
    // Without the organization's own settings, the checks that need them report a missing input.
    expect(runCheck('gh.org.2fa_required', org).status).toBe('error');
    expect(report!.missing).toEqual(['members-2fa-disabled.json', 'org.json', 'protection/octo-repo.json']);
    expect(report!.ignored).toEqual(['notes.txt']);
    expect(await githubBundleImporter.detectFolder!(dir)).toBe(true);
    rmSync(dir, { recursive: true });
  });

  it('fails a folder holding none of the expected files, naming what it found and the layout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gh-bundle-'));
    writeFileSync(join(dir, 'users.csv'), 'a,b\n');
    const err = await importError(githubBundleImporter, dir, 'export.zip');
    expect(err.message).toMatch(
      /^export\.zip: holds none of the files the GitHub commands write \(found users\.csv\); expected org\.json \(gh api orgs\/ORG\), repos\.json/,
    );
    expect(await githubBundleImporter.detectFolder!(dir)).toBe(false);
    rmSync(dir, { recursive: true });
  });

  it('survives fuzzed bundle files with only ImportErrors', async () => {
    const dir = copyBundle();
    const files = [
      'org.json',
      'repos.json',
      'protection/hello-world.json',
      'rulesets/octo-repo.json',
      'dependabot-alerts.json',
      'bundle.json',
    ];
    const originals = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    const mutated = fc.tuple(fc.constantFrom(...files), fc.nat(), fc.nat(40), fc.string({ maxLength: 6 }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, fc.tuple(fc.constantFrom(...files), fc.json())), async (m) => {
        for (const [f, text] of originals) writeFileSync(join(dir, f), text);
        if (m.length === 2) writeFileSync(join(dir, m[0]), m[1]);
        else {
          const text = originals.get(m[0])!;
          const at = m[1] % (text.length + 1);
          writeFileSync(join(dir, m[0]), text.slice(0, at) + m[3] + text.slice(at + m[2]));
        }
        await onlyImportErrors(githubBundleImporter, dir);
      }),
      { numRuns: 200 },
    );
    rmSync(dir, { recursive: true });
  }, 60_000);
});

describe('github.bundle importer: the change history', () => {
  const changes = async () =>
    (await collect(githubBundleImporter, fixture('github-bundle-changes'), 'bundle')).filter(
      (r) => r.type === 'github.merged_change',
    );

  it('reads only pull requests merged into the default branch, with the approvals that count', async () => {
    const merged = await changes();
    expect(merged.map((r) => r.externalId)).toEqual(['github/hello-world#1347', 'github/hello-world#1348']);
    expect(merged[0]!.attributes).toEqual({
      repository: 'github/hello-world',
      number: 1347,
      title: 'Amazing new feature',
      author: 'octocat',
      merged_at: '2026-03-02T10:00:00.000Z',
      merged_by: 'hubot',
      approvals: [
        { reviewer: 'hubot', approved_at: '2026-03-02T08:00:00.000Z' },
        { reviewer: 'monalisa', approved_at: '2026-03-02T09:30:00.000Z' },
      ],
      first_approval_at: '2026-03-02T08:00:00.000Z',
      ci_status: 'success',
      required_approvals: 2,
    });
    // A dismissed approval and a comment leave the hotfix unapproved; its build failed. Its single
    // read is not in the export, so who merged it is unknown rather than guessed.
    expect(merged[1]!.attributes).toMatchObject({
      merged_by: null,
      approvals: [],
      first_approval_at: null,
      ci_status: 'failure',
    });
  });

  it('fails the approval check on exactly the change merged without approval', async () => {
    const results = (await changes()).map((r) => [
      r.externalId,
      runCheck('gh.change.approved_before_merge', r).status,
    ]);
    expect(results).toEqual([
      ['github/hello-world#1347', 'pass'],
      ['github/hello-world#1348', 'fail'],
    ]);
  });

  it('names the file and row of a malformed pull request, and reads nothing from it', async () => {
    const dir = copyBundle();
    try {
      cpSync(fixture('github-bundle-changes'), dir, { recursive: true });
      const pulls = JSON.parse(readFileSync(join(dir, 'pulls/hello-world.json'), 'utf8'));
      pulls[1].merged_at = 'not a date';
      writeFileSync(join(dir, 'pulls/hello-world.json'), JSON.stringify(pulls));
      const err = await importError(githubBundleImporter, dir);
      expect(err.message).toContain('pulls/hello-world.json');
      expect(err.message).toContain('[1]');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file of a single pull request read for another number, and reads nothing from it', async () => {
    const dir = copyBundle();
    try {
      cpSync(fixture('github-bundle-changes'), dir, { recursive: true });
      const single = JSON.parse(readFileSync(join(dir, 'pulls/hello-world/1347.json'), 'utf8'));
      writeFileSync(join(dir, 'pulls/hello-world/1347.json'), JSON.stringify({ ...single, number: 1346 }));
      const err = await importError(githubBundleImporter, dir);
      expect(err.message).toContain('pulls/hello-world/1347.json');
      expect(err.message).toContain('is 1346 but the file is named for #1347');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves who merged unknown when the single read was refused', async () => {
    const dir = copyBundle();
    try {
      cpSync(fixture('github-bundle-changes'), dir, { recursive: true });
      writeFileSync(
        join(dir, 'pulls/hello-world/1347.json'),
        JSON.stringify({
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
          status: '404',
        }),
      );
      const merged = (await collect(githubBundleImporter, dir, 'bundle')).filter(
        (r) => r.type === 'github.merged_change',
      );
      expect(merged[0]!.attributes).toMatchObject({ number: 1347, merged_by: null });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves the organization and repositories unchanged when the export has no change history', async () => {
    const without = await collect(githubBundleImporter, fixture('github-bundle'), 'bundle');
    expect(without.some((r) => r.type === 'github.merged_change')).toBe(false);
  });
});
