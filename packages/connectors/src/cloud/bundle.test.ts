import { cpSync } from 'node:fs';
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILTIN_CHECKS, evaluateChecks, type InputReport } from '@vigil/monitoring';
import { describe, expect, it } from 'vitest';
import { assertValidResources, FIXTURES, find, importer, readAll, tempDir } from './test/support.ts';

const BUNDLE = join(FIXTURES, 'aws-bundle');
const NOW = new Date('2017-12-01T00:00:00Z');

/** A writable copy of the fixture bundle. */
function copyBundle(): string {
  const dir = join(tempDir(), 'bundle');
  cpSync(BUNDLE, dir, { recursive: true });
  return dir;
}

describe('aws.bundle', () => {
  it('reads every service and merges the account facts from several files', async () => {
    const resources = await readAll('aws.bundle', BUNDLE, 'aws-bundle');
    assertValidResources(resources);
    const counts = Object.fromEntries(
      [...new Set(resources.map((r) => r.type))].map((t) => [
        t,
        resources.filter((r) => r.type === t).length,
      ]),
    );
    expect(counts).toEqual({
      'aws.account': 1,
      'aws.iam_user': 6,
      'aws.iam_policy': 5,
      'aws.s3_bucket': 2,
      'aws.rds_instance': 1,
      'aws.security_group': 1,
      'aws.cloudtrail_trail': 2,
      'aws.kms_key': 2,
      'aws.guardduty_detector': 1,
    });
    expect(find(resources, 'aws.account', '123456789012').attributes).toMatchObject({
      rootMfaActive: true,
      passwordPolicy: null,
      s3BlockPublicAccess: null,
      guardDutyRegions: [
        { region: 'us-east-1', detectorId: null, enabled: false },
        { region: 'us-west-2', detectorId: '12abc34d567e8fa901bc2d34eexample', enabled: true },
      ],
      cloudTrailTrails: [
        { arn: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/Trail1', multiRegion: false, logging: true },
        { arn: 'arn:aws:cloudtrail:us-east-1:123456789012:trail/Trail2', multiRegion: false, logging: null },
      ],
    });
    expect(find(resources, 'aws.s3_bucket', 'arn:aws:s3:::my-bucket').attributes).toEqual({
      name: 'my-bucket',
      encryptionAlgorithm: 'AES256',
      publicAccessBlock: null,
      accountPublicAccessBlock: null,
      publicPolicy: true,
      publicAcl: false,
      versioning: 'Enabled',
      tlsOnlyPolicy: false,
    });
    expect(find(resources, 'aws.s3_bucket', 'arn:aws:s3:::amzn-s3-demo-bucket').attributes).toMatchObject({
      encryptionAlgorithm: null,
      publicPolicy: false,
      versioning: 'Disabled',
    });
    expect(
      find(resources, 'aws.cloudtrail_trail', 'arn:aws:cloudtrail:us-east-1:123456789012:trail/Trail1')
        .attributes.isLogging,
    ).toBe(true);
  });

  it('gives the same checks pass, fail, error and not applicable outcomes with reasons', async () => {
    const results = evaluateChecks(BUILTIN_CHECKS, await readAll('aws.bundle', BUNDLE, 'aws-bundle'), NOW);
    const outcome = (checkId: string, resourceName: string) =>
      results.find((r) => r.checkId === checkId && r.resourceName === resourceName);
    expect(outcome('aws.iam.password_policy_length', 'AWS account 123456789012')).toMatchObject({
      status: 'fail',
      actual: null,
    });
    expect(outcome('aws.guardduty.enabled_all_regions', 'AWS account 123456789012')).toMatchObject({
      status: 'fail',
      actual: ['us-east-1'],
    });
    expect(outcome('aws.s3.bucket_not_public', 'my-bucket')).toMatchObject({
      status: 'fail',
      attribute: 'publicPolicy',
    });
    expect(outcome('aws.kms.cmk_rotation', '1234abcd-12ab-34cd-56ef-1234567890ab')?.status).toBe(
      'not_applicable',
    );
    expect(outcome('aws.cloudtrail.logging', 'Trail2')).toMatchObject({
      status: 'error',
      reason: 'missing input: is logging (the bundle holds no answer for it)',
    });
    expect(outcome('aws.iam.root_mfa', 'AWS account 123456789012')?.status).toBe('pass');
  });

  it('merges a user found in both the credential report and the authorization details', async () => {
    const dir = copyBundle();
    const reportPath = join(dir, 'iam/get-credential-report.json');
    const report = JSON.parse(await readFile(reportPath, 'utf8'));
    const csv = Buffer.from(report.Content, 'base64').toString();
    const alice =
      'Alice,arn:aws:iam::123456789012:user/Alice,2013-10-14T18:32:24+00:00,true,2017-11-30T10:00:00+00:00,2017-01-01T00:00:00+00:00,N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n';
    await writeFile(
      reportPath,
      JSON.stringify({ ...report, Content: Buffer.from(csv + alice).toString('base64') }),
    );
    const resources = await readAll('aws.bundle', dir, 'bundle');
    expect(find(resources, 'aws.iam_user', 'arn:aws:iam::123456789012:user/Alice').attributes).toMatchObject({
      mfaActive: true,
      groups: ['Admins'],
      inlinePolicyNames: [],
    });
    expect(resources.filter((r) => r.externalId === 'arn:aws:iam::123456789012:user/Alice')).toHaveLength(1);
  });

  it('leaves an attribute out when the call failed for another reason, so the check reports a missing input', async () => {
    const dir = copyBundle();
    await rm(join(dir, 'iam/get-account-password-policy.err'));
    await writeFile(
      join(dir, 'iam/get-account-password-policy.err'),
      'An error occurred (AccessDenied) when calling the GetAccountPasswordPolicy operation: denied',
    );
    const results = evaluateChecks(BUILTIN_CHECKS, await readAll('aws.bundle', dir, 'bundle'), NOW);
    expect(results.find((r) => r.checkId === 'aws.iam.password_policy_length')).toMatchObject({
      status: 'error',
      attribute: 'passwordPolicy',
    });
  });

  it('refuses a bundle without the caller identity, a file instead of a directory, and unsafe names', async () => {
    const dir = copyBundle();
    await rm(join(dir, 'sts'), { recursive: true });
    await expect(readAll('aws.bundle', dir, 'b')).rejects.toThrow('b/sts/get-caller-identity.json: missing');
    await expect(readAll('aws.bundle', join(FIXTURES, 'describe-trails.json'), 'x.json')).rejects.toThrow(
      'x.json: expected the directory written by aws-bundle.sh',
    );
    const evil = copyBundle();
    await writeFile(
      join(evil, 's3api/list-buckets.json'),
      JSON.stringify({ Buckets: [{ Name: '../../etc' }] }),
    );
    await expect(readAll('aws.bundle', evil, 'b')).rejects.toThrow(
      'b/s3api/list-buckets.json: $.Buckets[0].Name: unexpected characters',
    );
  });

  it('names the file inside the bundle when one of them is malformed', async () => {
    const dir = copyBundle();
    await appendFile(join(dir, 'regions/us-east-1/rds/describe-db-instances.json'), '}');
    await expect(readAll('aws.bundle', dir, 'b')).rejects.toThrow(
      /^b\/regions\/us-east-1\/rds\/describe-db-instances.json: line \d+, column \d+: invalid JSON/,
    );
  });
});

describe('aws.s3', () => {
  it('reads the s3api folder alone, or the bundle root with the account-level block', async () => {
    const alone = await readAll('aws.s3', join(BUNDLE, 's3api'), 's3api');
    expect(alone.map((r) => r.name)).toEqual(['my-bucket', 'amzn-s3-demo-bucket']);
    expect(alone[0]!.attributes.accountPublicAccessBlock).toBeUndefined();
    const fromRoot = await readAll('aws.s3', BUNDLE, 'aws-bundle');
    expect(fromRoot[0]!.attributes.accountPublicAccessBlock).toBeNull();
  });
});

describe('what a read of a bundle reports', () => {
  const reportOf = async (id: string, path: string) => {
    let report: InputReport | undefined;
    for await (const _ of importer(id).read({ path, name: 'bundle', report: (r) => (report = r) })) {
      // Only the report is looked at here.
    }
    return report!;
  };

  it('names the files it read, the strays it left alone and the calls it found no file for', async () => {
    const dir = copyBundle();
    await writeFile(join(dir, 'notes.txt'), 'collected by hand');
    await rm(join(dir, 'iam/get-account-password-policy.json'), { force: true });
    await rm(join(dir, 'iam/get-account-password-policy.err'), { force: true });
    const report = await reportOf('aws.bundle', dir);
    expect(report.recognised).toContain('sts/get-caller-identity.json');
    expect(report.recognised).toContain('s3api/buckets/amzn-s3-demo-bucket/get-bucket-encryption.err');
    expect(report.ignored).toEqual(['notes.txt']);
    expect(report.missing).toContain('iam/get-account-password-policy.json');
    // A call answered by an .err file was found, not missing.
    expect(report.missing).not.toContain('s3api/buckets/amzn-s3-demo-bucket/get-bucket-encryption.json');
  });

  it('refuses an S3 folder in another layout instead of importing buckets with nothing known of them', async () => {
    const dir = join(tempDir(), 's3');
    cpSync(join(BUNDLE, 's3api/list-buckets.json'), join(dir, 'list-buckets.json'));
    // The per-bucket answers, flattened into one folder: not where the bundle puts them.
    cpSync(join(BUNDLE, 's3api/buckets/my-bucket'), join(dir, 'encryption'), { recursive: true });
    await expect(readAll('aws.s3', dir, 's3-export')).rejects.toThrow(
      /^s3-export: none of the \d+ listed buckets has its files: expected buckets\/NAME\/get-bucket-encryption\.json/,
    );
  });
});
