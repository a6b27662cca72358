import type { PolicyTemplate } from './schema.ts';

export const HUMAN_RESOURCES_SECURITY: PolicyTemplate = {
  id: 'human-resources-security',
  title: 'Human Resources Security Policy',
  summary: 'Screening before hire, onboarding with agreements and training, and timely offboarding.',
  categories: ['security'],
  controls: ['HR-01', 'HR-02', 'HR-03', 'HR-06', 'HR-08', 'HR-09', 'HR-12', 'AC-06'],
  criteria: ['CC1.1', 'CC1.3', 'CC1.4', 'CC1.5', 'CC6.2'],
  audience: 'all_staff',
  reviewCadenceMonths: 12,
  body: `# Human Resources Security Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

People are trusted with the company's systems and its customers' data. This policy makes sure that
{{company_name}} hires people who are suitable for that trust, prepares them before they use it, holds
them accountable while they work, and removes their access when they leave.

## Scope

All employees, contractors, interns and temporary workers who receive a company account or device, from
the offer of work to the day after they leave. Hiring managers, human resources and IT each carry parts
of this policy.

## Roles and responsibilities

- **Human resources** owns the hiring, onboarding and offboarding processes, keeps the personnel records
  and is the source of truth for start and end dates.
- **Hiring managers** write the role description, decide the access the role needs and confirm each
  onboarding and offboarding step for their team members.
- **IT** grants access only after the onboarding prerequisites are met and removes it on departure.
- **{{policy_owner}}** sets the security content of this process and checks a sample of joiners and
  leavers every quarter.

## Before hiring

- Every role has a written description of its duties, including its security responsibilities.
- Candidates who will have access to company systems pass a background check before their start date,
  proportionate to the role and allowed by local law: identity and right to work for everyone, and
  employment history and criminal records where lawful for roles with production or customer data
  access. Checks are done through a recognised provider; the outcome (clear, adjudicated or exempt with
  a written reason) and its date are recorded, but the report itself is seen only by human resources.
- A check that cannot finish before the start date is finished within 30 days, and the new starter gets
  no access to customer data until it is clear.

## Onboarding

Within 30 days of their start date each new starter:

1. signs an employment or service contract that includes confidentiality and intellectual property terms
   (contractors sign the company's contractor security terms);
2. reads and accepts the policies that apply to them;
3. completes security awareness training, and role-specific training where their role needs it;
4. receives a company-managed device, enrolled in device management with encryption turned on;
5. receives access by role through the access request process, and nothing beyond it.

Each step is recorded on an onboarding checklist with its date and evidence.

## During employment

Managers hold regular performance conversations that include each person's security duties. Changes of
role go through human resources so that access can be adjusted. Breaches of policy are handled under the
Code of Conduct and Sanctions Policy.

## Offboarding

- Human resources records the end date as soon as it is known and notifies IT and the manager.
- All access is removed no later than one business day after the last working day, immediately for
  involuntary departures; removal is checked against each system, not only the single sign-on account.
- Company devices, badges and keys are returned or remotely wiped within 10 business days.
- The leaver is reminded of their continuing confidentiality duties in writing.
- Shared secrets the leaver knew are rotated, and their data and files are handed to their manager.

Each step is recorded on an offboarding checklist with its date; late removals are reported to
{{policy_owner}} with the reason.

## Records

Human resources keeps contracts, agreements, background check outcomes and checklists for the length of
employment plus the period local law requires, and at least three years. National identity numbers,
dates of birth and pay are kept only in the human resources system, never in security tools.

## Exceptions

Exceptions to screening or onboarding steps are approved in advance by {{policy_owner}} and human
resources, with a reason and an end date, under the Policy Management and Exceptions Policy.

## Enforcement

Granting access before the prerequisites are met, or failing to report a departure, is a breach of this
policy and is handled under the Code of Conduct and Sanctions Policy.

## Review

{{policy_owner}} reviews this policy with human resources {{review_cadence}}. {{approver}} approves each
new version.
`,
};
