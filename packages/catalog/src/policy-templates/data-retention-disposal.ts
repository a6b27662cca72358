import type { PolicyTemplate } from './schema.ts';

export const DATA_RETENTION_DISPOSAL: PolicyTemplate = {
  id: 'data-retention-disposal',
  title: 'Data Retention and Secure Disposal Policy',
  summary: 'How long each kind of data is kept, and how data, devices and media are securely destroyed.',
  categories: ['security', 'confidentiality', 'privacy'],
  controls: ['DATA-03', 'DATA-04', 'DATA-05', 'DATA-06', 'VEN-05'],
  criteria: ['C1.2', 'CC6.5', 'P4.2', 'P4.3'],
  audience: 'all_staff',
  reviewCadenceMonths: 12,
  body: `# Data Retention and Secure Disposal Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Data kept longer than needed is risk without benefit. This policy sets how long {{company_name}} keeps
each kind of data, makes sure it is deleted when that time ends or a customer asks, and makes sure
devices and media are destroyed so that nothing can be recovered from them.

## Scope

All data the company holds in any system, backup or archive, including data held by vendors on the
company's behalf, and every device or medium that has stored company data.

## Roles and responsibilities

- **Data owners** set the retention period for their data within the schedule below, and confirm
  deletions.
- **Engineering** automates retention and deletion in production systems and backups, and records each run.
- **IT** disposes of devices and media and keeps the disposal records.
- **Legal** sets periods that laws or contracts require, and issues and lifts legal holds.
- **{{policy_owner}}** keeps the schedule current and checks every year that it is applied.

## Retention schedule

Unless a contract or law requires otherwise, data is kept for the following periods and then deleted:

| Data | Retention |
| --- | --- |
| Customer data in the product | For the life of the contract; deleted within 30 days after it ends |
| Backups of production data | 35 days, rolling |
| Security and audit logs | At least 12 months; 90 days immediately searchable |
| Application and debug logs | 30 days |
| Support tickets and customer correspondence | 3 years after the ticket closes |
| Contracts and invoices | 7 years after expiry, or as tax law requires |
| Personnel records | Length of employment plus the period local law requires |
| Background check outcomes | Length of employment plus 1 year |
| Job applicant information | 12 months after the hiring decision, unless the candidate agrees otherwise |
| Compliance evidence and audit reports | At least 3 years |
| Marketing contacts | Until consent is withdrawn, or 2 years without interaction |

Data owners may set shorter periods. Longer periods need a documented reason approved by {{policy_owner}}.

## Deletion

- Retention is enforced automatically wherever possible; automated jobs record what they deleted and when,
  and their failures raise an alert.
- When a customer's contract ends, or a customer asks, their data is deleted from production within
  30 days and ages out of backups within the backup retention period. The deletion is confirmed in
  writing on request.
- Requests from individuals to delete their personal information are handled under the privacy process
  where Privacy is in scope.
- Vendors holding company data return or delete it when the service ends, and confirm it.

## Legal holds

Legal may suspend deletion of specific data for litigation, an investigation or a regulator's request.
A hold is recorded with its scope and reason, and deletion resumes as soon as it is lifted.

## Secure disposal of devices and media

- Laptops, phones and drives are wiped with a method that overwrites or cryptographically erases all
  data before reuse, resale or recycling.
- Media that cannot be wiped, or that failed, are physically destroyed, by the company or by a disposal
  vendor that provides a certificate of destruction.
- Each disposal is recorded against the asset with the date, the method and who performed it.
- Paper with Confidential or Restricted information is cross-cut shredded or placed in locked disposal bins.
- Cloud storage is disposed of by deleting the resources and their keys; the provider's own media
  disposal is checked through its audit reports.

## Exceptions

Exceptions to the schedule are approved by the data owner and {{policy_owner}} under the Policy
Management and Exceptions Policy; legal holds are not exceptions and follow the section above.

## Enforcement

Keeping copies of data beyond its retention period, or disposing of media without wiping it, is a breach
of this policy handled under the Code of Conduct and Sanctions Policy.

## Review

{{policy_owner}} reviews this policy and its schedule {{review_cadence}}. {{approver}} approves each new
version.
`,
};
