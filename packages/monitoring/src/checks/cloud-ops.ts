/** Checks over logging, detection, network and keys: CloudTrail, GuardDuty, security groups, KMS. */
import { defineCheck, fail, need, notApplicable, pass } from '../check.ts';
import {
  awsCloudTrail,
  awsGuardDutyDetector,
  awsKmsKey,
  awsSecurityGroup,
  type IngressRule,
} from '../resource-types/cloud.ts';
import { isInternet } from './cloud-helpers.ts';

/** Remote administration and data-store ports that must never be open to the internet. */
export const ADMIN_PORTS: Record<number, string> = {
  21: 'FTP',
  22: 'SSH',
  23: 'Telnet',
  445: 'SMB',
  1433: 'SQL Server',
  1521: 'Oracle',
  2375: 'Docker',
  2376: 'Docker TLS',
  3306: 'MySQL',
  3389: 'RDP',
  5432: 'PostgreSQL',
  5601: 'Kibana',
  6379: 'Redis',
  9200: 'Elasticsearch',
  11211: 'Memcached',
  27017: 'MongoDB',
};

const coversPort = (rule: IngressRule, port: number) => {
  if (rule.protocol === '-1' || rule.protocol === 'all') return true;
  if (!['tcp', 'udp', '6', '17'].includes(rule.protocol.toLowerCase())) return false;
  if (rule.fromPort === null || rule.toPort === null) return true;
  return rule.fromPort <= port && port <= rule.toPort;
};

/** Human descriptions of the admin ports (or "all ports") a rule opens to the internet. */
export function exposedAdminPorts(rules: IngressRule[]): string[] {
  const out: string[] = [];
  for (const rule of rules) {
    if (!rule.cidrs.some(isInternet)) continue;
    const allPorts =
      rule.protocol === '-1' || rule.fromPort === null || (rule.fromPort <= 0 && (rule.toPort ?? 0) >= 65535);
    if (allPorts && ['-1', 'all', 'tcp', '6'].includes(rule.protocol.toLowerCase())) {
      out.push(`all ports (${rule.protocol}) from ${rule.cidrs.filter(isInternet).join(', ')}`);
      continue;
    }
    for (const [port, name] of Object.entries(ADMIN_PORTS)) {
      if (coversPort(rule, Number(port))) out.push(`${name} ${port}/${rule.protocol}`);
    }
  }
  return out;
}

export const sgNoInternetAdminPorts = defineCheck({
  id: 'aws.ec2.sg_no_internet_admin_ports',
  title: 'Security groups do not open admin or database ports to the internet',
  description: 'No ingress rule from 0.0.0.0/0 or ::/0 reaches SSH, RDP, database ports, or every port.',
  resourceType: awsSecurityGroup,
  severity: 'high',
  criteria: ['CC6.1', 'CC6.6'],
  controls: ['OPS-11', 'AC-14'],
  rationale: 'Internet-facing admin and database ports are scanned constantly and are a common entry point.',
  remediation:
    'Replace the 0.0.0.0/0 source with the VPN or bastion range, or use SSM Session Manager and remove the rule.',
  evaluate(a) {
    const exposed = exposedAdminPorts(need(a.ingress, 'ingress'));
    return exposed.length === 0
      ? pass('no admin or database port is open to the internet', 'ingress')
      : fail(
          `open to the internet: ${exposed.join('; ')}`,
          'ingress',
          'no internet ingress to admin ports',
          exposed,
        );
  },
});

export const defaultSgRestrictsAll = defineCheck({
  id: 'aws.ec2.default_sg_restricts_all',
  title: 'Default security groups allow no traffic',
  description: 'Every VPC’s default security group has no inbound and no outbound rules.',
  resourceType: awsSecurityGroup,
  severity: 'low',
  criteria: ['CC6.6'],
  controls: ['OPS-11'],
  rationale:
    'Resources land in the default group when nobody chose one; it should then be isolated, not open.',
  remediation: 'Remove every rule from the default group and give resources purpose-built groups.',
  evaluate(a) {
    if (a.groupName !== 'default') return notApplicable('not a default security group');
    const ingress = need(a.ingress, 'ingress');
    const egress = need(a.egress, 'egress');
    if (ingress.length > 0)
      return fail('the default group allows inbound traffic', 'ingress', [], ingress.length);
    if (egress.length > 0)
      return fail('the default group allows outbound traffic', 'egress', [], egress.length);
    return pass('the default group has no rules');
  },
});

export const kmsRotation = defineCheck({
  id: 'aws.kms.cmk_rotation',
  title: 'Customer-managed symmetric KMS keys rotate automatically',
  description: 'Enabled customer-managed symmetric encryption keys have automatic key rotation on.',
  resourceType: awsKmsKey,
  severity: 'medium',
  criteria: ['CC6.1', 'PI1.5'],
  controls: ['AC-13'],
  rationale: 'Rotation limits how much data one key version protects and is expected by most key policies.',
  remediation: 'Run `aws kms enable-key-rotation --key-id ID` (terraform: enable_key_rotation = true).',
  evaluate(a) {
    if (need(a.keyManager, 'keyManager') === 'AWS')
      return notApplicable('AWS managed keys rotate automatically');
    const spec = need(a.keySpec, 'keySpec');
    if (spec !== 'SYMMETRIC_DEFAULT') return notApplicable(`rotation does not apply to ${spec} keys`);
    const state = need(a.keyState, 'keyState');
    if (state !== 'Enabled') return notApplicable(`the key is ${state}`);
    const rotation = need(a.rotationEnabled, 'rotationEnabled');
    return rotation
      ? pass('automatic rotation is on', 'rotationEnabled', true)
      : fail('automatic rotation is off', 'rotationEnabled', true, false);
  },
});

export const kmsNotPendingDeletion = defineCheck({
  id: 'aws.kms.not_pending_deletion',
  title: 'No KMS key is scheduled for deletion unnoticed',
  description:
    'No key is in the PendingDeletion state; deleting a key makes everything it encrypted unreadable.',
  resourceType: awsKmsKey,
  severity: 'high',
  criteria: ['CC6.1', 'CC6.2', 'A1.2'],
  controls: ['AC-13'],
  rationale:
    'A scheduled deletion is irreversible once the waiting period ends; it should be a tracked change.',
  remediation:
    'If the deletion is not intended, run `aws kms cancel-key-deletion --key-id ID`; otherwise link the change ticket.',
  evaluate(a) {
    const state = need(a.keyState, 'keyState');
    return state.startsWith('Pending') && state.includes('Deletion')
      ? fail(`the key is ${state}`, 'keyState', 'not pending deletion', state)
      : pass(`the key is ${state}`, 'keyState', state);
  },
});

/** A CloudTrail trail setting that must be true (or present). */
function trailCheck(
  id: string,
  meta: Pick<
    Parameters<typeof defineCheck>[0],
    'title' | 'description' | 'severity' | 'criteria' | 'controls' | 'rationale' | 'remediation'
  >,
  attribute: 'isMultiRegion' | 'logFileValidation' | 'isLogging' | 'kmsKeyId' | 'cloudWatchLogsLogGroupArn',
  words: [string, string],
) {
  return defineCheck({
    id,
    ...meta,
    resourceType: awsCloudTrail,
    evaluate(a) {
      const value = a[attribute];
      // For the optional strings, null means "collected and not configured": a finding, not a missing input.
      if (value === null) return fail(words[1], attribute, 'set', null);
      const v = need(value, attribute);
      return v ? pass(words[0], attribute, v) : fail(words[1], attribute, true, v);
    },
  });
}

export const trailMultiRegion = trailCheck(
  'aws.cloudtrail.multi_region',
  {
    title: 'CloudTrail trails cover every region',
    description: 'The trail is a multi-region trail.',
    severity: 'medium',
    criteria: ['CC2.1', 'CC7.2', 'A1.2'],
    controls: ['MON-01'],
    rationale: 'A single-region trail misses activity in every other region, where attackers like to work.',
    remediation: 'Run `aws cloudtrail update-trail --name NAME --is-multi-region-trail`.',
  },
  'isMultiRegion',
  ['the trail covers every region', 'the trail covers one region only'],
);

export const trailLogFileValidation = trailCheck(
  'aws.cloudtrail.log_file_validation',
  {
    title: 'CloudTrail log file validation is on',
    description: 'The trail writes signed digest files so log tampering can be detected.',
    severity: 'medium',
    criteria: ['CC7.3', 'PI1.3'],
    controls: ['MON-01'],
    rationale: 'Digest files prove that the audit logs used as evidence were not altered or deleted.',
    remediation: 'Run `aws cloudtrail update-trail --name NAME --enable-log-file-validation`.',
  },
  'logFileValidation',
  ['log file validation is on', 'log file validation is off'],
);

export const trailLogging = trailCheck(
  'aws.cloudtrail.logging',
  {
    title: 'CloudTrail trails are logging',
    description: 'The trail is currently recording events (get-trail-status IsLogging).',
    severity: 'high',
    criteria: ['CC7.2', 'A1.2'],
    controls: ['MON-01', 'MON-04'],
    rationale:
      'A configured trail that was stopped records nothing; stopping it is a classic cover-your-tracks step.',
    remediation: 'Run `aws cloudtrail start-logging --name NAME` and alert on StopLogging events.',
  },
  'isLogging',
  ['the trail is logging', 'the trail is not logging'],
);

export const trailKmsEncrypted = trailCheck(
  'aws.cloudtrail.kms_encrypted',
  {
    title: 'CloudTrail logs are encrypted with a KMS key',
    description: 'The trail has a KmsKeyId, so log files are encrypted with a customer-managed key.',
    severity: 'medium',
    criteria: ['CC6.1', 'CC6.2'],
    controls: ['MON-01', 'OPS-09'],
    rationale: 'A KMS key adds a second permission, separate from S3 access, needed to read the audit logs.',
    remediation:
      'Run `aws cloudtrail update-trail --name NAME --kms-key-id KEY` after granting CloudTrail use of the key.',
  },
  'kmsKeyId',
  ['log files are KMS-encrypted', 'log files are not KMS-encrypted'],
);

export const trailCloudWatch = trailCheck(
  'aws.cloudtrail.cloudwatch_integration',
  {
    title: 'CloudTrail trails deliver to CloudWatch Logs',
    description:
      'The trail sends events to a CloudWatch Logs group, where metric filters and alarms can act on them.',
    severity: 'medium',
    criteria: ['CC7.2', 'CC7.3'],
    controls: ['MON-02'],
    rationale:
      'Alerting on root use, policy changes and failed sign-ins needs the events in CloudWatch Logs.',
    remediation:
      'Run `aws cloudtrail update-trail --cloud-watch-logs-log-group-arn … --cloud-watch-logs-role-arn …`.',
  },
  'cloudWatchLogsLogGroupArn',
  ['events are delivered to CloudWatch Logs', 'events are not delivered to CloudWatch Logs'],
);

export const guardDutyDetectorEnabled = defineCheck({
  id: 'aws.guardduty.detector_enabled',
  title: 'GuardDuty detectors are enabled',
  description: 'The detector’s status is ENABLED (a suspended detector analyses nothing).',
  resourceType: awsGuardDutyDetector,
  severity: 'high',
  criteria: ['CC7.1', 'CC7.2'],
  controls: ['OPS-13'],
  rationale: 'A suspended detector looks configured but produces no findings.',
  remediation: 'Run `aws guardduty update-detector --detector-id ID --enable`.',
  evaluate(a) {
    const status = need(a.status, 'status');
    return status === 'ENABLED'
      ? pass('the detector is enabled', 'status', status)
      : fail(`the detector is ${status}`, 'status', 'ENABLED', status);
  },
});

/** The logging, detection, network and key checks. */
export const OPS_CHECKS = [
  sgNoInternetAdminPorts,
  defaultSgRestrictsAll,
  kmsRotation,
  kmsNotPendingDeletion,
  trailMultiRegion,
  trailLogFileValidation,
  trailLogging,
  trailKmsEncrypted,
  trailCloudWatch,
  guardDutyDetectorEnabled,
];
