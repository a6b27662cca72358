import type { PolicyTemplate } from './schema.ts';

export const BUSINESS_CONTINUITY: PolicyTemplate = {
  id: 'business-continuity',
  title: 'Business Continuity, Disaster Recovery and Backup Policy',
  summary: 'Keeping the service running through disruption: recovery targets, backups, plans and tests.',
  categories: ['security', 'availability'],
  controls: [
    'BCP-01',
    'BCP-02',
    'BCP-03',
    'BCP-04',
    'BCP-05',
    'BCP-06',
    'BCP-07',
    'BCP-08',
    'AV-01',
    'AV-02',
  ],
  criteria: ['A1.1', 'A1.2', 'A1.3', 'CC3.2', 'CC7.5', 'CC9.1'],
  audience: 'all_staff',
  reviewCadenceMonths: 12,
  body: `# Business Continuity, Disaster Recovery and Backup Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Customers run their work on the {{company_name}} service. This policy makes sure the company can keep
that service running, or bring it back within agreed times, after a disruption: the loss of a data
centre, a cloud region, a key vendor, key people, or data itself.

## Scope

The production service and the data it holds, the systems and vendors it depends on, and the business
functions needed to run and support it (engineering, support, finance and communication).

## Roles and responsibilities

- **Leadership** approves the recovery targets and can declare a disaster, which activates the plan.
- **{{policy_owner}}** owns the continuity and recovery plan, the business impact analysis and the test
  programme.
- **Engineering** designs the service for resilience, runs backups, and carries out recovery.
- **Function leads** keep their part of the plan current, including who stands in for whom.

## Business impact analysis and targets

Every 12 months the company analyses which functions and systems are critical, what a disruption would
cost over time, and what they depend on. From this, leadership approves recovery targets. Unless the
analysis sets tighter ones, the production service has:

- a **recovery time objective** of 8 hours: the longest acceptable time to restore service after a disaster;
- a **recovery point objective** of 24 hours: the most data, measured in time, that may be lost.

## Resilience and capacity

- Production runs across at least two availability zones, with no single point of failure for the
  components that serve customers.
- Capacity and performance are monitored continuously, with alerts before limits are reached, and
  reviewed every quarter against expected growth.
- Dependencies on key vendors are listed with their own continuity commitments.

## Backups

- Production databases and stores of customer data are backed up automatically at least daily, with
  point-in-time recovery where the platform offers it.
- Backups are encrypted, stored in a separate account or location from the data they protect, and
  protected from deletion or change for their retention period (35 days unless the retention schedule
  says otherwise).
- Backup jobs are monitored, and every failure raises an alert that is resolved within one business day.
- A restore from backup is tested at least every quarter, verifying that data is complete and usable;
  each test records what was restored, how long it took and any problems.

## Continuity and recovery plan

The plan states how to declare a disaster, who leads, how staff and customers are told, and the
step-by-step recovery of each critical system, including restoring into another region. It names
alternates for each key role and lists the contacts and access needed when normal tools are unavailable.
A copy is kept where it can be reached during an outage of the company's own systems.

## Testing

- The disaster recovery plan is tested at least every 12 months by restoring the service, or a
  representative part of it, in a different location, measured against the recovery targets.
- A continuity exercise (for example a tabletop of a region or vendor loss) is held at least every
  12 months.
- Results, gaps and corrective actions are recorded and tracked to closure, and the plan is updated.

## Exceptions

Systems that cannot meet the backup or resilience requirements are listed with their risk, agreed by
the system owner and approved under the Policy Management and Exceptions Policy.

## Enforcement

Disabling backups, deleting them outside the schedule, or skipping required tests without approval is a
breach of this policy handled under the Code of Conduct and Sanctions Policy.

## Review

{{policy_owner}} reviews this policy and the plan {{review_cadence}}, after each test, and after any
real disruption. {{approver}} approves each new version.
`,
};
