import { describe, expect, it } from 'vitest';
import { auditDetailLines, fieldLabel, valueText } from './audit-values.ts';
import { AUDIT_ACTIONS, auditActionGroups, auditSentence } from './audit-wording.ts';

const OLIVIA = 'Olivia Chen';
const SAM_ID = '7b0c6f7e-8d6f-4b55-9d7e-2f1f7c0a1111';
const CONNECTOR_ID = '3f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
const ENGAGEMENT_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const ids = { [SAM_ID]: 'Sam Patel', [CONNECTOR_ID]: 'AWS production', [ENGAGEMENT_ID]: 'FY26 Type 2' };
const say = (
  action: string,
  changes: Record<string, unknown>,
  extra: Partial<Parameters<typeof auditSentence>[1]> = {},
) => auditSentence({ action, changes }, { actor: OLIVIA, object: null, ids, ...extra });

/** One sentence per recorded action, with the changes its recorder writes. */
const CASES: [string, Record<string, unknown>, string, Partial<Parameters<typeof auditSentence>[1]>?][] = [
  [
    'organization.created',
    { name: 'Acme', slug: 'acme', owner: 'olivia@acme.test' },
    "Olivia Chen created the organization 'Acme'",
  ],
  [
    'scope.updated',
    { categories: { from: ['security'], to: ['security', 'availability'] } },
    'Olivia Chen changed the categories in scope from Security to Security and Availability',
  ],
  ['system.created', { name: 'Billing API', kind: 'software' }, "Olivia Chen added the system 'Billing API'"],
  [
    'system.updated',
    { ownerId: { from: null, to: SAM_ID } },
    "Olivia Chen changed the owner of the system 'Billing API' from — to Sam Patel",
    { object: 'Billing API' },
  ],
  [
    'system.deleted',
    { name: 'Billing API', kind: 'software' },
    "Olivia Chen removed the system 'Billing API'",
  ],
  [
    'controls.adopted',
    { added: 38, categories: ['security'], codes: ['AC-01'] },
    'Olivia Chen adopted 38 controls from the control library',
  ],
  [
    'control.created',
    { code: 'XX-01', title: 'Badge readers', criteria: ['CC6.4'] },
    "Olivia Chen added the control XX-01 'Badge readers'",
  ],
  [
    'control.updated',
    { code: 'AC-02', ownerId: { from: null, to: SAM_ID } },
    'Olivia Chen changed the owner of AC-02 from — to Sam Patel',
  ],
  [
    'evidence.added',
    { kind: 'upload', title: 'Q3 access review.pdf', controls: ['AC-04'], size: 1200 },
    "Olivia Chen uploaded evidence 'Q3 access review.pdf' to AC-04",
  ],
  [
    'custom_check.created',
    { spec: { id: 'acme.s3_tags', name: 'Buckets are tagged', resourceType: 'aws.s3.bucket' } },
    "Olivia Chen added the custom check 'Buckets are tagged'",
  ],
  [
    'custom_check.updated',
    { from: { name: 'Buckets are tagged' }, to: { name: 'Buckets carry an owner tag' } },
    "Olivia Chen changed the custom check 'Buckets carry an owner tag'",
  ],
  [
    'custom_check.deleted',
    { spec: { name: 'Buckets are tagged' } },
    "Olivia Chen removed the custom check 'Buckets are tagged'",
  ],
  [
    'connector.created',
    { kind: 'aws.live', name: 'AWS production', scheduleMinutes: 60, config: {}, credentials: 'set' },
    "Olivia Chen connected 'AWS production'",
  ],
  [
    'connector.updated',
    { name: 'AWS production', enabled: { from: true, to: false } },
    "Olivia Chen changed the enabled of the connector 'AWS production' from Yes to No",
    { object: 'AWS production' },
  ],
  [
    'connector.schedule_changed',
    { name: 'AWS production', scheduleMinutes: { from: null, to: 1440 } },
    "Olivia Chen set 'AWS production' to run every day",
  ],
  [
    'connector.deleted',
    { kind: 'aws.live', name: 'AWS production', resourcesRetired: 12, intervalsClosed: 4 },
    "Olivia Chen removed the connector 'AWS production'",
  ],
  [
    'monitoring.run_completed',
    { source: 'aws', connectorId: CONNECTOR_ID, resourcesSeen: 120, transitions: 3, evidenceId: null },
    "Vigil's sweep of 'AWS production' finished: 120 resources checked, 3 failing results, 3 results changed",
    { failing: 3 },
  ],
  [
    'monitoring.run_failed',
    { source: 'github', connectorId: null, error: 'The token was refused' },
    "Vigil's sweep of the GitHub import failed: The token was refused",
  ],
  [
    'alert_channel.created',
    {
      kind: 'webhook',
      name: 'On call',
      target: 'https://hooks.example/…',
      events: ['check_failed'],
      enabled: true,
    },
    "Olivia Chen added the webhook alert channel 'On call'",
  ],
  [
    'alert_channel.updated',
    { name: 'On call', enabled: { from: true, to: false } },
    "Olivia Chen changed the enabled of the alert channel 'On call' from Yes to No",
  ],
  [
    'alert_channel.secret_rotated',
    { name: 'On call' },
    "Olivia Chen replaced the signing secret of the alert channel 'On call'",
  ],
  [
    'alert_channel.deleted',
    { kind: 'email', name: 'On call' },
    "Olivia Chen removed the alert channel 'On call'",
  ],
  [
    'user.role_changed',
    { email: 'sam@acme.test', role: { from: 'viewer', to: 'admin' } },
    'Olivia Chen changed the role of Sam Patel from Viewer to Admin',
    { object: 'Sam Patel' },
  ],
  [
    'user.removed',
    { email: 'sam@acme.test', role: 'admin' },
    'Olivia Chen removed sam@acme.test from the organization',
  ],
  [
    'invitation.created',
    {
      email: 'kim@audit.test',
      role: 'auditor',
      engagementId: ENGAGEMENT_ID,
      expiresAt: '2026-12-13T10:00:00.000Z',
    },
    "Olivia Chen invited kim@audit.test as auditor to the engagement 'FY26 Type 2'",
  ],
  [
    'invitation.accepted',
    { email: 'kim@audit.test', role: 'auditor', newAccount: true },
    'Olivia Chen accepted the invitation and joined as auditor',
  ],
  [
    'invitation.revoked',
    { email: 'kim@audit.test', role: 'auditor' },
    'Olivia Chen withdrew the invitation of kim@audit.test',
  ],
  [
    'token.created',
    { name: 'ci', prefix: 'vgl_ab12', scope: 'read', expiresAt: null },
    "Olivia Chen created the API token 'ci' (read only)",
  ],
  ['token.revoked', { name: 'ci', prefix: 'vgl_ab12' }, "Olivia Chen revoked the API token 'ci'"],
  ['sso.configured', { issuer: 'https://idp.example' }, 'Olivia Chen set up single sign-on'],
  [
    'sso.removed',
    { issuer: 'https://idp.example', clientId: 'vigil' },
    'Olivia Chen turned off single sign-on',
  ],
  [
    'sso.login',
    { issuer: 'https://idp.example', subject: 'abc', linkedBy: 'email', membershipCreated: 'viewer' },
    'Olivia Chen signed in with single sign-on and joined as viewer',
  ],
  [
    'person.created',
    { name: 'Ana Lima', email: 'ana@acme.test', workerType: 'contractor', status: 'active' },
    'Olivia Chen added Ana Lima to the person register',
  ],
  [
    'person.updated',
    { name: 'Ana Lima', inScope: { from: true, to: false }, scopeJustification: { from: null, to: 'x' } },
    'Olivia Chen changed the in scope and scope justification of Ana Lima',
  ],
  [
    'person.account_linked',
    { name: 'Ana Lima', system: 'Okta', account: 'ana@acme.test' },
    "Olivia Chen linked the Okta account 'ana@acme.test' to Ana Lima",
  ],
  [
    'person.account_unlinked',
    { name: 'Ana Lima', system: 'AWS', account: 'ana' },
    "Olivia Chen unlinked the AWS account 'ana' from Ana Lima",
  ],
  [
    'people.roster_synced',
    { added: 3, changed: 1, terminated: ['Bo Diaz'] },
    'Olivia Chen updated the person register from the HR roster: 3 people added, 1 changed; Bo Diaz left',
  ],
  [
    'people.settings_changed',
    { offboardingSlaBusinessDays: { from: 1, to: 2 } },
    "Olivia Chen changed the time allowed to remove a leaver's accounts from 1 business day to 2 business days",
  ],
  [
    'onboarding.item_completed',
    { name: 'Ana Lima', item: 'Background check', note: null },
    "Olivia Chen marked 'Background check' done for Ana Lima",
  ],
  [
    'offboarding.opened',
    { name: 'Bo Diaz', endDate: '2026-03-31', slaBusinessDays: 1 },
    'Olivia Chen opened the offboarding of Bo Diaz (end date 2026-03-31, accounts due off within 1 business day)',
  ],
  [
    'offboarding.account_attested',
    { system: 'Payroll', account: 'bo', reason: 'Removed by the vendor' },
    "Olivia Chen attested that the Payroll account 'bo' was removed: Removed by the vendor",
  ],
  [
    'engagement.opened',
    { name: 'FY26 Type 2', windowStart: '2026-01-01', windowEnd: '2026-06-30', categories: ['security'] },
    "Olivia Chen opened the engagement 'FY26 Type 2'",
  ],
  [
    'engagement.updated',
    { auditFirm: { from: '', to: 'Baker & Co' } },
    "Olivia Chen changed the audit firm of the engagement 'FY26 Type 2' from — to Baker & Co",
    { object: 'FY26 Type 2' },
  ],
  ['activities.scheduled', { added: 24, titles: [] }, 'Olivia Chen scheduled 24 recurring activities'],
  [
    'activity.completed',
    { title: 'User access review', control: 'AC-05', late: true, evidence: 'Q4 review.csv' },
    "Olivia Chen completed 'User access review' for AC-05, late, with the evidence 'Q4 review.csv'",
  ],
  [
    'activity.updated',
    {
      title: 'Penetration test',
      control: 'OPS-04',
      owner: { from: 'Unassigned', to: 'Sam Patel' },
      dueDate: { from: '2027-11-30', to: '2027-09-30' },
    },
    "Olivia Chen changed the owner from Unassigned to Sam Patel and the due date from 2027-11-30 to 2027-09-30 of 'Penetration test' for OPS-04",
  ],
  [
    'calendar_feed.created',
    { replaced: true },
    'Olivia Chen replaced their calendar feed address (the old one stopped working)',
  ],
  [
    'exercise.tabletop_recorded',
    { scenario: 'ransomware', heldOn: '2026-05-04', actions: 2 },
    'Olivia Chen recorded a tabletop exercise (ransomware) held on 2026-05-04 with 2 follow-up actions',
  ],
  [
    'exercise.continuity_test_recorded',
    { kind: 'backup restore', subject: 'Customer database', performedOn: '2026-05-06', outcome: 'not met' },
    "Olivia Chen recorded a backup restore of 'Customer database' on 2026-05-06: objectives not met",
  ],
  [
    'exercise.tabletop_updated',
    {
      tabletop: 'phishing tabletop exercise of 2026-05-04',
      findings: true,
      facilitator: { from: 'Sam Patel', to: 'Olivia Chen' },
    },
    'Olivia Chen changed the findings and facilitator of the phishing tabletop exercise of 2026-05-04',
  ],
  [
    'exercise.continuity_test_updated',
    { test: 'Customer database', outcome: 'met', achievedRtoMinutes: { from: 95, to: 45 } },
    "Olivia Chen changed the achieved recovery time in minutes of the continuity test of 'Customer database' from 95 to 45 (objectives met)",
  ],
  [
    'exercise.action_done',
    { title: 'Write the backup runbook' },
    "Olivia Chen marked the follow-up action 'Write the backup runbook' done",
  ],
  [
    'exercise.action_reopened',
    { title: 'Write the backup runbook' },
    "Olivia Chen reopened the follow-up action 'Write the backup runbook'",
  ],
  [
    'audit_population.produced',
    { name: 'Incidents, 2026-01-01 to 2026-06-30', rowCount: 3 },
    "Olivia Chen produced the population 'Incidents, 2026-01-01 to 2026-06-30' with 3 rows",
  ],
  [
    'audit_population.uploaded',
    { name: 'Payroll changes', rowCount: 1 },
    "Olivia Chen uploaded the population 'Payroll changes' with 1 row",
  ],
  [
    'audit_sample.drawn',
    { control: 'CM-01', population: 'Changes merged', size: 8 },
    "Olivia Chen drew a sample of 8 items for CM-01 from 'Changes merged'",
  ],
  [
    'audit_sample.result_recorded',
    {
      control: 'IR-01',
      item: 'c66c3423-9d3c-4edd-9471-5c368ef45fbc',
      itemName: 'Phishing wave (2026-08-08)',
      result: 'exception',
    },
    "Olivia Chen recorded exception for the item 'Phishing wave (2026-08-08)' of IR-01",
  ],
  ['sample_size_table.updated', {}, 'Olivia Chen changed the sample size table'],
  [
    'internal_audit.planned',
    { title: 'Annual internal audit', plannedDate: '2026-11-02', controls: 2 },
    "Olivia Chen planned the internal audit 'Annual internal audit' for 2026-11-02 covering 2 controls",
  ],
  [
    'internal_audit.result_recorded',
    { title: 'Annual internal audit', control: 'AC-01', result: 'exception' },
    "Olivia Chen recorded AC-01 as exception in the internal audit 'Annual internal audit'",
  ],
  [
    'internal_audit.finding_added',
    { title: 'Annual internal audit', description: 'Two leavers kept access' },
    "Olivia Chen added the finding 'Two leavers kept access' to the internal audit 'Annual internal audit'",
  ],
  [
    'internal_audit.finding_updated',
    { description: 'Two leavers kept access', from: 'open', to: 'remediated' },
    "Olivia Chen moved the finding 'Two leavers kept access' from open to remediated",
  ],
  [
    'internal_audit.completed',
    { title: 'Annual internal audit', exceptions: 1, nextPlannedDate: '2027-11-02' },
    "Olivia Chen completed the internal audit 'Annual internal audit' with 1 exception; the next one is planned for 2027-11-02",
  ],
  [
    'report_document.drafted',
    { kind: 'system_description', version: 2, engagement: 'Type II 2026' },
    "Olivia Chen drafted version 2 of the system description of 'Type II 2026'",
  ],
  [
    'report_document.section_edited',
    { kind: 'system_description', version: 1, engagement: 'Type II 2026', section: 'Services provided' },
    "Olivia Chen edited the section 'Services provided' of the system description of 'Type II 2026'",
  ],
  [
    'report_document.section_confirmed',
    { kind: 'bridge_letter', version: 1, engagement: 'Type II 2026', section: 'The gap period' },
    "Olivia Chen confirmed the generated section 'The gap period' of the bridge letter of 'Type II 2026'",
  ],
  [
    'report_document.approved',
    { kind: 'bridge_letter', version: 1, engagement: 'Type II 2026', contentSha256: 'ab' },
    "Olivia Chen approved version 1 of the bridge letter of 'Type II 2026'",
  ],
  [
    'audit_testing.test_recorded',
    { control: 'CHG-01', engagement: 'Type II 2026', conclusion: 'exceptions noted', attributes: 2 },
    "Olivia Chen recorded the test of CHG-01 in 'Type II 2026': 2 attributes tested, exceptions noted",
  ],
  [
    'audit_testing.exception_recorded',
    {
      control: 'CHG-01',
      criterion: 'CC8.1',
      description: 'Merged without approval',
      engagement: 'Type II 2026',
    },
    "Olivia Chen recorded the exception 'Merged without approval' against CHG-01 (CC8.1) in 'Type II 2026'",
  ],
  [
    'audit_testing.exception_updated',
    { description: 'Merged without approval' },
    "Olivia Chen changed the description, cause or conclusion of the exception 'Merged without approval'",
  ],
  [
    'audit_testing.response_recorded',
    { description: 'Merged without approval' },
    "Olivia Chen wrote management's response or the remediation plan for the exception 'Merged without approval'",
  ],
  [
    'audit_testing.exception_remediated',
    { description: 'Merged without approval', remediationDate: '2026-11-30' },
    "Olivia Chen marked the exception 'Merged without approval' remediated on 2026-11-30; the exception stays in the register",
  ],
  [
    'vulnerabilities.sla_policy_changed',
    {
      before: { critical: 15, high: 30, medium: 90, low: 180 },
      after: { critical: 7, high: 30, medium: 90, low: 180 },
    },
    'Olivia Chen set the remediation deadlines for findings detected from now on to 7 days for critical, 30 for high, 90 for medium and 180 for low',
  ],
  [
    'vulnerabilities.exception_requested',
    { finding: 'CVE-2024-1 in openssl', justification: 'Not reachable', expiresOn: '2027-01-31' },
    "Olivia Chen asked to accept the risk of 'CVE-2024-1 in openssl' until 2027-01-31",
  ],
  [
    'vulnerabilities.exception_approved',
    { finding: 'CVE-2024-1 in openssl', expiresAt: '2027-02-01T00:00:00.000Z' },
    "Olivia Chen approved accepting the risk of 'CVE-2024-1 in openssl' until 2027-02-01",
  ],
  [
    'pen_tests.created',
    { vendor: 'Acme Security', startDate: '2026-03-01', endDate: '2026-03-10', scope: 'Web app' },
    "Olivia Chen recorded the penetration test by 'Acme Security' from 2026-03-01 to 2026-03-10",
  ],
  [
    'pen_tests.report_attached',
    { vendor: 'Acme Security', fileName: 'report.pdf' },
    "Olivia Chen attached the report 'report.pdf' to the penetration test by 'Acme Security'",
  ],
  [
    'pen_tests.finding_added',
    { vendor: 'Acme Security', title: 'SQL injection', severity: 'critical' },
    "Olivia Chen added the critical finding 'SQL injection' to the penetration test by 'Acme Security'",
  ],
  [
    'pen_tests.findings_imported',
    { vendor: 'Acme Security', fileName: 'findings.csv', findings: 3 },
    "Olivia Chen imported 3 findings from 'findings.csv' into the penetration test by 'Acme Security'",
  ],
  [
    'pen_tests.finding_updated',
    {
      vendor: 'Acme Security',
      title: 'SQL injection',
      remediatedOn: '2026-03-20',
      retestOn: '2026-03-25',
      retestResult: 'fixed',
    },
    "Olivia Chen recorded 'SQL injection' of the penetration test by 'Acme Security' as remediated on 2026-03-20 and retested on 2026-03-25, fixed",
  ],
  [
    'training.courses_adopted',
    { added: 2, titles: ['Security awareness', 'Secure development'] },
    'Olivia Chen adopted 2 training courses from the catalog',
  ],
  [
    'training.course_created',
    { title: 'Fire safety', audience: 'all_staff', cadenceMonths: 12 },
    "Olivia Chen added the training course 'Fire safety'",
  ],
  [
    'training.course_updated',
    { course: 'Fire safety', cadenceMonths: { from: 12, to: 24 } },
    "Olivia Chen changed the cadence months of the training course 'Fire safety' from 12 to 24",
  ],
  [
    'training.completion_recorded',
    {
      person: 'Sam Patel',
      course: 'Security awareness',
      cycle: '2026',
      completedOn: '2026-03-01',
      source: 'manual',
    },
    "Olivia Chen recorded that Sam Patel completed 'Security awareness' on 2026-03-01 (cycle 2026)",
  ],
  [
    'training.completions_imported',
    { fileName: 'completion-report.csv', imported: 4, alreadyRecorded: 0 },
    "Olivia Chen imported 4 training completions from 'completion-report.csv'",
  ],
  ['vendor.created', { name: 'Cloudhost', tier: 'critical' }, "Olivia Chen added the vendor 'Cloudhost'"],
  [
    'vendor.updated',
    { vendor: 'Cloudhost', status: { from: 'prospective', to: 'active' } },
    "Olivia Chen changed the status of the vendor 'Cloudhost' from Prospective to Active",
  ],
  [
    'vendor.subservice_set',
    { vendor: 'Cloudhost', method: 'carve_out', csocs: 2, cuecs: 1 },
    "Olivia Chen recorded 'Cloudhost' as a carved-out subservice organization with 2 complementary controls relied on",
  ],
  [
    'vendor.review_scheduled',
    { vendor: 'Cloudhost', dueDate: '2026-05-01' },
    "Olivia Chen scheduled a review of the vendor 'Cloudhost' due 2026-05-01",
  ],
  [
    'vendor.review_updated',
    { vendor: 'Cloudhost', dueDate: '2026-05-01', notes: { from: '', to: 'Asked for the bridge letter' } },
    "Olivia Chen changed the review of the vendor 'Cloudhost' due 2026-05-01",
  ],
  [
    'vendor.review_completed',
    { vendor: 'Cloudhost', dueDate: '2026-05-01', conclusion: { from: null, to: 'approve' } },
    "Olivia Chen completed the review of the vendor 'Cloudhost': approved",
  ],
  [
    'vendor.report_added',
    {
      vendor: 'Cloudhost',
      kind: 'soc2_type2',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      fileName: 'soc2.pdf',
      sha256: 'ab'.repeat(32),
    },
    "Olivia Chen added the report 'soc2.pdf' of the vendor 'Cloudhost' covering 2025-01-01 to 2025-12-31",
  ],
  [
    'background_check.updated',
    { person: 'Sam Patel', status: { from: 'not_started', to: 'in_progress' } },
    'Olivia Chen changed the status of the background check of Sam Patel from Not started to In progress',
  ],
  [
    'background_check.report_attached',
    { person: 'Sam Patel', fileName: 'report.pdf', sha256: 'ab'.repeat(32), size: 10 },
    "Olivia Chen attached the background check report 'report.pdf' for Sam Patel",
  ],
  [
    'hr_access.granted',
    { member: 'Sam Patel (sam@acme.test)' },
    'Olivia Chen granted HR access to Sam Patel (sam@acme.test)',
  ],
  [
    'hr_access.withdrawn',
    { member: 'Sam Patel (sam@acme.test)' },
    'Olivia Chen withdrew HR access from Sam Patel (sam@acme.test)',
  ],
  [
    'policy.created',
    { title: 'Acceptable Use Policy' },
    "Olivia Chen created the policy 'Acceptable Use Policy'",
  ],
  [
    'policy.updated',
    { title: 'Acceptable Use Policy', reviewCadenceMonths: { from: 12, to: 6 } },
    "Olivia Chen changed the review cadence (months) of the policy 'Acceptable Use Policy' from 12 to 6",
  ],
  [
    'policy_version.created',
    { title: 'Acceptable Use Policy', version: '2.0' },
    "Olivia Chen started version 2.0 of 'Acceptable Use Policy'",
  ],
  [
    'policy_version.updated',
    { title: 'Acceptable Use Policy', version: '2.0', fields: ['content'] },
    "Olivia Chen edited the draft 2.0 of 'Acceptable Use Policy'",
  ],
  [
    'policy.reviewed',
    { title: 'Acceptable Use Policy', version: '1.1' },
    "Olivia Chen reviewed 'Acceptable Use Policy' with no change and sent version 1.1 for approval",
  ],
  [
    'policy_version.submitted',
    { title: 'Acceptable Use Policy', version: '2.0' },
    "Olivia Chen sent version 2.0 of 'Acceptable Use Policy' for approval",
  ],
  [
    'policy_version.published',
    { title: 'Acceptable Use Policy', version: '2.0', contentSha256: 'ab'.repeat(32) },
    "Olivia Chen approved and published version 2.0 of 'Acceptable Use Policy'",
  ],
  [
    'policy_version.rejected',
    { title: 'Acceptable Use Policy', version: '2.0', reason: 'Too vague' },
    "Olivia Chen rejected version 2.0 of 'Acceptable Use Policy': Too vague",
  ],
  [
    'policy.accepted',
    { title: 'Acceptable Use Policy', version: '2.0' },
    "Olivia Chen accepted version 2.0 of 'Acceptable Use Policy'",
  ],
  [
    'policy.acceptance_requested',
    { title: 'Acceptable Use Policy', version: '2.0', asked: 2 },
    "Olivia Chen asked 2 more people to accept 'Acceptable Use Policy'",
  ],
  [
    'access_review.created',
    { name: 'Q4 access review', systems: ['Okta'], dueDate: '2026-12-31', recurrence: 'quarterly' },
    "Olivia Chen created the access review 'Q4 access review'",
  ],
  [
    'access_review.started',
    { name: 'Q4 access review', systems: ['Okta'], accounts: 412, flagged: 9 },
    "Olivia Chen started the access review 'Q4 access review', freezing 412 accounts",
  ],
  [
    'access_review.decided',
    {
      campaign: 'Q4 access review',
      system: 'Okta',
      account: 'bob@acme.test',
      decision: 'revoke',
      reason: 'left',
    },
    'Olivia Chen decided to revoke bob@acme.test in Okta',
  ],
  [
    'access_review.bulk_kept',
    { campaign: 'Q4 access review', kept: 380 },
    "Olivia Chen kept 380 unflagged accounts in the access review 'Q4 access review'",
  ],
  [
    'access_review.closed',
    { name: 'Q4 access review', accounts: 412, nextDueDate: '2027-03-31' },
    "Olivia Chen closed the access review 'Q4 access review' and kept its report",
  ],
  [
    'access_review.list_uploaded',
    { system: 'HubSpot', fileName: 'hubspot-users.csv', accounts: 27 },
    'Olivia Chen uploaded the user list of HubSpot (27 accounts)',
  ],
  [
    'access_review.remediation_checked',
    { campaign: 'Q4 access review', verified: ['bob@acme.test'], overdue: [] },
    "Olivia Chen found 1 revocation carried out and 0 revocations overdue in the access review 'Q4 access review'",
  ],
  [
    'change.justified',
    {
      change: 'acme/api #1348',
      deviations: 'merged without an approval',
      approver: 'Grace Hopper',
      reason: 'Hotfix for the outage',
    },
    'Olivia Chen justified the change acme/api #1348 (merged without an approval), approved after the fact by Grace Hopper',
  ],
  [
    'incident.created',
    { title: 'Leaked key', severity: 'high', source: 'internal', significant: true },
    "Olivia Chen recorded the incident 'Leaked key', marked significant",
  ],
  [
    'incident.updated',
    { incident: 'Leaked key', severity: { from: 'high', to: 'critical' } },
    "Olivia Chen changed the severity of the incident 'Leaked key' from High to Critical",
  ],
  [
    'incident.status_changed',
    { incident: 'Leaked key', status: { from: 'new', to: 'triaged' } },
    "Olivia Chen moved 'Leaked key' to triaged",
  ],
  [
    'incident.timeline_added',
    { incident: 'Leaked key', at: '2026-06-01T10:00:00.000Z', text: 'Key revoked' },
    "Olivia Chen added an entry to the timeline of the incident 'Leaked key'",
  ],
  [
    'incident.follow_up_added',
    {
      incident: 'Leaked key',
      followUp: 'Rotate keys',
      owner: 'Sam Patel',
      dueDate: '2026-07-01',
      id: SAM_ID,
    },
    "Olivia Chen asked Sam Patel to 'Rotate keys' by 2026-07-01 after the incident 'Leaked key'",
  ],
  [
    'incident.follow_up_done',
    { incident: 'Leaked key', followUp: 'Rotate keys' },
    "Olivia Chen marked the follow-up 'Rotate keys' of the incident 'Leaked key' done",
  ],
  [
    'incident.risks_linked',
    { incident: 'Leaked key', linked: 'Credential theft, Phishing', unlinked: 'Ransomware' },
    "Olivia Chen linked the risks Credential theft, Phishing to the incident 'Leaked key' and unlinked the risks Ransomware from it",
  ],
  [
    'incident.empty_period_attested',
    { from: '2026-01-01', to: '2026-03-31' },
    'Olivia Chen attested that no incident happened between 2026-01-01 and 2026-03-31',
  ],
  [
    'risk_matrix.updated',
    { preset: '4x4', size: '4×4', levels: 'Low, Medium, High, Critical' },
    'Olivia Chen set the risk matrix to 4×4 with the levels Low, Medium, High, Critical',
  ],
  [
    'risk.created',
    {
      title: 'Stolen staff credentials',
      category: 'security',
      fromLibrary: 'Stolen staff credentials',
      controls: 2,
    },
    "Olivia Chen added the risk 'Stolen staff credentials' from the library",
  ],
  [
    'risk.updated',
    {
      title: 'Ransomware',
      currentImpact: { from: 5, to: 3 },
      controls: 'BCP-05, OPS-06',
      owner: { from: 'Unassigned', to: 'Sam Patel' },
    },
    "Olivia Chen changed the current impact, mitigating controls and owner of the risk 'Ransomware'",
  ],
  [
    'risk.accepted',
    {
      title: 'Key person dependency',
      owner: 'Sam Patel',
      justification: 'Hiring planned in Q3',
      expiresOn: '2027-06-30',
    },
    "Olivia Chen accepted the risk 'Key person dependency' until 2027-06-30: Hiring planned in Q3",
  ],
  [
    'risk.acceptance_expired',
    { title: 'Key person dependency', expiredOn: '2027-06-30' },
    "Olivia Chen reopened the risk 'Key person dependency': its acceptance expired on 2027-06-30",
  ],
  [
    'readiness.snapshot_taken',
    { takenOn: '2026-03-01', score: 87.5, gaps: 4, contentSha256: 'ab' },
    'Olivia Chen took the readiness assessment of 2026-03-01: 87.5% ready with 4 gaps',
  ],
  [
    'risk_assessment.taken',
    { assessedOn: '2026-12-01', risks: 12, contentSha256: 'ab' },
    'Olivia Chen took the risk assessment of 2026-12-01 covering 12 risks',
  ],
  [
    'risk_assessment.approved',
    { assessedOn: '2026-12-01', takenBy: 'Sam Patel', contentSha256: 'ab', requestsClosed: 1 },
    'Olivia Chen approved the risk assessment of 2026-12-01 taken by Sam Patel',
  ],
  [
    'risk_reassessment.requested',
    { reason: 'The categories in scope changed' },
    'Olivia Chen asked for the risks to be reassessed: The categories in scope changed',
  ],
  [
    'audit_request.opened',
    { reference: 'PBC-01', description: 'Onboarding tickets', source: 'imported' },
    "Olivia Chen opened the audit request 'PBC-01'",
  ],
  [
    'audit_request.list_imported',
    { fileName: 'requests.xlsx', requests: 12 },
    "Olivia Chen imported the auditor's request list 'requests.xlsx' with 12 requests",
  ],
  [
    'audit_request.list_generated',
    { requests: 3 },
    'Olivia Chen opened 3 audit requests, one per control without one',
  ],
  [
    'audit_request.updated',
    { reference: 'PBC-01', dueDate: { from: null, to: '2026-12-01' } },
    "Olivia Chen changed the due date of the audit request 'PBC-01' from — to 2026-12-01",
  ],
  [
    'audit_request.evidence_linked',
    { reference: 'PBC-01', title: 'Onboarding tickets Q3' },
    "Olivia Chen gave the evidence 'Onboarding tickets Q3' for the audit request 'PBC-01'",
  ],
  [
    'audit_request.submitted',
    { reference: 'PBC-01', resubmitted: true, withEvidence: true },
    "Olivia Chen resubmitted the audit request 'PBC-01' to the auditor",
  ],
  ['audit_request.accepted', { reference: 'PBC-01' }, "Olivia Chen accepted the audit request 'PBC-01'"],
  [
    'audit_request.flagged',
    { reference: 'PBC-01', reason: 'The tickets do not show approval' },
    "Olivia Chen flagged the audit request 'PBC-01': The tickets do not show approval",
  ],
  [
    'audit_request.commented',
    { reference: 'PBC-01', body: 'Uploaded' },
    "Olivia Chen commented on the audit request 'PBC-01'",
  ],
  [
    'trust.settings_saved',
    { enabled: true, slug: 'acme' },
    'Olivia Chen saved the trust page settings; the page is public at /trust/acme',
  ],
  [
    'trust.public_summary_published',
    { published: true },
    'Olivia Chen published the SOC 3 summary on the trust page',
  ],
  ['trust.nda_published', { version: 2 }, 'Olivia Chen published version 2 of the trust page NDA'],
  [
    'trust.document_added',
    { title: 'SOC 2 report', visibility: 'on_request' },
    "Olivia Chen added the document 'SOC 2 report' to the trust page (on request)",
  ],
  [
    'trust.document_version_added',
    { title: 'SOC 2 report', version: 2 },
    "Olivia Chen uploaded version 2 of the trust page document 'SOC 2 report'",
  ],
  [
    'trust.document_updated',
    { title: 'Pen test', visibility: { from: 'public', to: 'private' } },
    "Olivia Chen changed the trust page document 'Pen test', now private",
  ],
  [
    'trust.access_requested',
    { name: 'Pia Buyer', company: 'Prospect', ndaVersion: 1, autoApproved: false },
    'Pia Buyer of Prospect asked for the trust page documents and accepted NDA version 1',
  ],
  [
    'trust.request_approved',
    { name: 'Pia Buyer', company: 'Prospect' },
    'Olivia Chen approved the request of Pia Buyer of Prospect',
  ],
  [
    'trust.request_rejected',
    { name: 'Pia Buyer', company: 'Prospect' },
    'Olivia Chen declined the request of Pia Buyer of Prospect',
  ],
  [
    'trust.grant_revoked',
    { name: 'Pia Buyer', company: 'Prospect' },
    'Olivia Chen revoked the document access of Pia Buyer of Prospect',
  ],
];

describe('audit sentences', () => {
  it.each(CASES)('%s reads as a sentence with names', (action, changes, sentence, extra) => {
    expect(say(action, changes, extra)).toBe(sentence);
  });

  it('covers every action it words, and each sentence is free of ids and codes', () => {
    expect(CASES.map(([a]) => a).sort()).toEqual(Object.keys(AUDIT_ACTIONS).sort());
    for (const [action, changes, , extra] of CASES) {
      const text = say(action, changes, extra);
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      expect(text).not.toContain(action);
    }
  });

  it('says which fields changed when several did, and only names a long text that was edited', () => {
    const changes = {
      code: 'AC-02',
      ownerId: { from: null, to: SAM_ID },
      status: { from: 'not_started', to: 'implemented' },
    };
    expect(say('control.updated', changes)).toBe('Olivia Chen changed the owner and status of AC-02');
    expect(say('control.updated', { code: 'AC-02', notes: { from: 'a', to: 'b' } })).toBe(
      'Olivia Chen edited the notes of AC-02',
    );
  });

  it('words evidence Vigil kept itself without naming a person', () => {
    expect(say('evidence.added', { kind: 'collection', title: 'AWS snapshot', controls: [] })).toBe(
      "Vigil kept 'AWS snapshot' as evidence",
    );
  });

  it('falls back to the words of the code for an action it does not know', () => {
    expect(say('widget.polished', {})).toBe('Olivia Chen: widget polished');
  });

  it('groups every action for the filter', () => {
    const grouped = auditActionGroups().flatMap((g) => g.items.map((i) => i.value));
    expect(grouped.sort()).toEqual(Object.keys(AUDIT_ACTIONS).sort());
  });
});

describe('recorded values as text', () => {
  it('shows changes as old → new with names and labels', () => {
    expect(auditDetailLines({ ownerId: { from: null, to: SAM_ID } }, ids)).toEqual([
      { label: 'Owner', value: '— → Sam Patel' },
    ]);
    expect(valueText('status', { from: 'not_started', to: 'implemented' })).toBe('Not started → Implemented');
  });

  it('flattens nested records and formats sizes, times, yes/no and schedules', () => {
    expect(
      auditDetailLines({
        spec: { name: 'Tagged', severity: 'high' },
        size: 2048,
        expiresAt: '2026-12-13T10:00:00.000Z',
        enabled: false,
        scheduleMinutes: null,
        controls: [],
      }),
    ).toEqual([
      { label: 'Check › Name', value: 'Tagged' },
      { label: 'Check › Severity', value: 'High' },
      { label: 'Size', value: '2.0 KB' },
      { label: 'Expires', value: '2026-12-13 10:00 UTC' },
      { label: 'Enabled', value: 'No' },
      { label: 'Schedule', value: 'Only on upload or on demand' },
      { label: 'Controls', value: 'none' },
    ]);
  });

  it('shows a thing recorded twice, by reference and by id, once', () => {
    const controlId = '0b9d7c1e-2f3a-4b5c-8d6e-7f8091a2b3c4';
    const lines = auditDetailLines(
      { controls: ['AC-04'], controlIds: [controlId] },
      { [controlId]: 'AC-04' },
    );
    expect(lines).toEqual([{ label: 'Controls', value: 'AC-04' }]);
  });

  it('labels fields it has no word for from their code', () => {
    expect(fieldLabel('naJustification')).toBe('Why it does not apply');
    expect(fieldLabel('lastRunAt')).toBe('Last run at');
  });
});
