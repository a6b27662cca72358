import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILTIN_CHECKS, evaluateOne } from '@vigil/monitoring';
import { describe, expect, it } from 'vitest';
import { CLOUD_IMPORTERS } from './index.ts';
import { assertValidResources, FIXTURES, find, readAll, readFixture, tempFile } from './test/support.ts';

const check = (id: string) => BUILTIN_CHECKS.find((c) => c.id === id)! as Parameters<typeof evaluateOne>[0];
const NOW = new Date('2017-12-01T00:00:00Z');

describe('aws.credential_report', () => {
  it('reads the CSV: one account resource from <root_account>, one user per other row', async () => {
    const resources = await readFixture('aws.credential_report', 'credential-report.csv');
    assertValidResources(resources);
    expect(resources.map((r) => r.type)).toEqual([
      'aws.account',
      'aws.iam_user',
      'aws.iam_user',
      'aws.iam_user',
    ]);
    expect(find(resources, 'aws.account', '123456789012').attributes).toMatchObject({
      accountId: '123456789012',
      rootMfaActive: true,
      rootAccessKeysActive: false,
      rootPasswordLastUsed: '2017-10-22T08:11:09.000Z',
    });
    expect(find(resources, 'aws.iam_user', 'arn:aws:iam::123456789012:user/fakeuser').attributes).toEqual({
      userName: 'fakeuser',
      arn: 'arn:aws:iam::123456789012:user/fakeuser',
      createdAt: '2017-07-01T02:18:08.000Z',
      passwordEnabled: true,
      passwordLastUsed: '2017-07-01T02:21:06.000Z',
      passwordLastChanged: '2017-10-22T08:12:28.000Z',
      mfaActive: true,
      accessKeys: [
        {
          slot: 1,
          active: true,
          lastRotated: '2017-10-22T08:12:39.000Z',
          lastUsed: '2017-11-08T18:39:00.000Z',
        },
        { slot: 2, active: false, lastRotated: null, lastUsed: null },
      ],
    });
  });

  it('reads the JSON response with base64 Content to the same resources', async () => {
    const fromJson = await readFixture('aws.credential_report', 'get-credential-report.json');
    const fromCsv = await readFixture('aws.credential_report', 'credential-report.csv');
    expect(fromJson).toEqual(fromCsv);
  });
});

describe('aws.password_policy', () => {
  it('maps the policy onto the account, with the account id taken from the file name', async () => {
    const path = await tempFile(
      '123456789012-policy.json',
      await readFile(join(FIXTURES, 'get-account-password-policy.json')),
    );
    const [account] = await readAll('aws.password_policy', path, '123456789012-policy.json');
    expect(account).toMatchObject({ type: 'aws.account', externalId: '123456789012' });
    expect(account!.attributes.passwordPolicy).toEqual({
      minimumLength: 8,
      requireSymbols: true,
      requireNumbers: true,
      requireUppercase: false,
      requireLowercase: false,
    });
    expect(evaluateOne(check('aws.iam.password_policy_length'), account!, NOW)).toMatchObject({
      status: 'fail',
      attribute: 'passwordPolicy.minimumLength',
      expected: '>= 14',
      actual: 8,
    });
  });

  it('turns NoSuchEntity into passwordPolicy null, which fails the checks instead of passing', async () => {
    const path = join(FIXTURES, 'get-account-password-policy.err');
    const [account] = await readAll('aws.password_policy', path, 'get-account-password-policy.err', {
      accountId: '123456789012',
    });
    expect(account!.attributes).toEqual({ accountId: '123456789012', passwordPolicy: null });
    for (const id of [
      'aws.iam.password_policy_length',
      'aws.iam.password_policy_complexity',
      'aws.iam.password_policy_reuse',
    ]) {
      expect(evaluateOne(check(id), account!, NOW)).toMatchObject({ status: 'fail', actual: null });
    }
  });

  it('refuses a policy whose account neither its name nor the connector knows, instead of inventing one', async () => {
    await expect(readFixture('aws.password_policy', 'get-account-password-policy.err')).rejects.toThrow(
      /get-account-password-policy\.err: the file does not say which AWS account it belongs to/,
    );
    // The name wins over what the connector knows.
    const path = join(FIXTURES, 'get-account-password-policy.err');
    const [named] = await readAll('aws.password_policy', path, '210987654321-policy.err', {
      accountId: '123456789012',
    });
    expect(named!.externalId).toBe('210987654321');
  });

  it('refuses other CLI errors (AccessDenied is not "no policy")', async () => {
    const path = await tempFile(
      'pp.err',
      'An error occurred (AccessDenied) when calling the GetAccountPasswordPolicy operation: no',
    );
    await expect(readAll('aws.password_policy', path, 'pp.err')).rejects.toThrow(
      /pp.err: the command failed with AccessDenied/,
    );
  });
});

describe('aws.authorization_details', () => {
  it('yields users with their groups and inline policies, and every policy with its default statements', async () => {
    const resources = await readFixture(
      'aws.authorization_details',
      'get-account-authorization-details.json',
    );
    assertValidResources(resources);
    expect(resources.filter((r) => r.type === 'aws.iam_user').map((r) => r.name)).toEqual([
      'Alice',
      'Bob',
      'Charlie',
    ]);
    expect(find(resources, 'aws.iam_user', 'arn:aws:iam::123456789012:user/Bob').attributes).toMatchObject({
      inlinePolicyNames: ['DenyBillingAndIAMPolicy'],
      attachedPolicyArns: [],
      groups: ['Admins'],
    });
    const managed = find(
      resources,
      'aws.iam_policy',
      'arn:aws:iam::123456789012:policy/create-update-delete-set-managed-policies',
    );
    expect(managed.attributes).toMatchObject({ kind: 'customer_managed', attached: true });
    expect(evaluateOne(check('aws.iam.policy_no_privilege_escalation'), managed, NOW)).toMatchObject({
      status: 'fail',
      actual: ['iam:CreatePolicyVersion', 'iam:SetDefaultPolicyVersion'],
    });
    const inline = find(
      resources,
      'aws.iam_policy',
      'arn:aws:iam::123456789012:group/Finance#inline/policygen-201310141157',
    );
    expect(inline.attributes).toMatchObject({ kind: 'inline', attached: true });
    expect(
      find(resources, 'aws.iam_policy', 'arn:aws:iam::aws:policy/AmazonEC2FullAccess').attributes.kind,
    ).toBe('aws_managed');
  });

  it('refuses a single page of a paginated export', async () => {
    const doc = JSON.parse(await readFile(join(FIXTURES, 'get-account-authorization-details.json'), 'utf8'));
    const path = await tempFile(
      'auth.json',
      JSON.stringify({ ...doc, Marker: 'EXAMPLE', IsTruncated: true }),
    );
    await expect(readAll('aws.authorization_details', path, 'auth.json')).rejects.toThrow(
      'auth.json: $.IsTruncated: this is one page',
    );
  });

  it('decodes URL-encoded policy documents as the IAM API returns them', async () => {
    const document = encodeURIComponent(
      JSON.stringify({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
    );
    const path = await tempFile(
      'auth.json',
      JSON.stringify({
        UserDetailList: [],
        Policies: [
          {
            PolicyName: 'admin',
            Arn: 'arn:aws:iam::123456789012:policy/admin',
            AttachmentCount: 2,
            PolicyVersionList: [{ VersionId: 'v2', IsDefaultVersion: true, Document: document }],
          },
        ],
      }),
    );
    const [policy] = await readAll('aws.authorization_details', path, 'auth.json');
    expect(evaluateOne(check('aws.iam.policy_no_star_star'), policy!, NOW).status).toBe('fail');
  });
});

describe('single-service importers', () => {
  it('aws.rds_instances keeps the settings the checks read (and leaves out what the export lacks)', async () => {
    const [db] = await readFixture('aws.rds_instances', 'describe-db-instances.json');
    expect(db).toMatchObject({
      type: 'aws.rds_instance',
      externalId: 'arn:aws:rds:us-east-1:123456789012:db:test-instance',
    });
    expect(db!.attributes).toMatchObject({
      storageEncrypted: false,
      publiclyAccessible: true,
      backupRetentionPeriod: 1,
      multiAz: false,
    });
    // The published example predates DeletionProtection: a missing input, reported as an error.
    expect(evaluateOne(check('aws.rds.deletion_protection'), db!, NOW)).toMatchObject({
      status: 'error',
      attribute: 'deletionProtection',
    });
  });

  it('aws.cloudtrail_trails maps both trails; without get-trail-status the logging check errors', async () => {
    const trails = await readFixture('aws.cloudtrail_trails', 'describe-trails.json');
    expect(trails.map((t) => t.name)).toEqual(['Trail1', 'Trail2']);
    expect(trails[1]!.attributes).toMatchObject({
      kmsKeyId: expect.stringContaining(':key/'),
      cloudWatchLogsLogGroupArn: null,
    });
    expect(evaluateOne(check('aws.cloudtrail.logging'), trails[0]!, NOW)).toMatchObject({
      status: 'error',
      attribute: 'isLogging',
    });
  });

  it('aws.security_groups normalizes rules to protocol, ports and CIDRs', async () => {
    const [sg] = await readFixture('aws.security_groups', 'describe-security-groups.json');
    expect(sg!.attributes).toEqual({
      groupId: 'sg-903004f8',
      groupName: 'MySecurityGroup',
      vpcId: 'vpc-1a2b3c4d',
      ingress: [
        { protocol: '-1', fromPort: null, toPort: null, cidrs: [] },
        { protocol: 'tcp', fromPort: 22, toPort: 22, cidrs: ['203.0.113.0/24'] },
      ],
      egress: [{ protocol: '-1', fromPort: null, toPort: null, cidrs: ['0.0.0.0/0'] }],
    });
  });

  it('aws.kms_key and aws.guardduty_detector read describe-key and get-detector', async () => {
    const [key] = await readFixture('aws.kms_key', 'describe-key-customer.json');
    expect(key!.attributes).toEqual({
      keyId: 'mrk-1234abcd12ab34cd56ef1234567890ab',
      keyManager: 'CUSTOMER',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      keyState: 'Enabled',
    });
    const [detector] = await readFixture('aws.guardduty_detector', '12abc34d567e8fa901bc2d34eexample.json');
    expect(detector!.attributes).toMatchObject({
      detectorId: '12abc34d567e8fa901bc2d34eexample',
      status: 'ENABLED',
    });
  });
});

describe('format detection', () => {
  it.each([
    ['credential-report.csv', 'aws.credential_report'],
    ['get-credential-report.json', 'aws.credential_report'],
    ['get-account-password-policy.json', 'aws.password_policy'],
    ['get-account-password-policy.err', 'aws.password_policy'],
    ['get-account-authorization-details.json', 'aws.authorization_details'],
    ['describe-db-instances.json', 'aws.rds_instances'],
    ['describe-trails.json', 'aws.cloudtrail_trails'],
    ['describe-security-groups.json', 'aws.security_groups'],
    ['describe-key-aws-managed.json', 'aws.kms_key'],
    ['12abc34d567e8fa901bc2d34eexample.json', 'aws.guardduty_detector'],
    ['terraform-plan.json', 'terraform.show_json'],
    ['terraform-state.json', 'terraform.show_json'],
  ])('%s is detected as %s', async (file, id) => {
    const head = (await readFile(join(FIXTURES, file), 'utf8')).slice(0, 4096);
    expect(CLOUD_IMPORTERS.find((i) => i.detect(head, file))?.id).toBe(id);
  });
});
