import { daysBetween } from '@vigil/core/days';
/** Built-in checks over identity-provider users (catalogue 1E). */
import { type CheckOutcome, defineCheck, fail, MissingInput, need, notApplicable, pass } from '../check.ts';
import { IDENTITY_USER, type IdentityUserAttributes } from '../resource-types/saas.ts';

/** An enabled account unused for longer than this is stale (90 days is common; the Okta STIG uses 35). */
export const INACTIVE_AFTER_DAYS = 90;
/** An enabled account that never signed in is stale once it is this old. */
export const NEVER_USED_AFTER_DAYS = 14;
/** A staged or provisioned account not activated within this many days is left over. */
export const STAGED_AFTER_DAYS = 30;

const disabled = (a: IdentityUserAttributes): CheckOutcome | undefined =>
  a.enabled ? undefined : notApplicable(`account is ${a.status} and cannot sign in`);

/** Check `idp.user_mfa`. */
export const IDP_USER_MFA = defineCheck({
  id: 'idp.user_mfa',
  title: 'Every active account has a second factor',
  description:
    'Each account that can sign in has at least one active MFA factor (Okta) or 2-Step Verification (Google).',
  resourceType: IDENTITY_USER,
  severity: 'high',
  criteria: ['CC6.1', 'CC6.6'],
  controls: ['AC-02'],
  rationale:
    'The identity provider ' +
    'gates every application, so a password alone leaves all of them one phish away (CC6.1, CC6.6).',
  remediation:
    'Have the user enroll a factor (authenticator app, WebAuthn); require enrollment in the sign-on policy.',
  evaluate(a) {
    const na = disabled(a);
    if (na) return na;
    const enrolled = need(a.mfa_enrolled, 'mfa_enrolled');
    return enrolled
      ? pass(`enrolled: ${(a.mfa_factors ?? ['2sv']).join(', ')}`, 'mfa_enrolled', true)
      : fail('no active second factor', 'mfa_enrolled', true, false);
  },
});

/** Check `idp.admin_mfa`. */
export const IDP_ADMIN_MFA = defineCheck({
  id: 'idp.admin_mfa',
  title: 'Administrators have a second factor',
  description: 'Every account holding an administrator role has an active second factor.',
  resourceType: IDENTITY_USER,
  severity: 'critical',
  criteria: ['CC6.1', 'CC6.3'],
  controls: ['AC-02', 'AC-08'],
  rationale:
    'An identity-provider administrator can grant any access, so the privileged account ' +
    'needs the strongest authentication (CC6.1) and privilege must stay restricted (CC6.3).',
  remediation:
    'Enroll the administrator in a phishing-resistant factor, or remove the admin role until they do.',
  evaluate(a) {
    const na = disabled(a);
    if (na) return na;
    const admin = need(a.is_admin, 'is_admin');
    if (!admin) return notApplicable('account holds no administrator role');
    const enrolled = need(a.mfa_enrolled, 'mfa_enrolled');
    return enrolled
      ? pass(`administrator (${(a.admin_roles ?? []).join(', ')}) has MFA`, 'mfa_enrolled', true)
      : fail(
          `administrator (${(a.admin_roles ?? []).join(', ')}) has no second factor`,
          'mfa_enrolled',
          true,
          false,
        );
  },
});

/** Check `idp.mfa_enforced`. */
export const IDP_MFA_ENFORCED = defineCheck({
  id: 'idp.mfa_enforced',
  title: '2-Step Verification is enforced, not optional',
  description:
    'Google Workspace enforces 2-Step Verification for the account (Okta enforces through policies instead).',
  resourceType: IDENTITY_USER,
  severity: 'medium',
  criteria: ['CC6.1'],
  controls: ['AC-02', 'AC-10'],
  rationale: 'Enrollment a user can undo is not a control; enforcement keeps MFA in place (CC6.1).',
  remediation:
    'In the Admin console → Security → 2-Step Verification, turn on enforcement for the organizational unit.',
  evaluate(a) {
    if (a.mfa_enforcement === 'policy') {
      return notApplicable(`${a.provider} enforces MFA through sign-on policies, not per account`);
    }
    const na = disabled(a);
    if (na) return na;
    const enforced = need(a.mfa_enforced, 'mfa_enforced');
    return enforced
      ? pass('2SV is enforced', 'mfa_enforced', true)
      : fail('2SV is not enforced for this account', 'mfa_enforced', true, false);
  },
});

/** Check `idp.inactive_users`. */
export const IDP_INACTIVE_USERS = defineCheck({
  id: 'idp.inactive_users',
  title: `No enabled account unused for ${INACTIVE_AFTER_DAYS} days`,
  description:
    `Enabled accounts signed in within ${INACTIVE_AFTER_DAYS} days; accounts that never signed in ` +
    `are flagged once older than ${NEVER_USED_AFTER_DAYS} days.`,
  resourceType: IDENTITY_USER,
  severity: 'medium',
  criteria: ['CC6.2', 'CC6.3'],
  controls: ['AC-05', 'AC-11'],
  rationale:
    'Dormant accounts are access ' +
    'no one needs any more and should have been removed (CC6.2) or reviewed (CC6.3).',
  remediation:
    'Confirm with the manager whether the access is still needed; suspend or deprovision it otherwise.',
  evaluate(a, ctx) {
    const na = disabled(a);
    if (na) return na;
    // `null` is a known "never signed in", so it is not read with `need`.
    if (a.last_login_at === undefined) throw new MissingInput('last_login_at');
    if (a.last_login_at === null) {
      const created = need(a.created_at, 'created_at');
      const age = daysBetween(Date.parse(created), ctx.now.getTime(), 'exact');
      return age > NEVER_USED_AFTER_DAYS
        ? fail(
            `never signed in, created ${Math.floor(age)} days ago`,
            'last_login_at',
            `within ${NEVER_USED_AFTER_DAYS} days of creation`,
            null,
          )
        : pass(`new account (${Math.floor(age)} days), not yet used`, 'last_login_at', null);
    }
    const idle = daysBetween(Date.parse(a.last_login_at), ctx.now.getTime(), 'exact');
    return idle > INACTIVE_AFTER_DAYS
      ? fail(
          `last sign-in ${Math.floor(idle)} days ago`,
          'last_login_at',
          `within ${INACTIVE_AFTER_DAYS} days`,
          a.last_login_at,
        )
      : pass(`last sign-in ${Math.floor(idle)} days ago`, 'last_login_at', a.last_login_at);
  },
});

/** Check `idp.disabled_users_no_admin`. */
export const IDP_DISABLED_USERS_NO_ADMIN = defineCheck({
  id: 'idp.disabled_users_no_admin',
  title: 'Suspended and deactivated accounts hold no admin role',
  description:
    'An account that cannot sign in keeps no administrator role that a reactivation would restore.',
  resourceType: IDENTITY_USER,
  severity: 'medium',
  criteria: ['CC6.2', 'CC6.3'],
  controls: ['AC-06', 'AC-08'],
  rationale:
    'Removing access means removing privileges too (CC6.2); a suspended administrator is one ' +
    'reactivation away from full control, outside the privileged-access review (CC6.3).',
  remediation: 'Remove the administrator role assignments from the suspended or deactivated account.',
  evaluate(a) {
    if (a.enabled) return notApplicable('account is enabled');
    const admin = need(a.is_admin, 'is_admin');
    return admin
      ? fail(
          `${a.status} account still holds ${(a.admin_roles ?? ['admin']).join(', ')}`,
          'is_admin',
          false,
          true,
        )
      : pass(`${a.status} account holds no admin role`, 'is_admin', false);
  },
});

/** Check `idp.stale_pending_users`. */
export const IDP_STALE_PENDING_USERS = defineCheck({
  id: 'idp.stale_pending_users',
  title: `No account left pending activation for ${STAGED_AFTER_DAYS} days`,
  description: 'Staged or provisioned accounts are activated or removed within a month.',
  resourceType: IDENTITY_USER,
  severity: 'low',
  criteria: ['CC6.2'],
  controls: ['AC-03'],
  rationale:
    'An account created but never activated is access provisioned without a current need; ' +
    'its activation link can still be used (CC6.2).',
  remediation: 'Activate the account if the person started, or deactivate it.',
  evaluate(a, ctx) {
    if (a.status !== 'staged' && a.status !== 'provisioned') return notApplicable(`account is ${a.status}`);
    const created = need(a.created_at, 'created_at');
    const age = daysBetween(Date.parse(created), ctx.now.getTime(), 'exact');
    return age > STAGED_AFTER_DAYS
      ? fail(
          `${a.status} for ${Math.floor(age)} days`,
          'created_at',
          `within ${STAGED_AFTER_DAYS} days`,
          created,
        )
      : pass(`${a.status} for ${Math.floor(age)} days`, 'created_at', created);
  },
});

/** The identity-provider checks. */
export const IDENTITY_CHECKS = [
  IDP_USER_MFA,
  IDP_ADMIN_MFA,
  IDP_MFA_ENFORCED,
  IDP_INACTIVE_USERS,
  IDP_DISABLED_USERS_NO_ADMIN,
  IDP_STALE_PENDING_USERS,
];
