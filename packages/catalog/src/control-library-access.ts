import type { ControlTemplate } from './schemas.ts';

/** Logical and physical access control (AC) templates. */
export const ACCESS_TEMPLATES: ControlTemplate[] = [
  {
    id: 'AC-01',
    title: 'Single sign-on for workforce applications',
    description:
      'Staff sign in to in-scope business and engineering applications through the central identity provider ' +
      'so accounts can be granted and revoked in one place.',
    ownerRole: 'it',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Identity provider application list showing SSO enforcement for in-scope systems'],
    criteria: ['CC6.1', 'CC6.2'],
  },
  {
    id: 'AC-02',
    title: 'Multi-factor authentication',
    description:
      'A second factor is required for the identity provider, cloud consoles, source control and any remote ' +
      'access to production.',
    ownerRole: 'it',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'Identity provider MFA policy settings',
      'User list showing MFA enrolment status for all accounts',
    ],
    criteria: ['CC6.1', 'CC6.6'],
  },
  {
    id: 'AC-03',
    title: 'Access provisioning by approved request',
    description:
      'New or changed access to in-scope systems is granted only after a ticketed request approved by the ' +
      'system owner or manager.',
    ownerRole: 'it',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'Access request tickets with approvals for sampled grants',
      'Population of access grants',
    ],
    criteria: ['CC6.2', 'CC6.3'],
  },
  {
    id: 'AC-04',
    title: 'Role-based least privilege',
    description:
      'Permissions are assigned through defined roles that give each job only the access it needs, and ' +
      'incompatible duties are kept in separate roles.',
    ownerRole: 'security',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Role and permission matrix for production systems', 'Group membership export'],
    criteria: ['CC6.3', 'CC5.1'],
  },
  {
    id: 'AC-05',
    title: 'Quarterly user access review',
    description:
      'Every quarter, system owners review who has access to each in-scope system and confirm or remove it, ' +
      'with changes tracked to completion.',
    ownerRole: 'security',
    frequency: 'quarterly',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: [
      'Signed-off access review for each in-scope system',
      'Tickets for access removed as a result of the review',
    ],
    criteria: ['CC6.2', 'CC6.3', 'CC4.1'],
  },
  {
    id: 'AC-06',
    title: 'Access revoked within 24 hours of termination',
    description:
      'When employment or a contract ends, all system access is disabled within 24 hours, starting with the ' +
      'identity provider account.',
    ownerRole: 'it',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'List of leavers with termination dates from the HR system',
      'Identity provider deactivation timestamps for sampled leavers',
    ],
    criteria: ['CC6.2', 'CC6.3'],
  },
  {
    id: 'AC-07',
    title: 'Access adjusted on role change',
    description:
      'When someone moves to a new role, access that the new role does not need is removed and new access is ' +
      'requested through the normal approval path.',
    ownerRole: 'it',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Transfer tickets showing removed and added access for sampled role changes'],
    criteria: ['CC6.3'],
  },
  {
    id: 'AC-08',
    title: 'Privileged access restricted',
    description:
      'Administrative access to production infrastructure and databases is limited to a small approved ' +
      'group, uses separate or just-in-time credentials, and is logged.',
    ownerRole: 'security',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'List of users holding administrative roles in the cloud account',
      'Configuration of just-in-time or break-glass access',
    ],
    criteria: ['CC6.1', 'CC6.3'],
  },
  {
    id: 'AC-09',
    title: 'Monthly privileged access review',
    description:
      'Holders of administrative and production access are reviewed monthly, and unused or unjustified ' +
      'privileges are removed.',
    ownerRole: 'security',
    frequency: 'monthly',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Monthly privileged access review sign-off', 'Tickets for privileges removed'],
    criteria: ['CC6.3', 'CC6.2'],
  },
  {
    id: 'AC-10',
    title: 'Password and session policy',
    description:
      'The identity provider and customer-facing application enforce minimum password length, breached ' +
      'password checks, lockout after failed attempts and session timeouts.',
    ownerRole: 'it',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'Identity provider password policy settings',
      'Application authentication configuration',
    ],
    criteria: ['CC6.1'],
  },
  {
    id: 'AC-11',
    title: 'Unique accounts and owned service accounts',
    description:
      'Every person uses an individual account; shared and service accounts are inventoried, each with a ' +
      'named owner, and reviewed quarterly.',
    ownerRole: 'it',
    frequency: 'quarterly',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Service account inventory with owners and last review date'],
    criteria: ['CC6.1', 'CC6.2'],
  },
  {
    id: 'AC-12',
    title: 'Secrets management',
    description:
      'Application secrets and infrastructure credentials live in a managed secrets store rather than in ' +
      'code, with restricted access and rotation after exposure or staff departure.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Secrets manager access policy', 'Secret-scanning results for source repositories'],
    criteria: ['CC6.1'],
  },
  {
    id: 'AC-13',
    title: 'Encryption key management',
    description:
      'Encryption keys are held in a managed key service, access to them is restricted, and rotation follows ' +
      'a defined schedule.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'Key management service configuration showing rotation',
      'Key policy restricting use',
    ],
    criteria: ['CC6.1'],
  },
  {
    id: 'AC-14',
    title: 'Secure remote access to production',
    description:
      'Engineers reach production only through an authenticated access gateway or bastion; direct public ' +
      'access to management ports is blocked.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'Access gateway configuration',
      'Security group rules showing no public management ports',
    ],
    criteria: ['CC6.1', 'CC6.6'],
  },
  {
    id: 'AC-15',
    title: 'Customer application access controls',
    description:
      'The product offers customers role-based permissions, optional MFA or SSO, and an audit trail of user ' +
      'actions so they can manage their own users.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Product documentation of roles and MFA', 'Screenshot of customer audit log'],
    criteria: ['CC6.1', 'CC6.3', 'CC2.3'],
  },
  {
    id: 'AC-16',
    title: 'Office badge access',
    description:
      'Entry to offices requires an individual badge issued on manager approval, and badges are disabled on ' +
      'the day a person leaves.',
    ownerRole: 'operations',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Badge issuance approvals', 'Badge system export showing deactivation for leavers'],
    criteria: ['CC6.4'],
  },
  {
    id: 'AC-17',
    title: 'Physical access review and visitor log',
    description:
      'The list of active office badges is reviewed quarterly, and visitors sign in and are escorted in ' +
      'non-public areas.',
    ownerRole: 'operations',
    frequency: 'quarterly',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Quarterly badge list review sign-off', 'Visitor log extract'],
    criteria: ['CC6.4'],
  },
  {
    id: 'AC-18',
    title: 'Data centre security inherited from cloud provider',
    description:
      'Physical and environmental protection of production hardware is provided by the cloud provider, whose ' +
      'SOC report is reviewed each year to confirm those controls operated.',
    ownerRole: 'compliance_owner',
    frequency: 'annual',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: [
      'Cloud provider SOC 2 report for the period',
      'Review notes covering physical and environmental controls',
    ],
    criteria: ['CC6.4', 'A1.2', 'CC9.2'],
  },
];
