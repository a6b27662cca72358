import type { ControlTemplate } from './schemas.ts';

/** Data protection and confidentiality (DATA) and processing integrity (PI) control templates. */
export const DATA_TEMPLATES: ControlTemplate[] = [
  {
    id: 'DATA-01',
    title: 'Data classification policy',
    description:
      'A policy defines classification levels, such as public, internal and confidential, and the handling ' +
      'rules for each, and is reviewed annually.',
    ownerRole: 'compliance_owner',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Approved data classification and handling policy'],
    criteria: ['C1.1', 'CC2.1'],
  },
  {
    id: 'DATA-02',
    title: 'Inventory of confidential data stores',
    description:
      'Systems holding confidential customer data are listed with their classification, location and owner, ' +
      'and the list is reviewed each year.',
    ownerRole: 'engineering',
    frequency: 'annual',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Data inventory with classification, location and owner for each store'],
    criteria: ['C1.1', 'CC2.1'],
  },
  {
    id: 'DATA-03',
    title: 'Data retention schedule',
    description:
      'Retention periods are set for each category of customer, personal and business data, based on ' +
      'contracts, law and business need.',
    ownerRole: 'legal',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Approved retention schedule'],
    criteria: ['C1.1', 'C1.2', 'P4.2'],
  },
  {
    id: 'DATA-04',
    title: 'Automated retention enforcement',
    description:
      'Scheduled jobs or storage lifecycle rules delete data that has passed its retention period, and their ' +
      'runs are logged.',
    ownerRole: 'engineering',
    frequency: 'monthly',
    kind: 'corrective',
    automatable: true,
    suggestedEvidence: ['Lifecycle rule or purge job configuration', 'Run logs showing records deleted'],
    criteria: ['C1.2', 'P4.2', 'P4.3'],
  },
  {
    id: 'DATA-05',
    title: 'Customer data deletion at contract end',
    description:
      'When a customer leaves or asks for deletion, their data is removed from production within the agreed ' +
      'period and ages out of backups on schedule, and the deletion is confirmed.',
    ownerRole: 'engineering',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: true,
    suggestedEvidence: [
      'Deletion request tickets with completion dates',
      'Deletion confirmation sent to customer',
    ],
    criteria: ['C1.2', 'P4.3'],
  },
  {
    id: 'DATA-06',
    title: 'Secure disposal of devices and media',
    description:
      'Laptops and storage media are securely wiped or destroyed before reuse or disposal, with a record or ' +
      'certificate kept for each asset.',
    ownerRole: 'it',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: [
      'Disposal log linked to asset inventory',
      'Certificates of destruction from the vendor',
    ],
    criteria: ['CC6.5', 'C1.2'],
  },
  {
    id: 'DATA-07',
    title: 'Non-disclosure agreements',
    description:
      'Confidential information is shared with prospects, partners and vendors only after a non-disclosure ' +
      'agreement is signed.',
    ownerRole: 'legal',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['NDA template', 'Register of signed NDAs'],
    criteria: ['C1.1', 'CC2.3'],
  },
  {
    id: 'DATA-08',
    title: 'Restricted access to customer data',
    description:
      'Staff access to customer content in production requires a business reason, such as a support ticket, ' +
      'and is logged for review.',
    ownerRole: 'security',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Support access tooling configuration', 'Access log sample tied to tickets'],
    criteria: ['C1.1', 'CC6.3', 'P4.1'],
  },
  {
    id: 'PI-01',
    title: 'Processing specifications documented',
    description:
      'Data formats, validation rules, processing steps and expected outputs for key workflows are documented ' +
      'and kept current as the product changes.',
    ownerRole: 'engineering',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Specification or design documents for key processing flows', 'Data dictionary'],
    criteria: ['PI1.1'],
  },
  {
    id: 'PI-02',
    title: 'Customer-facing processing documentation',
    description:
      'Customers get published documentation of input formats, limits, processing behaviour and error ' +
      'handling so they can use the service correctly.',
    ownerRole: 'engineering',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Public API or product documentation pages with review date'],
    criteria: ['PI1.1', 'CC2.3'],
  },
  {
    id: 'PI-03',
    title: 'Input validation',
    description:
      'All inputs through the user interface, API and file imports are validated against defined schemas, ' +
      'and invalid inputs are rejected with a clear error.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Schema validation code or configuration', 'Automated tests covering invalid input'],
    criteria: ['PI1.2'],
  },
  {
    id: 'PI-04',
    title: 'Input records retained',
    description:
      'Received inputs, such as API requests and imported files, are recorded with identifiers and timestamps ' +
      'so each result can be traced back to its source.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Sample input log entries with identifiers and timestamps'],
    criteria: ['PI1.2', 'PI1.5'],
  },
  {
    id: 'PI-05',
    title: 'Processing job monitoring',
    description:
      'Batch jobs and queues are monitored for failures, retries and delays, and failed items go to an error ' +
      'queue that raises an alert.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Job monitoring dashboard', 'Alert rules for job failures and dead-letter queues'],
    criteria: ['PI1.3'],
  },
  {
    id: 'PI-06',
    title: 'Processing error resolution',
    description:
      'Items in error queues are reviewed every business day, corrected or reprocessed, and the resolution is ' +
      'recorded.',
    ownerRole: 'operations',
    frequency: 'daily',
    kind: 'corrective',
    automatable: false,
    suggestedEvidence: ['Error queue review log', 'Tickets showing corrected and reprocessed items'],
    criteria: ['PI1.3'],
  },
  {
    id: 'PI-07',
    title: 'Output reconciliation',
    description:
      'Record counts and control totals of outputs are reconciled to inputs for key workflows, and ' +
      'differences are investigated before results are released.',
    ownerRole: 'operations',
    frequency: 'daily',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Reconciliation reports for sampled days', 'Investigation records for differences'],
    criteria: ['PI1.4', 'PI1.3'],
  },
  {
    id: 'PI-08',
    title: 'Controlled output delivery',
    description:
      'Outputs such as reports, exports and webhooks go only to authenticated, authorised recipients, and ' +
      'each delivery is logged.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Delivery log sample', 'Authorisation checks on export and webhook endpoints'],
    criteria: ['PI1.4'],
  },
  {
    id: 'PI-09',
    title: 'Stored data integrity checks',
    description:
      'Stored records and files are protected by database constraints, checksums or periodic integrity ' +
      'checks that detect corruption or loss.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Integrity check job configuration and recent results'],
    criteria: ['PI1.5'],
  },
];
