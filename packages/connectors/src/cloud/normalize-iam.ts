/**
 * IAM normalizers shared by the file importers and the live collector: credential report rows,
 * authorization details and the password policy, mapped onto the cloud resource types.
 */
import type { Resource } from '@vigil/monitoring';
import type {
  AwsAccountAttrs,
  AwsIamPolicyAttrs,
  AwsIamUserAttrs,
  PasswordPolicy,
} from '@vigil/monitoring/resource-types/cloud';
import type { z } from 'zod';
import type { AuthorizationDetails, PasswordPolicyResponse } from './aws-shapes.ts';
import { policyStatements } from './policy-document.ts';

/** Columns the credential report must have; the report has more (certificates, regions), which we ignore. */
export const CREDENTIAL_REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
] as const;

/** The account id in an ARN (`arn:aws:iam::123456789012:user/x`), or null. */
export const accountOfArn = (arn: string) => /^arn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12}):/.exec(arn)?.[1] ?? null;

/** Builds a resource with the `aws` source. */
export const awsResource = (
  type: string,
  externalId: string,
  name: string,
  attributes: object,
): Resource => ({
  source: 'aws',
  type,
  externalId,
  name,
  attributes: attributes as Record<string, unknown>,
});

/** One normalized credential report row: the root row feeds the account, the others are users. */
export type CredentialRow =
  | { kind: 'root'; accountId: string; attrs: Partial<AwsAccountAttrs> }
  | { kind: 'user'; attrs: AwsIamUserAttrs };

/** Thrown by the row parser; the caller adds the file and line. */
export class RowError extends Error {}

const SPECIAL = new Set(['N/A', 'no_information', 'not_supported', '']);

/** Normalizes one report row (keyed by column name); throws RowError naming a bad column. */
export function normalizeCredentialRow(row: Record<string, string>): CredentialRow {
  const bool = (column: string): boolean | null => {
    const v = row[column] ?? '';
    if (v === 'true') return true;
    if (v === 'false') return false;
    if (SPECIAL.has(v)) return null;
    throw new RowError(`column ${column}: expected true or false, found ${JSON.stringify(v.slice(0, 40))}`);
  };
  const date = (column: string): string | null => {
    const v = row[column] ?? '';
    if (SPECIAL.has(v)) return null;
    const ms = Date.parse(v);
    if (Number.isNaN(ms))
      throw new RowError(`column ${column}: expected a timestamp, found ${JSON.stringify(v.slice(0, 40))}`);
    return new Date(ms).toISOString();
  };
  const user = row.user ?? '';
  const arn = row.arn ?? '';
  if (!user) throw new RowError('column user: empty');
  if (!arn.startsWith('arn:'))
    throw new RowError(`column arn: expected an ARN, found ${JSON.stringify(arn.slice(0, 60))}`);
  const keys = [1, 2].map((slot) => ({
    slot,
    active: bool(`access_key_${slot}_active`) === true,
    lastRotated: date(`access_key_${slot}_last_rotated`),
    lastUsed: date(`access_key_${slot}_last_used_date`),
  }));
  if (user === '<root_account>') {
    const accountId = accountOfArn(arn);
    if (!accountId) throw new RowError(`column arn: no account id in ${JSON.stringify(arn.slice(0, 60))}`);
    const mfa = bool('mfa_active');
    return {
      kind: 'root',
      accountId,
      attrs: {
        ...(mfa === null ? {} : { rootMfaActive: mfa }),
        rootAccessKeysActive: keys.some((k) => k.active),
        rootAccessKeys: keys,
        rootPasswordLastUsed: date('password_last_used'),
      },
    };
  }
  const mfa = bool('mfa_active');
  return {
    kind: 'user',
    attrs: {
      userName: user,
      arn,
      createdAt: date('user_creation_time'),
      passwordEnabled: bool('password_enabled'),
      passwordLastUsed: date('password_last_used'),
      passwordLastChanged: date('password_last_changed'),
      ...(mfa === null ? {} : { mfaActive: mfa }),
      accessKeys: keys,
    },
  };
}

/** The password policy response (or null for NoSuchEntity) as the account attribute. */
export function normalizePasswordPolicy(
  doc: z.output<typeof PasswordPolicyResponse> | null,
): PasswordPolicy | null {
  if (doc === null) return null;
  const p = doc.PasswordPolicy;
  return {
    minimumLength: p.MinimumPasswordLength,
    requireSymbols: p.RequireSymbols,
    requireNumbers: p.RequireNumbers,
    requireUppercase: p.RequireUppercaseCharacters,
    requireLowercase: p.RequireLowercaseCharacters,
    reusePrevention: p.PasswordReusePrevention,
    maxAgeDays: p.MaxPasswordAge,
  };
}

/** Thrown when a policy document inside authorization details is unreadable; `path` is its JSON path. */
export class DocumentError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const statementsAt = (doc: unknown, path: string) => {
  const result = policyStatements(doc);
  if (typeof result === 'string') throw new DocumentError(path, result);
  return result;
};

/** Users (permissions only) and policies (managed and inline) from `get-account-authorization-details`. */
export function normalizeAuthorizationDetails(doc: AuthorizationDetails): {
  users: Resource[];
  policies: Resource[];
} {
  const policies: Resource[] = [];
  const inline = (
    owner: { Arn: string },
    name: string,
    list: { PolicyName: string; PolicyDocument?: unknown }[] | undefined,
    path: string,
  ) => {
    (list ?? []).forEach((p, i) => {
      const attrs: AwsIamPolicyAttrs = {
        name: `${name}/${p.PolicyName}`,
        kind: 'inline',
        attached: true,
        ...(p.PolicyDocument === undefined
          ? {}
          : { statements: statementsAt(p.PolicyDocument, `${path}[${i}].PolicyDocument`) }),
      };
      policies.push(awsResource('aws.iam_policy', `${owner.Arn}#inline/${p.PolicyName}`, attrs.name, attrs));
    });
  };
  const users = doc.UserDetailList.map((u, i) => {
    inline(u, u.UserName, u.UserPolicyList, `$.UserDetailList[${i}].UserPolicyList`);
    const attrs: AwsIamUserAttrs = {
      userName: u.UserName,
      arn: u.Arn,
      ...(u.CreateDate ? { createdAt: u.CreateDate } : {}),
      inlinePolicyNames: (u.UserPolicyList ?? []).map((p) => p.PolicyName),
      attachedPolicyArns: (u.AttachedManagedPolicies ?? []).map((p) => p.PolicyArn),
      groups: u.GroupList ?? [],
    };
    return awsResource('aws.iam_user', u.Arn, u.UserName, attrs);
  });
  for (const [i, g] of (doc.GroupDetailList ?? []).entries()) {
    inline(g, g.GroupName, g.GroupPolicyList, `$.GroupDetailList[${i}].GroupPolicyList`);
  }
  for (const [i, r] of (doc.RoleDetailList ?? []).entries()) {
    inline(r, r.RoleName, r.RolePolicyList, `$.RoleDetailList[${i}].RolePolicyList`);
  }
  doc.Policies.forEach((p, i) => {
    const versions = p.PolicyVersionList ?? [];
    const index = versions.findIndex(
      (v) =>
        v.IsDefaultVersion === true ||
        (p.DefaultVersionId !== undefined && v.VersionId === p.DefaultVersionId),
    );
    const version = versions[index];
    const attrs: AwsIamPolicyAttrs = {
      name: p.PolicyName,
      kind: p.Arn.includes(':aws:policy/') ? 'aws_managed' : 'customer_managed',
      ...(p.AttachmentCount === undefined ? {} : { attached: p.AttachmentCount > 0 }),
      ...(version?.Document === undefined
        ? {}
        : {
            statements: statementsAt(
              version.Document,
              `$.Policies[${i}].PolicyVersionList[${index}].Document`,
            ),
          }),
    };
    policies.push(awsResource('aws.iam_policy', p.Arn, p.PolicyName, attrs));
  });
  return { users, policies };
}
