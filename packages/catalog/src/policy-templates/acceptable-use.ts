import type { PolicyTemplate } from './schema.ts';

export const ACCEPTABLE_USE: PolicyTemplate = {
  id: 'acceptable-use',
  title: 'Acceptable Use Policy',
  summary: 'How everyone at the company may use its devices, accounts, networks and data.',
  categories: ['security'],
  controls: ['HR-03', 'HR-05'],
  criteria: ['CC1.1', 'CC2.2', 'CC5.3'],
  audience: 'all_staff',
  reviewCadenceMonths: 12,
  body: `# Acceptable Use Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Why this policy exists

{{company_name}} gives its people laptops, accounts and access to customer data so they can do their work.
This policy says what that access is for, what is never acceptable, and what happens when something goes
wrong.

## Scope

This policy applies to every employee and contractor, on company devices and on any personal device
used for company work, and to every system, account and piece of data the company provides.

## Roles and responsibilities

- **Everyone** reads and accepts this policy when they join and whenever it changes materially, and
  follows it.
- **Managers** make sure their teams know it and raise breaches they see.
- **{{policy_owner}}** keeps it current, answers questions about it and decides on exceptions.

## What is expected of you

- Use company systems for company work. Occasional personal use is fine when it costs nothing, breaks no
  law and puts no company or customer data at risk.
- Keep your accounts to yourself. Never share a password, a one-time code or a session with anyone,
  colleagues included; ask for access of your own instead.
- Turn on and keep on the protections the company sets: disk encryption, screen lock, automatic updates
  and the endpoint agent.
- Store company data only in the systems the company approves for it, never in a personal mailbox,
  personal cloud storage or a removable drive.
- Report a lost device, a suspicious message or anything that looks like a security problem to
  {{security_contact}} at once. Reporting early is always right, even when it turns out to be nothing.

## What is never acceptable

- Trying to reach data, systems or accounts you have not been given access to, or testing the security
  of company or customer systems without written permission.
- Installing software that hides its activity, turns off security tools, or comes from an untrusted source.
- Copying customer data outside the systems that hold it, except where your role and a documented
  process require it.
- Using company systems to harass anyone, or to break the law or the terms of a licence.

## Monitoring

{{company_name}} records activity on its systems to protect them and its customers. These records are
used for security, compliance and investigations, and are handled under the company's privacy notice.

## Exceptions

An exception needs the written approval of {{policy_owner}}, with a reason and an end date.

## Enforcement

Breaking this policy may lead to losing access and to disciplinary action, up to and including ending
employment or the contract.

## Review

{{policy_owner}} reviews this policy {{review_cadence}}. {{approver}} approves each new version.
`,
};
