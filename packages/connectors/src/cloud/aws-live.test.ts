import { BUILTIN_CHECKS, evaluateChecks } from '@vigil/monitoring';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AwsCollectError, collectAws } from './aws-live.ts';
import { AwsConfigError, parseAwsLiveConfig, publicAwsConfig } from './aws-live-config.ts';
import { type FakeAws, startFakeAws } from './test/fake-aws.ts';
import { assertValidResources, find } from './test/support.ts';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const config = (endpoint: string) => ({
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: SECRET,
  regions: ['eu-west-1'],
  endpoint,
});
const fast = { reportPollMs: 1 };

// Adaptive retry paces every client from its first call, so one collection takes a few seconds even
// unthrottled; the default 5 s limit fails on a loaded machine without saying anything about the code.
describe('collectAws against an AWS-shaped HTTP server on 127.0.0.1', { timeout: 30_000 }, () => {
  let aws: FakeAws;
  beforeEach(async () => {
    aws = await startFakeAws();
  });
  afterEach(async () => {
    await aws.close();
  });

  it('collects IAM, S3, EC2, RDS, CloudTrail, KMS and GuardDuty through the same normalizers', async () => {
    const resources = await collectAws(config(aws.endpoint), fast);
    assertValidResources(resources);
    expect(find(resources, 'aws.account', '123456789012').attributes).toMatchObject({
      rootMfaActive: false,
      rootAccessKeysActive: true,
      passwordPolicy: null,
      s3BlockPublicAccess: {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: true,
        restrictPublicBuckets: true,
      },
      guardDutyRegions: [{ region: 'eu-west-1', detectorId: 'd1', enabled: true }],
      cloudTrailTrails: [
        { arn: 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/org', multiRegion: true, logging: true },
      ],
    });
    // The credential report and the (paginated) authorization details describe the same user.
    expect(find(resources, 'aws.iam_user', 'arn:aws:iam::123456789012:user/alice').attributes).toMatchObject({
      mfaActive: true,
      groups: ['Admins'],
      passwordLastUsed: '2017-11-20T02:45:16.000Z',
    });
    expect(
      find(resources, 'aws.iam_policy', 'arn:aws:iam::aws:policy/AdministratorAccess').attributes.statements,
    ).toHaveLength(1);
    expect(find(resources, 'aws.s3_bucket', 'arn:aws:s3:::logs').attributes).toEqual({
      name: 'logs',
      encryptionAlgorithm: 'aws:kms',
      publicAccessBlock: null,
      accountPublicAccessBlock: {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: true,
        restrictPublicBuckets: true,
      },
      publicPolicy: false,
      publicAcl: false,
      versioning: 'Suspended',
      tlsOnlyPolicy: true,
    });
    expect(resources.filter((r) => r.type === 'aws.security_group').map((r) => r.externalId)).toEqual([
      'sg-1',
      'sg-2',
    ]);
    expect(
      find(resources, 'aws.rds_instance', 'arn:aws:rds:eu-west-1:123456789012:db:app').attributes,
    ).toMatchObject({
      storageEncrypted: true,
      cloudwatchLogsExports: ['postgresql'],
    });
    expect(
      find(resources, 'aws.kms_key', 'arn:aws:kms:eu-west-1:123456789012:key/k1').attributes.rotationEnabled,
    ).toBe(false);
    expect(find(resources, 'aws.guardduty_detector', 'eu-west-1/d1').attributes.status).toBe('ENABLED');

    const results = evaluateChecks(BUILTIN_CHECKS, resources, new Date('2017-12-01T00:00:00Z'));
    const status = (checkId: string, name: string) =>
      results.find((r) => r.checkId === checkId && r.resourceName === name)?.status;
    expect(status('aws.ec2.sg_no_internet_admin_ports', 'bastion (sg-1)')).toBe('fail');
    expect(status('aws.kms.cmk_rotation', 'k1')).toBe('fail');
    expect(status('aws.s3.bucket_public_access_block', 'logs')).toBe('pass');
  });

  it('follows pagination tokens (EC2 NextToken, IAM Marker, KMS NextMarker)', async () => {
    await collectAws(config(aws.endpoint), fast);
    const calls = (operation: string) =>
      aws.seen.filter((s) => s.operation === operation && s.status === 200).length;
    expect(calls('DescribeSecurityGroups')).toBe(2);
    expect(calls('GetAccountAuthorizationDetails')).toBe(2);
    expect(calls('ListKeys')).toBe(2);
  });

  it('retries a 429 throttling answer (Retry-After) and then succeeds, sending more slowly after it', async () => {
    await collectAws(config(aws.endpoint), fast);
    const listKeys = aws.seen.filter((s) => s.operation === 'ListKeys');
    expect(listKeys.map((s) => s.status)).toEqual([429, 200, 200]);
    // Adaptive retry mode: the throttle was the KMS client's first call, so its token bucket starts at
    // 0.7 of a measured rate of at most 1.6 requests/s and the retry waits at least 1/1.12 s for a token.
    // The standard mode's backoff before a first retry is at most 0.5 s.
    expect(listKeys[1]!.at - listKeys[0]!.at).toBeGreaterThanOrEqual(800);
  });

  it("retries throttling answers in every protocol's shape and then succeeds with the same resources", async () => {
    const unthrottled = await collectAws(config(aws.endpoint), fast);
    aws.seen.length = 0;
    // STS and IAM (query/XML), EC2 (its own XML), CloudTrail (JSON 1.1), GuardDuty (REST/JSON), S3 (SlowDown).
    for (const op of ['GetCallerIdentity', 'DescribeSecurityGroups', 'DescribeTrails', 'ListDetectors'])
      aws.throttle.set(op, 1);
    aws.throttle.set('GetAccountAuthorizationDetails', 2);
    aws.throttle.set('ListBuckets', 1);
    const resources = await collectAws(config(aws.endpoint), fast);
    expect(resources).toEqual(unthrottled);
    const statuses = (operation: string) =>
      aws.seen.filter((s) => s.operation === operation).map((s) => s.status);
    expect(statuses('GetCallerIdentity')).toEqual([400, 200]);
    expect(statuses('GetAccountAuthorizationDetails')).toEqual([400, 400, 200, 200]);
    expect(statuses('DescribeSecurityGroups')).toEqual([503, 200, 200]);
    expect(statuses('DescribeTrails')).toEqual([400, 200]);
    expect(statuses('ListDetectors')).toEqual([429, 200]);
    expect(statuses('ListBuckets')).toEqual([503, 200]);
  }, 60_000);

  it('fails with an error naming the service and operation when throttling outlasts the attempts', async () => {
    aws.throttle.set('GetAccountAuthorizationDetails', Number.POSITIVE_INFINITY);
    const err = await collectAws({ ...config(aws.endpoint), maxAttempts: 3 }, fast).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AwsCollectError);
    expect((err as Error).message).toBe(
      'aws iam GetAccountAuthorizationDetails: Throttling: Rate exceeded (HTTP 400); still throttled after 3 attempts',
    );
    expect(aws.seen.filter((s) => s.operation === 'GetAccountAuthorizationDetails')).toHaveLength(3);
  }, 60_000);

  it('signs every request with the configured static credentials', async () => {
    await collectAws(config(aws.endpoint), fast);
    expect(aws.seen.length).toBeGreaterThan(15);
    for (const s of aws.seen) expect(s.authorization).toContain('Credential=AKIAIOSFODNN7EXAMPLE/');
  });

  it('surfaces a denied call as a clear error naming service, operation and region, without secrets', async () => {
    aws.deny.add('DescribeDBInstances');
    const err = await collectAws(config(aws.endpoint), fast).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AwsCollectError);
    expect((err as Error).message).toBe(
      'aws rds DescribeDBInstances (eu-west-1): AccessDenied: User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: rds:DescribeDBInstances (HTTP 403)',
    );
    expect((err as Error).message).not.toContain(SECRET);
  });
});

describe('live collector configuration', () => {
  it('names the bad field and never echoes the secret', () => {
    expect(() => parseAwsLiveConfig({ ...config('http://localhost:1'), regions: ['Mars'] })).toThrow(
      new AwsConfigError('regions.0', 'must be a region name such as eu-west-1'),
    );
    const err = (() => {
      try {
        parseAwsLiveConfig({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'short' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message).toMatch(/^secretAccessKey: /);
    expect(err?.message).not.toContain('short');
    expect(() => parseAwsLiveConfig({ ...config('http://localhost:1'), password: 'x' })).toThrow(
      AwsConfigError,
    );
  });

  it('shows the configuration without the secret key or session token', () => {
    const shown = publicAwsConfig(
      parseAwsLiveConfig({ ...config('http://localhost:1'), sessionToken: 'token-value' }),
    );
    expect(shown).toEqual({
      accessKeyId: 'AKIA…MPLE',
      regions: ['eu-west-1'],
      endpoint: 'http://localhost:1',
      hasSessionToken: true,
    });
    expect(JSON.stringify(shown)).not.toContain(SECRET);
  });
});
