import type { PolicyTemplate } from './schema.ts';

export const CHANGE_MANAGEMENT: PolicyTemplate = {
  id: 'change-management',
  title: 'Change and Release Management Policy',
  summary: 'How changes to production are reviewed, tested, approved, released and, in emergencies, handled.',
  categories: ['security'],
  controls: ['CHG-01', 'CHG-02', 'CHG-03', 'CHG-04', 'CHG-05', 'CHG-06', 'CHG-07', 'CHG-09', 'RISK-06'],
  criteria: ['CC3.4', 'CC5.1', 'CC5.2', 'CC5.3', 'CC6.8', 'CC8.1'],
  audience: 'engineering',
  reviewCadenceMonths: 12,
  body: `# Change and Release Management Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Most outages and many security problems start with a change. This policy makes sure every change to the
{{company_name}} production system is intended, reviewed by a second person, tested, approved and
traceable, while keeping releases small and frequent.

## Scope

Changes to application code, infrastructure code, configuration, database schemas, production data
corrections, third-party components, and the build and release pipeline itself.

## Roles and responsibilities

- **Authors** describe each change, link it to its reason, and test it.
- **Reviewers** are engineers other than the author who understand the affected area; they approve only
  what they have read.
- **Release owners** (the on-call engineer, or a named engineer per team) watch each release and roll
  back when needed.
- **{{policy_owner}}** maintains this policy, protects the pipeline's settings, and samples changes
  every quarter to check it is followed.

## Standard changes

1. Every change is made in version control on a branch, and linked to a ticket, issue or other record
   stating why it is needed.
2. The main branch is protected: changes merge only through a review approved by at least one person
   other than the author, with all required automated checks passing. Administrators cannot bypass this
   protection without leaving a record.
3. Automated checks run on every change: unit and integration tests, static analysis, dependency and
   secret scanning.
4. Changes are deployed only through the automated pipeline, first to a non-production environment that
   does not hold production customer data, then to production. Nobody deploys from their own machine.
5. Deployments are recorded with the version, time and who started them, and can be rolled back.

## Significant changes

Changes to authentication, authorization, encryption, data storage, network boundaries, or the
introduction of a new system or vendor receive a security review before release, and are checked for
their effect on the risk assessment and the system description. Database migrations and production data
corrections are reviewed like code; direct edits of production data are not allowed except through an
approved, logged procedure.

## Emergency changes

When an incident requires a change faster than the normal process allows, the on-call engineer may
release it with the approval of a second engineer or the incident lead, given in the incident record.
The change is reviewed under the normal process within two business days; the review is recorded, and
anything that should not stay is reverted.

## Separation of environments and duties

Development, test and production environments are separate, with separate access. Engineers who write
changes do not also approve them. Access to change pipeline settings and branch protection is limited to
a small named group and reviewed every quarter.

## Communication

Changes that alter how customers use the product, or their commitments, are announced to customers
before or at release. Planned maintenance that may affect availability is announced in advance on the
company's status page.

## Exceptions

Any change released outside this process, other than an emergency change, is recorded, reviewed after the
fact, and approved as an exception under the Policy Management and Exceptions Policy.

## Enforcement

Bypassing review, deploying outside the pipeline or changing production by hand is a breach of this
policy handled under the Code of Conduct and Sanctions Policy.

## Review

{{policy_owner}} reviews this policy {{review_cadence}}. {{approver}} approves each new version.
`,
};
