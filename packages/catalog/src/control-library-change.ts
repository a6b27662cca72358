import type { ControlTemplate } from './schemas.ts';

/** Change management (CHG) and incident response (INC) control templates. */
export const CHANGE_AND_INCIDENT_TEMPLATES: ControlTemplate[] = [
  {
    id: 'CHG-01',
    title: 'Change management and SDLC policy',
    description:
      'A policy defines how changes to code, infrastructure and data are requested, built, reviewed, tested ' +
      'and released, and is reviewed yearly.',
    ownerRole: 'engineering',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Approved change management policy'],
    criteria: ['CC8.1', 'CC5.2', 'CC5.3'],
  },
  {
    id: 'CHG-02',
    title: 'Peer review before merge',
    description:
      'Branch protection requires at least one approving review from someone other than the author before ' +
      'code reaches the production branch.',
    ownerRole: 'engineering',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'Export of branch protection settings for production repositories',
      'Population of merged pull requests with reviewers',
    ],
    criteria: ['CC8.1', 'CC5.1'],
  },
  {
    id: 'CHG-03',
    title: 'Automated tests in CI',
    description:
      'Automated tests run on every change, and a change cannot be merged or deployed while required checks ' +
      'are failing.',
    ownerRole: 'engineering',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Required status checks configuration', 'CI run history for sampled changes'],
    criteria: ['CC8.1', 'PI1.3'],
  },
  {
    id: 'CHG-04',
    title: 'Separate environments',
    description:
      'Development, staging and production run in separate accounts or networks with separate credentials, ' +
      'and changes are tested before they reach production.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'Cloud account structure showing separate environments',
      'Deployment pipeline stages',
    ],
    criteria: ['CC8.1', 'CC5.1'],
  },
  {
    id: 'CHG-05',
    title: 'Deployments only through the pipeline',
    description:
      'Production deployments happen only through the automated pipeline, which logs who deployed what and ' +
      'when; direct changes by hand are not permitted.',
    ownerRole: 'engineering',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Deployment log for the period', 'Permissions showing only the pipeline can deploy'],
    criteria: ['CC8.1', 'CC6.8'],
  },
  {
    id: 'CHG-06',
    title: 'Emergency change procedure',
    description:
      'Urgent fixes may skip the normal approval path, but each one is documented, reviewed and approved ' +
      'retroactively within two business days.',
    ownerRole: 'engineering',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: false,
    suggestedEvidence: ['List of emergency changes', 'Retroactive review and approval for each one'],
    criteria: ['CC8.1'],
  },
  {
    id: 'CHG-07',
    title: 'Infrastructure changes as reviewed code',
    description:
      'Changes to cloud infrastructure are made through version-controlled code that follows the same review ' +
      'and approval rules as application code.',
    ownerRole: 'engineering',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'Infrastructure repository branch protection',
      'Sample reviewed infrastructure changes',
    ],
    criteria: ['CC8.1', 'CC7.1'],
  },
  {
    id: 'CHG-08',
    title: 'No production data outside production',
    description:
      'Customer data is not copied into development or test environments; test data is synthetic or ' +
      'irreversibly anonymised.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Test data policy', 'Description of the seed or anonymisation process'],
    criteria: ['CC8.1', 'C1.1', 'P4.1'],
  },
  {
    id: 'CHG-09',
    title: 'Approved production data changes',
    description:
      'Manual corrections to production data are requested through a ticket, approved, and run as a reviewed ' +
      'script with the result recorded.',
    ownerRole: 'engineering',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Data change tickets with approval and script output'],
    criteria: ['CC8.1', 'PI1.3'],
  },
  {
    id: 'CHG-10',
    title: 'Security review of significant changes',
    description:
      'Major features and architectural changes get a documented security and privacy design review before ' +
      'release.',
    ownerRole: 'security',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Design review records for significant changes in the period'],
    criteria: ['CC8.1', 'CC3.4', 'CC6.1'],
  },
  {
    id: 'INC-01',
    title: 'Incident response plan',
    description:
      'A written plan defines incident severities, roles, escalation, containment, communication and recovery ' +
      'steps, and is reviewed every year.',
    ownerRole: 'security',
    frequency: 'annual',
    kind: 'corrective',
    automatable: false,
    suggestedEvidence: ['Approved incident response plan with review date'],
    criteria: ['CC7.3', 'CC7.4', 'CC7.5'],
  },
  {
    id: 'INC-02',
    title: 'Incident triage and tracking',
    description:
      'Suspected incidents are logged in a tracker, classified by severity and handled according to the plan ' +
      'through to closure.',
    ownerRole: 'security',
    frequency: 'per_event',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: [
      'Full population of incidents for the period',
      'Incident tickets with timeline and severity',
    ],
    criteria: ['CC7.3', 'CC7.4'],
  },
  {
    id: 'INC-03',
    title: 'Annual tabletop exercise',
    description:
      'The response team walks through a realistic incident scenario every year and updates the plan based ' +
      'on what it learns.',
    ownerRole: 'security',
    frequency: 'annual',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: [
      'Tabletop exercise report with attendees and lessons learned',
      'Resulting plan updates',
    ],
    criteria: ['CC7.4', 'CC7.5', 'CC2.2'],
  },
  {
    id: 'INC-04',
    title: 'Post-incident reviews',
    description:
      'Significant incidents get a blameless post-mortem identifying root cause and follow-up actions, which ' +
      'are tracked to completion.',
    ownerRole: 'engineering',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: false,
    suggestedEvidence: ['Post-mortem documents for significant incidents', 'Follow-up action tickets'],
    criteria: ['CC7.5', 'CC7.4', 'CC4.2'],
  },
  {
    id: 'INC-05',
    title: 'Customer and regulator notification',
    description:
      'When an incident affects customers or triggers legal duties, they are notified within contractual and ' +
      'statutory deadlines using prepared templates.',
    ownerRole: 'legal',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: false,
    suggestedEvidence: ['Notification procedure and templates', 'Copies of notices sent in the period'],
    criteria: ['CC7.4', 'CC2.3', 'P6.6'],
  },
  {
    id: 'INC-06',
    title: 'Status page communication',
    description:
      'Service disruptions and their resolution are posted on a public status page that customers can ' +
      'subscribe to.',
    ownerRole: 'operations',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: true,
    suggestedEvidence: ['Status page incident history'],
    criteria: ['CC2.3', 'CC7.4'],
  },
  {
    id: 'INC-07',
    title: 'Personal data impact assessment',
    description:
      'For each incident, the privacy officer determines whether personal information was accessed or ' +
      'disclosed, what data and whose, and records the conclusion.',
    ownerRole: 'privacy_officer',
    frequency: 'per_event',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Privacy impact section completed in each incident record'],
    criteria: ['CC7.3', 'P6.3'],
  },
  {
    id: 'INC-08',
    title: 'Quarterly incident trend review',
    description:
      'Incidents and near misses are reviewed each quarter for recurring causes, and systemic fixes are ' +
      'prioritised.',
    ownerRole: 'security',
    frequency: 'quarterly',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Quarterly incident review notes with agreed actions'],
    criteria: ['CC7.4', 'CC4.1'],
  },
  {
    id: 'INC-09',
    title: 'Staff incident reporting',
    description:
      'Staff know how to report suspected incidents, lost devices and phishing through a well-publicised ' +
      'channel that is monitored.',
    ownerRole: 'security',
    frequency: 'continuous',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Internal page describing how to report', 'Sample reports received from staff'],
    criteria: ['CC2.2', 'CC7.3'],
  },
];
