import type { ControlTemplate } from './schemas.ts';

/** Security operations (OPS) and logging and monitoring (MON) control templates. */
export const OPERATIONS_TEMPLATES: ControlTemplate[] = [
  {
    id: 'OPS-01',
    title: 'Asset inventory',
    description:
      'Laptops, cloud resources and production services are tracked in an inventory with owners, and the ' +
      'inventory is reconciled quarterly against what is actually running.',
    ownerRole: 'it',
    frequency: 'quarterly',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Device inventory export from MDM', 'Cloud resource inventory with tags for owner'],
    criteria: ['CC6.1', 'CC2.1'],
  },
  {
    id: 'OPS-02',
    title: 'Vulnerability scanning',
    description:
      'Production hosts, container images and dependencies are scanned for known vulnerabilities at least ' +
      'weekly, and results are routed to the owning team.',
    ownerRole: 'security',
    frequency: 'weekly',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Scanner configuration showing scope and schedule', 'Recent scan reports'],
    criteria: ['CC7.1'],
  },
  {
    id: 'OPS-03',
    title: 'Vulnerability remediation within SLA',
    description:
      'Findings are fixed within deadlines set by severity (for example 7 days critical, 30 days high), and ' +
      'exceptions are risk-accepted by the security lead.',
    ownerRole: 'engineering',
    frequency: 'per_event',
    kind: 'corrective',
    automatable: true,
    suggestedEvidence: [
      'Population of vulnerabilities with found and fixed dates',
      'Approved exceptions for findings past their deadline',
    ],
    criteria: ['CC7.1', 'CC4.2'],
  },
  {
    id: 'OPS-04',
    title: 'Annual penetration test',
    description:
      'An independent firm tests the application and external infrastructure every year, and findings are ' +
      'tracked to remediation.',
    ownerRole: 'security',
    frequency: 'annual',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Penetration test report', 'Remediation tickets or retest letter for the findings'],
    criteria: ['CC4.1', 'CC7.1'],
  },
  {
    id: 'OPS-05',
    title: 'Patch management',
    description:
      'Operating systems, base images and managed services are kept on supported versions, with security ' +
      'patches applied monthly or sooner for critical issues.',
    ownerRole: 'engineering',
    frequency: 'monthly',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'Patch compliance report for servers and images',
      'Auto-update settings for managed services',
    ],
    criteria: ['CC7.1', 'CC8.1'],
  },
  {
    id: 'OPS-06',
    title: 'Endpoint protection',
    description:
      'Company laptops run anti-malware protection that updates automatically and reports detections to a ' +
      'central console.',
    ownerRole: 'it',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Endpoint protection console export showing coverage and update status'],
    criteria: ['CC6.8'],
  },
  {
    id: 'OPS-07',
    title: 'Device management (MDM)',
    description:
      'Company laptops are enrolled in device management that enforces screen lock, OS updates, firewall ' +
      'and the ability to wipe a lost device remotely.',
    ownerRole: 'it',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['MDM enrolment report for all staff devices', 'MDM configuration profile settings'],
    criteria: ['CC6.7', 'CC6.8'],
  },
  {
    id: 'OPS-08',
    title: 'Endpoint disk encryption',
    description:
      'Full-disk encryption is enforced on every company laptop and verified through device management.',
    ownerRole: 'it',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['MDM report showing disk encryption status for each device'],
    criteria: ['CC6.7'],
  },
  {
    id: 'OPS-09',
    title: 'Encryption at rest',
    description:
      'Production databases, object storage, volumes and backups are encrypted at rest with managed keys.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Cloud configuration export showing encryption enabled on each data store'],
    criteria: ['CC6.1', 'C1.1'],
  },
  {
    id: 'OPS-10',
    title: 'Encryption in transit',
    description:
      'All external connections use TLS 1.2 or later, plain HTTP is redirected, and internal service traffic ' +
      'crossing untrusted networks is encrypted.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: [
      'TLS scan result for public endpoints',
      'Load balancer listener and TLS policy settings',
    ],
    criteria: ['CC6.7', 'CC6.6'],
  },
  {
    id: 'OPS-11',
    title: 'Network segmentation and firewalls',
    description:
      'Production runs in private networks separated from other environments, and firewall or security group ' +
      'rules deny inbound traffic unless explicitly allowed.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Network diagram of production', 'Security group rules export'],
    criteria: ['CC6.1', 'CC6.6'],
  },
  {
    id: 'OPS-12',
    title: 'Firewall rule review',
    description:
      'Security group and firewall rules are reviewed at least annually to remove unneeded openings and confirm ' +
      'that no data store is publicly reachable.',
    ownerRole: 'security',
    frequency: 'annual',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Signed firewall rule review', 'Report showing no publicly accessible data stores'],
    criteria: ['CC6.6'],
  },
  {
    id: 'OPS-13',
    title: 'Intrusion detection',
    description:
      'A managed threat detection service analyses cloud logs and network traffic for signs of intrusion and ' +
      'raises alerts to the on-call responder.',
    ownerRole: 'security',
    frequency: 'continuous',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Threat detection service enabled in all regions', 'Sample alerts and their triage'],
    criteria: ['CC6.6', 'CC7.2'],
  },
  {
    id: 'OPS-14',
    title: 'Hardened configuration baselines',
    description:
      'Infrastructure is defined as code from hardened baselines, so every environment is built with the same ' +
      'reviewed, secure settings.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['Infrastructure-as-code repository', 'Baseline standard or benchmark in use'],
    criteria: ['CC7.1', 'CC6.8', 'CC5.2'],
  },
  {
    id: 'OPS-15',
    title: 'Configuration drift detection',
    description:
      'Automated checks compare live cloud configuration with the intended baseline and alert on risky or ' +
      'unapproved changes.',
    ownerRole: 'security',
    frequency: 'continuous',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Configuration monitoring rules', 'Sample drift alerts and their resolution'],
    criteria: ['CC7.1', 'CC6.8'],
  },
  {
    id: 'OPS-16',
    title: 'Software installation restricted',
    description:
      'Staff cannot install unapproved software or run with local administrator rights on company devices ' +
      'without an approved exception.',
    ownerRole: 'it',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['MDM policy restricting admin rights or software sources'],
    criteria: ['CC6.8'],
  },
  {
    id: 'OPS-17',
    title: 'Dependency and code scanning',
    description:
      'Every change is scanned for vulnerable dependencies, leaked secrets and common coding flaws before ' +
      'merge, and serious findings block the build.',
    ownerRole: 'engineering',
    frequency: 'per_event',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['CI configuration showing scanning steps', 'Sample pull requests with scan results'],
    criteria: ['CC7.1', 'CC8.1', 'CC6.8'],
  },
  {
    id: 'OPS-18',
    title: 'Edge protection',
    description:
      'Public endpoints sit behind a web application firewall and denial-of-service protection with rate ' +
      'limiting.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['WAF and rate-limiting configuration for public endpoints'],
    criteria: ['CC6.6', 'A1.2'],
  },
  {
    id: 'OPS-19',
    title: 'Removable media and data transfer restrictions',
    description:
      'Writing to USB storage is blocked or encrypted on company devices, and external file sharing from ' +
      'collaboration tools is limited to approved domains.',
    ownerRole: 'it',
    frequency: 'continuous',
    kind: 'preventive',
    automatable: true,
    suggestedEvidence: ['MDM removable media policy', 'Collaboration suite external sharing settings'],
    criteria: ['CC6.7', 'C1.1'],
  },
  {
    id: 'MON-01',
    title: 'Centralised logging',
    description:
      'Application, infrastructure, identity and cloud audit logs are collected centrally and retained for at ' +
      'least a year, protected from alteration.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Log pipeline configuration listing sources', 'Retention and immutability settings'],
    criteria: ['CC7.2', 'CC2.1'],
  },
  {
    id: 'MON-02',
    title: 'Security alerting and on-call triage',
    description:
      'Alert rules cover suspicious logins, privilege changes and unusual activity, and an on-call responder ' +
      'triages each alert and records the outcome.',
    ownerRole: 'security',
    frequency: 'continuous',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['List of active alert rules', 'On-call schedule', 'Sample of triaged alerts'],
    criteria: ['CC7.2', 'CC7.3'],
  },
  {
    id: 'MON-03',
    title: 'Weekly review of privileged activity',
    description:
      'Logs of administrative actions in production and the cloud console are reviewed weekly for anything ' +
      'unexpected.',
    ownerRole: 'security',
    frequency: 'weekly',
    kind: 'detective',
    automatable: false,
    suggestedEvidence: ['Weekly review records with reviewer and date', 'Follow-up tickets for anomalies'],
    criteria: ['CC7.2', 'CC6.3'],
  },
  {
    id: 'MON-04',
    title: 'Monitoring health checks',
    description:
      'The logging and alerting pipeline is itself monitored, so a silent log source or broken alert channel ' +
      'raises its own alert.',
    ownerRole: 'engineering',
    frequency: 'continuous',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Heartbeat or missing-data alert configuration'],
    criteria: ['CC7.2', 'CC4.1'],
  },
  {
    id: 'MON-05',
    title: 'Continuous control monitoring',
    description:
      'Automated tests check control configuration daily, such as MFA, encryption and device compliance, and ' +
      'failures create tasks for the owner.',
    ownerRole: 'compliance_owner',
    frequency: 'daily',
    kind: 'detective',
    automatable: true,
    suggestedEvidence: ['Control test results history', 'Tasks raised from failing tests'],
    criteria: ['CC4.1', 'CC4.2'],
  },
];
