import type { PolicyTemplate } from './schema.ts';

export const AUTHENTICATION: PolicyTemplate = {
  id: 'authentication',
  title: 'Authentication and Password Policy',
  summary: 'The rules for passwords, multi-factor authentication, sessions and secrets.',
  categories: ['security'],
  controls: ['AC-01', 'AC-02', 'AC-10', 'AC-12', 'AC-14'],
  criteria: ['CC6.1', 'CC6.2', 'CC6.6'],
  audience: 'all_staff',
  reviewCadenceMonths: 12,
  body: `# Authentication and Password Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

A stolen password is the most common way into a company. This policy sets how people and systems at
{{company_name}} prove who they are, so that a guessed, reused or phished password alone is never enough.

## Scope

Every account used for company work: the single sign-on identity, workforce applications, cloud and
production access, source code hosting, devices, and the secrets that systems use to reach each other.

## Roles and responsibilities

- **IT** configures single sign-on, multi-factor authentication and the password rules below in every
  system that supports them, and keeps a list of systems that cannot meet them.
- **Engineering** stores application and infrastructure secrets only in the approved secrets store.
- **{{policy_owner}}** checks the settings at least quarterly and decides on exceptions.
- **Everyone** follows the rules below and reports a possibly exposed password or code at once to
  {{security_contact}}.

## Passwords

- At least 12 characters; passphrases are encouraged. Systems allow at least 64 characters and all
  printable characters.
- New passwords are checked against lists of known breached and common passwords where the system allows.
- Passwords are not changed on a fixed schedule; they are changed at once when exposure is suspected.
- Every password is unique to its account and is kept in the company password manager. Passwords are
  never written down, sent in chat or email, or stored in code, tickets or documents.
- After 10 consecutive failed attempts an account is locked or slowed down for at least 15 minutes.
- Initial and reset passwords are random, single-use and sent through a different channel from the
  user name.

## Multi-factor authentication

- Multi-factor authentication is required on single sign-on, email, the password manager, source code
  hosting, cloud consoles, production access and every system holding customer data.
- Administrators and engineers with production access use phishing-resistant factors (security keys or
  platform authenticators). Text-message codes are not accepted for these accounts.
- Factors are registered in person or after identity verification through a second channel; a lost
  factor is revoked the same day.

## Sessions and devices

- Laptops lock after at most 15 minutes without activity and need the password or biometrics to unlock.
- Single sign-on sessions last at most 12 hours for administrators and 7 days for others; sensitive
  actions ask for the second factor again.
- Remote access to production goes through the approved access path, with multi-factor authentication
  and logging, never through direct exposure of administrative ports.

## Secrets used by systems

- Keys, tokens and certificates are stored in the approved secrets store, never in source code,
  container images or configuration files in repositories. Automated scanning blocks committed secrets.
- Each secret has an owner, the narrowest scope that works, and a rotation period of at most 12 months;
  secrets are rotated at once when a person who knew them leaves or exposure is suspected.

## Exceptions

A system that cannot meet a requirement is listed with its compensating controls (for example network
restriction or extra monitoring) and an exception approved under the Policy Management and Exceptions
Policy, reviewed at least yearly.

## Enforcement

Sharing a password or a one-time code, turning off multi-factor authentication, or storing secrets in
code is a breach of this policy, handled under the Code of Conduct and Sanctions Policy.

## Review

{{policy_owner}} reviews this policy {{review_cadence}} and whenever guidance on authentication changes
materially. {{approver}} approves each new version.
`,
};
