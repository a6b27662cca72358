/** Checks over the AWS account resource: root user, password policy, account-wide guards. */
import { daysBetween } from '@vigil/core/days';
import { defineCheck, fail, need, notApplicable, pass } from '../check.ts';
import { awsAccount } from '../resource-types/cloud.ts';
import { CREDENTIAL_MAX_DAYS } from './cloud-iam.ts';

const allFour = (b: {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}) => b.blockPublicAcls && b.ignorePublicAcls && b.blockPublicPolicy && b.restrictPublicBuckets;

// NoSuchEntity from get-account-password-policy is a finding (IAM then allows any 8-character password).
const noPolicy = (attribute: string, expected: unknown) =>
  fail('the account has no password policy', attribute, expected, null);

export const rootMfa = defineCheck({
  id: 'aws.iam.root_mfa',
  title: 'Root user has MFA',
  description: 'The root user of the AWS account has a multi-factor authentication device.',
  resourceType: awsAccount,
  severity: 'critical',
  criteria: ['CC6.1', 'CC6.6'],
  controls: ['AC-02', 'AC-08'],
  rationale:
    'The root user can do anything in the account and cannot be restricted by IAM, so a second factor is ' +
    'the main barrier against a stolen root password.',
  remediation:
    'Sign in as the root user, open Security credentials and assign an MFA device (hardware key preferred); ' +
    'keep the device in a safe with a documented custodian.',
  evaluate(a) {
    const mfa = need(a.rootMfaActive, 'rootMfaActive');
    return mfa
      ? pass('the root user has MFA', 'rootMfaActive', true)
      : fail('the root user has no MFA device', 'rootMfaActive', true, false);
  },
});

export const rootNoAccessKeys = defineCheck({
  id: 'aws.iam.root_no_access_keys',
  title: 'Root user has no active access keys',
  description: 'Neither of the root user’s access key slots holds an active key.',
  resourceType: awsAccount,
  severity: 'critical',
  criteria: ['CC6.1', 'CC6.2', 'CC6.3'],
  controls: ['AC-08', 'AC-12'],
  rationale:
    'A root access key is a long-lived, unrestricted credential; if it leaks, nothing in IAM can limit it.',
  remediation:
    'Sign in as the root user and delete its access keys; give automation an IAM role or a scoped IAM user instead.',
  evaluate(a) {
    const active = need(a.rootAccessKeysActive, 'rootAccessKeysActive');
    return active
      ? fail('the root user has an active access key', 'rootAccessKeysActive', false, true)
      : pass('the root user has no active access key', 'rootAccessKeysActive', false);
  },
});

export const rootAccessKeyAge = defineCheck({
  id: 'aws.iam.root_access_key_age',
  title: 'Root user access keys are rotated within 90 days',
  description: 'Any active access key of the root user was created or rotated in the last 90 days.',
  resourceType: awsAccount,
  severity: 'high',
  criteria: ['CC6.1', 'CC6.2'],
  controls: ['AC-08', 'AC-12'],
  rationale:
    'A root key should not exist at all; one that has also gone unrotated for months has had the longest ' +
    'time to leak, with nothing in IAM able to limit what it can do.',
  remediation:
    'Sign in as the root user and delete the key; if a workload truly needs it, create a new key, move the ' +
    'workload over and delete the old one, then plan to replace it with an IAM role.',
  evaluate(a, ctx) {
    // Resources stored before the key slots were kept still say whether any root key is active.
    if (a.rootAccessKeys === undefined && a.rootAccessKeysActive === false)
      return notApplicable('the root user has no active access key');
    const keys = need(a.rootAccessKeys, 'rootAccessKeys').filter((k) => k.active);
    if (keys.length === 0) return notApplicable('the root user has no active access key');
    const aged = keys.map((k) => {
      const rotated = need(k.lastRotated, `rootAccessKeys[${k.slot}].lastRotated`);
      return { ...k, rotated, age: daysBetween(Date.parse(rotated), ctx.now.getTime()) };
    });
    const oldest = aged.reduce((o, k) => (k.age > o.age ? k : o));
    const attribute = `rootAccessKeys[${oldest.slot}].lastRotated`;
    return oldest.age > CREDENTIAL_MAX_DAYS
      ? fail(
          `the root user's access key ${oldest.slot} was last rotated ${oldest.age} days ago`,
          attribute,
          `<= ${CREDENTIAL_MAX_DAYS} days`,
          oldest.rotated,
        )
      : pass(
          `the root user's access key ${oldest.slot} was last rotated ${oldest.age} days ago`,
          attribute,
          oldest.rotated,
        );
  },
});

export const passwordPolicyLength = defineCheck({
  id: 'aws.iam.password_policy_length',
  title: 'IAM password policy requires at least 14 characters',
  description: 'The account password policy sets a minimum length of 14 or more.',
  resourceType: awsAccount,
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.2'],
  controls: ['AC-10'],
  rationale: 'Length is the strongest defence of a password against guessing; CIS asks for at least 14.',
  remediation:
    'Run `aws iam update-account-password-policy --minimum-password-length 14` (keep the other settings), ' +
    'or better, move console users to SSO.',
  evaluate(a) {
    if (a.passwordPolicy === null) return noPolicy('passwordPolicy.minimumLength', '>= 14');
    const policy = need(a.passwordPolicy, 'passwordPolicy');
    const length = policy.minimumLength ?? 8;
    return length >= 14
      ? pass(`minimum length is ${length}`, 'passwordPolicy.minimumLength', length)
      : fail(`minimum length is ${length}`, 'passwordPolicy.minimumLength', '>= 14', length);
  },
});

export const passwordPolicyComplexity = defineCheck({
  id: 'aws.iam.password_policy_complexity',
  title: 'IAM password policy requires mixed character classes',
  description: 'The password policy requires upper case, lower case, digits and symbols.',
  resourceType: awsAccount,
  severity: 'low',
  criteria: ['CC6.1'],
  controls: ['AC-10'],
  rationale: 'Requiring every character class widens the search space of short passwords.',
  remediation:
    'Run `aws iam update-account-password-policy` with --require-uppercase-characters ' +
    '--require-lowercase-characters --require-numbers --require-symbols.',
  evaluate(a) {
    if (a.passwordPolicy === null) return noPolicy('passwordPolicy', 'all four true');
    const policy = need(a.passwordPolicy, 'passwordPolicy');
    const missing = (
      [
        ['upper case letters', policy.requireUppercase],
        ['lower case letters', policy.requireLowercase],
        ['digits', policy.requireNumbers],
        ['symbols', policy.requireSymbols],
      ] as const
    )
      .filter(([, v]) => v !== true)
      .map(([k]) => k);
    return missing.length === 0
      ? pass('all four character classes are required', 'passwordPolicy')
      : fail(`not required: ${missing.join(', ')}`, 'passwordPolicy', 'all four required', missing);
  },
});

export const passwordPolicyReuse = defineCheck({
  id: 'aws.iam.password_policy_reuse',
  title: 'IAM password policy prevents reuse of the last 24 passwords',
  description: 'The password policy remembers at least 24 previous passwords.',
  resourceType: awsAccount,
  severity: 'low',
  criteria: ['CC6.1', 'CC6.2'],
  controls: ['AC-10'],
  rationale: 'Reuse prevention stops a rotated, possibly exposed password from coming straight back.',
  remediation: 'Run `aws iam update-account-password-policy --password-reuse-prevention 24`.',
  evaluate(a) {
    if (a.passwordPolicy === null) return noPolicy('passwordPolicy.reusePrevention', '>= 24');
    const policy = need(a.passwordPolicy, 'passwordPolicy');
    const reuse = policy.reusePrevention ?? 0;
    return reuse >= 24
      ? pass(`the last ${reuse} passwords cannot be reused`, 'passwordPolicy.reusePrevention', reuse)
      : fail(
          reuse === 0
            ? 'earlier passwords can be reused at once'
            : `only the last ${reuse} passwords are remembered`,
          'passwordPolicy.reusePrevention',
          '>= 24',
          reuse,
        );
  },
});

export const accountBlockPublicAccess = defineCheck({
  id: 'aws.s3.account_block_public_access',
  title: 'S3 Block Public Access is on for the whole account',
  description: 'All four account-level S3 Block Public Access settings are enabled.',
  resourceType: awsAccount,
  severity: 'high',
  criteria: ['CC6.1', 'CC6.2', 'CC6.6'],
  controls: ['DATA-08', 'OPS-14'],
  rationale:
    'The account-level switches override any bucket policy or ACL, so one setting prevents every bucket ' +
    'from being exposed by mistake.',
  remediation:
    'Run `aws s3control put-public-access-block --account-id ID --public-access-block-configuration ' +
    'BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`.',
  evaluate(a) {
    if (a.s3BlockPublicAccess === null) {
      return fail(
        'no account-level Block Public Access configuration',
        's3BlockPublicAccess',
        'all true',
        null,
      );
    }
    const bpa = need(a.s3BlockPublicAccess, 's3BlockPublicAccess');
    return allFour(bpa)
      ? pass('all four switches are on', 's3BlockPublicAccess', bpa)
      : fail('some switches are off', 's3BlockPublicAccess', 'all true', bpa);
  },
});

export const guardDutyAllRegions = defineCheck({
  id: 'aws.guardduty.enabled_all_regions',
  title: 'GuardDuty is enabled in every collected region',
  description: 'Each region that was collected has a GuardDuty detector with status ENABLED.',
  resourceType: awsAccount,
  severity: 'high',
  criteria: ['CC3.2', 'CC6.8', 'CC7.1', 'CC7.2', 'CC7.3'],
  controls: ['OPS-13', 'MON-02'],
  rationale:
    'GuardDuty is the managed threat detection for the account; a region without it is a region where ' +
    'an attacker can act unseen.',
  remediation: 'Run `aws guardduty create-detector --enable` in each missing region (or enable it org-wide).',
  evaluate(a) {
    const unknown = a.guardDutyUnknownRegions ?? [];
    const regions = a.guardDutyRegions ?? [];
    if (regions.length === 0 && unknown.length === 0) need(a.guardDutyRegions, 'guardDutyRegions');
    const off = regions.filter((r) => !r.enabled).map((r) => r.region);
    if (off.length > 0)
      return fail(`not enabled in ${off.join(', ')}`, 'guardDutyRegions', 'enabled everywhere', off);
    // Enabled wherever it could be read is not "everywhere" while some region is unknown.
    if (unknown.length > 0) {
      return {
        status: 'error',
        reason: `could not be read in ${unknown.map((u) => `${u.region} (${u.why})`).join(', ')}`,
        attribute: 'guardDutyRegions',
      };
    }
    if (regions.length === 0)
      return { status: 'error', reason: 'no region was collected', attribute: 'guardDutyRegions' };
    return pass(`enabled in ${regions.length} region(s)`, 'guardDutyRegions');
  },
});

export const cloudTrailMultiRegionLogging = defineCheck({
  id: 'aws.cloudtrail.account_multi_region_logging',
  title: 'The account has a logging multi-region trail',
  description: 'At least one CloudTrail trail covers every region and is currently logging.',
  resourceType: awsAccount,
  severity: 'high',
  criteria: ['CC2.1', 'CC7.2', 'A1.2'],
  controls: ['MON-01'],
  rationale: 'Without a trail that covers every region, API activity in some regions leaves no audit record.',
  remediation:
    'Create a trail with `aws cloudtrail create-trail --is-multi-region-trail …` and start it with ' +
    '`aws cloudtrail start-logging`.',
  evaluate(a) {
    const trails = need(a.cloudTrailTrails, 'cloudTrailTrails');
    const good = trails.filter((t) => t.multiRegion && t.logging === true);
    if (good.length > 0) return pass(`${good[0]!.arn} is multi-region and logging`, 'cloudTrailTrails');
    if (trails.some((t) => t.multiRegion && t.logging === null)) {
      return {
        status: 'error',
        reason: 'missing input: logging status of the multi-region trail',
        attribute: 'cloudTrailTrails',
      };
    }
    return fail(
      'no multi-region trail is logging',
      'cloudTrailTrails',
      'one multi-region logging trail',
      trails.length,
    );
  },
});

/** The account-level checks. */
export const ACCOUNT_CHECKS = [
  rootMfa,
  rootNoAccessKeys,
  rootAccessKeyAge,
  passwordPolicyLength,
  passwordPolicyComplexity,
  passwordPolicyReuse,
  accountBlockPublicAccess,
  guardDutyAllRegions,
  cloudTrailMultiRegionLogging,
];
