/**
 * Recurring activities: the work a person does on a schedule to show a control operated, each
 * mapped to the control template it proves. How often it recurs is the adopted control's own
 * frequency (an organization may change it), so a template carries no frequency of its own.
 */
import { z } from 'zod';

export const ActivityTemplateSchema = z.object({
  /** Stable id, e.g. 'user-access-review'. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The control template whose operation the activity proves. */
  controlTemplateId: z.string().regex(/^[A-Z]{2,5}-\d{2}$/),
  /** What to do, in words. */
  title: z.string().min(3),
  /** The evidence that completes one occurrence, in words. */
  evidence: z.string().min(10),
});
/** One recurring activity of the library. */
export type ActivityTemplate = z.infer<typeof ActivityTemplateSchema>;

const t = (id: string, controlTemplateId: string, title: string, evidence: string): ActivityTemplate => ({
  id,
  controlTemplateId,
  title,
  evidence,
});

/** Every recurring activity Vigil schedules from the control library. */
export const ACTIVITY_TEMPLATES: readonly ActivityTemplate[] = [
  t(
    'user-access-review',
    'AC-05',
    'User access review',
    'The completed review listing every account kept, changed or removed, signed off by the reviewer.',
  ),
  t(
    'privileged-access-review',
    'AC-09',
    'Privileged access review',
    'The list of administrator accounts reviewed, with the reviewer’s decision for each.',
  ),
  t(
    'physical-access-review',
    'AC-17',
    'Physical access and visitor log review',
    'The badge access list and visitor log with the reviewer’s notes and removals.',
  ),
  t(
    'board-security-briefing',
    'GOV-02',
    'Security briefing to the board',
    'The minutes or slides of the meeting where security was presented to the board.',
  ),
  t(
    'policy-review',
    'GOV-06',
    'Policy review and approval',
    'The approval record showing each policy was reviewed, updated where needed and approved.',
  ),
  t(
    'internal-control-assessment',
    'GOV-09',
    'Internal control assessment',
    'The assessment report listing the controls tested, the results and the follow-up actions.',
  ),
  t(
    'management-compliance-review',
    'GOV-15',
    'Management compliance review',
    'The meeting notes of management’s review of open findings, exceptions and readiness.',
  ),
  t(
    'risk-assessment',
    'RISK-01',
    'Risk assessment',
    'The updated risk register with likelihood, impact and treatment for each risk, approved by management.',
  ),
  t(
    'fraud-risk-assessment',
    'RISK-02',
    'Fraud risk assessment',
    'The fraud risk assessment with the schemes considered and the controls that address them.',
  ),
  t(
    'security-training-cycle',
    'HR-04',
    'Security awareness training cycle',
    'The training completion report showing every person in scope finished this cycle’s course.',
  ),
  t(
    'role-training-cycle',
    'HR-10',
    'Secure development training cycle',
    'The completion report of the role-specific training for engineers.',
  ),
  t(
    'vendor-inventory-review',
    'VEN-01',
    'Vendor inventory review',
    'The vendor list reviewed for new, changed and retired vendors, with their risk ratings.',
  ),
  t(
    'critical-vendor-review',
    'VEN-03',
    'Critical vendor review',
    'Each critical vendor’s current security report (SOC 2 or equivalent) and the reviewer’s conclusions.',
  ),
  t(
    'asset-inventory-review',
    'OPS-01',
    'Asset inventory review',
    'The asset inventory reconciled against what is deployed, with owners confirmed.',
  ),
  t(
    'penetration-test',
    'OPS-04',
    'Penetration test',
    'The independent penetration test report and the plan for fixing its findings.',
  ),
  t(
    'patch-review',
    'OPS-05',
    'Patch and vulnerability review',
    'The list of outstanding vulnerabilities and patches, each fixed within its deadline or with an accepted exception.',
  ),
  t(
    'firewall-rule-review',
    'OPS-12',
    'Firewall and security group review',
    'The reviewed rule sets with each rule justified or removed.',
  ),
  t(
    'incident-plan-review',
    'INC-01',
    'Incident response plan review',
    'The incident response plan with its review date, changes and approval.',
  ),
  t(
    'incident-tabletop',
    'INC-03',
    'Incident response tabletop exercise',
    'The exercise scenario, attendees, what was learned and the follow-up actions.',
  ),
  t(
    'incident-trend-review',
    'INC-08',
    'Incident trend review',
    'The summary of the period’s incidents and the improvements decided from them.',
  ),
  t(
    'continuity-plan-review',
    'BCP-01',
    'Business continuity plan review',
    'The business continuity and disaster recovery plan with its review date and approval.',
  ),
  t(
    'disaster-recovery-test',
    'BCP-03',
    'Disaster recovery test',
    'The test report: what was recovered, how long it took against the recovery objectives, and the issues found.',
  ),
  t(
    'backup-restore-test',
    'BCP-07',
    'Backup restore test',
    'The record of a backup restored to a working system, with the date of the backup and a check of its data.',
  ),
  t(
    'capacity-review',
    'AV-02',
    'Capacity planning review',
    'The capacity report with current use, forecast and the decisions taken.',
  ),
  t(
    'privacy-compliance-review',
    'PRIV-19',
    'Privacy compliance review',
    'The review of privacy commitments against practice, with the gaps found and their owners.',
  ),
];

/** The recurring activities that prove one control template. */
export function activitiesForControlTemplate(controlTemplateId: string): ActivityTemplate[] {
  return ACTIVITY_TEMPLATES.filter((a) => a.controlTemplateId === controlTemplateId);
}

/** One activity template by id. */
export function activityTemplateById(id: string): ActivityTemplate | undefined {
  return ACTIVITY_TEMPLATES.find((a) => a.id === id);
}
