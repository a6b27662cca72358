/**
 * The AWS bundle: the directory `aws-bundle.sh` writes, one JSON file per CLI call, named after the
 * command (`iam/get-account-password-policy.json`, `regions/eu-west-1/rds/describe-db-instances.json`).
 * A call that failed leaves a `.err` file with the CLI's message instead; "does not exist" errors
 * (NoSuchEntity, NoSuchBucketPolicy …) become `null` attributes, which the checks fail, while other
 * errors (AccessDenied) leave the attribute out, which the checks report as a missing input.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type FileImporter, ImportError, type ImportInput, type Resource } from '@vigil/monitoring';
import type { AwsAccountAttrs, BlockPublicAccess } from '@vigil/monitoring/resource-types/cloud';
import { z } from 'zod';
import { assemble } from './assemble.ts';
import * as S from './aws-shapes.ts';
import {
  type BundleDir,
  callResult,
  exists,
  failureOf,
  fileIn,
  has,
  inputReport,
  newReadLog,
  safeSegment,
} from './bundle-files.ts';
import { type RegionFindings, readRegion } from './bundle-regions.ts';
import { credentialReportFile, readAuthorizationDetails } from './importers-aws.ts';
import { awsResource, normalizePasswordPolicy } from './normalize-iam.ts';
import { blockPublicAccess, normalizeBucket } from './normalize-services.ts';

/** Buckets from an `s3api/` folder: `list-buckets.json` plus `buckets/<name>/<command>.json`. */
export async function readS3(
  dir: BundleDir,
  account: BlockPublicAccess | null | undefined,
): Promise<Resource[]> {
  const listInput = fileIn(dir, 'list-buckets.json');
  const list = await callResult(dir, 'list-buckets', S.ListBucketsResponse);
  if (list === undefined)
    throw new ImportError(listInput.name, null, 'missing: the bucket list is needed to read the buckets');
  const before = dir.log?.found.size ?? 0;
  const out: Resource[] = [];
  for (const [i, { Name }] of (list ?? { Buckets: [] }).Buckets.entries()) {
    const base = `buckets/${safeSegment(Name, listInput.name, `$.Buckets[${i}].Name`)}/`;
    const policy = await callResult(dir, `${base}get-bucket-policy`, S.BucketPolicyResponse, [
      'NoSuchBucketPolicy',
    ]);
    const bucket = normalizeBucket({
      name: Name,
      encryption: await callResult(dir, `${base}get-bucket-encryption`, S.BucketEncryptionResponse, [
        'ServerSideEncryptionConfigurationNotFoundError',
      ]),
      publicAccessBlock: await callResult(
        dir,
        `${base}get-public-access-block`,
        S.PublicAccessBlockResponse,
        ['NoSuchPublicAccessBlockConfiguration'],
      ),
      accountPublicAccessBlock: account,
      policyStatus: await callResult(dir, `${base}get-bucket-policy-status`, S.BucketPolicyStatusResponse, [
        'NoSuchBucketPolicy',
      ]),
      policy: policy === undefined ? undefined : (policy?.Policy ?? null),
      acl: (await callResult(dir, `${base}get-bucket-acl`, S.BucketAclResponse)) ?? undefined,
      versioning:
        (await callResult(dir, `${base}get-bucket-versioning`, S.BucketVersioningResponse)) ?? undefined,
    });
    const unreadable = unreadableOf(dir, base, BUCKET_CALLS);
    if (unreadable) bucket.attributes.unreadable = unreadable;
    out.push(bucket);
  }
  // Buckets listed but not one of their files found: another layout, whose every result would only
  // say "missing input". Say so instead of reporting a successful import.
  if (dir.log && out.length > 0 && dir.log.found.size === before) {
    throw new ImportError(
      dir.name,
      null,
      `none of the ${out.length} listed buckets has its files: expected buckets/NAME/get-bucket-encryption.json ` +
        '(and get-public-access-block, get-bucket-policy-status, get-bucket-policy, get-bucket-acl, ' +
        'get-bucket-versioning) beside list-buckets.json, as aws-bundle.sh writes them',
    );
  }
  return out;
}

/** Each bucket call and the attributes it supplies. */
const BUCKET_CALLS: Record<string, string[]> = {
  'get-bucket-encryption': ['encryptionAlgorithm'],
  'get-public-access-block': ['publicAccessBlock'],
  'get-bucket-policy-status': ['publicPolicy'],
  'get-bucket-policy': ['tlsOnlyPolicy'],
  'get-bucket-acl': ['publicAcl'],
  'get-bucket-versioning': ['versioning'],
};

/** The account-level calls and the attributes they supply. */
const ACCOUNT_CALLS: Record<string, string[]> = {
  'iam/get-credential-report': [
    'rootMfaActive',
    'rootAccessKeysActive',
    'rootAccessKeys',
    'rootPasswordLastUsed',
  ],
  'iam/get-account-password-policy': ['passwordPolicy'],
  's3control/get-public-access-block': ['s3BlockPublicAccess'],
};

/**
 * Attribute → why it is unknown, for the calls under `base` that failed other than with "does not
 * exist" (access denied …), so the check's error says why instead of only naming the input.
 */
function unreadableOf(dir: BundleDir, base: string, calls: Record<string, string[]>) {
  const out: Record<string, string> = {};
  for (const [call, attributes] of Object.entries(calls)) {
    const why = failureOf(dir, base + call);
    if (why) for (const attribute of attributes) out[attribute] = why;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

async function accountBlockPublicAccess(dir: BundleDir) {
  const doc = await callResult(dir, 's3control/get-public-access-block', S.PublicAccessBlockResponse, [
    'NoSuchPublicAccessBlockConfiguration',
  ]);
  return doc === undefined ? undefined : blockPublicAccess(doc);
}

async function requireDirectory(dir: BundleDir) {
  const info = await stat(dir.path).catch(() => null);
  if (!info?.isDirectory())
    throw new ImportError(dir.name, null, 'expected the directory written by aws-bundle.sh');
}

/** Every resource in a bundle directory, with account and user attributes merged across files. */
export async function readBundle(input: ImportInput): Promise<Resource[]> {
  await requireDirectory(input);
  const dir: BundleDir = { path: input.path, name: input.name, log: newReadLog(input.path) };
  const resources = await readBundleDir(dir);
  input.report?.(await inputReport(dir.log!));
  return resources;
}

async function readBundleDir(dir: BundleDir): Promise<Resource[]> {
  const identityRel = 'sts/get-caller-identity';
  const identity = await callResult(dir, identityRel, S.CallerIdentityResponse);
  if (!identity) {
    throw new ImportError(
      `${dir.name}/${identityRel}.json`,
      null,
      'missing: every bundle starts with the caller identity',
    );
  }
  const account: Partial<AwsAccountAttrs> = {};
  const users: Resource[] = [];
  const others: Resource[] = [];

  const report = fileIn(dir, 'iam/get-credential-report.json');
  if (await has(dir, 'iam/get-credential-report.json')) {
    for await (const row of credentialReportFile(report)) {
      if (row.kind === 'root') Object.assign(account, row.attrs);
      else users.push(awsResource('aws.iam_user', row.attrs.arn, row.attrs.userName, row.attrs));
    }
  } else {
    // Only to learn why the report is missing when the call left an error file.
    await callResult(dir, 'iam/get-credential-report', z.unknown());
  }
  const policy = await callResult(dir, 'iam/get-account-password-policy', S.PasswordPolicyResponse, [
    'NoSuchEntity',
  ]);
  if (policy !== undefined) account.passwordPolicy = normalizePasswordPolicy(policy);
  const details = fileIn(dir, 'iam/get-account-authorization-details.json');
  if (await has(dir, 'iam/get-account-authorization-details.json')) {
    const found = await readAuthorizationDetails(details);
    for (const item of found.users) users.push(item);
    for (const item of found.policies) others.push(item);
  }

  const bpa = await accountBlockPublicAccess(dir);
  if (bpa !== undefined) account.s3BlockPublicAccess = bpa;
  if (await has(dir, 's3api/list-buckets.json')) {
    const s3: BundleDir = { path: join(dir.path, 's3api'), name: `${dir.name}/s3api`, log: dir.log };
    for (const item of await readS3(s3, bpa)) others.push(item);
  }

  const unreadable = unreadableOf(dir, '', ACCOUNT_CALLS);
  if (unreadable) account.unreadable = unreadable;

  const names = await readdir(join(dir.path, 'regions')).catch(() => [] as string[]);
  const regions: RegionFindings[] = [];
  for (const region of names.sort()) regions.push(await readRegion(dir, region));
  return assemble({ accountId: identity.Account, account, users, others, regions });
}

export const bundleImporter: FileImporter = {
  id: 'aws.bundle',
  source: 'aws',
  title: 'AWS account export',
  description:
    'The folder the AWS export script in the documentation writes, packed as one .zip or .tar.gz: IAM users and ' +
    'policies, S3, RDS, CloudTrail, EC2 security groups, KMS and GuardDuty, one file per AWS CLI call. Calls ' +
    'that were not made are listed with the run.',
  produces: [
    'aws.account',
    'aws.iam_user',
    'aws.iam_policy',
    'aws.s3_bucket',
    'aws.rds_instance',
    'aws.cloudtrail_trail',
    'aws.security_group',
    'aws.kms_key',
    'aws.guardduty_detector',
  ],
  // A folder has no first bytes to sniff: it is known by the caller identity every export starts with.
  detect: () => false,
  detectFolder: (dir) => exists(join(dir, 'sts', 'get-caller-identity.json')),
  async *read(input) {
    yield* await readBundle(input);
  },
};

export const s3Importer: FileImporter = {
  id: 'aws.s3',
  source: 'aws',
  title: 'AWS S3 buckets export',
  description:
    'The s3api folder of the AWS export (or the whole export), packed as one .zip or .tar.gz: the bucket list and, per ' +
    'bucket, its encryption, public access block, policy status, policy, ACL and versioning.',
  produces: ['aws.s3_bucket'],
  detect: () => false,
  detectFolder: async (dir) =>
    (await exists(join(dir, 'list-buckets.json'))) || (await exists(join(dir, 's3api', 'list-buckets.json'))),
  async *read(input) {
    await requireDirectory(input);
    const log = newReadLog(input.path);
    const nested = join(input.path, 's3api');
    const isBundle = await stat(nested).then(
      (s) => s.isDirectory(),
      () => false,
    );
    const root: BundleDir = { path: input.path, name: input.name, log };
    const account = isBundle ? await accountBlockPublicAccess(root) : undefined;
    const s3: BundleDir = isBundle ? { path: nested, name: `${input.name}/s3api`, log } : root;
    const buckets = await readS3(s3, account);
    input.report?.(await inputReport(log));
    yield* buckets;
  },
};
