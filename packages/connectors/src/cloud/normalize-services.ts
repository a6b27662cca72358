/**
 * Normalizers for S3, RDS, CloudTrail, EC2 security groups, KMS and GuardDuty responses, shared by
 * the file importers and the live collector. `null` inputs mean "the API said it does not exist"
 * (no bucket policy, no encryption rule); `undefined` means "not collected".
 */
import type { Resource } from '@vigil/monitoring';
import type {
  AwsCloudTrailAttrs,
  AwsGuardDutyDetectorAttrs,
  AwsKmsKeyAttrs,
  AwsRdsInstanceAttrs,
  AwsS3BucketAttrs,
  AwsSecurityGroupAttrs,
  BlockPublicAccess,
  IngressRule,
} from '@vigil/monitoring/resource-types/cloud';
import type { z } from 'zod';
import type * as S from './aws-shapes.ts';
import { awsResource } from './normalize-iam.ts';
import { deniesInsecureTransport, rawStatements } from './policy-document.ts';

type Out<T extends z.ZodType> = z.output<T>;

/** The four Block Public Access switches; a switch the response leaves out is off. */
export function blockPublicAccess(
  doc: Out<typeof S.PublicAccessBlockResponse> | null,
): BlockPublicAccess | null {
  if (doc === null) return null;
  const c = doc.PublicAccessBlockConfiguration;
  return {
    blockPublicAcls: c.BlockPublicAcls === true,
    ignorePublicAcls: c.IgnorePublicAcls === true,
    blockPublicPolicy: c.BlockPublicPolicy === true,
    restrictPublicBuckets: c.RestrictPublicBuckets === true,
  };
}

const PUBLIC_GRANTEES = [
  'http://acs.amazonaws.com/groups/global/AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
];

/** What we know about one bucket, each piece from its own S3 call. */
export interface BucketInputs {
  name: string;
  encryption?: Out<typeof S.BucketEncryptionResponse> | null;
  publicAccessBlock?: Out<typeof S.PublicAccessBlockResponse> | null;
  accountPublicAccessBlock?: BlockPublicAccess | null;
  policyStatus?: Out<typeof S.BucketPolicyStatusResponse> | null;
  /** The policy JSON string, or null when the bucket has none. */
  policy?: string | null;
  acl?: Out<typeof S.BucketAclResponse>;
  versioning?: Out<typeof S.BucketVersioningResponse>;
}

/** An `aws.s3_bucket` resource from the per-bucket responses. */
export function normalizeBucket(b: BucketInputs): Resource {
  const attrs: AwsS3BucketAttrs = { name: b.name };
  if (b.encryption !== undefined) {
    attrs.encryptionAlgorithm =
      b.encryption?.ServerSideEncryptionConfiguration.Rules.find((r) => r.ApplyServerSideEncryptionByDefault)
        ?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? null;
  }
  if (b.publicAccessBlock !== undefined) attrs.publicAccessBlock = blockPublicAccess(b.publicAccessBlock);
  if (b.accountPublicAccessBlock !== undefined) attrs.accountPublicAccessBlock = b.accountPublicAccessBlock;
  // No bucket policy means the policy cannot make the bucket public.
  if (b.policyStatus !== undefined) attrs.publicPolicy = b.policyStatus?.PolicyStatus.IsPublic === true;
  if (b.acl) attrs.publicAcl = b.acl.Grants.some((g) => PUBLIC_GRANTEES.includes(g.Grantee?.URI ?? ''));
  if (b.versioning) {
    const status = b.versioning.Status;
    attrs.versioning = status === 'Enabled' || status === 'Suspended' ? status : 'Disabled';
  }
  if (b.policy !== undefined) {
    const statements = b.policy === null ? [] : rawStatements(b.policy);
    attrs.tlsOnlyPolicy = typeof statements !== 'string' && deniesInsecureTransport(statements);
  }
  return awsResource('aws.s3_bucket', `arn:aws:s3:::${b.name}`, b.name, attrs);
}

/** An `aws.rds_instance` resource from one `DBInstances[]` entry. */
export function normalizeDbInstance(db: Out<typeof S.DbInstance>): Resource {
  const attrs: AwsRdsInstanceAttrs = {
    identifier: db.DBInstanceIdentifier,
    engine: db.Engine,
    storageEncrypted: db.StorageEncrypted,
    publiclyAccessible: db.PubliclyAccessible,
    backupRetentionPeriod: db.BackupRetentionPeriod,
    multiAz: db.MultiAZ,
    deletionProtection: db.DeletionProtection,
    autoMinorVersionUpgrade: db.AutoMinorVersionUpgrade,
    // The API leaves the list out when nothing is exported.
    cloudwatchLogsExports: db.EnabledCloudwatchLogsExports ?? [],
    iamAuthentication: db.IAMDatabaseAuthenticationEnabled,
  };
  return awsResource(
    'aws.rds_instance',
    db.DBInstanceArn ?? db.DBInstanceIdentifier,
    db.DBInstanceIdentifier,
    attrs,
  );
}

/** An `aws.cloudtrail_trail` resource from `describe-trails` (+ `get-trail-status` when collected). */
export function normalizeTrail(t: Out<typeof S.Trail>, status?: Out<typeof S.TrailStatusResponse>): Resource {
  const attrs: AwsCloudTrailAttrs = {
    name: t.Name,
    homeRegion: t.HomeRegion,
    isMultiRegion: t.IsMultiRegionTrail,
    logFileValidation: t.LogFileValidationEnabled,
    ...(status ? { isLogging: status.IsLogging } : {}),
    kmsKeyId: t.KmsKeyId ?? null,
    cloudWatchLogsLogGroupArn: t.CloudWatchLogsLogGroupArn ?? null,
  };
  return awsResource('aws.cloudtrail_trail', t.TrailARN, t.Name, attrs);
}

/** One `IpPermissions[]` entry as a rule; "every port" becomes null bounds. */
export function normalizeRule(p: S.IpPermission): IngressRule {
  const allPorts = p.IpProtocol === '-1' || p.FromPort === undefined || p.FromPort === -1;
  return {
    protocol: p.IpProtocol,
    fromPort: allPorts ? null : (p.FromPort ?? null),
    toPort: allPorts ? null : (p.ToPort ?? p.FromPort ?? null),
    cidrs: [...(p.IpRanges ?? []).map((r) => r.CidrIp), ...(p.Ipv6Ranges ?? []).map((r) => r.CidrIpv6)],
  };
}

/** An `aws.security_group` resource from one `SecurityGroups[]` entry. */
export function normalizeSecurityGroup(g: Out<typeof S.SecurityGroup>): Resource {
  const attrs: AwsSecurityGroupAttrs = {
    groupId: g.GroupId,
    groupName: g.GroupName,
    vpcId: g.VpcId ?? null,
    ingress: g.IpPermissions.map(normalizeRule),
    egress: g.IpPermissionsEgress.map(normalizeRule),
  };
  return awsResource('aws.security_group', g.GroupId, `${g.GroupName} (${g.GroupId})`, attrs);
}

/** An `aws.kms_key` resource from `describe-key` (+ rotation status; null when it does not apply). */
export function normalizeKey(
  meta: Out<typeof S.KeyMetadata>,
  rotation?: Out<typeof S.KeyRotationResponse> | null,
): Resource {
  const attrs: AwsKmsKeyAttrs = {
    keyId: meta.KeyId,
    keyManager: meta.KeyManager,
    keySpec: meta.KeySpec ?? meta.CustomerMasterKeySpec,
    keyUsage: meta.KeyUsage,
    keyState: meta.KeyState,
    ...(rotation === undefined
      ? {}
      : { rotationEnabled: rotation === null ? null : rotation.KeyRotationEnabled }),
  };
  return awsResource('aws.kms_key', meta.Arn ?? meta.KeyId, meta.KeyId, attrs);
}

/** An `aws.guardduty_detector` resource from `get-detector`. */
export function normalizeDetector(
  detectorId: string,
  region: string | undefined,
  d: Out<typeof S.DetectorResponse>,
): Resource {
  const attrs: AwsGuardDutyDetectorAttrs = {
    detectorId,
    region,
    status: d.Status,
    findingPublishingFrequency: d.FindingPublishingFrequency,
  };
  const id = region ? `${region}/${detectorId}` : detectorId;
  return awsResource('aws.guardduty_detector', id, id, attrs);
}
