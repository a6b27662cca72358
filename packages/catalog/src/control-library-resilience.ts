import type { ControlTemplate } from './schemas.ts';

/** Business continuity and disaster recovery (BCP) and availability (AV) control templates. */
export const RESILIENCE_TEMPLATES: ControlTemplate[] = [
  {
    id: 'BCP-01',
    title: 'Business continuity and disaster recovery plan',
    description:
      'A plan sets recovery time and recovery point objectives for critical services and describes how to ' +
      'keep operating and restore them; it is approved every year.',
    ownerRole: 'operations',
    frequency: 'annual',
    kind: 'corrective',
    automatable: false,
    suggestedEvidence: ['Approved BC/DR plan with recovery objectives and review date'],
    criteria: ['CC9.1', 'A1.2', 'CC7.5'],
  },
  {
    id: 'BCP-02',
    title: 'Business impact analysis',
    description:
      'Critical processes, systems and vendors are identified along with the impact of losing them, which ' +
      'informs recovery priorities.',
    ownerRole: 'operations',
    frequency: 'annual',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Business impact analysis document'],
    criteria: ['CC9.1', 'CC3.2'],
  },
  {
    id: 'BCP-03',
    title: 'Annual disaster recovery test',
    description:
      'Each year the team exercises the recovery plan, for example by failing over to another region or ' +
      'rebuilding from code and backups, and records results against objectives.',
    ownerRole: 'engineering',
    frequency: 'annual',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: [
      'DR test report with timings compared to objectives',
      'Plan updates made after the test',
    ],
    criteria: ['A1.3', 'CC9.1', 'CC7.5'],
  },
  {
    id: 'BCP-04',
    title: 'Automated backups',
    description:
      'Production databases and critical storage are backed up automatically at least daily, with retention ' +
      'that matches the recovery point objective.',
    ownerRole: 'engineering',
    frequency: 'daily',
    kind: 'corrective',
    automatable: true,
    suggestedEvidence: [
      'Backup policy or configuration with schedule and retention',
      'Recent backup job history',
    ],
    criteria: ['A1.2', 'PI1.5'],
  },
  {
    id: 'BCP-05',
    title: 'Isolated and encrypted backups',
    description:
      'Backups are encrypted and copied to a separate region or account so a single outage or compromised ' +
      'credential cannot destroy both data and backups.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Cross-region or cross-account backup configuration', 'Backup encryption settings'],
    criteria: ['A1.2'],
  },
  {
    id: 'BCP-06',
    title: 'Backup failure monitoring',
    description:
      'Failed or missed backup jobs raise an alert that is investigated and resolved the same day.',
    ownerRole: 'engineering',
    frequency: 'daily',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Backup alert configuration', 'Tickets for backup failures in the period'],
    criteria: ['A1.2'],
  },
  {
    id: 'BCP-07',
    title: 'Backup restore test',
    description:
      'A restore from backup is performed at least quarterly and the restored data is checked for ' +
      'completeness and integrity.',
    ownerRole: 'engineering',
    frequency: 'quarterly',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Restore test record with date, dataset, duration and validation result'],
    criteria: ['A1.3', 'A1.2'],
  },
  {
    id: 'BCP-08',
    title: 'Redundant production architecture',
    description:
      'Production services and databases run across multiple availability zones so that a single facility ' +
      'failure does not cause an outage.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Infrastructure configuration showing multi-zone deployment'],
    criteria: ['A1.2', 'CC9.1'],
  },
  {
    id: 'AV-01',
    title: 'Capacity monitoring and alerts',
    description:
      'Utilisation of compute, storage, database and queue resources is tracked, with alerts before agreed ' +
      'thresholds are reached.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Capacity dashboards', 'Alert rules with thresholds'],
    criteria: ['A1.1'],
  },
  {
    id: 'AV-02',
    title: 'Quarterly capacity planning',
    description:
      'Engineering reviews usage trends and growth forecasts each quarter and plans capacity changes ahead of ' +
      'demand.',
    ownerRole: 'engineering',
    frequency: 'quarterly',
    kind: 'preventive',
    automatable: false,
    suggestedEvidence: ['Capacity review notes with forecasts and decisions'],
    criteria: ['A1.1'],
  },
  {
    id: 'AV-03',
    title: 'Automatic scaling',
    description: 'Stateless services scale automatically with load within defined limits.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Autoscaling configuration for production services'],
    criteria: ['A1.1'],
  },
  {
    id: 'AV-04',
    title: 'Uptime monitoring',
    description:
      'External probes check the availability of public endpoints every few minutes and page the on-call ' +
      'engineer when checks fail.',
    ownerRole: 'operations',
    frequency: 'continuous',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Uptime monitor configuration', 'Uptime history for the period'],
    criteria: ['A1.1', 'CC7.2'],
  },
  {
    id: 'AV-05',
    title: 'Availability reporting against SLA',
    description:
      'Monthly availability is measured against the published service level, and breaches are reviewed and ' +
      'credited as the agreement requires.',
    ownerRole: 'operations',
    frequency: 'monthly',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Monthly availability report', 'Record of SLA breaches and credits'],
    criteria: ['A1.1', 'CC2.3'],
  },
];
