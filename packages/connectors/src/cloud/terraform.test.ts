import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILTIN_CHECKS, evaluateChecks } from '@vigil/monitoring';
import { describe, expect, it } from 'vitest';
import { assertValidResources, FIXTURES, find, readAll, readFixture, tempFile } from './test/support.ts';

const NOW = new Date('2025-01-01T00:00:00Z');

describe('terraform.show_json', () => {
  it('maps a plan onto the AWS resource types, joining settings to their bucket and rules to their group', async () => {
    const resources = await readFixture('terraform.show_json', 'terraform-plan.json');
    assertValidResources(resources);
    expect(resources.every((r) => r.source === 'terraform')).toBe(true);
    expect(resources.map((r) => `${r.type} ${r.externalId}`).sort()).toEqual([
      'aws.cloudtrail_trail aws_cloudtrail.main',
      'aws.iam_policy aws_iam_policy.admin',
      'aws.kms_key aws_kms_key.main',
      'aws.rds_instance aws_db_instance.main',
      'aws.s3_bucket aws_s3_bucket.assets',
      'aws.s3_bucket aws_s3_bucket.logs',
      'aws.security_group aws_security_group.web',
      'aws.security_group module.network.aws_security_group.internal[0]',
    ]);
    expect(find(resources, 'aws.s3_bucket', 'aws_s3_bucket.logs').attributes).toEqual({
      name: 'acme-logs',
      encryptionAlgorithm: 'aws:kms',
      publicAccessBlock: {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: true,
        restrictPublicBuckets: true,
      },
      publicPolicy: false,
      tlsOnlyPolicy: true,
      publicAcl: false,
      versioning: 'Enabled',
    });
    // The rule's security_group_id is unknown in the plan; the configuration reference joins it.
    expect(find(resources, 'aws.security_group', 'aws_security_group.web').attributes.ingress).toContainEqual(
      {
        protocol: 'tcp',
        fromPort: 5432,
        toPort: 5432,
        cidrs: ['0.0.0.0/0'],
      },
    );
  });

  it('gates the plan with the same checks as the live account', async () => {
    const results = evaluateChecks(
      BUILTIN_CHECKS,
      await readFixture('terraform.show_json', 'terraform-plan.json'),
      NOW,
    );
    const status = (checkId: string, name: string) =>
      results.find((r) => r.checkId === checkId && r.resourceName === name)?.status;
    expect(status('aws.ec2.sg_no_internet_admin_ports', 'aws_security_group.web')).toBe('fail');
    expect(status('aws.s3.bucket_not_public', 'aws_s3_bucket.assets')).toBe('fail');
    expect(status('aws.s3.tls_only', 'aws_s3_bucket.logs')).toBe('pass');
    expect(status('aws.kms.cmk_rotation', 'aws_kms_key.main')).toBe('fail');
    expect(status('aws.iam.policy_no_star_star', 'aws_iam_policy.admin')).toBe('fail');
    expect(status('aws.rds.storage_encrypted', 'aws_db_instance.main')).toBe('pass');
    // kms_key_id is not known until apply: a missing input, never a pass.
    expect(status('aws.cloudtrail.kms_encrypted', 'aws_cloudtrail.main')).toBe('error');
  });

  it('never stores sensitive values that -json prints in plain text', async () => {
    const resources = await readFixture('terraform.show_json', 'terraform-plan.json');
    expect(JSON.stringify(resources)).not.toContain('not-a-real-secret');
  });

  it('reads a state: child modules included, data sources skipped, empty strings as "not configured"', async () => {
    const resources = await readFixture('terraform.show_json', 'terraform-state.json');
    expect(resources.map((r) => r.externalId)).toEqual([
      'aws_db_instance.legacy',
      'module.audit.aws_cloudtrail.this',
    ]);
    expect(resources[1]!.attributes).toMatchObject({
      isLogging: false,
      kmsKeyId: null,
      cloudWatchLogsLogGroupArn: null,
    });
  });

  it('accepts an empty state and refuses unknown format versions and wrongly typed values with their path', async () => {
    expect(
      await readAll('terraform.show_json', await tempFile('e.json', '{"format_version":"1.0"}'), 'e.json'),
    ).toEqual([]);
    await expect(
      readAll('terraform.show_json', await tempFile('v.json', '{"format_version":"2.0"}'), 'v.json'),
    ).rejects.toThrow(
      'v.json: $.format_version: not the output of terraform show -json: expected a format version 0.x or 1.x',
    );
    const plan = JSON.parse(await readFile(join(FIXTURES, 'terraform-state.json'), 'utf8'));
    plan.values.root_module.resources[0].values.storage_encrypted = 'yes';
    await expect(
      readAll('terraform.show_json', await tempFile('t.json', JSON.stringify(plan)), 't.json'),
    ).rejects.toThrow(
      't.json: $.values.root_module.resources[0].values.storage_encrypted: expected a boolean, found "yes"',
    );
  });
});
