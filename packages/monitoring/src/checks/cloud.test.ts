import { describe, expect, it } from 'vitest';
import { daysAgo, run } from '../../test/cloud-checks.ts';
import { CLOUD_CHECKS } from './cloud.ts';

const ACCOUNT = { accountId: '123456789012' };
const ALL_ON = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};
const USER = { userName: 'ann', arn: 'arn:aws:iam::123456789012:user/ann', createdAt: daysAgo(400) };
const key = (slot: number, active: boolean, lastRotated: string | null, lastUsed: string | null = null) => ({
  slot,
  active,
  lastRotated,
  lastUsed,
});

describe('the cloud check catalogue', () => {
  it('has at least 25 checks, all prefixed aws. or terraform.', () => {
    expect(CLOUD_CHECKS.length).toBeGreaterThanOrEqual(25);
    for (const c of CLOUD_CHECKS) expect(c.id).toMatch(/^(aws|terraform)\.[a-z0-9_.]+$/);
  });
});

describe('account checks', () => {
  it('root access key age: fails past 90 days with the age, passes within, errors without a rotation date', () => {
    const keys = (rotated: string | null) => ({
      ...ACCOUNT,
      rootAccessKeys: [key(1, true, rotated), key(2, false, null)],
    });
    expect(run('aws.iam.root_access_key_age', keys(daysAgo(120)))).toMatchObject({
      status: 'fail',
      reason: "the root user's access key 1 was last rotated 120 days ago",
    });
    expect(run('aws.iam.root_access_key_age', keys(daysAgo(30))).status).toBe('pass');
    expect(run('aws.iam.root_access_key_age', keys(null))).toMatchObject({
      status: 'error',
      attribute: 'rootAccessKeys[1].lastRotated',
    });
    expect(
      run('aws.iam.root_access_key_age', { ...ACCOUNT, rootAccessKeys: [key(1, false, daysAgo(900))] })
        .status,
    ).toBe('not_applicable');
    // Stored before the key slots were kept: "no active key" is still known, anything else is not.
    expect(run('aws.iam.root_access_key_age', { ...ACCOUNT, rootAccessKeysActive: false }).status).toBe(
      'not_applicable',
    );
    expect(run('aws.iam.root_access_key_age', { ...ACCOUNT, rootAccessKeysActive: true }).status).toBe(
      'error',
    );
  });

  it('GuardDuty: a region known to be off fails, an unreadable one is an error, never a pass', () => {
    const on = { region: 'eu-west-1', detectorId: 'd', enabled: true };
    const unknown = { region: 'us-east-1', why: 'access was denied when it was collected' };
    expect(
      run('aws.guardduty.enabled_all_regions', {
        ...ACCOUNT,
        guardDutyRegions: [on],
        guardDutyUnknownRegions: [unknown],
      }),
    ).toMatchObject({
      status: 'error',
      reason: 'could not be read in us-east-1 (access was denied when it was collected)',
    });
    expect(
      run('aws.guardduty.enabled_all_regions', {
        ...ACCOUNT,
        guardDutyRegions: [{ ...on, enabled: false }],
        guardDutyUnknownRegions: [unknown],
      }).status,
    ).toBe('fail');
  });

  it('root MFA and root keys: pass, fail, and error when the credential report was not imported', () => {
    expect(run('aws.iam.root_mfa', { ...ACCOUNT, rootMfaActive: true }).status).toBe('pass');
    expect(run('aws.iam.root_mfa', { ...ACCOUNT, rootMfaActive: false })).toMatchObject({
      status: 'fail',
      attribute: 'rootMfaActive',
      expected: true,
      actual: false,
    });
    expect(run('aws.iam.root_mfa', ACCOUNT)).toMatchObject({
      status: 'error',
      reason: 'missing input: root mfa active',
    });
    expect(run('aws.iam.root_no_access_keys', { ...ACCOUNT, rootAccessKeysActive: true }).status).toBe(
      'fail',
    );
  });

  it('password policy: no policy fails, an unknown policy errors, a strong one passes', () => {
    expect(run('aws.iam.password_policy_length', { ...ACCOUNT, passwordPolicy: null })).toMatchObject({
      status: 'fail',
      actual: null,
    });
    expect(run('aws.iam.password_policy_length', ACCOUNT).status).toBe('error');
    expect(
      run('aws.iam.password_policy_length', { ...ACCOUNT, passwordPolicy: { minimumLength: 14 } }).status,
    ).toBe('pass');
    expect(
      run('aws.iam.password_policy_complexity', {
        ...ACCOUNT,
        passwordPolicy: { requireSymbols: true, requireNumbers: true },
      }),
    ).toMatchObject({
      status: 'fail',
      actual: ['upper case letters', 'lower case letters'],
    });
    expect(
      run('aws.iam.password_policy_reuse', { ...ACCOUNT, passwordPolicy: { reusePrevention: 24 } }).status,
    ).toBe('pass');
    expect(run('aws.iam.password_policy_reuse', { ...ACCOUNT, passwordPolicy: {} })).toMatchObject({
      status: 'fail',
      actual: 0,
    });
  });

  it('account Block Public Access, GuardDuty in every region, and a logging multi-region trail', () => {
    expect(
      run('aws.s3.account_block_public_access', { ...ACCOUNT, s3BlockPublicAccess: ALL_ON }).status,
    ).toBe('pass');
    expect(
      run('aws.s3.account_block_public_access', {
        ...ACCOUNT,
        s3BlockPublicAccess: { ...ALL_ON, blockPublicPolicy: false },
      }).status,
    ).toBe('fail');
    expect(run('aws.s3.account_block_public_access', { ...ACCOUNT, s3BlockPublicAccess: null }).status).toBe(
      'fail',
    );
    const regions = (enabled: boolean) => [
      { region: 'us-east-1', detectorId: 'd1', enabled: true },
      { region: 'eu-west-1', detectorId: null, enabled },
    ];
    expect(
      run('aws.guardduty.enabled_all_regions', { ...ACCOUNT, guardDutyRegions: regions(true) }).status,
    ).toBe('pass');
    expect(
      run('aws.guardduty.enabled_all_regions', { ...ACCOUNT, guardDutyRegions: regions(false) }),
    ).toMatchObject({ status: 'fail', actual: ['eu-west-1'] });
    expect(run('aws.guardduty.enabled_all_regions', { ...ACCOUNT, guardDutyRegions: [] }).status).toBe(
      'error',
    );
    const trail = (multiRegion: boolean, logging: boolean | null) => ({
      ...ACCOUNT,
      cloudTrailTrails: [{ arn: 'arn:t', multiRegion, logging }],
    });
    expect(run('aws.cloudtrail.account_multi_region_logging', trail(true, true)).status).toBe('pass');
    expect(run('aws.cloudtrail.account_multi_region_logging', trail(true, null)).status).toBe('error');
    expect(run('aws.cloudtrail.account_multi_region_logging', trail(false, true)).status).toBe('fail');
    expect(
      run('aws.cloudtrail.account_multi_region_logging', { ...ACCOUNT, cloudTrailTrails: [] }).status,
    ).toBe('fail');
  });
});

describe('IAM user checks', () => {
  it('console MFA applies only to users with a password', () => {
    expect(run('aws.iam.console_user_mfa', { ...USER, passwordEnabled: false }).status).toBe(
      'not_applicable',
    );
    expect(run('aws.iam.console_user_mfa', { ...USER, passwordEnabled: true, mfaActive: false }).status).toBe(
      'fail',
    );
    expect(run('aws.iam.console_user_mfa', { ...USER, passwordEnabled: true })).toMatchObject({
      status: 'error',
      attribute: 'mfaActive',
    });
  });

  it('access key age is measured from the sweep time, not the wall clock', () => {
    const keys = [key(1, true, '2025-04-01T00:00:00.000Z'), key(2, false, null)];
    expect(run('aws.iam.access_key_rotation', { ...USER, accessKeys: keys }).status).toBe('pass');
    expect(
      run('aws.iam.access_key_rotation', { ...USER, accessKeys: keys }, new Date('2025-09-01T00:00:00Z')),
    ).toMatchObject({
      status: 'fail',
      attribute: 'accessKeys[1].lastRotated',
      expected: '<= 90 days',
      actual: '2025-04-01T00:00:00.000Z',
    });
    expect(run('aws.iam.access_key_rotation', { ...USER, accessKeys: [key(1, false, null)] }).status).toBe(
      'not_applicable',
    );
  });

  it('unused credentials: never-used counts after the grace period, recent use passes', () => {
    const base = { ...USER, passwordEnabled: true, accessKeys: [] };
    expect(run('aws.iam.unused_credentials', { ...base, passwordLastUsed: daysAgo(5) }).status).toBe('pass');
    expect(run('aws.iam.unused_credentials', { ...base, passwordLastUsed: daysAgo(120) })).toMatchObject({
      status: 'fail',
      attribute: 'passwordLastUsed',
    });
    expect(
      run('aws.iam.unused_credentials', { ...base, createdAt: daysAgo(10), passwordLastUsed: null }).status,
    ).toBe('pass');
    expect(run('aws.iam.unused_credentials', { ...base, passwordLastUsed: null })).toMatchObject({
      status: 'fail',
      actual: 'never',
    });
    expect(run('aws.iam.unused_credentials', base)).toMatchObject({
      status: 'error',
      attribute: 'passwordLastUsed',
    });
    const keyOnly = {
      ...USER,
      passwordEnabled: false,
      accessKeys: [key(2, true, daysAgo(200), daysAgo(100))],
    };
    expect(run('aws.iam.unused_credentials', keyOnly)).toMatchObject({
      status: 'fail',
      attribute: 'accessKeys[2].lastUsed',
    });
    expect(
      run('aws.iam.unused_credentials', { ...USER, passwordEnabled: false, accessKeys: [] }).status,
    ).toBe('not_applicable');
  });

  it('one active key at most, and no policies attached to the person', () => {
    expect(
      run('aws.iam.single_active_key', { ...USER, accessKeys: [key(1, true, null), key(2, true, null)] })
        .status,
    ).toBe('fail');
    expect(
      run('aws.iam.user_no_direct_policies', {
        ...USER,
        inlinePolicyNames: [],
        attachedPolicyArns: ['arn:p'],
      }),
    ).toMatchObject({
      status: 'fail',
      attribute: 'attachedPolicyArns',
    });
    expect(
      run('aws.iam.user_no_direct_policies', { ...USER, inlinePolicyNames: [], attachedPolicyArns: [] })
        .status,
    ).toBe('pass');
  });
});

describe('IAM policy checks', () => {
  const statement = (over: Record<string, unknown>) => ({
    effect: 'Allow',
    actions: [],
    notActions: [],
    resources: ['*'],
    notResources: [],
    hasCondition: false,
    ...over,
  });
  const policy = (statements: unknown[], attached?: boolean) => ({
    name: 'p',
    kind: 'customer_managed',
    attached,
    statements,
  });

  it('flags *:* on *, and NotAction on *, but not unattached policies', () => {
    expect(run('aws.iam.policy_no_star_star', policy([statement({ actions: ['*'] })], true)).status).toBe(
      'fail',
    );
    expect(
      run('aws.iam.policy_no_star_star', policy([statement({ notActions: ['iam:*'] })], true)).status,
    ).toBe('fail');
    expect(run('aws.iam.policy_no_star_star', policy([statement({ actions: ['*'] })], false)).status).toBe(
      'not_applicable',
    );
    expect(
      run('aws.iam.policy_no_star_star', policy([statement({ actions: ['*'], effect: 'Deny' })], true))
        .status,
    ).toBe('pass');
    expect(run('aws.iam.policy_no_star_star', { name: 'p', kind: 'inline' })).toMatchObject({
      status: 'error',
      attribute: 'statements',
    });
  });

  it('finds privilege escalation through wildcards and combinations, only on every resource', () => {
    expect(
      run('aws.iam.policy_no_privilege_escalation', policy([statement({ actions: ['iam:Put*'] })])).actual,
    ).toEqual(['iam:PutUserPolicy', 'iam:PutGroupPolicy', 'iam:PutRolePolicy']);
    expect(
      run(
        'aws.iam.policy_no_privilege_escalation',
        policy([statement({ actions: ['iam:PassRole', 'ec2:RunInstances'] })]),
      ).actual,
    ).toEqual(['iam:PassRole + ec2:RunInstances']);
    const scoped = statement({
      actions: ['iam:CreateAccessKey'],
      // An IAM policy variable, not a template placeholder.
      resources: ['arn:aws:iam::*:user/$' + '{aws:username}'],
    });
    expect(run('aws.iam.policy_no_privilege_escalation', policy([scoped])).status).toBe('pass');
  });
});

describe('data store checks', () => {
  const bucket = (over: Record<string, unknown>) => ({ name: 'b', ...over });

  it('public buckets fail on policy or ACL; both inputs are needed', () => {
    expect(run('aws.s3.bucket_not_public', bucket({ publicPolicy: false, publicAcl: false })).status).toBe(
      'pass',
    );
    expect(run('aws.s3.bucket_not_public', bucket({ publicPolicy: false, publicAcl: true })).attribute).toBe(
      'publicAcl',
    );
    expect(run('aws.s3.bucket_not_public', bucket({ publicPolicy: false })).status).toBe('error');
  });

  it('bucket Block Public Access may come from the account level', () => {
    expect(
      run(
        'aws.s3.bucket_public_access_block',
        bucket({ publicAccessBlock: null, accountPublicAccessBlock: ALL_ON }),
      ).status,
    ).toBe('pass');
    expect(run('aws.s3.bucket_public_access_block', bucket({ publicAccessBlock: null })).status).toBe('fail');
    const partial = { ...ALL_ON, ignorePublicAcls: false };
    expect(run('aws.s3.bucket_public_access_block', bucket({ publicAccessBlock: partial })).status).toBe(
      'error',
    );
    expect(
      run(
        'aws.s3.bucket_public_access_block',
        bucket({ publicAccessBlock: partial, accountPublicAccessBlock: null }),
      ).status,
    ).toBe('fail');
  });

  it('encryption, TLS-only policy and versioning', () => {
    expect(run('aws.s3.default_encryption', bucket({ encryptionAlgorithm: null })).status).toBe('fail');
    expect(run('aws.s3.default_encryption', bucket({ encryptionAlgorithm: 'aws:kms' })).actual).toBe(
      'aws:kms',
    );
    expect(run('aws.s3.tls_only', bucket({ tlsOnlyPolicy: false })).status).toBe('fail');
    expect(run('aws.s3.versioning', bucket({ versioning: 'Suspended' }))).toMatchObject({
      status: 'fail',
      expected: 'Enabled',
      actual: 'Suspended',
    });
  });

  it('RDS settings, with wrongly typed input reported as an error', () => {
    const db = { identifier: 'db' };
    expect(run('aws.rds.storage_encrypted', { ...db, storageEncrypted: false }).status).toBe('fail');
    expect(run('aws.rds.not_public', { ...db, publiclyAccessible: false }).status).toBe('pass');
    expect(run('aws.rds.backup_retention', { ...db, backupRetentionPeriod: 0 })).toMatchObject({
      status: 'fail',
      expected: '>= 7',
      actual: 0,
    });
    expect(run('aws.rds.multi_az', db)).toMatchObject({ status: 'error', attribute: 'multiAz' });
    expect(
      run('aws.rds.logs_exported', { ...db, engine: 'aurora-postgresql', cloudwatchLogsExports: [] }).status,
    ).toBe('not_applicable');
    expect(
      run('aws.rds.logs_exported', { ...db, engine: 'postgres', cloudwatchLogsExports: [] }).status,
    ).toBe('fail');
    expect(run('aws.rds.deletion_protection', { ...db, deletionProtection: 'yes' })).toMatchObject({
      status: 'error',
      attribute: 'deletionProtection',
    });
  });
});
