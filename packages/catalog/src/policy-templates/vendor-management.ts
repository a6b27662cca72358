import type { PolicyTemplate } from './schema.ts';

export const VENDOR_MANAGEMENT: PolicyTemplate = {
  id: 'vendor-management',
  title: 'Vendor and Third-Party Risk Management Policy',
  summary: 'How vendors are chosen, contracted, monitored and offboarded according to the risk they carry.',
  categories: ['security'],
  controls: ['VEN-01', 'VEN-02', 'VEN-03', 'VEN-04', 'VEN-05', 'VEN-06', 'VEN-07', 'AC-18'],
  criteria: ['C1.1', 'C1.2', 'CC3.2', 'CC6.4', 'CC9.2', 'P6.4', 'P6.5'],
  audience: 'employees',
  reviewCadenceMonths: 12,
  body: `# Vendor and Third-Party Risk Management Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Much of what {{company_name}} delivers runs on other companies' services, and their weaknesses become
the company's. This policy makes sure vendors are chosen with their risk in mind, bound by contract to
protect the company's data, watched while they serve it, and cleanly removed when they stop.

## Scope

Every third party that stores, processes or can access company or customer data, or that the service
depends on to run: cloud hosting, software-as-a-service tools, subprocessors, contractors' firms,
consultants and outsourced functions. Purchases that touch no data and no system are out of scope.

## Roles and responsibilities

- **Business owners** (the person who wants the vendor) request it, explain what data it will handle,
  and manage the relationship.
- **{{policy_owner}}** rates vendor risk, reviews security evidence and approves vendors rated High.
- **Legal** makes sure contracts include the terms below.
- **Finance** pays only vendors that are in the inventory.
- **IT** connects approved vendors to single sign-on and removes access at offboarding.

## Inventory and risk rating

All vendors in scope are listed in a vendor inventory with their owner, the service, the data they
handle, whether they are a subprocessor of customer data, and their risk rating:

- **High:** holds or can access Restricted data, or the service cannot run without it.
- **Medium:** holds Confidential data, or supports an important internal function.
- **Low:** holds only Internal or Public data.

The inventory is reconciled with payments and single sign-on every quarter so that no vendor in use is
missing.

## Before signing

- High and Medium vendors provide security evidence before approval: an independent audit report (such
  as a SOC 2 report, or an ISO 27001 certificate with its statement of applicability) or, failing that,
  a completed security questionnaire.
- {{policy_owner}} reviews the evidence, including exceptions in audit reports and the controls the
  vendor expects its customers to operate, and records the decision and any conditions.
- New subprocessors of customer data are announced to customers as the customer contracts require
  before they receive data.

## Contract terms

Contracts with vendors in scope include, in proportion to their rating: confidentiality; security
measures; limits on use of data to the agreed purpose; notification of security incidents affecting
company data within 72 hours; the right to receive audit reports; data protection terms where personal
information is processed; flow-down of these terms to the vendor's own subprocessors; and return or
deletion of data at the end of the service.

## Monitoring

- High vendors are reviewed every 12 months: a new audit report or questionnaire, its exceptions, any
  incidents, and whether the rating still fits. Medium vendors are reviewed every 24 months.
- Where the company relies on a vendor's controls (for example a cloud provider's physical security),
  those controls are checked in the vendor's audit report every year.
- Vendor incidents reported to the company are handled under the Incident Response and Breach
  Notification Policy.

## Offboarding

When a vendor relationship ends, access and integrations are removed, credentials shared with the vendor
are rotated, and the vendor confirms in writing that company data has been returned or deleted.

## Exceptions

Using a High vendor before its review is complete, or without all contract terms, needs approval from
{{policy_owner}} and leadership under the Policy Management and Exceptions Policy.

## Enforcement

Buying or connecting a service that handles company data without following this policy is a breach
handled under the Code of Conduct and Sanctions Policy, and the service may be disconnected.

## Review

{{policy_owner}} reviews this policy {{review_cadence}}. {{approver}} approves each new version.
`,
};
