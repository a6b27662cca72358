import type { PolicyTemplate } from './schema.ts';

export const SECURITY_AWARENESS_TRAINING: PolicyTemplate = {
  id: 'security-awareness-training',
  title: 'Security and Privacy Awareness Training Policy',
  summary: 'Who is trained on security and privacy, on what, how often, and how completion is tracked.',
  categories: ['security'],
  controls: ['HR-04', 'HR-10', 'PRIV-16', 'INC-09'],
  criteria: ['CC1.4', 'CC2.2', 'CC7.3'],
  audience: 'all_staff',
  reviewCadenceMonths: 12,
  body: `# Security and Privacy Awareness Training Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Controls only work when people understand them. This policy makes sure everyone at {{company_name}}
knows how to recognise and report threats, how to handle customer and personal data, and what their own
security duties are, and that the company can show it.

## Scope

Every employee and contractor with a company account, from their first month and every year after.
Additional courses apply to engineers, to people who handle personal information, and to those on the
incident response rota.

## Roles and responsibilities

- **{{policy_owner}}** chooses or writes the course content, keeps it current with the threats the
  company sees, assigns courses and reports completion to leadership every quarter.
- **Managers** make sure their team members complete training on time and give them the time to do it.
- **Human resources** adds new starters to the training programme on their first day.
- **Everyone** completes assigned training by its due date and applies what it teaches.

## Required training

| Course | Who | When |
| --- | --- | --- |
| Security awareness | Everyone | Within 30 days of starting, then every 12 months |
| Privacy and data handling | Everyone who handles personal information | Within 30 days of starting, then every 12 months |
| Secure development | Engineers | Within 60 days of starting, then every 12 months |
| Incident response | People on the incident rota | Before their first shift, then every 12 months |

Security awareness covers at least: phishing and social engineering; passwords and multi-factor
authentication; protecting devices at home and while travelling; classifying and handling data; using
only approved tools; and how and when to report an incident or a concern. Privacy training covers the
company's privacy commitments, lawful and limited use of personal information, requests from individuals
and what counts as a personal data breach.

## Passing and records

- Each course ends with a short assessment; the pass mark is 80%. A person who does not pass retakes it
  within 14 days.
- Every completion is recorded with the person, the course, the yearly cycle, the completion date and the
  score. A new cycle never overwrites the previous one, so the history shows each year separately.
- Records are kept for at least three years.

## Overdue training

Reminders go out before the due date. Training more than 30 days overdue is escalated to the person's
manager; more than 60 days overdue, to {{policy_owner}}, who may suspend access to customer data until
the training is complete.

## Ongoing awareness

Between annual courses, {{policy_owner}} shares short notices about current threats and lessons from
incidents, and may run simulated phishing exercises. Simulations are used to teach, not to punish;
repeated failures lead to extra training.

## Exceptions

A person on extended leave completes overdue training within 14 days of returning. Other exceptions
are approved by {{policy_owner}} under the Policy Management and Exceptions Policy.

## Enforcement

Repeatedly failing to complete required training is handled under the Code of Conduct and Sanctions
Policy.

## Review

{{policy_owner}} reviews this policy and the course content {{review_cadence}}. {{approver}} approves
each new version of this policy.
`,
};
