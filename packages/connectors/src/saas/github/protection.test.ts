import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Resource } from '@vigil/monitoring';
import { afterEach, describe, expect, it } from 'vitest';
import { collect, fixture, runCheck } from '../test/helpers.ts';
import { githubBundleImporter } from './bundle-importer.ts';

/** The checks that read the default branch's rules. */
const BRANCH_CHECKS = [
  'gh.repo.default_branch_protected',
  'gh.repo.required_reviews',
  'gh.repo.code_owner_review',
  'gh.repo.no_bypass',
  'gh.repo.force_push_blocked',
  'gh.repo.deletion_blocked',
  'gh.repo.required_status_checks',
  'gh.repo.signed_commits',
];

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fixture bundle with `remove` deleted and `write` written. */
function bundle(remove: string[], write: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'gh-protection-'));
  dirs.push(dir);
  cpSync(fixture('github-bundle'), dir, { recursive: true });
  for (const rel of remove) rmSync(join(dir, rel));
  for (const [rel, text] of Object.entries(write)) writeFileSync(join(dir, rel), text);
  return dir;
}

async function repo(dir: string, name: string): Promise<Resource> {
  const all = await collect(githubBundleImporter, dir, 'bundle');
  return all.find((r) => r.externalId === `github/${name}`)!;
}

const outcomes = (resource: Resource) =>
  Object.fromEntries(BRANCH_CHECKS.map((id) => [id, runCheck(id, resource)]));
const statuses = (resource: Resource) =>
  Object.fromEntries(Object.entries(outcomes(resource)).map(([id, o]) => [id, o.status]));

describe('default-branch rules from classic protection and rulesets', () => {
  it('fails every branch check of a branch GitHub answers "Branch not protected" for', async () => {
    // protection/octo-repo.json is the recorded 404 body; no ruleset applies to the branch.
    const res = await repo(bundle([], { 'rulesets/octo-repo.json': '[]' }), 'octo-repo');
    expect(res.attributes.protection).toMatchObject({ protected: false, sources: [] });
    for (const [id, outcome] of Object.entries(outcomes(res))) {
      expect(outcome, id).toMatchObject({ status: 'fail', reason: 'the default branch is not protected' });
    }
  });

  it('still fails an unprotected branch when the rulesets were not collected, and says so', async () => {
    const res = await repo(bundle(['rulesets/octo-repo.json']), 'octo-repo');
    expect(res.attributes.protection).toMatchObject({ protected: false, unread: ['rulesets'] });
    for (const [id, outcome] of Object.entries(outcomes(res))) {
      expect(outcome, id).toMatchObject({
        status: 'fail',
        reason: 'the default branch is not protected (branch rulesets were not collected)',
      });
    }
  });

  it('judges classic protection alone when the optional rulesets file is absent', async () => {
    const withEmpty = statuses(await repo(bundle([]), 'hello-world'));
    const without = await repo(bundle(['rulesets/hello-world.json']), 'hello-world');
    expect(statuses(without)).toEqual(withEmpty);
    expect(Object.values(withEmpty)).not.toContain('error');
    expect(runCheck('gh.repo.required_reviews', without)).toMatchObject({ status: 'pass' });
    // A failure judged without the rulesets names what was not seen.
    expect(runCheck('gh.repo.force_push_blocked', without)).toMatchObject({
      status: 'fail',
      reason: 'force pushes are allowed (branch rulesets were not collected)',
    });
  });

  it('judges the rulesets alone when the classic protection file is absent', async () => {
    const withBoth = statuses(await repo(bundle([]), 'octo-repo'));
    const res = await repo(bundle(['protection/octo-repo.json']), 'octo-repo');
    expect(res.attributes.protection).toMatchObject({ protected: true, unread: ['classic'] });
    expect(statuses(res)).toEqual(withBoth);
    expect(Object.values(withBoth)).not.toContain('error');
  });

  it('reports an error, never a result, when neither source was read', async () => {
    const res = await repo(bundle(['protection/octo-repo.json', 'rulesets/octo-repo.json']), 'octo-repo');
    for (const [id, status] of Object.entries(statuses(res))) expect(status, id).toBe('error');
  });

  it('keeps classic protection unknown on an error other than "Branch not protected"', async () => {
    // Without admin rights GitHub answers 404 "Not Found" for a protected branch too.
    const notFound =
      '{"message":"Not Found","documentation_url":"https://docs.github.com/rest/branches/branch-protection#get-branch-protection","status":"404"}';
    const res = await repo(
      bundle(['rulesets/octo-repo.json'], { 'protection/octo-repo.json': notFound }),
      'octo-repo',
    );
    for (const [id, status] of Object.entries(statuses(res))) expect(status, id).toBe('error');
  });
});
