/** Checks over data stores: S3 buckets and RDS instances (encryption, exposure, backups). */
import { defineCheck, fail, MissingInput, need, notApplicable, pass } from '../check.ts';
import { awsRdsInstance, awsS3Bucket, type BlockPublicAccess } from '../resource-types/cloud.ts';

/** Minimum automated backup retention for RDS, in days. */
export const RDS_MIN_BACKUP_DAYS = 7;

const allFour = (b: BlockPublicAccess) =>
  b.blockPublicAcls && b.ignorePublicAcls && b.blockPublicPolicy && b.restrictPublicBuckets;

export const bucketNotPublic = defineCheck({
  id: 'aws.s3.bucket_not_public',
  title: 'S3 buckets are not public',
  description:
    'No bucket is public through its bucket policy or an ACL grant to AllUsers/AuthenticatedUsers.',
  resourceType: awsS3Bucket,
  severity: 'critical',
  criteria: ['CC6.1', 'CC6.2', 'CC6.6'],
  controls: ['DATA-08'],
  rationale: 'Public buckets are the most common way cloud data leaks.',
  remediation:
    'Remove the statement granting Principal "*" (or add a restricting condition) and public ACL grants; then ' +
    'turn on Block Public Access. Serve public content through CloudFront with origin access control.',
  evaluate(a) {
    if (need(a.publicPolicy, 'publicPolicy'))
      return fail('the bucket policy makes it public', 'publicPolicy', false, true);
    if (need(a.publicAcl, 'publicAcl'))
      return fail('an ACL grants access to everyone', 'publicAcl', false, true);
    return pass('neither the policy nor the ACL is public');
  },
});

export const bucketPublicAccessBlock = defineCheck({
  id: 'aws.s3.bucket_public_access_block',
  title: 'S3 buckets are covered by Block Public Access',
  description: 'All four Block Public Access settings are on for the bucket, or for the whole account.',
  resourceType: awsS3Bucket,
  severity: 'high',
  criteria: ['CC6.1', 'CC6.6'],
  controls: ['DATA-08', 'OPS-14'],
  rationale: 'Block Public Access keeps a later policy or ACL mistake from exposing the bucket.',
  remediation:
    'Run `aws s3api put-public-access-block --bucket NAME` with all four settings true (or set them account-wide).',
  evaluate(a) {
    if (a.accountPublicAccessBlock && allFour(a.accountPublicAccessBlock)) {
      return pass('account-level Block Public Access covers the bucket', 'accountPublicAccessBlock');
    }
    if (a.publicAccessBlock === null) {
      return fail(
        'no Block Public Access configuration on the bucket',
        'publicAccessBlock',
        'all true',
        null,
      );
    }
    const bpa = need(a.publicAccessBlock, 'publicAccessBlock');
    if (allFour(bpa)) return pass('all four switches are on', 'publicAccessBlock', bpa);
    // The account level may still cover what the bucket leaves off; without it we cannot tell.
    if (a.accountPublicAccessBlock === undefined) throw new MissingInput('accountPublicAccessBlock');
    return fail('some switches are off', 'publicAccessBlock', 'all true', bpa);
  },
});

export const bucketDefaultEncryption = defineCheck({
  id: 'aws.s3.default_encryption',
  title: 'S3 buckets encrypt new objects by default',
  description: 'The bucket has a default server-side encryption rule (SSE-S3, SSE-KMS or DSSE-KMS).',
  resourceType: awsS3Bucket,
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.2', 'PI1.4'],
  controls: ['OPS-09'],
  rationale:
    'Default encryption guarantees every object is encrypted at rest without relying on each writer.',
  remediation:
    'Run `aws s3api put-bucket-encryption` with an ApplyServerSideEncryptionByDefault rule; in terraform declare ' +
    'an aws_s3_bucket_server_side_encryption_configuration.',
  evaluate(a) {
    if (a.encryptionAlgorithm === null) {
      return fail('no default encryption configured', 'encryptionAlgorithm', 'AES256 or aws:kms', null);
    }
    const algorithm = need(a.encryptionAlgorithm, 'encryptionAlgorithm');
    return pass(`default encryption ${algorithm}`, 'encryptionAlgorithm', algorithm);
  },
});

export const bucketTlsOnly = defineCheck({
  id: 'aws.s3.tls_only',
  title: 'S3 bucket policies deny unencrypted transport',
  description: 'The bucket policy denies any request where aws:SecureTransport is false.',
  resourceType: awsS3Bucket,
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.7'],
  controls: ['OPS-10'],
  rationale: 'Without the deny, clients can read and write over plain HTTP.',
  remediation:
    'Add a statement {"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":[bucket, bucket/*],' +
    '"Condition":{"Bool":{"aws:SecureTransport":"false"}}} to the bucket policy.',
  evaluate(a) {
    const tls = need(a.tlsOnlyPolicy, 'tlsOnlyPolicy');
    return tls
      ? pass('the policy denies requests without TLS', 'tlsOnlyPolicy', true)
      : fail('no policy statement denies requests without TLS', 'tlsOnlyPolicy', true, false);
  },
});

export const bucketVersioning = defineCheck({
  id: 'aws.s3.versioning',
  title: 'S3 buckets keep object versions',
  description: 'Versioning is enabled, so overwritten or deleted objects can be recovered.',
  resourceType: awsS3Bucket,
  severity: 'low',
  criteria: ['A1.2', 'CC7.4', 'C1.2'],
  controls: ['BCP-04'],
  rationale: 'Versioning turns an accidental or malicious overwrite into a recoverable event.',
  remediation:
    'Run `aws s3api put-bucket-versioning --versioning-configuration Status=Enabled` and add a lifecycle rule for old versions.',
  evaluate(a) {
    const v = need(a.versioning, 'versioning');
    return v === 'Enabled'
      ? pass('versioning is enabled', 'versioning', v)
      : fail(`versioning is ${v}`, 'versioning', 'Enabled', v);
  },
});

/** A boolean RDS setting that must have the expected value. */
function rdsFlag(
  id: string,
  attribute:
    | 'storageEncrypted'
    | 'multiAz'
    | 'deletionProtection'
    | 'autoMinorVersionUpgrade'
    | 'iamAuthentication',
  meta: Pick<
    Parameters<typeof defineCheck>[0],
    'title' | 'description' | 'severity' | 'criteria' | 'controls' | 'rationale' | 'remediation'
  >,
  words: [string, string],
) {
  return defineCheck({
    id,
    ...meta,
    resourceType: awsRdsInstance,
    evaluate(a) {
      const value = need(a[attribute], attribute);
      return value ? pass(words[0], attribute, true) : fail(words[1], attribute, true, false);
    },
  });
}

export const rdsEncrypted = rdsFlag(
  'aws.rds.storage_encrypted',
  'storageEncrypted',
  {
    title: 'RDS storage is encrypted',
    description: 'The DB instance’s storage, automated backups and snapshots are encrypted with KMS.',
    severity: 'high',
    criteria: ['CC6.1', 'CC6.2', 'PI1.5'],
    controls: ['OPS-09'],
    rationale:
      'Database volumes and snapshots hold the most sensitive data; encryption protects copies that leave the instance.',
    remediation:
      'Encryption cannot be turned on in place: snapshot, copy the snapshot with --kms-key-id, restore, and switch over.',
  },
  ['storage is encrypted', 'storage is not encrypted'],
);

export const rdsNotPublic = defineCheck({
  id: 'aws.rds.not_public',
  title: 'RDS instances are not publicly accessible',
  description: 'PubliclyAccessible is false, so the endpoint does not resolve to a public address.',
  resourceType: awsRdsInstance,
  severity: 'critical',
  criteria: ['CC6.1', 'CC6.2', 'CC6.6'],
  controls: ['OPS-11', 'DATA-08'],
  rationale: 'A database reachable from the internet is one password away from a breach.',
  remediation:
    'Run `aws rds modify-db-instance --no-publicly-accessible --apply-immediately`; reach it through a bastion or VPN.',
  evaluate(a) {
    const open = need(a.publiclyAccessible, 'publiclyAccessible');
    return open
      ? fail('the instance is publicly accessible', 'publiclyAccessible', false, true)
      : pass('the instance is private', 'publiclyAccessible', false);
  },
});

export const rdsBackupRetention = defineCheck({
  id: 'aws.rds.backup_retention',
  title: `RDS automated backups are kept at least ${RDS_MIN_BACKUP_DAYS} days`,
  description: `BackupRetentionPeriod is ${RDS_MIN_BACKUP_DAYS} days or more (0 disables automated backups).`,
  resourceType: awsRdsInstance,
  severity: 'high',
  criteria: ['A1.2', 'CC7.4'],
  controls: ['BCP-04'],
  rationale: 'Automated backups with point-in-time recovery are the first line of recovery from data loss.',
  remediation: `Run \`aws rds modify-db-instance --backup-retention-period ${RDS_MIN_BACKUP_DAYS}\` (or more, per the retention policy).`,
  evaluate(a) {
    const days = need(a.backupRetentionPeriod, 'backupRetentionPeriod');
    return days >= RDS_MIN_BACKUP_DAYS
      ? pass(`backups kept ${days} days`, 'backupRetentionPeriod', days)
      : fail(`backups kept ${days} days`, 'backupRetentionPeriod', `>= ${RDS_MIN_BACKUP_DAYS}`, days);
  },
});

export const rdsMultiAz = rdsFlag(
  'aws.rds.multi_az',
  'multiAz',
  {
    title: 'RDS instances run in more than one availability zone',
    description: 'MultiAZ is true, so a standby in another zone takes over on failure.',
    severity: 'medium',
    criteria: ['A1.2'],
    controls: ['BCP-08'],
    rationale: 'A single-zone database is down for as long as its zone or host is.',
    remediation: 'Run `aws rds modify-db-instance --multi-az` during a maintenance window.',
  },
  ['the instance is Multi-AZ', 'the instance is single-AZ'],
);

export const rdsDeletionProtection = rdsFlag(
  'aws.rds.deletion_protection',
  'deletionProtection',
  {
    title: 'RDS instances have deletion protection',
    description: 'DeletionProtection is true, so the instance cannot be deleted until it is turned off.',
    severity: 'medium',
    criteria: ['C1.1', 'A1.2'],
    controls: ['OPS-14'],
    rationale:
      'Deletion protection stops one mistaken command or pipeline run from destroying production data.',
    remediation:
      'Run `aws rds modify-db-instance --deletion-protection` (terraform: deletion_protection = true).',
  },
  ['deletion protection is on', 'deletion protection is off'],
);

export const rdsMinorUpgrades = rdsFlag(
  'aws.rds.auto_minor_version_upgrade',
  'autoMinorVersionUpgrade',
  {
    title: 'RDS instances receive minor engine upgrades automatically',
    description:
      'AutoMinorVersionUpgrade is true, so security patches are applied in the maintenance window.',
    severity: 'low',
    criteria: ['CC7.1'],
    controls: ['OPS-05'],
    rationale:
      'Minor versions carry security fixes; automatic upgrades keep the engine patched without a ticket.',
    remediation: 'Run `aws rds modify-db-instance --auto-minor-version-upgrade`.',
  },
  ['automatic minor upgrades are on', 'automatic minor upgrades are off'],
);

export const rdsIamAuth = rdsFlag(
  'aws.rds.iam_authentication',
  'iamAuthentication',
  {
    title: 'RDS instances accept IAM database authentication',
    description:
      'IAMDatabaseAuthenticationEnabled is true, so people can log in with short-lived IAM tokens.',
    severity: 'low',
    criteria: ['CC1.3', 'CC6.1'],
    controls: ['AC-11'],
    rationale: 'IAM tokens tie database logins to named identities and avoid shared static passwords.',
    remediation:
      'Run `aws rds modify-db-instance --enable-iam-database-authentication` and grant rds-db:connect per role.',
  },
  ['IAM authentication is on', 'IAM authentication is off'],
);

export const rdsLogsExported = defineCheck({
  id: 'aws.rds.logs_exported',
  title: 'RDS engine logs are exported to CloudWatch Logs',
  description: 'At least one engine log type (audit, error, postgresql …) is published to CloudWatch Logs.',
  resourceType: awsRdsInstance,
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3', 'A1.2'],
  controls: ['MON-01'],
  rationale: 'Exported engine logs survive the instance and can be searched and alerted on centrally.',
  remediation:
    'Run `aws rds modify-db-instance --cloudwatch-logs-export-configuration EnableLogTypes=…` for the engine’s log types.',
  evaluate(a) {
    const exports = need(a.cloudwatchLogsExports, 'cloudwatchLogsExports');
    if (a.engine?.startsWith('aurora')) return notApplicable('Aurora exports logs at the cluster level');
    return exports.length > 0
      ? pass(`exports ${exports.join(', ')}`, 'cloudwatchLogsExports', exports)
      : fail('no log type is exported', 'cloudwatchLogsExports', 'at least one', []);
  },
});

/** The S3 and RDS checks. */
export const DATA_CHECKS = [
  bucketNotPublic,
  bucketPublicAccessBlock,
  bucketDefaultEncryption,
  bucketTlsOnly,
  bucketVersioning,
  rdsEncrypted,
  rdsNotPublic,
  rdsBackupRetention,
  rdsMultiAz,
  rdsDeletionProtection,
  rdsMinorUpgrades,
  rdsIamAuth,
  rdsLogsExported,
];
