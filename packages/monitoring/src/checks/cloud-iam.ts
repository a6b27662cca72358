import { daysBetween } from '@vigil/core/days';
/** Checks over IAM users (credential report, authorization details) and IAM policies. */
import { type CheckOutcome, defineCheck, fail, MissingInput, need, notApplicable, pass } from '../check.ts';
import { awsIamPolicy, awsIamUser, type PolicyStatement } from '../resource-types/cloud.ts';
import { actionMatches } from './cloud-helpers.ts';

/** Days after which an unused or unrotated credential fails (quarterly rotation fits; a forgotten key does not). */
export const CREDENTIAL_MAX_DAYS = 90;

export const consoleUserMfa = defineCheck({
  id: 'aws.iam.console_user_mfa',
  title: 'IAM users with a console password have MFA',
  description: 'Every IAM user whose password is enabled has an active MFA device.',
  resourceType: awsIamUser,
  severity: 'high',
  criteria: ['CC6.1', 'CC6.6'],
  controls: ['AC-02'],
  rationale: 'A console password alone can be phished or guessed; MFA makes a stolen password insufficient.',
  remediation:
    'Ask the user to register an MFA device (or remove the console password), and deny console actions ' +
    'without MFA with an `aws:MultiFactorAuthPresent` condition.',
  evaluate(a) {
    const enabled = need(a.passwordEnabled, 'passwordEnabled');
    if (!enabled) return notApplicable('the user has no console password');
    const mfa = need(a.mfaActive, 'mfaActive');
    return mfa
      ? pass('console user has MFA', 'mfaActive', true)
      : fail('console user has no MFA device', 'mfaActive', true, false);
  },
});

export const accessKeyRotation = defineCheck({
  id: 'aws.iam.access_key_rotation',
  title: 'Active access keys are rotated within 90 days',
  description: 'Every active access key of an IAM user was created or rotated in the last 90 days.',
  resourceType: awsIamUser,
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.2'],
  controls: ['AC-12'],
  rationale: 'Rotating keys limits how long a leaked key stays useful.',
  remediation:
    'Create a second key, switch the workload to it, deactivate and then delete the old key; prefer roles ' +
    'with temporary credentials over long-lived keys.',
  evaluate(a, ctx) {
    const keys = need(a.accessKeys, 'accessKeys').filter((k) => k.active);
    if (keys.length === 0) return notApplicable('the user has no active access key');
    for (const k of keys) {
      const rotated = need(k.lastRotated, `accessKeys[${k.slot}].lastRotated`);
      const age = daysBetween(Date.parse(rotated), ctx.now.getTime());
      if (!(age <= CREDENTIAL_MAX_DAYS)) {
        return fail(
          `key ${k.slot} is ${age} days old`,
          `accessKeys[${k.slot}].lastRotated`,
          `<= ${CREDENTIAL_MAX_DAYS} days`,
          rotated,
        );
      }
    }
    return pass(`${keys.length} active key(s) rotated within ${CREDENTIAL_MAX_DAYS} days`, 'accessKeys');
  },
});

/** The first stale credential of a user, as a failed outcome, or null when all were used recently. */
function staleCredential(
  kind: string,
  attribute: string,
  lastUsed: string | null,
  issuedAt: string | null | undefined,
  now: Date,
): CheckOutcome | null {
  const reference = lastUsed ?? issuedAt;
  if (!reference) return null;
  const age = daysBetween(Date.parse(reference), now.getTime());
  if (age <= CREDENTIAL_MAX_DAYS) return null;
  const reason = lastUsed ? `${kind} last used ${age} days ago` : `${kind} never used in ${age} days`;
  return fail(reason, attribute, `used within ${CREDENTIAL_MAX_DAYS} days`, lastUsed ?? 'never');
}

export const unusedCredentials = defineCheck({
  id: 'aws.iam.unused_credentials',
  title: 'No password or access key is unused for more than 90 days',
  description:
    'Console passwords and active access keys have been used in the last 90 days; new users get the same ' +
    'grace period before a never-used credential counts.',
  resourceType: awsIamUser,
  severity: 'medium',
  criteria: ['CC1.3', 'CC6.1', 'CC6.2', 'CC6.3'],
  controls: ['AC-06', 'AC-05'],
  rationale:
    'Credentials nobody uses are access nobody needs, and they often belong to people who have left.',
  remediation:
    'Disable the console password or deactivate the key, then delete the user if no owner claims it.',
  evaluate(a, ctx) {
    const passwordEnabled = need(a.passwordEnabled, 'passwordEnabled');
    const keys = need(a.accessKeys, 'accessKeys').filter((k) => k.active);
    if (!passwordEnabled && keys.length === 0)
      return notApplicable('the user has no password and no active key');
    const createdAt = need(a.createdAt, 'createdAt');
    if (passwordEnabled) {
      // null is a collected "never used"; undefined means the input is missing.
      if (a.passwordLastUsed === undefined) throw new MissingInput('passwordLastUsed');
      const stale = staleCredential(
        'password',
        'passwordLastUsed',
        a.passwordLastUsed,
        a.passwordLastChanged ?? createdAt,
        ctx.now,
      );
      if (stale) return stale;
    }
    for (const k of keys) {
      const stale = staleCredential(
        `access key ${k.slot}`,
        `accessKeys[${k.slot}].lastUsed`,
        k.lastUsed,
        k.lastRotated ?? createdAt,
        ctx.now,
      );
      if (stale) return stale;
    }
    return pass(`every credential was used within ${CREDENTIAL_MAX_DAYS} days`);
  },
});

export const singleActiveKey = defineCheck({
  id: 'aws.iam.single_active_key',
  title: 'IAM users have at most one active access key',
  description: 'No IAM user has both access key slots active.',
  resourceType: awsIamUser,
  severity: 'low',
  criteria: ['CC6.1'],
  controls: ['AC-12'],
  rationale: 'Two active keys usually means a rotation was never finished, leaving an old key alive.',
  remediation:
    'Find which key is in use (access_key_N_last_used_date), then deactivate and delete the other.',
  evaluate(a) {
    const active = need(a.accessKeys, 'accessKeys').filter((k) => k.active).length;
    return active <= 1
      ? pass(`${active} active key(s)`, 'accessKeys', active)
      : fail(`${active} active keys`, 'accessKeys', '<= 1 active', active);
  },
});

export const userNoDirectPolicies = defineCheck({
  id: 'aws.iam.user_no_direct_policies',
  title: 'IAM users get permissions only through groups or roles',
  description: 'No IAM user has inline policies or managed policies attached directly.',
  resourceType: awsIamUser,
  severity: 'low',
  criteria: ['CC1.3', 'CC6.1', 'CC6.3'],
  controls: ['AC-04'],
  rationale: 'Permissions granted per person drift from the role matrix and are missed in access reviews.',
  remediation:
    'Move the permissions into a group that matches the job role, add the user to it, detach the rest.',
  evaluate(a) {
    const inline = need(a.inlinePolicyNames, 'inlinePolicyNames');
    const attached = need(a.attachedPolicyArns, 'attachedPolicyArns');
    if (inline.length > 0) return fail('the user has inline policies', 'inlinePolicyNames', [], inline);
    if (attached.length > 0)
      return fail('the user has policies attached directly', 'attachedPolicyArns', [], attached);
    return pass('no inline or directly attached policy');
  },
});

const allows = (s: PolicyStatement) => s.effect === 'Allow';
const coversAllResources = (s: PolicyStatement) => s.resources.includes('*') || s.notResources.length > 0;

/** Allow statements that grant every action on every resource. */
export const starStarStatements = (statements: PolicyStatement[]) =>
  statements.filter(
    (s) =>
      allows(s) &&
      coversAllResources(s) &&
      (s.actions.some((x) => x === '*' || x === '*:*') || s.notActions.length > 0),
  );

export const policyNoStarStar = defineCheck({
  id: 'aws.iam.policy_no_star_star',
  title: 'No IAM policy allows every action on every resource',
  description: 'No policy in use has an Allow statement with Action "*" (or NotAction) on Resource "*".',
  resourceType: awsIamPolicy,
  severity: 'high',
  criteria: ['CC1.3', 'CC6.1', 'CC6.2', 'CC6.3'],
  controls: ['AC-04', 'AC-08'],
  rationale:
    'Full administrator policies defeat least privilege; each one should be a deliberate, reviewed exception.',
  remediation:
    'Replace the statement with the services and actions the principal needs; keep full admin to a break-glass ' +
    'role that requires MFA.',
  evaluate(a) {
    if (a.attached === false) return notApplicable('the policy is not attached to any principal');
    const statements = need(a.statements, 'statements');
    const bad = starStarStatements(statements);
    return bad.length === 0
      ? pass('no statement allows *:* on *', 'statements')
      : fail(
          'an Allow statement grants every action on every resource',
          'statements',
          'no Action "*" on Resource "*"',
          bad,
        );
  },
});

/** Actions that let a principal grant itself more access (after Rhino Security Labs' published list). */
const ESCALATION_SINGLE = [
  'iam:CreatePolicyVersion',
  'iam:SetDefaultPolicyVersion',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile',
  'iam:AttachUserPolicy',
  'iam:AttachGroupPolicy',
  'iam:AttachRolePolicy',
  'iam:PutUserPolicy',
  'iam:PutGroupPolicy',
  'iam:PutRolePolicy',
  'iam:AddUserToGroup',
  'iam:UpdateAssumeRolePolicy',
  'lambda:UpdateFunctionCode',
];
/** Combinations that escalate together: passing a role to a compute service the principal controls. */
const ESCALATION_COMBOS = [
  ['iam:PassRole', 'ec2:RunInstances'],
  ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
  ['iam:PassRole', 'cloudformation:CreateStack'],
  ['iam:PassRole', 'glue:CreateDevEndpoint'],
];

/** The escalation paths a set of statements opens (only statements on every resource count). */
export function escalationPaths(statements: PolicyStatement[]): string[] {
  const granted = statements.filter((s) => allows(s) && coversAllResources(s) && s.notActions.length === 0);
  const can = (action: string) => granted.some((s) => s.actions.some((p) => actionMatches(p, action)));
  const found = ESCALATION_SINGLE.filter(can);
  for (const combo of ESCALATION_COMBOS) if (combo.every(can)) found.push(combo.join(' + '));
  return found;
}

export const policyNoPrivilegeEscalation = defineCheck({
  id: 'aws.iam.policy_no_privilege_escalation',
  title: 'No IAM policy allows privilege escalation',
  description:
    'No policy in use allows, on every resource, an action or combination known to let a principal raise its ' +
    'own permissions (policy versions, attaching policies, creating keys, passing roles to compute).',
  resourceType: awsIamPolicy,
  severity: 'high',
  criteria: ['CC3.3', 'CC6.1', 'CC6.3'],
  controls: ['AC-04', 'AC-08'],
  rationale: 'A principal that can rewrite its own permissions has, in effect, administrator access.',
  remediation:
    'Scope IAM write actions to specific resource ARNs, restrict iam:PassRole to named roles with an ' +
    '`iam:PassedToService` condition, and keep IAM administration to a reviewed admin role.',
  evaluate(a) {
    if (a.attached === false) return notApplicable('the policy is not attached to any principal');
    const paths = escalationPaths(need(a.statements, 'statements'));
    return paths.length === 0
      ? pass('no escalation path found', 'statements')
      : fail(
          `allows ${paths.join(', ')} on every resource`,
          'statements',
          'no escalation actions on "*"',
          paths,
        );
  },
});

/** The IAM user and policy checks. */
export const IAM_CHECKS = [
  consoleUserMfa,
  accessKeyRotation,
  unusedCredentials,
  singleActiveKey,
  userNoDirectPolicies,
  policyNoStarStar,
  policyNoPrivilegeEscalation,
];
