import type { PolicyTemplate } from './schema.ts';

export const ACCESS_CONTROL: PolicyTemplate = {
  id: 'access-control',
  title: 'Access Control and Least Privilege Policy',
  summary: 'How access to systems and data is requested, approved, reviewed and removed, on least privilege.',
  categories: ['security'],
  controls: [
    'AC-01',
    'AC-03',
    'AC-04',
    'AC-05',
    'AC-06',
    'AC-07',
    'AC-08',
    'AC-09',
    'AC-11',
    'AC-15',
    'HR-08',
  ],
  criteria: ['CC4.1', 'CC5.1', 'CC6.1', 'CC6.2', 'CC6.3'],
  audience: 'all_staff',
  reviewCadenceMonths: 12,
  body: `# Access Control and Least Privilege Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Most breaches use an account that had more access than it needed, or that should no longer have existed.
This policy makes sure that at {{company_name}} every account belongs to someone, has only the access its
work needs, is reviewed regularly and is removed as soon as it is no longer needed.

## Scope

All production systems, cloud accounts, source code repositories, corporate applications and the
company's own product administration, and every account on them: people, contractors, service accounts
and integrations.

## Roles and responsibilities

- **System owners** approve access to their system, define its roles and review its accounts.
- **Managers** request access for their team members, confirm it during reviews, and tell human
  resources and IT the same day a person changes role or leaves.
- **IT and engineering** grant and remove access as approved and keep the records.
- **{{policy_owner}}** schedules the reviews, follows up overdue ones and reports results to leadership.
- **Everyone** uses only the access granted to them and reports access they should not have.

## Accounts

- Every person has their own named account. Shared accounts are not used; where a system offers only
  one administrator account, its credentials are kept in the company password manager, its use is
  logged and its owner is named.
- Workforce applications sign in through the company's single sign-on wherever the application supports it.
- Service accounts and integration keys have a named owner, a stated purpose and no interactive sign-in,
  and are reviewed with the other accounts of their system.

## Granting access

1. Access is requested through the company's ticketing or request process, naming the system, the role
   and the reason.
2. The system owner (or the manager, for standard access defined by role) approves it before it is granted.
   Nobody approves their own request.
3. Access is granted by role. Each role holds the least privilege its work needs; a standard set of
   roles per team is kept so that most requests need no individual decision.
4. The request, the approval and the date granted are kept as a record.

## Privileged access

Administrative access to production, cloud consoles, identity providers and databases holding customer
data is limited to people whose role requires it, is held on accounts separate from day-to-day ones
where the system allows, always requires multi-factor authentication, and is reviewed every month.
Temporary elevation is preferred to standing administrator rights. Access to customer data is used only
to serve that customer, support an investigation, or meet a legal duty.

## Changes and removal

- When a person changes role, access that the new role does not need is removed within five business
  days of the change.
- When a person leaves, all of their access is removed no later than one business day after their last
  working day, and immediately when the departure is involuntary. Company devices are returned and
  any shared secrets they knew are rotated.
- Accounts inactive for 90 days are disabled unless their owner confirms they are still needed.

## Access reviews

Every quarter, each system owner (or each person's manager) reviews every account on the systems in
scope and confirms, removes or changes it, giving a reason for each privileged or unusual account. Nobody
reviews their own access. Removals decided in a review are completed within five business days and
checked afterwards. Reviews, decisions and follow-up are kept as evidence for at least three years.

## Customer access

The product offers customers roles, single sign-on and multi-factor authentication so they can apply
least privilege to their own users; company staff do not access customer accounts except as set out above.

## Exceptions

Exceptions are requested and decided under the Policy Management and Exceptions Policy and are listed in
the next access review of the system concerned.

## Enforcement

Using access that was not granted, sharing credentials, or approving one's own access is a breach of
this policy and is handled under the Code of Conduct and Sanctions Policy.

## Review

{{policy_owner}} reviews this policy {{review_cadence}}. {{approver}} approves each new version.
`,
};
