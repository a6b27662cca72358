/**
 * Maps terraform AWS provider resources onto the cloud resource types. In a plan, values terraform
 * cannot know yet are left out of `planned_values`: those attributes stay undefined (the checks report
 * a missing input), while an attribute that is explicitly null is taken as "not configured".
 */
import { ImportError, type Resource } from '@vigil/monitoring';
import type {
  AwsCloudTrailAttrs,
  AwsIamPolicyAttrs,
  AwsKmsKeyAttrs,
  AwsRdsInstanceAttrs,
  AwsS3BucketAttrs,
  AwsSecurityGroupAttrs,
  BlockPublicAccess,
  IngressRule,
} from '@vigil/monitoring/resource-types/cloud';
import {
  allowsEveryone,
  deniesInsecureTransport,
  policyStatements,
  rawStatements,
} from './policy-document.ts';

/** A managed resource with the JSON path it was read from (for error messages). */
export interface TfResourceAt {
  address: string;
  type: string;
  values: Record<string, unknown>;
  path: string;
}

/** Typed access to a resource's values; a value of the wrong type is an ImportError naming its path. */
function reader(r: TfResourceAt, file: string) {
  const bad = (key: string, expected: string) =>
    new ImportError(
      file,
      `${r.path}.values.${key}`,
      `expected ${expected}, found ${JSON.stringify(r.values[key]).slice(0, 40)}`,
    );
  const typed = <T>(key: string, kind: string, test: (v: unknown) => v is T): T | undefined => {
    const v = r.values[key];
    if (v === undefined || v === null) return undefined;
    if (!test(v)) throw bad(key, kind);
    return v;
  };
  return {
    has: (key: string) => key in r.values,
    bool: (key: string) => typed(key, 'a boolean', (v): v is boolean => typeof v === 'boolean'),
    num: (key: string) => typed(key, 'a number', (v): v is number => typeof v === 'number'),
    str: (key: string) => typed(key, 'a string', (v): v is string => typeof v === 'string'),
    list: (key: string) => typed(key, 'a list', (v): v is unknown[] => Array.isArray(v)),
    /** The first block of a nested block list (`rule { … }` is `rule: [{…}]`). */
    block: (key: string) => {
      const first = typed(key, 'a list', (v): v is unknown[] => Array.isArray(v))?.[0];
      return typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : undefined;
    },
  };
}

const tfResource = (type: string, r: TfResourceAt, attributes: object): Resource => ({
  source: 'terraform',
  type,
  externalId: r.address,
  name: r.address,
  attributes: attributes as Record<string, unknown>,
});

const stripIndexes = (address: string) => address.replace(/\[[^\]]*\]/g, '');
const modulePrefix = (address: string) => stripIndexes(address).replace(/[^.]+\.[^.]+$/, '');

/** Finds the resource of `targetType` that `r` configures, by id/name value or by configuration reference. */
function joiner(all: TfResourceAt[], refs: Map<string, string[]>) {
  return (
    r: TfResourceAt,
    attribute: string,
    targetType: string,
    keys: string[],
  ): TfResourceAt | undefined => {
    const targets = all.filter((t) => t.type === targetType);
    const value = r.values[attribute];
    if (typeof value === 'string') {
      const hit = targets.find((t) => keys.some((k) => t.values[k] === value));
      if (hit) return hit;
    }
    const prefix = modulePrefix(r.address);
    for (const ref of refs.get(`${stripIndexes(r.address)}.${attribute}`) ?? []) {
      const m = new RegExp(`^${targetType}\\.[^.]+`).exec(ref);
      if (!m) continue;
      const hit = targets.find((t) => stripIndexes(t.address) === prefix + m[0]);
      if (hit) return hit;
    }
    return undefined;
  };
}

const flags = (v: Record<string, unknown>): BlockPublicAccess => ({
  blockPublicAcls: v.block_public_acls === true,
  ignorePublicAcls: v.ignore_public_acls === true,
  blockPublicPolicy: v.block_public_policy === true,
  restrictPublicBuckets: v.restrict_public_buckets === true,
});

const PUBLIC_ACLS = ['public-read', 'public-read-write', 'authenticated-read'];

function mapBuckets(all: TfResourceAt[], join: ReturnType<typeof joiner>, file: string): Resource[] {
  const byBucket = new Map<TfResourceAt, TfResourceAt[]>();
  for (const r of all) {
    if (!r.type.startsWith('aws_s3_bucket_')) continue;
    const bucket = join(r, 'bucket', 'aws_s3_bucket', ['bucket', 'id']);
    if (bucket) byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), r]);
  }
  const accountBlock = all.find((r) => r.type === 'aws_s3_account_public_access_block');
  return all
    .filter((r) => r.type === 'aws_s3_bucket')
    .map((b) => {
      const v = reader(b, file);
      const parts = byBucket.get(b) ?? [];
      const part = (type: string) => parts.find((p) => p.type === type);
      const attrs: AwsS3BucketAttrs = { name: v.str('bucket') ?? b.address };
      const sse = part('aws_s3_bucket_server_side_encryption_configuration');
      const sseRule = sse
        ? reader(sse, file).block('rule')
        : v.block('server_side_encryption_configuration')?.rule;
      const byDefault = (Array.isArray(sseRule) ? sseRule[0] : sseRule) as
        | Record<string, unknown>
        | undefined;
      const algorithm = (
        byDefault?.apply_server_side_encryption_by_default as Record<string, unknown>[] | undefined
      )?.[0]?.sse_algorithm;
      attrs.encryptionAlgorithm = typeof algorithm === 'string' ? algorithm : null;
      const pab = part('aws_s3_bucket_public_access_block');
      attrs.publicAccessBlock = pab ? flags(pab.values) : null;
      if (accountBlock) attrs.accountPublicAccessBlock = flags(accountBlock.values);
      const policyHolder = part('aws_s3_bucket_policy');
      const policy = policyHolder ? reader(policyHolder, file).str('policy') : (v.str('policy') ?? '');
      if (policy !== undefined) {
        const statements = policy.trim() === '' ? [] : rawStatements(policy);
        if (typeof statements === 'string')
          throw new ImportError(file, `${(policyHolder ?? b).path}.values.policy`, statements);
        attrs.publicPolicy = allowsEveryone(statements);
        attrs.tlsOnlyPolicy = deniesInsecureTransport(statements);
      }
      const aclHolder = part('aws_s3_bucket_acl');
      const acl = aclHolder ? reader(aclHolder, file).str('acl') : v.str('acl');
      const grants = JSON.stringify(aclHolder?.values.access_control_policy ?? v.list('grant') ?? []);
      attrs.publicAcl =
        PUBLIC_ACLS.includes(acl ?? '') || /global\/(AllUsers|AuthenticatedUsers)/.test(grants);
      const versioning = part('aws_s3_bucket_versioning');
      const status = versioning
        ? reader(versioning, file).block('versioning_configuration')?.status
        : undefined;
      const legacy = v.block('versioning')?.enabled;
      attrs.versioning =
        status === 'Enabled' || status === 'Suspended' ? status : legacy === true ? 'Enabled' : 'Disabled';
      return tfResource('aws.s3_bucket', b, attrs);
    });
}

const stringList = (v: unknown) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function rules(list: unknown[] | undefined, kind: 'v1' | 'vpc'): IngressRule[] | undefined {
  return list?.map((x) => {
    const r = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
    const protocol = String((kind === 'vpc' ? r.ip_protocol : r.protocol) ?? '-1').toLowerCase();
    const proto = protocol === 'all' ? '-1' : protocol;
    const cidrs =
      kind === 'vpc'
        ? [r.cidr_ipv4, r.cidr_ipv6].filter((c): c is string => typeof c === 'string')
        : [...stringList(r.cidr_blocks), ...stringList(r.ipv6_cidr_blocks)];
    const from = typeof r.from_port === 'number' ? r.from_port : null;
    const to = typeof r.to_port === 'number' ? r.to_port : null;
    const allPorts = proto === '-1' || from === null || from === -1;
    return { protocol: proto, fromPort: allPorts ? null : from, toPort: allPorts ? null : to, cidrs };
  });
}

function mapSecurityGroups(all: TfResourceAt[], join: ReturnType<typeof joiner>, file: string): Resource[] {
  const groups = new Map<TfResourceAt, AwsSecurityGroupAttrs>();
  for (const g of all.filter((r) => r.type === 'aws_security_group')) {
    const v = reader(g, file);
    groups.set(g, {
      groupId: v.str('id') ?? g.address,
      groupName: v.str('name') ?? g.address,
      vpcId: v.str('vpc_id') ?? null,
      ingress: rules(v.list('ingress'), 'v1'),
      egress: rules(v.list('egress'), 'v1'),
    });
  }
  const out: Resource[] = [];
  for (const r of all) {
    const kind =
      r.type === 'aws_security_group_rule'
        ? 'v1'
        : r.type.startsWith('aws_vpc_security_group_')
          ? 'vpc'
          : null;
    if (!kind || !/_(rule|ingress_rule|egress_rule)$/.test(r.type)) continue;
    const direction =
      kind === 'v1'
        ? r.values.type === 'egress'
          ? 'egress'
          : 'ingress'
        : r.type.includes('egress')
          ? 'egress'
          : 'ingress';
    const rule = rules([r.values], kind)!;
    const target = join(r, 'security_group_id', 'aws_security_group', ['id']);
    const attrs = target ? groups.get(target) : undefined;
    if (attrs) {
      attrs[direction] = [...(attrs[direction] ?? []), ...rule];
    } else {
      // A rule whose group lives elsewhere is still gated, as a group of its own.
      out.push(
        tfResource('aws.security_group', r, {
          groupId: r.address,
          groupName: r.address,
          vpcId: null,
          ingress: direction === 'ingress' ? rule : [],
          egress: direction === 'egress' ? rule : [],
        }),
      );
    }
  }
  for (const [g, attrs] of groups) out.unshift(tfResource('aws.security_group', g, attrs));
  return out;
}

function mapSimple(r: TfResourceAt, file: string): Resource | null {
  const v = reader(r, file);
  const orNull = (key: string) => (v.has(key) ? v.str(key) || null : undefined);
  switch (r.type) {
    case 'aws_db_instance': {
      const attrs: AwsRdsInstanceAttrs = {
        identifier: v.str('identifier') ?? r.address,
        engine: v.str('engine'),
        storageEncrypted: v.bool('storage_encrypted'),
        publiclyAccessible: v.bool('publicly_accessible'),
        backupRetentionPeriod: v.num('backup_retention_period'),
        multiAz: v.bool('multi_az'),
        deletionProtection: v.bool('deletion_protection'),
        autoMinorVersionUpgrade: v.bool('auto_minor_version_upgrade'),
        cloudwatchLogsExports: stringList(v.list('enabled_cloudwatch_logs_exports')),
        iamAuthentication: v.bool('iam_database_authentication_enabled'),
      };
      return tfResource('aws.rds_instance', r, attrs);
    }
    case 'aws_kms_key': {
      const attrs: AwsKmsKeyAttrs = {
        keyId: v.str('key_id') ?? r.address,
        keyManager: 'CUSTOMER',
        keySpec: v.str('customer_master_key_spec') ?? v.str('key_spec') ?? 'SYMMETRIC_DEFAULT',
        keyUsage: v.str('key_usage') ?? 'ENCRYPT_DECRYPT',
        keyState: v.bool('is_enabled') === false ? 'Disabled' : 'Enabled',
        rotationEnabled: v.bool('enable_key_rotation'),
      };
      return tfResource('aws.kms_key', r, attrs);
    }
    case 'aws_cloudtrail': {
      const attrs: AwsCloudTrailAttrs = {
        name: v.str('name') ?? r.address,
        homeRegion: v.str('home_region'),
        isMultiRegion: v.bool('is_multi_region_trail'),
        logFileValidation: v.bool('enable_log_file_validation'),
        isLogging: v.bool('enable_logging') ?? (v.has('enable_logging') ? undefined : true),
        kmsKeyId: orNull('kms_key_id'),
        cloudWatchLogsLogGroupArn: orNull('cloud_watch_logs_group_arn'),
      };
      return tfResource('aws.cloudtrail_trail', r, attrs);
    }
    case 'aws_iam_policy':
    case 'aws_iam_role_policy':
    case 'aws_iam_user_policy':
    case 'aws_iam_group_policy': {
      const policy = v.str('policy');
      const statements = policy === undefined ? undefined : policyStatements(policy);
      if (typeof statements === 'string') throw new ImportError(file, `${r.path}.values.policy`, statements);
      const attrs: AwsIamPolicyAttrs = {
        name: v.str('name') ?? r.address,
        kind: r.type === 'aws_iam_policy' ? 'customer_managed' : 'inline',
        ...(r.type === 'aws_iam_policy' ? {} : { attached: true }),
        ...(statements ? { statements } : {}),
      };
      return tfResource('aws.iam_policy', r, attrs);
    }
    default:
      return null;
  }
}

/** Every mappable resource of a flattened terraform module tree. */
export function mapTerraformResources(
  all: TfResourceAt[],
  refs: Map<string, string[]>,
  file: string,
): Resource[] {
  const join = joiner(all, refs);
  const simple = all.map((r) => mapSimple(r, file)).filter((r): r is Resource => r !== null);
  return [...mapBuckets(all, join, file), ...mapSecurityGroups(all, join, file), ...simple];
}
