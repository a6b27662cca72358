import type { PolicyTemplate } from './schema.ts';

export const LOGGING_MONITORING: PolicyTemplate = {
  id: 'logging-monitoring',
  title: 'Logging and Monitoring Policy',
  summary: 'What is logged, how logs are protected and kept, and how alerts are watched and acted on.',
  categories: ['security'],
  controls: ['MON-01', 'MON-02', 'MON-03', 'MON-04', 'MON-05', 'OPS-13', 'AV-04'],
  criteria: ['CC2.1', 'CC4.1', 'CC4.2', 'CC6.3', 'CC7.2', 'CC7.3'],
  audience: 'engineering',
  reviewCadenceMonths: 12,
  body: `# Logging and Monitoring Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Attacks and failures leave traces, but only in systems that record them and only when someone looks.
This policy sets what {{company_name}} logs, how those logs are protected, and how the company watches
them so that unusual activity is noticed, judged and acted on in time.

## Scope

Production systems, cloud accounts, identity and single sign-on, source code hosting, the build and
release pipeline, security tools, and corporate applications holding Restricted data.

## Roles and responsibilities

- **Engineering** sends logs to the central logging platform, writes and tunes alert rules, and staffs
  the on-call rota.
- **The on-call engineer** acknowledges and triages alerts within the times below.
- **{{policy_owner}}** decides what must be logged and alerted, reviews privileged activity every week,
  and checks every quarter that log sources and alerts still work.

## What is logged

At a minimum, systems record:

- sign-ins, failed sign-ins, multi-factor changes and password resets;
- creation, change and removal of accounts, roles and permissions;
- administrative and privileged actions, including access to production and to customer data by staff;
- changes to infrastructure, configuration, network rules and security tools;
- deployments and changes to the release pipeline;
- security tool detections (endpoint protection, intrusion and threat detection, scanners);
- application errors and unusual volumes of requests or data transfers.

Each entry records what happened, when (synchronised clocks, in UTC), where, and which person or
service did it. Passwords, secrets, full payment card numbers and unnecessary personal information are
never written to logs.

## Protecting and keeping logs

- Logs are sent to a central platform that those whose actions they record cannot change or delete.
  Access to logs is limited to the people who need it, and is itself logged.
- Security and audit logs are kept for at least 12 months, with at least 90 days immediately searchable.
- The loss of a log source raises an alert, as does a sharp drop in log volume.

## Alerting and response

- Alert rules cover at least: repeated failed sign-ins, sign-ins from unusual places, new administrator
  accounts, disabling of logging or security tools, changes to network exposure, known malicious
  activity, and service unavailability.
- Alerts reach the on-call engineer at any hour. Critical alerts are acknowledged within 15 minutes,
  others within one business day.
- Each alert is triaged and closed with a recorded outcome: false positive (with tuning if needed),
  handled, or raised as an incident under the Incident Response and Breach Notification Policy.
- Uptime and performance of the customer-facing service are monitored continuously from outside.

## Reviews

- Privileged activity in production and identity systems is reviewed every week by someone other than
  the people who performed it; anything unexplained is investigated.
- Every quarter, {{policy_owner}} checks that every log source in scope still reports, that alert rules
  still fire (by testing a sample), and reviews alert volumes and false-positive rates.
- Control monitoring results are reviewed daily, and failures are assigned and tracked until fixed.

## Exceptions

Systems that cannot send logs centrally are listed with how their logs are kept and reviewed instead,
approved under the Policy Management and Exceptions Policy.

## Enforcement

Disabling logging, deleting logs or ignoring alerts is a breach of this policy handled under the Code of
Conduct and Sanctions Policy.

## Review

{{policy_owner}} reviews this policy {{review_cadence}}. {{approver}} approves each new version.
`,
};
