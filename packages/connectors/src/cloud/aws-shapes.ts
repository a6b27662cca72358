/**
 * The shapes of the AWS responses we read, as the `aws` CLI prints them (`--output json`) and as the
 * SDK v3 returns them: both use the API's member names; the CLI prints timestamps as strings or epoch
 * seconds, the SDK as Date objects. Only the fields the normalizers use are declared; others pass.
 */
import { z } from 'zod';

/** A timestamp in any of the three forms, as an ISO string (epoch numbers are seconds). */
export const awsDate = z.union([z.string(), z.number(), z.date()]).transform((v, ctx) => {
  const date = new Date(v instanceof Date ? v.getTime() : typeof v === 'number' ? v * 1000 : Date.parse(v));
  // Out-of-range numbers make an Invalid Date, whose toISOString throws.
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: 'custom', message: `not a date: ${String(v)}` });
    return z.NEVER;
  }
  return date.toISOString();
});

/** A list the CLI sometimes prints as a single object (the published example does this for groups). */
const listOf = <T extends z.ZodType>(item: T) =>
  z.union([z.array(item), item]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);

export const PasswordPolicyResponse = z.object({
  PasswordPolicy: z.object({
    MinimumPasswordLength: z.number().optional(),
    RequireSymbols: z.boolean().optional(),
    RequireNumbers: z.boolean().optional(),
    RequireUppercaseCharacters: z.boolean().optional(),
    RequireLowercaseCharacters: z.boolean().optional(),
    PasswordReusePrevention: z.number().optional(),
    MaxPasswordAge: z.number().optional(),
  }),
});

/** A policy document: an object in CLI output, a URL-encoded JSON string in raw API/SDK output. */
const PolicyDocument = z.union([z.string(), z.record(z.string(), z.unknown())]);
const InlinePolicy = z.object({ PolicyName: z.string(), PolicyDocument: PolicyDocument.optional() });
const AttachedPolicy = z.object({ PolicyName: z.string().optional(), PolicyArn: z.string() });

const Principal = {
  Arn: z.string(),
  CreateDate: awsDate.optional(),
  AttachedManagedPolicies: listOf(AttachedPolicy).optional(),
};

export const AuthorizationDetailsResponse = z.object({
  UserDetailList: z.array(
    z.object({
      ...Principal,
      UserName: z.string(),
      UserPolicyList: z.array(InlinePolicy).optional(),
      GroupList: z.array(z.string()).optional(),
    }),
  ),
  GroupDetailList: z
    .array(
      z.object({ ...Principal, GroupName: z.string(), GroupPolicyList: z.array(InlinePolicy).optional() }),
    )
    .optional(),
  RoleDetailList: z
    .array(z.object({ ...Principal, RoleName: z.string(), RolePolicyList: z.array(InlinePolicy).optional() }))
    .optional(),
  Policies: z.array(
    z.object({
      PolicyName: z.string(),
      Arn: z.string(),
      AttachmentCount: z.number().optional(),
      DefaultVersionId: z.string().optional(),
      PolicyVersionList: z
        .array(
          z.object({
            VersionId: z.string().optional(),
            IsDefaultVersion: z.boolean().optional(),
            Document: PolicyDocument.optional(),
          }),
        )
        .optional(),
    }),
  ),
});
export type AuthorizationDetails = z.output<typeof AuthorizationDetailsResponse>;

export const CredentialReportResponse = z.object({
  Content: z.union([z.string(), z.instanceof(Uint8Array)]),
  ReportFormat: z.string().optional(),
  GeneratedTime: awsDate.optional(),
});

export const CallerIdentityResponse = z.object({
  Account: z.string().regex(/^\d{12}$/),
  Arn: z.string().optional(),
});

const BlockPublicAccessConfig = z.object({
  BlockPublicAcls: z.boolean().optional(),
  IgnorePublicAcls: z.boolean().optional(),
  BlockPublicPolicy: z.boolean().optional(),
  RestrictPublicBuckets: z.boolean().optional(),
});
export const PublicAccessBlockResponse = z.object({
  PublicAccessBlockConfiguration: BlockPublicAccessConfig,
});
export const ListBucketsResponse = z.object({ Buckets: z.array(z.object({ Name: z.string() })).default([]) });
export const BucketEncryptionResponse = z.object({
  ServerSideEncryptionConfiguration: z.object({
    Rules: z.array(
      z.object({ ApplyServerSideEncryptionByDefault: z.object({ SSEAlgorithm: z.string() }).optional() }),
    ),
  }),
});
export const BucketPolicyStatusResponse = z.object({
  PolicyStatus: z.object({ IsPublic: z.boolean().optional() }),
});
export const BucketPolicyResponse = z.object({ Policy: z.string() });
export const BucketVersioningResponse = z.object({ Status: z.string().optional() });
export const BucketAclResponse = z.object({
  Grants: z.array(z.object({ Grantee: z.object({ URI: z.string().optional() }).optional() })).default([]),
});

const IpPermission = z.object({
  IpProtocol: z.string(),
  FromPort: z.number().optional(),
  ToPort: z.number().optional(),
  IpRanges: z.array(z.object({ CidrIp: z.string() })).optional(),
  Ipv6Ranges: z.array(z.object({ CidrIpv6: z.string() })).optional(),
});
export type IpPermission = z.output<typeof IpPermission>;
export const SecurityGroup = z.object({
  GroupId: z.string(),
  GroupName: z.string(),
  OwnerId: z.string().optional(),
  VpcId: z.string().optional(),
  IpPermissions: z.array(IpPermission).default([]),
  IpPermissionsEgress: z.array(IpPermission).default([]),
});
export const SecurityGroupsResponse = z.object({ SecurityGroups: z.array(SecurityGroup) });

export const DbInstance = z.object({
  DBInstanceIdentifier: z.string(),
  DBInstanceArn: z.string().optional(),
  Engine: z.string().optional(),
  StorageEncrypted: z.boolean().optional(),
  PubliclyAccessible: z.boolean().optional(),
  BackupRetentionPeriod: z.number().optional(),
  MultiAZ: z.boolean().optional(),
  DeletionProtection: z.boolean().optional(),
  AutoMinorVersionUpgrade: z.boolean().optional(),
  EnabledCloudwatchLogsExports: z.array(z.string()).optional(),
  IAMDatabaseAuthenticationEnabled: z.boolean().optional(),
});
export const DbInstancesResponse = z.object({ DBInstances: z.array(DbInstance) });

export const Trail = z.object({
  Name: z.string(),
  TrailARN: z.string(),
  HomeRegion: z.string().optional(),
  IsMultiRegionTrail: z.boolean().optional(),
  LogFileValidationEnabled: z.boolean().optional(),
  KmsKeyId: z.string().optional(),
  CloudWatchLogsLogGroupArn: z.string().optional(),
});
export const DescribeTrailsResponse = z.object({ trailList: z.array(Trail) });
export const TrailStatusResponse = z.object({ IsLogging: z.boolean() });

export const KeyMetadata = z.object({
  KeyId: z.string(),
  Arn: z.string().optional(),
  AWSAccountId: z.string().optional(),
  KeyManager: z.enum(['AWS', 'CUSTOMER']).optional(),
  KeySpec: z.string().optional(),
  CustomerMasterKeySpec: z.string().optional(),
  KeyUsage: z.string().optional(),
  KeyState: z.string().optional(),
});
export const DescribeKeyResponse = z.object({ KeyMetadata });
export const KeyRotationResponse = z.object({ KeyRotationEnabled: z.boolean() });
export const ListKeysResponse = z.object({ Keys: z.array(z.object({ KeyId: z.string() })) });

export const ListDetectorsResponse = z.object({ DetectorIds: z.array(z.string()) });
export const DetectorResponse = z.object({
  Status: z.string(),
  FindingPublishingFrequency: z.string().optional(),
  ServiceRole: z.string().optional(),
});
