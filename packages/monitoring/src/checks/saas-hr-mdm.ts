import { daysBetween } from '@vigil/core/days';
/** Built-in checks over HRIS roster rows (catalogue 1F) and endpoint devices (catalogue 1G). */
import { defineCheck, fail, need, notApplicable, pass } from '../check.ts';
import { ENDPOINT_DEVICE, HR_EMPLOYEE } from '../resource-types/saas.ts';
import { isOnOrBefore } from './saas-time.ts';

/** A device that has not checked in for longer than this is stale evidence. */
export const CHECK_IN_MAX_DAYS = 14;

/** Oldest OS major version still receiving security updates, per platform (review each year). */
export const MIN_SUPPORTED_OS: Record<string, { major: number; label: string }> = {
  macos: { major: 14, label: 'macOS 14 Sonoma' },
  windows: { major: 10, label: 'Windows 10 22H2 (build 19045)' },
  ios: { major: 17, label: 'iOS 17' },
  android: { major: 13, label: 'Android 13' },
};
const WINDOWS_10_MIN_BUILD = 19045;

const HR_RATIONALE =
  'The roster is the population for joiner and leaver ' +
  'testing, and offboarding can only be shown complete when its dates are recorded and current (CC6.2).';

/** Check `hr.terminated_has_termination_date`. */
export const HR_TERMINATED_HAS_DATE = defineCheck({
  id: 'hr.terminated_has_termination_date',
  title: 'Terminated workers have a termination date',
  description: 'Every terminated worker in the roster has a termination date.',
  resourceType: HR_EMPLOYEE,
  severity: 'medium',
  criteria: ['CC6.2'],
  controls: ['HR-08', 'AC-06'],
  rationale: `${HR_RATIONALE} Without the date, time-to-deprovision cannot be measured.`,
  remediation: 'Record the termination date in the HRIS for the worker.',
  evaluate(a) {
    const status = need(a.status, 'status');
    if (status !== 'terminated') return notApplicable(`worker is ${status}`);
    const date = need(a.termination_date, 'termination_date');
    return pass(`terminated on ${date}`, 'termination_date', date);
  },
});

/** Check `hr.active_not_past_termination`. */
export const HR_ACTIVE_NOT_PAST_TERMINATION = defineCheck({
  id: 'hr.active_not_past_termination',
  title: 'No worker marked active after their termination date',
  description: 'A worker whose termination date has passed is no longer marked active.',
  resourceType: HR_EMPLOYEE,
  severity: 'high',
  criteria: ['CC6.2', 'CC6.3'],
  controls: ['HR-08', 'AC-06'],
  rationale: `${HR_RATIONALE} An active status after the last day usually means the offboarding never ran.`,
  remediation:
    'Complete the offboarding in the HRIS so the status changes and the deprovisioning workflow fires.',
  evaluate(a, ctx) {
    const status = need(a.status, 'status');
    if (status !== 'active') return notApplicable(`worker is ${status}`);
    if (a.termination_date === undefined) return pass('active with no termination date');
    return isOnOrBefore(a.termination_date, ctx.now)
      ? fail(`still active after termination on ${a.termination_date}`, 'status', 'terminated', status)
      : pass(`termination scheduled for ${a.termination_date}`, 'termination_date', a.termination_date);
  },
});

/** Check `hr.active_has_manager`. */
export const HR_ACTIVE_HAS_MANAGER = defineCheck({
  id: 'hr.active_has_manager',
  title: 'Active workers have a manager',
  description: 'Every active worker has a manager recorded in the HRIS.',
  resourceType: HR_EMPLOYEE,
  severity: 'low',
  criteria: ['CC1.3', 'CC6.3'],
  controls: ['GOV-04', 'AC-05'],
  rationale:
    'Reporting lines are part of the organization structure (CC1.3), and managers are the ' +
    'reviewers in user access reviews (CC6.3).',
  remediation: 'Assign the manager in the HRIS.',
  evaluate(a) {
    const status = need(a.status, 'status');
    if (status !== 'active') return notApplicable(`worker is ${status}`);
    // Absent means the roster has no manager column: unknown, not a failure. Null is an empty cell.
    if (a.manager === undefined) need(a.manager, 'manager');
    return a.manager
      ? pass(`manager: ${a.manager}`, 'manager', a.manager)
      : fail('no manager recorded', 'manager', 'a manager', null);
  },
});

/** Check `hr.active_has_work_email`. */
export const HR_ACTIVE_HAS_EMAIL = defineCheck({
  id: 'hr.active_has_work_email',
  title: 'Active workers have a work email',
  description: 'Every active worker has the work email that links them to their accounts.',
  resourceType: HR_EMPLOYEE,
  severity: 'low',
  criteria: ['CC6.2'],
  controls: ['AC-11', 'HR-03'],
  rationale: `${HR_RATIONALE} The work email is the key that joins the roster with identity-provider accounts.`,
  remediation: 'Record the work email in the HRIS.',
  evaluate(a) {
    const status = need(a.status, 'status');
    if (status !== 'active') return notApplicable(`worker is ${status}`);
    return a.email
      ? pass(`work email ${a.email}`, 'email', a.email)
      : fail('no work email recorded', 'email', 'an email address', null);
  },
});

/** Check `mdm.disk_encryption`. */
export const MDM_DISK_ENCRYPTION = defineCheck({
  id: 'mdm.disk_encryption',
  title: 'Device disk is encrypted',
  description: 'The boot volume is encrypted with FileVault or BitLocker (or LUKS on Linux).',
  resourceType: ENDPOINT_DEVICE,
  severity: 'high',
  criteria: ['CC6.1', 'CC6.7'],
  controls: ['OPS-08'],
  rationale:
    'A lost laptop must not expose data, which CC6.7 asks for ' +
    'data on removable or portable media and CC6.1 for protected information assets.',
  remediation: 'Enable FileVault (macOS) or BitLocker (Windows) through the MDM and escrow the recovery key.',
  evaluate(a) {
    const encrypted = need(a.disk_encrypted, 'disk_encrypted');
    return encrypted
      ? pass('disk is encrypted', 'disk_encrypted', true)
      : fail(
          `disk is not encrypted (${a.disk_encryption_state ?? 'no'})`,
          'disk_encrypted',
          true,
          a.disk_encryption_state ?? false,
        );
  },
});

/** Check `mdm.os_current`. */
export const MDM_OS_CURRENT = defineCheck({
  id: 'mdm.os_current',
  title: 'Device runs a supported OS version',
  description: 'The OS major version still receives security updates from its vendor.',
  resourceType: ENDPOINT_DEVICE,
  severity: 'medium',
  criteria: ['CC7.1', 'CC6.8'],
  controls: ['OPS-05', 'OPS-07'],
  rationale:
    'An OS out of vendor support accumulates unpatched vulnerabilities (CC7.1) and cannot ' +
    'be kept free of malicious software (CC6.8).',
  remediation: 'Upgrade the device to a supported OS release, or retire it.',
  evaluate(a) {
    const platform = need(a.platform, 'platform');
    const min = MIN_SUPPORTED_OS[platform];
    if (!min) return notApplicable(`no support baseline for platform ${platform}`);
    const version = need(a.os_version, 'os_version');
    const parts = version.match(/\d+/g)?.map(Number) ?? [];
    const major = parts[0];
    if (major === undefined)
      return {
        status: 'error',
        reason: `cannot read a version number from "${version}"`,
        attribute: 'os_version',
      };
    // Windows 10 and 11 share major 10; the build number tells them and their feature updates apart.
    if (platform === 'windows' && major === 10) {
      const build = parts[2];
      if (build === undefined)
        return { status: 'error', reason: `no build number in "${version}"`, attribute: 'os_version' };
      return build >= WINDOWS_10_MIN_BUILD
        ? pass(`Windows build ${build} is supported`, 'os_version', version)
        : fail(`Windows build ${build} is out of support`, 'os_version', `>= ${min.label}`, version);
    }
    return major >= min.major
      ? pass(`${version} is supported`, 'os_version', version)
      : fail(`${version} is older than ${min.label}`, 'os_version', `>= ${min.label}`, version);
  },
});

/** Check `mdm.checked_in_recently`. */
export const MDM_CHECKED_IN_RECENTLY = defineCheck({
  id: 'mdm.checked_in_recently',
  title: `Device checked in within ${CHECK_IN_MAX_DAYS} days`,
  description: 'The device reported to the MDM recently, so its state is current evidence.',
  resourceType: ENDPOINT_DEVICE,
  severity: 'medium',
  criteria: ['CC6.8'],
  controls: ['OPS-07'],
  rationale:
    'A device that stopped reporting is no longer managed, so its settings cannot be ' +
    'relied on to prevent or detect unauthorized software (CC6.8).',
  remediation: 'Bring the device online or re-enroll it; retire it in the MDM if it is gone.',
  evaluate(a, ctx) {
    const last = need(a.last_check_in_at, 'last_check_in_at');
    const age = daysBetween(Date.parse(last), ctx.now.getTime(), 'exact');
    return age > CHECK_IN_MAX_DAYS
      ? fail(
          `last check-in ${Math.floor(age)} days ago`,
          'last_check_in_at',
          `within ${CHECK_IN_MAX_DAYS} days`,
          last,
        )
      : pass(`last check-in ${Math.max(0, Math.floor(age))} days ago`, 'last_check_in_at', last);
  },
});

/** Check `mdm.screen_lock`. */
export const MDM_SCREEN_LOCK = defineCheck({
  id: 'mdm.screen_lock',
  title: 'Screen lock is enabled',
  description: 'The device locks its screen and asks for a password after idling.',
  resourceType: ENDPOINT_DEVICE,
  severity: 'medium',
  criteria: ['CC6.1'],
  controls: ['OPS-14', 'OPS-07'],
  rationale: 'An unattended unlocked device hands its signed-in sessions to anyone nearby (CC6.1).',
  remediation: 'Push a passcode/screen-saver profile that requires a password after at most 15 minutes.',
  evaluate(a) {
    const lock = need(a.screen_lock_enabled, 'screen_lock_enabled');
    return lock
      ? pass('screen lock is on', 'screen_lock_enabled', true)
      : fail('screen lock is off', 'screen_lock_enabled', true, false);
  },
});

/** Check `mdm.firewall`. */
export const MDM_FIREWALL = defineCheck({
  id: 'mdm.firewall',
  title: 'Host firewall is enabled',
  description: 'The operating system firewall is on.',
  resourceType: ENDPOINT_DEVICE,
  severity: 'low',
  criteria: ['CC6.6'],
  controls: ['OPS-11', 'OPS-14'],
  rationale: 'On untrusted networks the host firewall is the boundary against inbound access (CC6.6).',
  remediation: 'Enable the firewall through an MDM security profile.',
  evaluate(a) {
    const on = need(a.firewall_enabled, 'firewall_enabled');
    return on
      ? pass('firewall is on', 'firewall_enabled', true)
      : fail('firewall is off', 'firewall_enabled', true, false);
  },
});

/** Check `mdm.compliance_state`. */
export const MDM_COMPLIANCE_STATE = defineCheck({
  id: 'mdm.compliance_state',
  title: 'Device meets the MDM compliance baseline',
  description: 'The MDM reports the device as compliant with its policies.',
  resourceType: ENDPOINT_DEVICE,
  severity: 'medium',
  criteria: ['CC6.8', 'CC7.1'],
  controls: ['OPS-07', 'OPS-14'],
  rationale:
    'The MDM compliance policy bundles the baseline (OS version, lock, encryption, EDR); ' +
    'a non-compliant device runs outside it (CC6.8, CC7.1).',
  remediation: 'Open the device in the MDM, fix the failing policy settings and re-sync.',
  evaluate(a) {
    const state = need(a.compliance_state, 'compliance_state');
    if (state === 'compliant') return pass('device is compliant', 'compliance_state', state);
    if (state === 'in_grace_period')
      return pass('device is in its compliance grace period', 'compliance_state', state);
    return fail(`device is ${state.replace(/_/g, ' ')}`, 'compliance_state', 'compliant', state);
  },
});

/** The HRIS and endpoint checks. */
export const HR_MDM_CHECKS = [
  HR_TERMINATED_HAS_DATE,
  HR_ACTIVE_NOT_PAST_TERMINATION,
  HR_ACTIVE_HAS_MANAGER,
  HR_ACTIVE_HAS_EMAIL,
  MDM_DISK_ENCRYPTION,
  MDM_OS_CURRENT,
  MDM_CHECKED_IN_RECENTLY,
  MDM_SCREEN_LOCK,
  MDM_FIREWALL,
  MDM_COMPLIANCE_STATE,
];
