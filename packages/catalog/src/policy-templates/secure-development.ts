import type { PolicyTemplate } from './schema.ts';

export const SECURE_DEVELOPMENT: PolicyTemplate = {
  id: 'secure-development',
  title: 'Secure Development Policy',
  summary: 'How the company designs, writes, tests and ships software with security built in.',
  categories: ['security'],
  controls: ['CHG-02', 'CHG-08', 'CHG-10', 'OPS-04', 'OPS-17', 'HR-10'],
  criteria: ['CC1.4', 'CC3.4', 'CC6.1', 'CC6.8', 'CC7.1', 'CC8.1'],
  audience: 'engineering',
  reviewCadenceMonths: 12,
  body: `# Secure Development Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Security flaws are cheapest to fix before they ship. This policy sets how {{company_name}} builds
security into its software, from design to release, so that the product protects customer data by design
and not by chance.

## Scope

All software the company writes or configures for its product and internal tools: application code,
infrastructure code, scripts, mobile and desktop clients, and the third-party components they include.

## Roles and responsibilities

- **Engineers** follow the practices below, complete secure development training, and raise security
  concerns in their designs and reviews.
- **Engineering leads** make sure designs of significant changes get a security review and that findings
  are planned and fixed.
- **{{policy_owner}}** provides security guidance and threat models, runs the annual penetration test and
  tracks findings.

## Design

- Significant features and architecture changes (new data flows, authentication, authorization, storage
  of sensitive data, new external integrations) have a short written design that includes a threat model:
  what could go wrong, for whom, and what prevents it.
- Designs follow least privilege, deny by default, validate every input at trust boundaries, and keep
  secrets out of code.
- Every request that reads or changes customer data checks both the user's role and the customer account
  it belongs to.

## Coding

- Engineers follow the company's coding guidelines, which address at least: injection, broken access
  control, cross-site scripting and request forgery, insecure deserialisation, server-side request
  forgery, unsafe file handling, and logging of sensitive data.
- Only maintained third-party components from trusted sources are used; new dependencies are chosen with
  care for their maintenance, licence and security history.
- Production customer data is never used in development or testing.
- Secrets are read from the secrets store at run time; committed secrets are blocked and, if found, rotated.

## Review and testing

- Every change is reviewed by another engineer before merge, as set out in the Change and Release
  Management Policy; reviewers look at security as well as correctness.
- Automated checks on every change include static analysis, dependency vulnerability scanning and secret
  scanning; a finding of high or critical severity blocks the merge unless an exception is recorded.
- Tests cover authorization rules and input validation for new endpoints.
- An independent penetration test of the product is performed at least every 12 months and after major
  architecture changes; findings are fixed within the deadlines of the Vulnerability and Patch Management
  Policy.

## Training

Engineers complete secure development training within 60 days of joining and every 12 months after,
covering the common weaknesses above and the company's own lessons from past findings.

## Handling findings

Security bugs found in review, testing, scanning, the penetration test or reported from outside are
tracked in the issue tracker with a severity, an owner and a due date, and handled under the Vulnerability
and Patch Management Policy. Suspected exploitation is reported at once to {{security_contact}} as an
incident.

## Exceptions

A release that ships with a known high or critical finding needs the approval of {{policy_owner}}, a
compensating control and a fix date, recorded under the Policy Management and Exceptions Policy.

## Enforcement

Bypassing required checks, or knowingly shipping insecure code without an approved exception, is a breach
of this policy handled under the Code of Conduct and Sanctions Policy.

## Review

{{policy_owner}} reviews this policy and the coding guidelines {{review_cadence}}. {{approver}} approves
each new version.
`,
};
