import type { ControlTemplate } from './schemas.ts';

/** Human resources (HR) and vendor management (VEN) control templates. */
export const PEOPLE_TEMPLATES: ControlTemplate[] = [
  {
    id: 'HR-01',
    title: 'Background checks',
    description:
      'New employees and contractors with system access pass a background check appropriate to their role ' +
      'and local law before they start.',
    ownerRole: 'hr',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'Background check completion report for each sampled hire',
      'List of hires for the period',
    ],
    criteria: ['CC1.4'],
  },
  {
    id: 'HR-02',
    title: 'Job descriptions',
    description:
      'Each role has a written description of its responsibilities and required skills, including any ' +
      'security duties.',
    ownerRole: 'hr',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Job descriptions for sampled roles, including security responsibilities'],
    criteria: ['CC1.3', 'CC1.4'],
  },
  {
    id: 'HR-03',
    title: 'Onboarding checklist',
    description:
      'New starters complete a checklist covering contract signature, policy acceptance, security training ' +
      'and role-based access requests within their first 30 days.',
    ownerRole: 'hr',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Completed onboarding checklist for each sampled hire'],
    criteria: ['CC1.4', 'CC2.2'],
  },
  {
    id: 'HR-04',
    title: 'Security awareness training',
    description:
      'Everyone with system access completes security awareness training when they join and again every ' +
      'year, covering phishing, data handling and incident reporting.',
    ownerRole: 'security',
    frequency: 'annual',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'Training completion report with dates for all staff',
      'Copy or outline of the training content',
    ],
    criteria: ['CC1.4', 'CC2.2'],
  },
  {
    id: 'HR-05',
    title: 'Policy acknowledgement',
    description:
      'Staff and contractors confirm they have read and accept the security policies and code of conduct at ' +
      'hire and again each year.',
    ownerRole: 'compliance_owner',
    frequency: 'annual',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Policy acceptance records with names, policy versions and dates'],
    criteria: ['CC1.1', 'CC2.2', 'CC5.3'],
  },
  {
    id: 'HR-06',
    title: 'Performance reviews',
    description:
      'Managers formally review each employee’s performance, including adherence to security and conduct ' +
      'expectations, at least once a year.',
    ownerRole: 'hr',
    frequency: 'annual',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Completion report of the latest review cycle', 'Sample of completed review forms'],
    criteria: ['CC1.5', 'CC1.4'],
  },
  {
    id: 'HR-07',
    title: 'Disciplinary process',
    description:
      'A documented sanctions process is applied when staff breach policies or the code of conduct, ' +
      'proportionate to the severity of the breach.',
    ownerRole: 'hr',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: false,
    suggestedEvidence: ['Disciplinary policy', 'Log of policy violations and actions taken (redacted)'],
    criteria: ['CC1.5', 'CC1.1'],
  },
  {
    id: 'HR-08',
    title: 'Offboarding checklist',
    description:
      'When someone leaves, a checklist covers the return of devices and badges, removal of access and a ' +
      'reminder of continuing confidentiality obligations.',
    ownerRole: 'hr',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'Completed offboarding checklist for each sampled leaver',
      'List of leavers for the period',
    ],
    criteria: ['CC6.2', 'CC6.4'],
  },
  {
    id: 'HR-09',
    title: 'Confidentiality agreements',
    description:
      'Employees and contractors sign a confidentiality agreement before they are given access to systems ' +
      'or confidential information.',
    ownerRole: 'legal',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Signed confidentiality agreement for each sampled hire or contractor'],
    criteria: ['CC1.1', 'C1.1'],
  },
  {
    id: 'HR-10',
    title: 'Role-specific security training',
    description:
      'Engineers complete secure development training each year, and other roles with elevated access receive ' +
      'training matched to their risks.',
    ownerRole: 'engineering',
    frequency: 'annual',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Completion records for secure coding training', 'Training syllabus'],
    criteria: ['CC1.4'],
  },
  {
    id: 'HR-11',
    title: 'Succession planning',
    description:
      'Backups are identified for roles critical to operations and internal control, and key knowledge is ' +
      'documented so absences do not halt controls.',
    ownerRole: 'leadership',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Succession plan listing critical roles and their designated backups'],
    criteria: ['CC1.4'],
  },
  {
    id: 'HR-12',
    title: 'Contractor security terms',
    description:
      'Agreements with individual contractors and staffing agencies require them to follow the same security ' +
      'policies and conduct standards as employees.',
    ownerRole: 'legal',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: [
      'Contractor agreement template with security clauses',
      'Signed agreements for samples',
    ],
    criteria: ['CC1.1', 'CC1.3'],
  },
  {
    id: 'VEN-01',
    title: 'Vendor inventory',
    description:
      'All vendors that touch the system or its data are listed with their service, data access, criticality ' +
      'and an internal owner, and the list is reviewed quarterly.',
    ownerRole: 'compliance_owner',
    frequency: 'quarterly',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Vendor register export with criticality, data access and owner'],
    criteria: ['CC9.2', 'CC1.3'],
  },
  {
    id: 'VEN-02',
    title: 'Vendor due diligence at onboarding',
    description:
      'Before a new vendor gets access to systems or data, its security posture is assessed through a ' +
      'questionnaire or its assurance reports and the result is approved.',
    ownerRole: 'security',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: [
      'Completed vendor security assessment',
      'Approval record for each new vendor sampled',
    ],
    criteria: ['CC9.2', 'CC3.2'],
  },
  {
    id: 'VEN-03',
    title: 'Annual review of critical vendors',
    description:
      'Each year the latest SOC report or equivalent for every critical vendor is reviewed for scope, ' +
      'exceptions and the customer controls it expects, which are mapped to internal controls.',
    ownerRole: 'compliance_owner',
    frequency: 'annual',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: [
      'Vendor SOC report review notes covering exceptions and bridge letters',
      'Mapping of vendor-expected customer controls to internal controls',
    ],
    criteria: ['CC9.2', 'CC4.1'],
  },
  {
    id: 'VEN-04',
    title: 'Vendor contract security terms',
    description:
      'Contracts with vendors that handle confidential or personal data include security, confidentiality, ' +
      'breach notification and data return or deletion clauses.',
    ownerRole: 'legal',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Signed contract or data processing agreement for each sampled vendor'],
    criteria: ['CC9.2', 'C1.1', 'P6.4', 'P6.5'],
  },
  {
    id: 'VEN-05',
    title: 'Vendor offboarding',
    description:
      'When a vendor relationship ends, its access is removed and deletion or return of data is confirmed ' +
      'in writing.',
    ownerRole: 'it',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: false,
    suggestedEvidence: ['Vendor offboarding ticket', 'Written confirmation of data deletion from the vendor'],
    criteria: ['CC9.2', 'C1.2', 'CC6.2'],
  },
  {
    id: 'VEN-06',
    title: 'Subprocessor privacy compliance review',
    description:
      'Vendors processing personal information are checked each year against their privacy commitments, ' +
      'and any misuse found is remediated or the vendor replaced.',
    ownerRole: 'privacy_officer',
    frequency: 'annual',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Annual subprocessor review record', 'Remediation tickets for issues found'],
    criteria: ['P6.4'],
  },
  {
    id: 'VEN-07',
    title: 'Vendor incident intake',
    description:
      'Notices of security or privacy incidents received from vendors are logged and handled through the ' +
      'incident response process until resolved.',
    ownerRole: 'security',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: false,
    suggestedEvidence: [
      'Incident tickets opened from vendor notifications',
      'Vendor notification correspondence',
    ],
    criteria: ['P6.5', 'CC7.3'],
  },
];
