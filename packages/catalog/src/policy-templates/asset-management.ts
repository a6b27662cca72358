import type { PolicyTemplate } from './schema.ts';

export const ASSET_MANAGEMENT: PolicyTemplate = {
  id: 'asset-management',
  title: 'Asset Management Policy',
  summary: 'Keeping an owned, current inventory of devices, systems and data stores, and protecting each.',
  categories: ['security'],
  controls: ['OPS-01', 'OPS-06', 'OPS-07', 'OPS-08', 'OPS-16', 'DATA-06'],
  criteria: ['CC2.1', 'CC6.1', 'CC6.5', 'CC6.7', 'CC6.8'],
  audience: 'all_staff',
  reviewCadenceMonths: 12,
  body: `# Asset Management Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

The company can only protect what it knows it has. This policy makes sure {{company_name}} keeps an
accurate inventory of its assets, that each asset has an owner who answers for it, and that every
device and system meets a minimum level of protection for its whole life.

## Scope

- End-user devices: laptops, desktops, phones and tablets used for company work.
- Infrastructure: cloud accounts, servers, containers, databases, storage, networks and domains.
- Software: production services, corporate applications and the vendors that provide them.
- Data stores holding confidential or customer data.

## Roles and responsibilities

- **IT** keeps the inventory of end-user devices and corporate applications, and issues and recovers devices.
- **Engineering** keeps the inventory of production infrastructure, preferably generated from the
  infrastructure code and cloud accounts themselves.
- **Asset owners** (named for each system and data store) keep its entry accurate, decide who may use
  it, and make sure it is protected and disposed of properly.
- **{{policy_owner}}** reconciles the inventories every quarter and follows up gaps.
- **Everyone** looks after the devices issued to them and reports loss or theft within 24 hours.

## The inventory

Each asset record holds at least: a unique identifier, a description, its owner, its location or cloud
account, the highest classification of data it holds, and its status (in use, in storage, disposed of).
Assets are added when they are bought or created and updated when they change owner or are retired.
Every quarter, the inventories are compared with what device management, the cloud accounts and the
single sign-on provider actually see; anything unknown is investigated and either recorded or removed.

## End-user devices

Company work is done on company-managed devices. Every such device:

- is enrolled in device management before it is handed over;
- has full-disk encryption, a screen lock after at most 15 minutes and a password or biometrics to unlock;
- runs the company's endpoint protection, which its user may not turn off;
- receives operating system and browser updates automatically, installed within 14 days of release;
- allows software only from approved sources, as set out in the Acceptable Use Policy;
- can be located, locked and wiped remotely.

Personal devices may be used only for email, chat and calendar through the company's managed apps, and
never to store customer data.

## Infrastructure and software

Production resources are created through reviewed infrastructure code, tagged with their owner and
environment, and meet the Secure Configuration and Network Security Policy. Corporate applications are
approved before use under the Vendor and Third-Party Risk Management Policy.

## Loss, return and disposal

- Lost or stolen devices are locked and wiped remotely as soon as they are reported.
- Devices are returned when a person leaves, or wiped remotely if not returned within 10 business days.
- Before a device or storage medium is reused or disposed of, its data is destroyed as set out in the
  Data Retention and Secure Disposal Policy, and the disposal is recorded against the asset.

## Exceptions

Devices that cannot run device management or endpoint protection are listed, restricted from customer
data and approved under the Policy Management and Exceptions Policy.

## Enforcement

Using an unmanaged device for customer data, or removing protections from a device, is a breach of this
policy and is handled under the Code of Conduct and Sanctions Policy.

## Review

{{policy_owner}} reviews this policy {{review_cadence}}. {{approver}} approves each new version.
`,
};
