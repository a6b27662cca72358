import type { PolicyTemplate } from './schema.ts';

export const PHYSICAL_SECURITY: PolicyTemplate = {
  id: 'physical-security',
  title: 'Physical and Environmental Security Policy',
  summary: 'Protecting offices, equipment and the data centres the service runs in.',
  categories: ['security'],
  controls: ['AC-16', 'AC-17', 'AC-18', 'DATA-06'],
  criteria: ['A1.2', 'C1.2', 'CC6.4', 'CC6.5', 'CC9.2'],
  audience: 'all_staff',
  reviewCadenceMonths: 12,
  body: `# Physical and Environmental Security Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Logical controls can be undone by someone who walks up to a machine. This policy sets how
{{company_name}} protects its offices, its equipment and the facilities that host its service from
unauthorised entry, theft, damage and environmental threats such as fire, flood and power loss.

## Scope

Company offices and any shared workspace the company rents, equipment and paper records in them,
company equipment used at home or while travelling, and the data centres of the cloud providers that
host production.

## Roles and responsibilities

- **Office management** (or IT, where there is no office manager) issues and revokes badges and keys,
  keeps the visitor log and looks after the office's environmental protections.
- **{{policy_owner}}** reviews physical access every quarter and checks the cloud providers' evidence
  every year.
- **Everyone** wears or carries their badge, challenges or reports people they do not recognise, and
  protects equipment in their care.

## Data centres

The company runs no data centre of its own; production is hosted by cloud providers. Their physical and
environmental controls (perimeter security, access control, surveillance, power, cooling, fire
suppression, and media destruction) are relied on and checked every 12 months in the providers'
independent audit reports under the Vendor and Third-Party Risk Management Policy. Any exceptions in
those reports are assessed and recorded.

## Offices

- Entry is controlled by badge, key or code. Badges are personal, issued on approval of the person's
  manager, and deactivated on the day the person leaves; lost badges are deactivated when reported.
- Visitors sign in with their name, host and times, are accompanied by their host in non-public areas,
  and return their visitor badge when they leave. Visitor logs are kept for at least 12 months.
- Areas with network equipment, stored devices or paper records are locked and open only to named staff.
- Every quarter, the list of people with physical access is compared with the current staff list and
  anyone who should not have access is removed.
- Offices have smoke detection and fire extinguishers, and network equipment is on a protected power
  supply. Building-provided protections are confirmed with the landlord.

## Equipment and paper

- Screens are locked whenever a person leaves their device; desks are cleared of Confidential and
  Restricted papers at the end of the day.
- Laptops are never left unattended in public places or visible in vehicles, and are carried as hand
  luggage when travelling.
- Remote workers keep company devices where others in the household cannot use them, and take calls
  about Restricted information where they cannot be overheard.
- Equipment leaving service is wiped or destroyed under the Data Retention and Secure Disposal Policy.

## Exceptions

Offices or spaces that cannot meet a requirement (for example a shared workspace without visitor control)
are listed with compensating measures, such as no Restricted data on paper, and approved under the
Policy Management and Exceptions Policy.

## Enforcement

Lending a badge, letting people tailgate into controlled areas, or leaving equipment unprotected is a
breach of this policy handled under the Code of Conduct and Sanctions Policy.

## Review

{{policy_owner}} reviews this policy {{review_cadence}}. {{approver}} approves each new version.
`,
};
