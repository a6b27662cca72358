import type { ControlTemplate } from './schemas.ts';

/** Privacy (PRIV) control templates, relevant when the privacy category is in scope. */
export const PRIVACY_TEMPLATES: ControlTemplate[] = [
  {
    id: 'PRIV-01',
    title: 'Published privacy notice',
    description:
      'A privacy notice explaining what personal information is collected, why, how long it is kept, who ' +
      'receives it and how to exercise rights is published and reviewed yearly.',
    ownerRole: 'privacy_officer',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Current privacy notice with last-reviewed date', 'Annual review record'],
    criteria: ['P1.1', 'CC2.3'],
  },
  {
    id: 'PRIV-02',
    title: 'Notice of privacy changes',
    description:
      'Material changes to the privacy notice are announced to users before they take effect, and new uses ' +
      'of data wait until notice has been given.',
    ownerRole: 'privacy_officer',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Change notification email or in-app message', 'Privacy notice version history'],
    criteria: ['P1.1', 'P2.1'],
  },
  {
    id: 'PRIV-03',
    title: 'Consent capture and records',
    description:
      'Where consent is needed, the product asks for it with a clear explanation, including what happens if ' +
      'the user declines, and stores a timestamped record of the choice.',
    ownerRole: 'engineering',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'Screenshot of the consent prompt',
      'Sample consent records with timestamps and versions',
    ],
    criteria: ['P2.1', 'P3.2'],
  },
  {
    id: 'PRIV-04',
    title: 'Consent withdrawal and preferences',
    description:
      'Users can change their choices or withdraw consent at any time through settings or unsubscribe links, ' +
      'and the change takes effect promptly.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Screenshot of preference settings', 'Test showing opt-out is honoured'],
    criteria: ['P2.1'],
  },
  {
    id: 'PRIV-05',
    title: 'Data minimisation review',
    description:
      'Each year the fields of personal information collected are compared with stated purposes, and anything ' +
      'not needed is dropped from collection.',
    ownerRole: 'privacy_officer',
    frequency: 'annual',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Data minimisation review record', 'Tickets removing unnecessary fields'],
    criteria: ['P3.1', 'P4.1'],
  },
  {
    id: 'PRIV-06',
    title: 'Vetting third-party data sources',
    description:
      'Personal information bought or received from third parties is accepted only after confirming the ' +
      'source collected it lawfully and permits the intended use.',
    ownerRole: 'privacy_officer',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Source assessment records', 'Contract terms covering lawful collection'],
    criteria: ['P3.1'],
  },
  {
    id: 'PRIV-07',
    title: 'Record of processing activities',
    description:
      'An inventory lists each category of personal information, its purpose, legal basis, systems, ' +
      'recipients and retention, and is reviewed yearly.',
    ownerRole: 'privacy_officer',
    frequency: 'annual',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Record of processing activities with review date'],
    criteria: ['P6.7', 'P4.1', 'P3.1'],
  },
  {
    id: 'PRIV-08',
    title: 'Privacy review of new uses',
    description:
      'New features or purposes involving personal information undergo a privacy impact assessment that ' +
      'checks them against the notice and consent before launch.',
    ownerRole: 'privacy_officer',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Completed privacy impact assessments for new features in the period'],
    criteria: ['P4.1', 'P2.1', 'CC3.4'],
  },
  {
    id: 'PRIV-09',
    title: 'Data subject access requests',
    description:
      'Requests to see or export personal information are logged, the requester’s identity is verified, and ' +
      'a response is given within the legal deadline, with reasons if refused.',
    ownerRole: 'privacy_officer',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: true,
    suggestedEvidence: ['Request log with received and completed dates', 'Identity verification procedure'],
    criteria: ['P5.1', 'P6.7'],
  },
  {
    id: 'PRIV-10',
    title: 'Correction requests',
    description:
      'Requests to correct personal information are handled within deadline, corrections are passed on to ' +
      'recipients of the data, and refusals are explained.',
    ownerRole: 'privacy_officer',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: false,
    suggestedEvidence: ['Correction request log', 'Evidence corrections were forwarded to third parties'],
    criteria: ['P5.2', 'P7.1'],
  },
  {
    id: 'PRIV-11',
    title: 'Deletion requests',
    description:
      'Requests to erase personal information are verified, tracked and completed across production systems ' +
      'and vendors within the legal deadline.',
    ownerRole: 'privacy_officer',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: true,
    suggestedEvidence: ['Deletion request log with completion dates', 'Confirmation sent to each requester'],
    criteria: ['P4.3'],
  },
  {
    id: 'PRIV-12',
    title: 'Approval of third-party disclosures',
    description:
      'Personal information is disclosed to a new third party only after the privacy officer confirms the ' +
      'disclosure is covered by notice and consent and the recipient is bound by privacy terms.',
    ownerRole: 'privacy_officer',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Disclosure approval records', 'Published list of subprocessors'],
    criteria: ['P6.1', 'P6.4'],
  },
  {
    id: 'PRIV-13',
    title: 'Disclosure log',
    description:
      'Authorised disclosures of personal information, including responses to legal requests, are logged ' +
      'with recipient, data, date and reason.',
    ownerRole: 'privacy_officer',
    frequency: 'per_event',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Disclosure log for the period'],
    criteria: ['P6.2', 'P6.7'],
  },
  {
    id: 'PRIV-14',
    title: 'Unauthorised disclosure register',
    description:
      'Every detected or reported unauthorised disclosure of personal information, including breaches, is ' +
      'recorded with its scope, affected people and handling.',
    ownerRole: 'privacy_officer',
    frequency: 'per_event',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Breach and unauthorised disclosure register'],
    criteria: ['P6.3'],
  },
  {
    id: 'PRIV-15',
    title: 'Breach notification to individuals',
    description:
      'When a breach affects personal information, affected individuals and authorities are notified within ' +
      'legal deadlines with what happened and what they can do.',
    ownerRole: 'privacy_officer',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: false,
    suggestedEvidence: ['Breach notification procedure and templates', 'Copies of notices sent'],
    criteria: ['P6.6'],
  },
  {
    id: 'PRIV-16',
    title: 'Privacy training',
    description:
      'Staff who handle personal information complete privacy training at hire and annually, covering ' +
      'purpose limits, requests and breach reporting.',
    ownerRole: 'privacy_officer',
    frequency: 'annual',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Privacy training completion report'],
    criteria: ['CC2.2', 'CC1.4', 'P4.1'],
  },
  {
    id: 'PRIV-17',
    title: 'Self-service data updates',
    description:
      'Users can view and update their own profile information, and inputs are validated to keep personal ' +
      'information accurate and complete.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Screenshot of profile editing', 'Validation rules for personal data fields'],
    criteria: ['P7.1', 'P5.2'],
  },
  {
    id: 'PRIV-18',
    title: 'Privacy complaints handling',
    description:
      'A published contact receives privacy questions and complaints, each is logged and answered within a ' +
      'target time, and unresolved disputes are escalated.',
    ownerRole: 'privacy_officer',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: false,
    suggestedEvidence: ['Complaint log with resolution dates', 'Published privacy contact details'],
    criteria: ['P8.1'],
  },
  {
    id: 'PRIV-19',
    title: 'Annual privacy compliance review',
    description:
      'Once a year, privacy practices are reviewed against the notice, commitments and applicable law, and ' +
      'gaps are reported to management and fixed.',
    ownerRole: 'privacy_officer',
    frequency: 'annual',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Privacy compliance review report', 'Remediation plan for gaps found'],
    criteria: ['P8.1', 'CC4.1'],
  },
];
