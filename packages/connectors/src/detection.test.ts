import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IMPORTERS } from './index.ts';

const at = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));

/** Every importer claiming the file's first bytes, as auto-detection sees them. */
const claims = (rel: string) => {
  const head = readFileSync(at(rel), 'utf8').slice(0, 8192);
  const name = rel
    .split('/')
    .pop()!
    .replace(/\.golden$/, '');
  return IMPORTERS.filter((i) => i.detect(head, name)).map((i) => i.id);
};

/** The first importer claiming a folder, in the registry's order (as the server asks). */
async function folderClaim(dir: string): Promise<string | undefined> {
  for (const i of IMPORTERS) if (i.detectFolder && (await i.detectFolder(dir))) return i.id;
  return undefined;
}

describe('auto-detection over every importer', () => {
  it('gives each HRIS roster fixture to its own preset only, even where presets share names', () => {
    expect(claims('saas/fixtures/hr/bamboohr.csv')).toEqual(['hr.roster.bamboohr']);
    // Personio's "Email", "Status", "Hire date" also fit Gusto's names; the exact spellings decide.
    expect(claims('saas/fixtures/hr/personio.csv')).toEqual(['hr.roster.personio']);
    expect(claims('saas/fixtures/hr/vigil.csv')).toEqual(['hr.roster.vigil']);
  });

  it('recognises a roster header with quoted cells and a byte-order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'detect-'));
    const path = join(dir, 'people.csv');
    writeFileSync(
      path,
      '\uFEFF"Work Email","Employment Status","Start Date","Termination Date","Manager, direct"\n',
    );
    const head = readFileSync(path, 'utf8');
    expect(IMPORTERS.filter((i) => i.detect(head, 'people.csv')).map((i) => i.id)).toEqual([
      'hr.roster.gusto',
    ]);
    rmSync(dir, { recursive: true });
  });

  it('gives each single-file fixture to exactly one importer', () => {
    for (const [rel, id] of [
      ['saas/fixtures/identity/okta-users.json', 'okta.users'],
      ['saas/fixtures/identity/google-users.json', 'google_workspace.users'],
      ['saas/fixtures/identity/google-users.csv', 'google_workspace.users_csv'],
      ['saas/fixtures/mdm/jamf-computers.csv', 'jamf.computers'],
      ['saas/fixtures/mdm/intune-devices.csv', 'intune.devices'],
      ['saas/fixtures/mdm/osqueryi-macos.json', 'osquery.devices'],
      ['saas/fixtures/mdm/fleetctl-query.jsonl', 'osquery.devices'],
      ['cloud/fixtures/credential-report.csv', 'aws.credential_report'],
      ['cloud/fixtures/get-account-password-policy.json', 'aws.password_policy'],
      ['cloud/fixtures/terraform-plan.json', 'terraform.show_json'],
      ['cloud/fixtures/describe-db-instances.json', 'aws.rds_instances'],
      ['scanners/fixtures/trivy-image-debian-buster.json.golden', 'trivy.json'],
    ]) {
      expect([rel, claims(rel!)]).toEqual([rel, [id]]);
    }
  });

  it('knows each export folder by what it holds: AWS, S3, GitHub with or without its manifest', async () => {
    expect(await folderClaim(at('cloud/fixtures/aws-bundle'))).toBe('aws.bundle');
    expect(await folderClaim(at('cloud/fixtures/aws-bundle/s3api'))).toBe('aws.s3');
    expect(await folderClaim(at('saas/fixtures/github-bundle'))).toBe('github.bundle');
    expect(await folderClaim(at('saas/fixtures/github-bundle-member'))).toBe('github.bundle');
    const dir = mkdtempSync(join(tmpdir(), 'detect-'));
    cpSync(at('saas/fixtures/github-bundle/repos.json'), join(dir, 'repos.json'));
    expect(await folderClaim(dir)).toBe('github.bundle');
    rmSync(join(dir, 'repos.json'));
    writeFileSync(join(dir, 'readme.txt'), 'nothing here');
    expect(await folderClaim(dir)).toBeUndefined();
    rmSync(dir, { recursive: true });
  });
});
