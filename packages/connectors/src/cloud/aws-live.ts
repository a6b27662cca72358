/**
 * The live AWS collector: the official SDK v3 clients with static credentials from the (encrypted)
 * connector configuration, paginators for every list, the SDK's standard retries for throttling,
 * and the same normalizers as the file importers, so a live sweep and an imported bundle produce
 * identical resources.
 */
import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetCredentialReportCommand,
  IAMClient,
  paginateGetAccountAuthorizationDetails,
} from '@aws-sdk/client-iam';
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  paginateListBuckets,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand,
  S3ControlClient,
} from '@aws-sdk/client-s3-control';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { Resource } from '@vigil/monitoring';
import type { AwsAccountAttrs } from '@vigil/monitoring/resource-types/cloud';
import { assemble } from './assemble.ts';
import { AwsCollectError, allPages, awsCall } from './aws-call.ts';
import { type AwsLiveConfig, clientOptions, parseAwsLiveConfig } from './aws-live-config.ts';
import { collectRegion } from './aws-live-regional.ts';
import * as S from './aws-shapes.ts';
import { credentialReportRows } from './credential-report.ts';
import { withDocumentPaths } from './importers-aws.ts';
import { awsResource, normalizeAuthorizationDetails, normalizePasswordPolicy } from './normalize-iam.ts';
import { blockPublicAccess, normalizeBucket } from './normalize-services.ts';
import { parseShape } from './read-input.ts';

export { AwsCollectError } from './aws-call.ts';

/** Knobs for tests and slow accounts. */
export interface CollectOptions {
  /** Wait between credential report polls (IAM needs a few seconds to build it). */
  reportPollMs?: number;
  reportPollAttempts?: number;
}

// IAM, STS and the S3 bucket list are global: us-east-1 signs for them in the aws partition.
const GLOBAL_REGION = 'us-east-1';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Collects every supported resource of the account the credentials belong to. */
export async function collectAws(input: unknown, opts: CollectOptions = {}): Promise<Resource[]> {
  const config = parseAwsLiveConfig(input);
  const global = clientOptions(config, GLOBAL_REGION);
  const identity = await awsCall({ service: 'sts', operation: 'GetCallerIdentity' }, () =>
    new STSClient(global).send(new GetCallerIdentityCommand({})),
  );
  const accountId = parseShape(
    S.CallerIdentityResponse,
    identity,
    'aws sts GetCallerIdentity',
    'a caller identity',
  ).Account;
  const account: Partial<AwsAccountAttrs> = {};
  const users: Resource[] = [];
  const others: Resource[] = [];

  const iam = new IAMClient(global);
  for await (const row of credentialReportRows(
    [await credentialReport(iam, opts)],
    'aws iam GetCredentialReport',
  )) {
    if (row.kind === 'root') Object.assign(account, row.attrs);
    else users.push(awsResource('aws.iam_user', row.attrs.arn, row.attrs.userName, row.attrs));
  }
  const policy = await awsCall(
    { service: 'iam', operation: 'GetAccountPasswordPolicy' },
    () => iam.send(new GetAccountPasswordPolicyCommand({})),
    ['NoSuchEntity'],
  );
  account.passwordPolicy = normalizePasswordPolicy(
    policy &&
      parseShape(S.PasswordPolicyResponse, policy, 'aws iam GetAccountPasswordPolicy', 'a password policy'),
  );
  const details = await authorizationDetails(iam);
  for (const item of details.users) users.push(item);
  for (const item of details.policies) others.push(item);

  const bpa = await awsCall(
    { service: 's3control', operation: 'GetPublicAccessBlock' },
    () => s3Control(config).send(new GetAccountPublicAccessBlockCommand({ AccountId: accountId })),
    ['NoSuchPublicAccessBlockConfiguration'],
  );
  account.s3BlockPublicAccess = blockPublicAccess(
    bpa &&
      parseShape(
        S.PublicAccessBlockResponse,
        bpa,
        'aws s3control GetPublicAccessBlock',
        'a public access block',
      ),
  );
  for (const item of await buckets(config, account.s3BlockPublicAccess)) others.push(item);

  const regions = [];
  for (const region of config.regions) regions.push(await collectRegion(config, region));
  return assemble({ accountId, account, users, others, regions });
}

/**
 * The S3 Control client. Its endpoint rules put the account id in front of the host; with an explicit
 * endpoint (a VPC endpoint or a test server) the request must go to that host as given.
 */
function s3Control(config: AwsLiveConfig): S3ControlClient {
  const client = new S3ControlClient(clientOptions(config, GLOBAL_REGION));
  if (config.endpoint) {
    const host = new URL(config.endpoint).hostname;
    client.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { hostname?: string };
        if (request.hostname?.endsWith(`.${host}`)) request.hostname = host;
        return next(args);
      },
      // Before the host header is set and the request signed.
      { step: 'build', priority: 'high', name: 'vigilExplicitEndpointHost' },
    );
  }
  return client;
}

/** Generates the credential report (IAM builds it asynchronously) and returns its CSV bytes. */
async function credentialReport(iam: IAMClient, opts: CollectOptions): Promise<Uint8Array> {
  const site = (operation: string) => ({ service: 'iam', operation });
  const attempts = opts.reportPollAttempts ?? 30;
  for (let i = 0; i < attempts; i++) {
    const state = await awsCall(site('GenerateCredentialReport'), () =>
      iam.send(new GenerateCredentialReportCommand({})),
    );
    if (state?.State === 'COMPLETE') {
      const report = await awsCall(site('GetCredentialReport'), () =>
        iam.send(new GetCredentialReportCommand({})),
      );
      if (report?.Content) return report.Content;
      throw new AwsCollectError(
        'iam',
        'GetCredentialReport',
        null,
        'EmptyReport',
        'the report has no content',
      );
    }
    await sleep(opts.reportPollMs ?? 2000);
  }
  throw new AwsCollectError(
    'iam',
    'GenerateCredentialReport',
    null,
    'Timeout',
    `the report was not ready after ${attempts} polls`,
  );
}

/** Every page of the authorization details, joined and normalized like the CLI file. */
async function authorizationDetails(iam: IAMClient) {
  const pages = await allPages(
    { service: 'iam', operation: 'GetAccountAuthorizationDetails' },
    paginateGetAccountAuthorizationDetails({ client: iam }, {}),
  );
  const joined = {
    UserDetailList: pages.flatMap((p) => p.UserDetailList ?? []),
    GroupDetailList: pages.flatMap((p) => p.GroupDetailList ?? []),
    RoleDetailList: pages.flatMap((p) => p.RoleDetailList ?? []),
    Policies: pages.flatMap((p) => p.Policies ?? []),
  };
  const file = 'aws iam GetAccountAuthorizationDetails';
  const doc = parseShape(S.AuthorizationDetailsResponse, joined, file, 'authorization details');
  return withDocumentPaths(file, () => normalizeAuthorizationDetails(doc));
}

/** Every bucket with its settings, one call per setting, "does not exist" answers kept as null. */
async function buckets(
  config: AwsLiveConfig,
  account: AwsAccountAttrs['s3BlockPublicAccess'],
): Promise<Resource[]> {
  // Buckets live in many regions; the SDK follows S3's redirects to each bucket's own region.
  const s3 = new S3Client({
    ...clientOptions(config, GLOBAL_REGION),
    followRegionRedirects: true,
    forcePathStyle: config.endpoint !== undefined,
  });
  const site = (operation: string) => ({ service: 's3', operation });
  const names = (await allPages(site('ListBuckets'), paginateListBuckets({ client: s3 }, {})))
    .flatMap((p) => p.Buckets ?? [])
    .map((b) => b.Name);
  const out: Resource[] = [];
  for (const Bucket of names) {
    if (!Bucket) continue;
    const get = <T>(operation: string, run: () => Promise<T>, absent: string[] = []) =>
      awsCall(site(operation), run, absent);
    const policy = await get('GetBucketPolicy', () => s3.send(new GetBucketPolicyCommand({ Bucket })), [
      'NoSuchBucketPolicy',
    ]);
    const shaped = <T extends Parameters<typeof parseShape>[0]>(schema: T, value: unknown) =>
      value === null ? null : parseShape(schema, value, `aws s3 ${Bucket}`, 'a bucket setting');
    out.push(
      normalizeBucket({
        name: Bucket,
        encryption: shaped(
          S.BucketEncryptionResponse,
          await get('GetBucketEncryption', () => s3.send(new GetBucketEncryptionCommand({ Bucket })), [
            'ServerSideEncryptionConfigurationNotFoundError',
          ]),
        ),
        publicAccessBlock: shaped(
          S.PublicAccessBlockResponse,
          await get('GetPublicAccessBlock', () => s3.send(new GetPublicAccessBlockCommand({ Bucket })), [
            'NoSuchPublicAccessBlockConfiguration',
          ]),
        ),
        accountPublicAccessBlock: account,
        policyStatus: shaped(
          S.BucketPolicyStatusResponse,
          await get('GetBucketPolicyStatus', () => s3.send(new GetBucketPolicyStatusCommand({ Bucket })), [
            'NoSuchBucketPolicy',
          ]),
        ),
        policy: policy?.Policy ?? null,
        acl:
          shaped(
            S.BucketAclResponse,
            await get('GetBucketAcl', () => s3.send(new GetBucketAclCommand({ Bucket }))),
          ) ?? undefined,
        versioning:
          shaped(
            S.BucketVersioningResponse,
            await get('GetBucketVersioning', () => s3.send(new GetBucketVersioningCommand({ Bucket }))),
          ) ?? undefined,
      }),
    );
  }
  return out;
}
