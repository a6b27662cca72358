import type { PolicyTemplate } from './schema.ts';

export const INCIDENT_RESPONSE: PolicyTemplate = {
  id: 'incident-response',
  title: 'Incident Response and Breach Notification Policy',
  summary: 'How incidents are reported, rated, handled and learned from, and who is told and when.',
  categories: ['security'],
  controls: [
    'INC-01',
    'INC-02',
    'INC-03',
    'INC-04',
    'INC-05',
    'INC-06',
    'INC-07',
    'INC-08',
    'INC-09',
    'PRIV-15',
  ],
  criteria: ['CC2.2', 'CC2.3', 'CC4.2', 'CC7.3', 'CC7.4', 'CC7.5', 'P6.3', 'P6.6'],
  audience: 'all_staff',
  reviewCadenceMonths: 12,
  body: `# Incident Response and Breach Notification Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Incidents will happen; what matters is how fast they are noticed, contained and explained. This policy
sets how {{company_name}} reports, rates and handles security and availability incidents, and how it
tells customers, individuals and authorities when their data is affected.

## Scope

Any event that threatens the confidentiality, integrity or availability of company or customer data or
systems: suspected unauthorised access, malware, lost devices, data sent to the wrong person, outages,
vendor incidents that affect the company, and breaches of policy with security impact.

## Roles and responsibilities

- **Everyone** reports a suspected incident at once to {{security_contact}} or the on-call engineer, and
  does not investigate it alone or delete anything.
- **The incident lead** (the on-call engineer until {{policy_owner}} names another) takes charge, decides
  the severity, coordinates the response and keeps the record.
- **{{policy_owner}}** owns this policy, the response plan and the annual exercise, and decides, with
  legal, whether an incident is a breach that must be notified.
- **Legal and leadership** approve notifications to customers, regulators and individuals.
- **Communications or support** sends customer updates approved by the incident lead.

## Severity levels

| Level | Meaning | Examples | Response |
| --- | --- | --- | --- |
| SEV-1 | Confirmed exposure of Restricted data, or the whole service down | Customer data accessed by an outsider; production unavailable | Lead engaged within 15 minutes; leadership told within 1 hour; work continues around the clock |
| SEV-2 | Likely exposure, or a major feature down for many customers | Compromised staff account with data access; severe degradation | Lead engaged within 1 hour; leadership told within 4 hours |
| SEV-3 | Limited impact, contained | Malware blocked on one laptop; lost encrypted device | Handled within 1 business day |
| SEV-4 | Suspicious event, no impact found | Phishing reported and not clicked | Triaged within 2 business days |

Severity may be raised or lowered as facts emerge; each change is recorded with its reason.

## Handling an incident

1. **Report and record.** Every incident gets a record with a timeline, opened when it is reported.
2. **Contain.** Stop further harm: disable accounts, revoke keys, isolate systems, block traffic.
3. **Preserve evidence.** Keep logs, images and messages needed to understand what happened.
4. **Investigate.** Establish what happened, what data and which customers or individuals were affected.
5. **Recover.** Restore systems from known-good sources and confirm they work as intended.
6. **Close.** Record the root cause, the impact, and the decisions made.

## Notification

- An incident in which personal or customer data was, or is reasonably believed to have been, accessed
  or disclosed without authorisation is assessed by {{policy_owner}} and legal as a possible breach.
- Affected customers are notified without undue delay and within 72 hours of the company confirming a
  breach affecting their data, or sooner where a contract requires it.
- Regulators and affected individuals are notified within the deadlines the applicable law sets. Where
  the company is the processor, it informs its customers so they can meet their own obligations.
- Notices say what happened, what data was involved, what the company has done, and what the reader can
  do, and name a contact.
- Service outages affecting customers are shown on the company's status page with regular updates.
- Every notification, and each decision not to notify, is recorded with its reason.

## Learning

SEV-1 and SEV-2 incidents get a written, blameless review within 10 business days, with corrective actions
that have owners and due dates. Incident trends are reviewed every quarter. The response plan is tested
at least every 12 months through a tabletop exercise, and the lessons are recorded.

## Exceptions

This policy has no exceptions to reporting. Deviations from the handling steps during an incident are
recorded in the incident's timeline with their reason.

## Enforcement

Failing to report a known incident, or hiding or destroying evidence, is a serious breach handled under
the Code of Conduct and Sanctions Policy.

## Review

{{policy_owner}} reviews this policy {{review_cadence}} and after every SEV-1 incident. {{approver}}
approves each new version.
`,
};
