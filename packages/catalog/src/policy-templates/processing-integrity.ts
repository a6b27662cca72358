import type { PolicyTemplate } from './schema.ts';

export const PROCESSING_INTEGRITY: PolicyTemplate = {
  id: 'processing-integrity',
  title: 'Processing Integrity Policy',
  summary: 'Making sure the service processes data completely, accurately, on time and only as authorised.',
  categories: ['processing_integrity'],
  controls: ['PI-01', 'PI-02', 'PI-03', 'PI-04', 'PI-05', 'PI-06', 'PI-07', 'PI-08', 'PI-09', 'CHG-09'],
  criteria: ['CC2.3', 'CC8.1', 'PI1.1', 'PI1.2', 'PI1.3', 'PI1.4', 'PI1.5'],
  audience: 'engineering',
  reviewCadenceMonths: 12,
  body: `# Processing Integrity Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Customers rely on the results the {{company_name}} service produces. This policy makes sure that what the
service processes for them is complete, accurate, timely and authorised, from the moment data arrives
until results are delivered and stored, and that errors are caught and corrected.

## Scope

The processing the company commits to in its customer contracts and documentation: data received through
the product, its interfaces and imports; the calculations, transformations and scheduled jobs applied to
it; and the outputs, reports, exports and stored records produced from it.

## Roles and responsibilities

- **Product and engineering leads** define and document each processing specification.
- **Engineering** builds the checks below into the service, monitors processing and corrects errors.
- **Support** receives customer reports of incorrect results and routes them to engineering.
- **{{policy_owner}}** reviews the specifications every year and the error records every quarter.

## Specifications

Each processing activity in scope has a written specification: what inputs it accepts, what it does with
them, what outputs it produces, its timing, and how completeness and accuracy are checked. The parts
customers rely on are described in the customer-facing documentation, kept current with each release
that changes them.

## Inputs

- Every input is validated against its specification at the point it enters the service (type, format,
  range, required fields and authorisation of the sender); invalid input is refused with a clear
  message naming what is wrong, and nothing from it is stored.
- Imports of files are all-or-nothing: a file with errors changes nothing until corrected.
- Inputs are recorded with their source and time so that any result can be traced back to them.

## Processing

- Scheduled and background jobs are monitored; a failed, stuck or late job raises an alert.
- Processing errors are recorded, assigned and resolved within one business day for errors affecting
  customer results; their cause and correction are recorded.
- Changes to processing logic go through the Change and Release Management Policy, with automated tests
  that cover the specification. Corrections of stored data go through an approved, logged procedure.

## Outputs

- Where totals or counts can be compared, outputs are reconciled with their inputs, automatically where
  possible, and differences are investigated.
- Outputs are delivered only to the authorised recipients defined by the customer, through encrypted
  channels, and their delivery is recorded.

## Storage

- Stored data is protected against unauthorised change by access controls and, for critical records,
  integrity checks such as checksums or hashes that are verified.
- Data is backed up and restorable under the Business Continuity, Disaster Recovery and Backup Policy.

## Exceptions

Processing that cannot meet a requirement is listed with the risk and compensating checks, and approved
under the Policy Management and Exceptions Policy.

## Enforcement

Releasing processing changes without the required tests, or altering customer records outside the
approved procedure, is a breach of this policy handled under the Code of Conduct and Sanctions Policy.

## Review

{{policy_owner}} reviews this policy {{review_cadence}}. {{approver}} approves each new version.
`,
};
