/**
 * Resource types produced by the cloud connectors (AWS exports, the live AWS collector and
 * `terraform show -json`). Every field a source may lack is optional, so a check that needs it
 * reports an error instead of passing; `null` means "collected, and absent" (no password policy,
 * no bucket policy), which checks treat as a finding.
 */
import { z } from 'zod';
import { defineResourceType } from '../resource.ts';

/** An ISO-8601 timestamp, or null when the source says "never" / "not available". */
const when = z.string().nullable();

/** The four S3 Block Public Access switches, shared by the account and bucket levels. */
export const BlockPublicAccessSchema = z.object({
  blockPublicAcls: z.boolean(),
  ignorePublicAcls: z.boolean(),
  blockPublicPolicy: z.boolean(),
  restrictPublicBuckets: z.boolean(),
});
export type BlockPublicAccess = z.infer<typeof BlockPublicAccessSchema>;

export const PasswordPolicySchema = z.object({
  minimumLength: z.number().optional(),
  requireSymbols: z.boolean().optional(),
  requireNumbers: z.boolean().optional(),
  requireUppercase: z.boolean().optional(),
  requireLowercase: z.boolean().optional(),
  /** Number of previous passwords that cannot be reused; absent when reuse prevention is off. */
  reusePrevention: z.number().optional(),
  maxAgeDays: z.number().optional(),
});
export type PasswordPolicy = z.infer<typeof PasswordPolicySchema>;

export const AccessKeySchema = z.object({
  slot: z.number(),
  active: z.boolean(),
  lastRotated: when,
  lastUsed: when,
});

/**
 * Attribute → why it is unknown, when the call that supplies it failed for another reason than
 * "does not exist" (access denied …); the check's error then gives that reason.
 */
export const UnreadableSchema = z.record(z.string(), z.string()).optional();

export const AwsAccountSchema = z.object({
  accountId: z.string(),
  /** null: `get-account-password-policy` answered NoSuchEntity (the account has no policy). */
  passwordPolicy: PasswordPolicySchema.nullable().optional(),
  rootMfaActive: z.boolean().optional(),
  rootAccessKeysActive: z.boolean().optional(),
  /** The root user's two access key slots, from the credential report. */
  rootAccessKeys: z.array(AccessKeySchema).optional(),
  rootPasswordLastUsed: when.optional(),
  /** null: no account-level Block Public Access configuration exists. */
  s3BlockPublicAccess: BlockPublicAccessSchema.nullable().optional(),
  /** One entry per collected region; a region without a detector has `enabled: false`. */
  guardDutyRegions: z
    .array(z.object({ region: z.string(), detectorId: z.string().nullable(), enabled: z.boolean() }))
    .optional(),
  /** Regions that were read but whose GuardDuty state could not be, with why. */
  guardDutyUnknownRegions: z.array(z.object({ region: z.string(), why: z.string() })).optional(),
  /** Trails seen across the collected regions, with their logging status when it was collected. */
  cloudTrailTrails: z
    .array(z.object({ arn: z.string(), multiRegion: z.boolean(), logging: z.boolean().nullable() }))
    .optional(),
  unreadable: UnreadableSchema,
});
export type AwsAccountAttrs = z.infer<typeof AwsAccountSchema>;

export const awsAccount = defineResourceType({
  type: 'aws.account',
  title: 'AWS account',
  description:
    'Account-wide settings: password policy, root user, S3 Block Public Access, GuardDuty, trails.',
  attributes: AwsAccountSchema,
});

export const AwsIamUserSchema = z.object({
  userName: z.string(),
  arn: z.string(),
  createdAt: when.optional(),
  /** null when the report says `not_supported`. */
  passwordEnabled: z.boolean().nullable().optional(),
  passwordLastUsed: when.optional(),
  passwordLastChanged: when.optional(),
  mfaActive: z.boolean().optional(),
  accessKeys: z.array(AccessKeySchema).optional(),
  inlinePolicyNames: z.array(z.string()).optional(),
  attachedPolicyArns: z.array(z.string()).optional(),
  groups: z.array(z.string()).optional(),
});
export type AwsIamUserAttrs = z.infer<typeof AwsIamUserSchema>;

export const awsIamUser = defineResourceType({
  type: 'aws.iam_user',
  title: 'AWS IAM user',
  description:
    'An IAM user with its credentials (credential report) and permissions (authorization details).',
  attributes: AwsIamUserSchema,
});

export const PolicyStatementSchema = z.object({
  effect: z.enum(['Allow', 'Deny']),
  actions: z.array(z.string()),
  notActions: z.array(z.string()),
  resources: z.array(z.string()),
  notResources: z.array(z.string()),
  hasCondition: z.boolean(),
});
export type PolicyStatement = z.infer<typeof PolicyStatementSchema>;

export const AwsIamPolicySchema = z.object({
  name: z.string(),
  /** managed: a customer or AWS managed policy; inline: embedded in a user, group or role. */
  kind: z.enum(['aws_managed', 'customer_managed', 'inline']),
  /** Absent where the source cannot tell (terraform); false makes attachment-scoped checks not applicable. */
  attached: z.boolean().optional(),
  /** The statements of the default version (managed) or of the document (inline). */
  statements: z.array(PolicyStatementSchema).optional(),
});
export type AwsIamPolicyAttrs = z.infer<typeof AwsIamPolicySchema>;

export const awsIamPolicy = defineResourceType({
  type: 'aws.iam_policy',
  title: 'AWS IAM policy',
  description: 'A managed or inline IAM policy, reduced to the statements that are in effect.',
  attributes: AwsIamPolicySchema,
});

export const AwsS3BucketSchema = z.object({
  name: z.string(),
  /** null: the bucket has no default encryption configuration. */
  encryptionAlgorithm: z.string().nullable().optional(),
  /** null: no bucket-level Block Public Access configuration. */
  publicAccessBlock: BlockPublicAccessSchema.nullable().optional(),
  /** The account-level configuration, copied here so one bucket can be judged alone. */
  accountPublicAccessBlock: BlockPublicAccessSchema.nullable().optional(),
  /** From `get-bucket-policy-status` (or, for terraform, a policy allowing Principal "*" unconditionally). */
  publicPolicy: z.boolean().optional(),
  /** An ACL grant to AllUsers or AuthenticatedUsers. */
  publicAcl: z.boolean().optional(),
  versioning: z.enum(['Enabled', 'Suspended', 'Disabled']).optional(),
  /** The bucket policy denies requests where `aws:SecureTransport` is false. */
  tlsOnlyPolicy: z.boolean().optional(),
  unreadable: UnreadableSchema,
});
export type AwsS3BucketAttrs = z.infer<typeof AwsS3BucketSchema>;

export const awsS3Bucket = defineResourceType({
  type: 'aws.s3_bucket',
  title: 'AWS S3 bucket',
  description: 'An S3 bucket with its encryption, public access, versioning and transport settings.',
  attributes: AwsS3BucketSchema,
});

export const AwsRdsInstanceSchema = z.object({
  identifier: z.string(),
  engine: z.string().optional(),
  storageEncrypted: z.boolean().optional(),
  publiclyAccessible: z.boolean().optional(),
  backupRetentionPeriod: z.number().optional(),
  multiAz: z.boolean().optional(),
  deletionProtection: z.boolean().optional(),
  autoMinorVersionUpgrade: z.boolean().optional(),
  cloudwatchLogsExports: z.array(z.string()).optional(),
  iamAuthentication: z.boolean().optional(),
});
export type AwsRdsInstanceAttrs = z.infer<typeof AwsRdsInstanceSchema>;

export const awsRdsInstance = defineResourceType({
  type: 'aws.rds_instance',
  title: 'AWS RDS DB instance',
  description: 'An RDS database instance with its encryption, exposure, backup and resilience settings.',
  attributes: AwsRdsInstanceSchema,
});

export const AwsCloudTrailSchema = z.object({
  name: z.string(),
  homeRegion: z.string().optional(),
  isMultiRegion: z.boolean().optional(),
  logFileValidation: z.boolean().optional(),
  /** From `get-trail-status`; absent when only `describe-trails` was imported. */
  isLogging: z.boolean().optional(),
  kmsKeyId: z.string().nullable().optional(),
  cloudWatchLogsLogGroupArn: z.string().nullable().optional(),
  unreadable: UnreadableSchema,
});
export type AwsCloudTrailAttrs = z.infer<typeof AwsCloudTrailSchema>;

export const awsCloudTrail = defineResourceType({
  type: 'aws.cloudtrail_trail',
  title: 'AWS CloudTrail trail',
  description: 'A CloudTrail trail with its scope, integrity, encryption and logging status.',
  attributes: AwsCloudTrailSchema,
});

export const IngressRuleSchema = z.object({
  /** `-1` means every protocol; otherwise `tcp`, `udp`, `icmp` or a protocol number. */
  protocol: z.string(),
  /** null when the rule covers every port. */
  fromPort: z.number().nullable(),
  toPort: z.number().nullable(),
  cidrs: z.array(z.string()),
});
export type IngressRule = z.infer<typeof IngressRuleSchema>;

export const AwsSecurityGroupSchema = z.object({
  groupId: z.string(),
  groupName: z.string(),
  vpcId: z.string().nullable().optional(),
  ingress: z.array(IngressRuleSchema).optional(),
  egress: z.array(IngressRuleSchema).optional(),
});
export type AwsSecurityGroupAttrs = z.infer<typeof AwsSecurityGroupSchema>;

export const awsSecurityGroup = defineResourceType({
  type: 'aws.security_group',
  title: 'AWS security group',
  description: 'An EC2/VPC security group with its rules normalized to protocol, port range and CIDRs.',
  attributes: AwsSecurityGroupSchema,
});

export const AwsKmsKeySchema = z.object({
  keyId: z.string(),
  keyManager: z.enum(['AWS', 'CUSTOMER']).optional(),
  keySpec: z.string().optional(),
  keyUsage: z.string().optional(),
  keyState: z.string().optional(),
  /** null: rotation status does not apply or could not be read for this kind of key. */
  rotationEnabled: z.boolean().nullable().optional(),
  unreadable: UnreadableSchema,
});
export type AwsKmsKeyAttrs = z.infer<typeof AwsKmsKeySchema>;

export const awsKmsKey = defineResourceType({
  type: 'aws.kms_key',
  title: 'AWS KMS key',
  description: 'A KMS key with its manager, spec, state and automatic rotation status.',
  attributes: AwsKmsKeySchema,
});

export const AwsGuardDutyDetectorSchema = z.object({
  detectorId: z.string(),
  region: z.string().optional(),
  status: z.string().optional(),
  findingPublishingFrequency: z.string().optional(),
});
export type AwsGuardDutyDetectorAttrs = z.infer<typeof AwsGuardDutyDetectorSchema>;

export const awsGuardDutyDetector = defineResourceType({
  type: 'aws.guardduty_detector',
  title: 'AWS GuardDuty detector',
  description: 'A GuardDuty detector in one region and whether it is enabled.',
  attributes: AwsGuardDutyDetectorSchema,
});
