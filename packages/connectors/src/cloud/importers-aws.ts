/**
 * AWS file importers that take one file each: what a single `aws … --output json` call printed (or
 * the credential report CSV). Each can be used alone; the bundle importer reuses the same readers.
 */
import { basename } from 'node:path';
import {
  awsAccountPart,
  type FileImporter,
  ImportError,
  type ImportInput,
  type Resource,
} from '@vigil/monitoring';
import type { AwsAccountAttrs } from '@vigil/monitoring/resource-types/cloud';
import type { z } from 'zod';
import * as S from './aws-shapes.ts';
import { credentialReportRows, reportContentBytes } from './credential-report.ts';
import {
  awsResource,
  DocumentError,
  normalizeAuthorizationDetails,
  normalizePasswordPolicy,
} from './normalize-iam.ts';
import {
  normalizeDbInstance,
  normalizeDetector,
  normalizeKey,
  normalizeSecurityGroup,
  normalizeTrail,
} from './normalize-services.ts';
import { openFile, parseShape, readCliResult, readJsonFile } from './read-input.ts';

const stripBom = (head: string) => head.replace(/^\uFEFF/, '').trimStart();

/** Reads a JSON file and validates its shape, naming the JSON path of any mismatch. */
export async function readShape<T extends z.ZodType>(
  input: ImportInput,
  schema: T,
  what: string,
): Promise<z.output<T>> {
  return parseShape(schema, await readJsonFile(input.path, input.name), input.name, what);
}

/** Rows of a credential report file: CSV, or the JSON response with base64 `Content`. */
export async function* credentialReportFile(input: ImportInput) {
  const { stream } = await openFile(input.path, input.name);
  const first = await firstByte(stream());
  if (first === '{') {
    const doc = await readShape(input, S.CredentialReportResponse, 'a get-credential-report response');
    yield* credentialReportRows([reportContentBytes(doc.Content, input.name)], input.name);
  } else {
    yield* credentialReportRows(stream(), input.name);
  }
}

/** The first non-blank character of a stream (after a byte order mark), read from its first chunk. */
async function firstByte(stream: AsyncIterable<Buffer>): Promise<string> {
  // Leaving the loop early closes the stream.
  for await (const chunk of stream) {
    return stripBom(chunk.subarray(0, 64).toString('latin1')).charAt(0);
  }
  return '';
}

/** The account id written in a file name (`123456789012-password-policy.json`), if any. */
export const accountFromFileName = (name: string): string | undefined =>
  /(?:^|\D)(\d{12})(?:\D|$)/.exec(basename(name))?.[1];

/** An `aws.account` resource carrying some of the account attributes. */
export const accountResource = (accountId: string, attrs: Partial<AwsAccountAttrs>): Resource =>
  awsResource('aws.account', accountId, `AWS account ${accountId}`, { accountId, ...attrs });

/** Turns a DocumentError (an unreadable policy document) into an ImportError naming its path. */
export function withDocumentPaths<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof DocumentError) throw new ImportError(file, err.path, err.message);
    throw err;
  }
}

/** Authorization details, refusing a single page of a paginated export. */
export async function readAuthorizationDetails(input: ImportInput) {
  const raw = await readJsonFile(input.path, input.name);
  if ((raw as { IsTruncated?: unknown } | null)?.IsTruncated === true) {
    throw new ImportError(
      input.name,
      '$.IsTruncated',
      'this is one page of several: run the command without --max-items so the CLI fetches every page',
    );
  }
  const doc = parseShape(
    S.AuthorizationDetailsResponse,
    raw,
    input.name,
    'a get-account-authorization-details response',
  );
  return withDocumentPaths(input.name, () => normalizeAuthorizationDetails(doc));
}

export const credentialReportImporter: FileImporter = {
  id: 'aws.credential_report',
  source: 'aws',
  title: 'AWS IAM credential report',
  description:
    'The CSV from `aws iam generate-credential-report && aws iam get-credential-report --query Content --output text | base64 -d`, ' +
    'or the JSON that `aws iam get-credential-report` prints.',
  produces: ['aws.iam_user', 'aws.account'],
  // One account per report: another account's report leaves this one's users alone.
  partOf: awsAccountPart,
  // The root row is part of the account; the users' policies come from the authorization details.
  partial: {
    'aws.account': {
      attributes: ['rootMfaActive', 'rootAccessKeysActive', 'rootAccessKeys', 'rootPasswordLastUsed'],
      listsAll: true,
    },
    'aws.iam_user': {
      attributes: [
        'createdAt',
        'passwordEnabled',
        'passwordLastUsed',
        'passwordLastChanged',
        'mfaActive',
        'accessKeys',
      ],
      listsAll: true,
    },
  },
  detect: (head) => {
    const h = stripBom(head);
    return (
      h.startsWith('user,arn,') ||
      (h.startsWith('{') && h.includes('"Content"') && /"ReportFormat"|"GeneratedTime"/.test(h))
    );
  },
  async *read(input) {
    for await (const row of credentialReportFile(input)) {
      yield row.kind === 'root'
        ? accountResource(row.accountId, row.attrs)
        : awsResource('aws.iam_user', row.attrs.arn, row.attrs.userName, row.attrs);
    }
  },
};

export const passwordPolicyImporter: FileImporter = {
  id: 'aws.password_policy',
  source: 'aws',
  title: 'AWS account password policy',
  description:
    'The output of `aws iam get-account-password-policy` (the NoSuchEntity error it prints when there is no policy is accepted ' +
    'too, and fails the policy checks). Put the 12-digit account id in the file name, or import the credential report ' +
    'to the same connector first.',
  produces: ['aws.account'],
  // One account's policy: it says nothing of the connector's other accounts.
  partial: { 'aws.account': { attributes: ['passwordPolicy'], listsAll: false } },
  accountFrom: 'aws.account',
  detect: (head) =>
    head.includes('"PasswordPolicy"') || /\(NoSuchEntity\).*GetAccountPasswordPolicy/.test(head),
  async *read(input) {
    const result = await readCliResult(input.path, input.name);
    if (!result.ok && result.code !== 'NoSuchEntity') {
      throw new ImportError(
        input.name,
        null,
        `the command failed with ${result.code}; only NoSuchEntity means "no policy"`,
      );
    }
    const doc = result.ok
      ? parseShape(
          S.PasswordPolicyResponse,
          result.value,
          input.name,
          'a get-account-password-policy response',
        )
      : null;
    const accountId = accountFromFileName(input.name) ?? input.accountId;
    if (!accountId) {
      throw new ImportError(
        input.name,
        null,
        'the file does not say which AWS account it belongs to: put the 12-digit account id in its name ' +
          "(123456789012-password-policy.json), or import the account's credential report first",
      );
    }
    yield accountResource(accountId, { passwordPolicy: normalizePasswordPolicy(doc) });
  },
};

export const authorizationDetailsImporter: FileImporter = {
  id: 'aws.authorization_details',
  source: 'aws',
  title: 'AWS IAM authorization details',
  description:
    'The output of `aws iam get-account-authorization-details` (all pages: the CLI fetches them by default).',
  produces: ['aws.iam_user', 'aws.iam_policy'],
  partOf: awsAccountPart,
  partial: {
    'aws.iam_user': {
      attributes: ['createdAt', 'inlinePolicyNames', 'attachedPolicyArns', 'groups'],
      listsAll: true,
    },
  },
  detect: (head) => /"(UserDetailList|GroupDetailList|RoleDetailList)"/.test(head),
  async *read(input) {
    const { users, policies } = await readAuthorizationDetails(input);
    yield* users;
    yield* policies;
  },
};

/** An importer of one JSON response that maps to a list of resources. */
function listImporter<T extends z.ZodType>(
  meta: Omit<FileImporter, 'read' | 'source'>,
  schema: T,
  what: string,
  toResources: (doc: z.output<T>, input: ImportInput) => Resource[],
): FileImporter {
  return {
    ...meta,
    source: 'aws',
    async *read(input) {
      yield* toResources(await readShape(input, schema, what), input);
    },
  };
}

export const rdsImporter = listImporter(
  {
    id: 'aws.rds_instances',
    title: 'AWS RDS DB instances',
    description: 'The output of `aws rds describe-db-instances` (one region).',
    produces: ['aws.rds_instance'],
    detect: (head) => head.includes('"DBInstances"'),
  },
  S.DbInstancesResponse,
  'a describe-db-instances response',
  (doc) => doc.DBInstances.map(normalizeDbInstance),
);

export const trailsImporter = listImporter(
  {
    id: 'aws.cloudtrail_trails',
    title: 'AWS CloudTrail trails',
    description:
      'The output of `aws cloudtrail describe-trails`. Logging status needs `get-trail-status`, which the AWS account export adds; ' +
      'imported alone, the logging check reports a missing input.',
    produces: ['aws.cloudtrail_trail'],
    detect: (head) => head.includes('"trailList"'),
  },
  S.DescribeTrailsResponse,
  'a describe-trails response',
  (doc) => doc.trailList.map((t) => normalizeTrail(t)),
);

export const securityGroupsImporter = listImporter(
  {
    id: 'aws.security_groups',
    title: 'AWS EC2 security groups',
    description: 'The output of `aws ec2 describe-security-groups` (one region).',
    produces: ['aws.security_group'],
    detect: (head) => head.includes('"SecurityGroups"'),
  },
  S.SecurityGroupsResponse,
  'a describe-security-groups response',
  (doc) => doc.SecurityGroups.map(normalizeSecurityGroup),
);

export const kmsKeyImporter = listImporter(
  {
    id: 'aws.kms_key',
    title: 'AWS KMS key',
    description:
      'The output of `aws kms describe-key --key-id ID` (rotation status comes with the AWS account export).',
    produces: ['aws.kms_key'],
    detect: (head) => head.includes('"KeyMetadata"'),
  },
  S.DescribeKeyResponse,
  'a describe-key response',
  (doc) => [normalizeKey(doc.KeyMetadata)],
);

export const guardDutyDetectorImporter = listImporter(
  {
    id: 'aws.guardduty_detector',
    title: 'AWS GuardDuty detector',
    description:
      'The output of `aws guardduty get-detector --detector-id ID`, saved as `<detector-id>.json`.',
    produces: ['aws.guardduty_detector'],
    detect: (head) =>
      head.includes('"FindingPublishingFrequency"') || /"ServiceRole"\s*:\s*"[^"]*guardduty/.test(head),
  },
  S.DetectorResponse,
  'a get-detector response',
  // get-detector does not repeat the detector id, so the file name carries it.
  (doc, input) => [normalizeDetector(basename(input.name).replace(/\.json$/i, ''), undefined, doc)],
);

/** The single-file AWS importers. */
export const AWS_FILE_IMPORTERS: FileImporter[] = [
  credentialReportImporter,
  passwordPolicyImporter,
  authorizationDetailsImporter,
  rdsImporter,
  trailsImporter,
  securityGroupsImporter,
  kmsKeyImporter,
  guardDutyDetectorImporter,
];
