import type { PolicyTemplate } from './schema.ts';

export const POLICY_MANAGEMENT: PolicyTemplate = {
  id: 'policy-management',
  title: 'Policy Management and Exceptions Policy',
  summary:
    'How policies are written, approved, published, accepted and reviewed, and how exceptions are granted.',
  categories: ['security'],
  controls: ['GOV-05', 'GOV-06', 'GOV-07', 'GOV-10', 'HR-05'],
  criteria: ['CC1.1', 'CC1.3', 'CC2.2', 'CC3.2', 'CC4.2', 'CC5.1', 'CC5.3'],
  audience: 'all_staff',
  reviewCadenceMonths: 12,
  body: `# Policy Management and Exceptions Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Policies only guide people who know them and can trust that they are current. This policy sets how
{{company_name}} writes, approves, publishes and reviews its policies, how staff accept them, and how a
justified departure from a policy is requested, approved and tracked, so that exceptions are visible
decisions rather than quiet workarounds.

## Scope

All of the company's security, privacy and related policies, and the standards and procedures that sit
under them. Every employee and contractor who must follow a policy, and everyone who asks for an exception.

## Roles and responsibilities

- **{{policy_owner}}** keeps the list of policies, their owners and review dates, and runs this process.
- **Policy owners** (named for each policy) write and maintain their policy, answer questions about it,
  and decide exception requests against it.
- **Approvers** (named for each policy, and never its author) approve each new version before it is
  published.
- **Managers** make sure their team members accept the policies that apply to them.
- **Everyone** reads and accepts the policies that apply to them and follows them.

## Writing and approving

- Each policy states its purpose, scope, roles, requirements, exceptions, enforcement and review. It has
  one owner, one or more named approvers, an audience and a review cadence (every 12 months unless set
  shorter).
- Versions are numbered major.minor. A major version changes what people must do; a minor version
  clarifies wording without changing obligations.
- A new version is drafted, reviewed, and approved by a named approver other than its author before it
  is published. Each version records its changes, its approver and the approval date.
- Published versions are never edited; a change is always a new version. Earlier versions are kept for
  at least three years, so that the version in force on any date can be shown.

## Publishing and acceptance

- Published policies are available to everyone in their audience in one place.
- New staff accept the policies for their role within 30 days of their start date.
- A new major version is accepted again by its whole audience within 30 days of publication. A minor
  version, or a review that makes no change, does not require new acceptance.
- Each acceptance records the person, the exact version, and the time. Acceptances are kept and never
  moved to another version.
- Reminders go out before the due date; overdue acceptances are escalated to the policy owner and the
  person's manager.

## Review

Each policy is reviewed by its owner at least every 12 months, and sooner after a significant change,
incident or audit finding. The review is recorded even when nothing changes.

## Exceptions

- Anyone who cannot meet a policy requirement requests an exception before the deviation begins,
  stating the requirement, the reason, the systems or people affected, the risk, any compensating
  controls and the date it will end.
- The policy owner decides the request; exceptions that leave a High or Critical risk also need
  leadership approval. Nobody approves their own request.
- Exceptions last at most 12 months and are listed in the exceptions register and the risk register.
  They are reviewed when they expire and either closed or renewed through a new request.
- Deviations found without an approved exception are recorded as deficiencies, with an owner and a due
  date, and tracked until fixed.

## Enforcement

Breaches of company policies are handled under the Code of Conduct and Sanctions Policy. Relying on an
expired or unapproved exception is a breach.

## Review of this policy

{{policy_owner}} reviews this policy {{review_cadence}}. {{approver}} approves each new version.
`,
};
