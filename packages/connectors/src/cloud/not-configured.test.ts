/**
 * "Not configured" is a finding, "not known" is an error: how the CLI's answers, as aws-bundle.sh
 * saves them, become check results.
 */
import { cpSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILTIN_CHECKS, type CheckResult, evaluateChecks } from '@vigil/monitoring';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readAll, readFixture, tempDir } from './test/support.ts';

const BUNDLE = join(FIXTURES, 'aws-bundle');
const NOW = new Date('2017-12-01T00:00:00Z');
const ACCOUNT = 'AWS account 123456789012';

function copyBundle(): string {
  const dir = join(tempDir(), 'bundle');
  cpSync(BUNDLE, dir, { recursive: true });
  return dir;
}

async function results(dir: string): Promise<(checkId: string, resource: string) => CheckResult> {
  const all = evaluateChecks(BUILTIN_CHECKS, await readAll('aws.bundle', dir, 'bundle'), NOW);
  return (checkId, resource) => {
    const found = all.find((r) => r.checkId === checkId && r.resourceName === resource);
    if (!found) throw new Error(`no result of ${checkId} for ${resource}`);
    return found;
  };
}

/** Replaces a call's saved answer (`.json` or `.err`) with `ext` holding `content`. */
async function answer(dir: string, rel: string, ext: '.json' | '.err', content: string) {
  await rm(join(dir, `${rel}.json`), { force: true });
  await rm(join(dir, `${rel}.err`), { force: true });
  await writeFile(join(dir, rel + ext), content);
}

const fixtureText = (name: string) => readFile(join(FIXTURES, name), 'utf8');

describe('a setting that was never configured fails its check with a plain reason', () => {
  it('reads each "does not exist" answer of the fixture bundle as a failure', async () => {
    const outcome = await results(BUNDLE);
    // iam/get-account-password-policy.err: NoSuchEntity.
    for (const id of [
      'aws.iam.password_policy_length',
      'aws.iam.password_policy_complexity',
      'aws.iam.password_policy_reuse',
    ]) {
      expect(outcome(id, ACCOUNT), id).toMatchObject({
        status: 'fail',
        reason: 'the account has no password policy',
      });
    }
    // s3control/get-public-access-block.err: NoSuchPublicAccessBlockConfiguration.
    expect(outcome('aws.s3.account_block_public_access', ACCOUNT)).toMatchObject({
      status: 'fail',
      reason: 'no account-level Block Public Access configuration',
    });
    // get-bucket-encryption.err: ServerSideEncryptionConfigurationNotFoundError.
    expect(outcome('aws.s3.default_encryption', 'amzn-s3-demo-bucket')).toMatchObject({
      status: 'fail',
      reason: 'no default encryption configured',
    });
    // get-public-access-block.err of my-bucket: NoSuchPublicAccessBlockConfiguration.
    expect(outcome('aws.s3.bucket_public_access_block', 'my-bucket')).toMatchObject({
      status: 'fail',
      reason: 'no Block Public Access configuration on the bucket',
    });
    // get-bucket-policy.err: NoSuchBucketPolicy, so no statement can require TLS.
    expect(outcome('aws.s3.tls_only', 'amzn-s3-demo-bucket')).toMatchObject({ status: 'fail' });
    // get-bucket-versioning.json is `{}` (the script's stand-in for the CLI's empty output).
    expect(outcome('aws.s3.versioning', 'amzn-s3-demo-bucket')).toMatchObject({
      status: 'fail',
      reason: 'versioning is Disabled',
    });
  });
});

describe('a setting that could not be read stays an error, with why', () => {
  it('access denied on the password policy: an error naming the refusal, never a failure', async () => {
    const dir = copyBundle();
    const denied = await fixtureText('get-account-password-policy-denied.err');
    await answer(dir, 'iam/get-account-password-policy', '.err', denied);
    const outcome = await results(dir);
    expect(outcome('aws.iam.password_policy_length', ACCOUNT)).toMatchObject({
      status: 'error',
      reason: 'missing input: password policy (access was denied when it was collected)',
    });
  });

  it('access denied on a bucket call: the bucket check is an error with the reason', async () => {
    const dir = copyBundle();
    const denied = await fixtureText('get-bucket-encryption-denied.err');
    await answer(dir, 's3api/buckets/amzn-s3-demo-bucket/get-bucket-encryption', '.err', denied);
    const outcome = await results(dir);
    expect(outcome('aws.s3.default_encryption', 'amzn-s3-demo-bucket')).toMatchObject({
      status: 'error',
      reason: 'missing input: encryption algorithm (access was denied when it was collected)',
    });
  });

  it('access denied on a key rotation status: an error with the reason, not "rotation does not apply"', async () => {
    const dir = copyBundle();
    const key = 'mrk-1234abcd12ab34cd56ef1234567890ab';
    await answer(
      dir,
      `regions/us-west-2/kms/keys/${key}/get-key-rotation-status`,
      '.err',
      '\nAn error occurred (AccessDeniedException) when calling the GetKeyRotationStatus operation: User: ' +
        'arn:aws:iam::123456789012:user/auditor is not authorized to perform: kms:GetKeyRotationStatus on ' +
        `resource: arn:aws:kms:us-west-2:111122223333:key/${key} because no identity-based policy allows ` +
        'the kms:GetKeyRotationStatus action\n',
    );
    const outcome = await results(dir);
    expect(outcome('aws.kms.cmk_rotation', key)).toMatchObject({
      status: 'error',
      reason: 'missing input: rotation enabled (access was denied when it was collected)',
    });
  });

  it('a call the bundle has no file for is an error saying so', async () => {
    const dir = copyBundle();
    await rm(join(dir, 'iam/get-account-password-policy.err'));
    await rm(join(dir, 's3control/get-public-access-block.err'));
    const outcome = await results(dir);
    expect(outcome('aws.iam.password_policy_length', ACCOUNT)).toMatchObject({
      status: 'error',
      reason: 'missing input: password policy (the bundle holds no answer for it)',
    });
    expect(outcome('aws.s3.account_block_public_access', ACCOUNT)).toMatchObject({
      status: 'error',
      reason: 'missing input: s3 block public access (the bundle holds no answer for it)',
    });
  });

  it('an error file without an AWS error code (no credentials) is an unknown, not a broken import', async () => {
    const dir = copyBundle();
    const text = await fixtureText('no-credentials.err');
    await answer(dir, 's3control/get-public-access-block', '.err', text);
    await answer(dir, 'iam/get-credential-report', '.err', text);
    const outcome = await results(dir);
    expect(outcome('aws.s3.account_block_public_access', ACCOUNT)).toMatchObject({
      status: 'error',
      reason: 'missing input: s3 block public access (collecting it failed)',
    });
    expect(outcome('aws.iam.root_mfa', ACCOUNT)).toMatchObject({
      status: 'error',
      reason: 'missing input: root mfa active (collecting it failed)',
    });
  });
});

describe('GuardDuty in a region that could not be read', () => {
  it('is an error naming the region and why, not a pass from the regions that could be read', async () => {
    const dir = copyBundle();
    // us-east-1 has no detector in the fixture; make its list unreadable, as a JSON-protocol service denies.
    await answer(
      dir,
      'regions/us-east-1/guardduty/list-detectors',
      '.err',
      '\nAn error occurred (AccessDeniedException) when calling the ListDetectors operation: User: ' +
        'arn:aws:iam::123456789012:user/auditor is not authorized to perform: guardduty:ListDetectors ' +
        'on resource: arn:aws:guardduty:us-east-1:123456789012:detector/* because no identity-based ' +
        'policy allows the guardduty:ListDetectors action\n',
    );
    const outcome = await results(dir);
    expect(outcome('aws.guardduty.enabled_all_regions', ACCOUNT)).toMatchObject({
      status: 'error',
      reason: 'could not be read in us-east-1 (access was denied when it was collected)',
    });
  });

  it('still fails when another region is known to be off', async () => {
    const dir = copyBundle();
    await rm(join(dir, 'regions/us-west-2/guardduty'), { recursive: true });
    const outcome = await results(dir);
    // us-east-1 answered with no detector: a finding, whatever us-west-2 would have said.
    expect(outcome('aws.guardduty.enabled_all_regions', ACCOUNT)).toMatchObject({
      status: 'fail',
      reason: 'not enabled in us-east-1',
    });
  });
});

describe('root user access key age', () => {
  const check = (id: string) => BUILTIN_CHECKS.find((c) => c.id === id)!;

  it('fails a root key last rotated more than 90 days ago, naming its age in days', async () => {
    const resources = await readFixture('aws.credential_report', 'credential-report-root-key.csv');
    const [result] = evaluateChecks(
      [check('aws.iam.root_access_key_age')],
      resources.filter((r) => r.type === 'aws.account'),
      NOW,
    );
    expect(result).toMatchObject({
      status: 'fail',
      reason: "the root user's access key 1 was last rotated 173 days ago",
      actual: '2017-06-10T02:40:12.000Z',
    });
  });

  it('passes a recently rotated root key and is not applicable without an active one', async () => {
    const resources = await readFixture('aws.credential_report', 'credential-report-root-key.csv');
    const [recent] = evaluateChecks(
      [check('aws.iam.root_access_key_age')],
      resources.filter((r) => r.type === 'aws.account'),
      new Date('2017-07-01T00:00:00Z'),
    );
    expect(recent).toMatchObject({
      status: 'pass',
      reason: "the root user's access key 1 was last rotated 20 days ago",
    });
    const none = await readFixture('aws.credential_report', 'credential-report.csv');
    const [result] = evaluateChecks(
      [check('aws.iam.root_access_key_age')],
      none.filter((r) => r.type === 'aws.account'),
      NOW,
    );
    expect(result).toMatchObject({ status: 'not_applicable' });
  });
});
