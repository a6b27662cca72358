import type { ControlTemplate } from './schemas.ts';

/** Governance (GOV) and risk management (RISK) control templates. */
export const GOVERNANCE_TEMPLATES: ControlTemplate[] = [
  {
    id: 'GOV-01',
    title: 'Code of conduct',
    description:
      'A code of conduct describing expected ethical behaviour is approved by leadership, reviewed every ' +
      'year and made available to all staff and contractors.',
    ownerRole: 'leadership',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: [
      'Current code of conduct with approval date',
      'Version history showing the annual review',
    ],
    criteria: ['CC1.1'],
  },
  {
    id: 'GOV-02',
    title: 'Board oversight of security',
    description:
      'The board or an oversight body independent of day-to-day management meets at least quarterly and ' +
      'reviews security posture, risks, incidents and audit results.',
    ownerRole: 'leadership',
    frequency: 'quarterly',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: [
      'Meeting minutes showing security and compliance agenda items',
      'Security report or slides presented to the board',
    ],
    criteria: ['CC1.2', 'CC2.2', 'CC4.2'],
  },
  {
    id: 'GOV-03',
    title: 'Oversight charter and independence',
    description:
      'A charter sets out the oversight body’s responsibilities for internal control, and its membership is ' +
      'reviewed each year for independence and relevant expertise, including security.',
    ownerRole: 'leadership',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: [
      'Board or advisory charter',
      'Member list noting independence and areas of expertise',
    ],
    criteria: ['CC1.2'],
  },
  {
    id: 'GOV-04',
    title: 'Organisation chart',
    description:
      'An organisation chart showing reporting lines is kept current and reviewed at least annually by ' +
      'management.',
    ownerRole: 'hr',
    frequency: 'annual',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Organisation chart export from the HR system with its review date'],
    criteria: ['CC1.3'],
  },
  {
    id: 'GOV-05',
    title: 'Security and privacy roles assigned',
    description:
      'Named people are accountable for the security programme, privacy and compliance, and their ' +
      'responsibilities are written down in policy or job descriptions.',
    ownerRole: 'leadership',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: [
      'Information security policy section naming role owners',
      'Job descriptions for the security and compliance leads',
    ],
    criteria: ['CC1.3', 'CC5.3'],
  },
  {
    id: 'GOV-06',
    title: 'Annual policy review and approval',
    description:
      'The information security policy set is reviewed, updated where needed and approved by management ' +
      'every year, then published where staff can find it.',
    ownerRole: 'compliance_owner',
    frequency: 'annual',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'Policy list with owner, version and approval date',
      'Approval record signed by management for the current year',
    ],
    criteria: ['CC5.1', 'CC5.3', 'CC2.2'],
  },
  {
    id: 'GOV-07',
    title: 'Policy exception handling',
    description:
      'Requests to deviate from a policy are documented with a business reason, risk-assessed, approved by ' +
      'the policy owner and given an expiry date.',
    ownerRole: 'compliance_owner',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: false,
    suggestedEvidence: ['Exception register with approver, rationale and expiry for each entry'],
    criteria: ['CC5.3', 'CC3.2'],
  },
  {
    id: 'GOV-08',
    title: 'Confidential reporting channel',
    description:
      'Staff and contractors can report ethical concerns or suspected wrongdoing anonymously, outside the ' +
      'normal management chain, without fear of retaliation.',
    ownerRole: 'legal',
    frequency: 'continuous',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: [
      'Whistleblower policy describing the channel and non-retaliation',
      'Screenshot of the anonymous reporting form or hotline details',
    ],
    criteria: ['CC1.1', 'CC2.2'],
  },
  {
    id: 'GOV-09',
    title: 'Annual internal control assessment',
    description:
      'Once a year someone independent of the control owners tests a sample of controls and reports ' +
      'findings to management.',
    ownerRole: 'compliance_owner',
    frequency: 'annual',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Internal audit or self-assessment report', 'Management sign-off on the findings'],
    criteria: ['CC4.1', 'CC4.2'],
  },
  {
    id: 'GOV-10',
    title: 'Deficiency tracking',
    description:
      'Control failures and audit findings are logged with an owner and due date, and tracked to closure ' +
      'with escalation when they run late.',
    ownerRole: 'compliance_owner',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: true,
    suggestedEvidence: ['Findings register showing owner, due date and status', 'Closed remediation tickets'],
    criteria: ['CC4.2'],
  },
  {
    id: 'GOV-11',
    title: 'Control matrix maintained',
    description:
      'A matrix linking each risk and criterion to the controls that address it is kept up to date and ' +
      'reviewed each year so gaps are found.',
    ownerRole: 'compliance_owner',
    frequency: 'annual',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Control matrix export mapping controls to criteria and risks'],
    criteria: ['CC5.1', 'CC5.2'],
  },
  {
    id: 'GOV-12',
    title: 'System description maintained',
    description:
      'A description of the system’s services, boundaries, components and data flows is kept current and ' +
      'shared with staff and, on request, with customers.',
    ownerRole: 'compliance_owner',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Current system description with review date', 'Architecture and data flow diagrams'],
    criteria: ['CC2.1', 'CC2.2', 'CC2.3'],
  },
  {
    id: 'GOV-13',
    title: 'Customer commitments published',
    description:
      'Security, availability and confidentiality commitments and the customer’s own responsibilities are ' +
      'set out in the terms of service, service level agreement or a trust page.',
    ownerRole: 'legal',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: [
      'Terms of service and SLA showing security commitments',
      'Documented customer responsibilities (complementary user entity controls)',
    ],
    criteria: ['CC2.3'],
  },
  {
    id: 'GOV-14',
    title: 'External security contact',
    description:
      'Customers and researchers can report security issues through a published contact or disclosure ' +
      'policy, and reports are triaged promptly.',
    ownerRole: 'security',
    frequency: 'continuous',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: [
      'Published security.txt or vulnerability disclosure page',
      'Sample of triaged external reports',
    ],
    criteria: ['CC2.3', 'CC7.3'],
  },
  {
    id: 'GOV-15',
    title: 'Management compliance review',
    description:
      'Management meets quarterly to review control health, open findings, risk changes and upcoming audit ' +
      'work, and records the decisions taken.',
    ownerRole: 'compliance_owner',
    frequency: 'quarterly',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Quarterly meeting notes with actions', 'Control status dashboard snapshot'],
    criteria: ['CC2.2', 'CC4.1', 'CC4.2'],
  },
  {
    id: 'RISK-01',
    title: 'Annual risk assessment',
    description:
      'Every year the organisation identifies threats to its objectives and assets, rates likelihood and ' +
      'impact, and records each risk with an owner in a risk register approved by leadership.',
    ownerRole: 'compliance_owner',
    frequency: 'annual',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: [
      'Risk register with likelihood, impact, owner and treatment',
      'Leadership approval of the completed assessment',
    ],
    criteria: ['CC3.1', 'CC3.2', 'CC5.1'],
  },
  {
    id: 'RISK-02',
    title: 'Fraud risk assessment',
    description:
      'As part of the annual risk work, the organisation considers how fraud could occur, including misuse ' +
      'of access and manipulation of data, and what would prevent or reveal it.',
    ownerRole: 'compliance_owner',
    frequency: 'annual',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Fraud risk section of the risk assessment with scenarios and mitigating controls'],
    criteria: ['CC3.3'],
  },
  {
    id: 'RISK-03',
    title: 'Risk treatment plan',
    description:
      'Risks above the agreed tolerance get a treatment plan with actions, owners and target dates, and ' +
      'accepted risks are signed off by leadership.',
    ownerRole: 'compliance_owner',
    frequency: 'annual',
    kind: 'corrective',
    automatable: false,
    suggestedEvidence: ['Treatment plan with status of each action', 'Signed risk acceptances'],
    criteria: ['CC3.2', 'CC5.1', 'CC9.1'],
  },
  {
    id: 'RISK-04',
    title: 'Objectives and risk tolerance',
    description:
      'Leadership documents the security, availability and compliance objectives the programme supports, ' +
      'along with the level of risk it is willing to accept.',
    ownerRole: 'leadership',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Documented objectives and risk appetite statement approved by leadership'],
    criteria: ['CC3.1'],
  },
  {
    id: 'RISK-05',
    title: 'Legal and regulatory requirements register',
    description:
      'Laws, regulations and contractual obligations that apply to the service are listed with owners and ' +
      'reviewed each year.',
    ownerRole: 'legal',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Requirements register with review date'],
    criteria: ['CC3.1', 'CC2.3'],
  },
  {
    id: 'RISK-06',
    title: 'Significant change risk review',
    description:
      'Before major changes such as acquisitions, new products, new regions or new critical vendors, the ' +
      'effect on risks and controls is assessed and recorded.',
    ownerRole: 'compliance_owner',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Change risk assessment record for each significant change'],
    criteria: ['CC3.4'],
  },
  {
    id: 'RISK-07',
    title: 'Threat intelligence monitoring',
    description:
      'The security team follows advisories and threat feeds relevant to the technology stack and feeds ' +
      'new threats into the risk register and patching priorities.',
    ownerRole: 'security',
    frequency: 'continuous',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: [
      'Subscribed advisory sources',
      'Risk register entries or tickets raised from advisories',
    ],
    criteria: ['CC3.4', 'CC7.1'],
  },
  {
    id: 'RISK-08',
    title: 'Insurance coverage',
    description:
      'Cyber and general liability insurance is held at a level leadership considers adequate and is reviewed ' +
      'at each renewal.',
    ownerRole: 'leadership',
    frequency: 'annual',
    kind: 'corrective',
    automatable: false,
    suggestedEvidence: ['Current certificate of insurance showing cyber coverage'],
    criteria: ['CC9.1'],
  },
];
