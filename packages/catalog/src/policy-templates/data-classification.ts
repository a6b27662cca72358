import type { PolicyTemplate } from './schema.ts';

export const DATA_CLASSIFICATION: PolicyTemplate = {
  id: 'data-classification',
  title: 'Data Classification and Handling Policy',
  summary: 'The classes of data the company holds and how each must be stored, shared and protected.',
  categories: ['security', 'confidentiality'],
  controls: ['DATA-01', 'DATA-02', 'DATA-07', 'DATA-08', 'OPS-19', 'CHG-08'],
  criteria: ['C1.1', 'CC2.1', 'CC6.3', 'CC6.7', 'CC8.1'],
  audience: 'all_staff',
  reviewCadenceMonths: 12,
  body: `# Data Classification and Handling Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Not all information needs the same care. This policy sorts the information {{company_name}} holds into
classes and sets, for each class, how it may be stored, shared, copied and destroyed, so that
confidential information is recognised and protected from creation to disposal.

## Scope

All information the company creates, receives or holds, in any form: databases, files, messages,
tickets, source code, backups, printouts and conversations.

## Roles and responsibilities

- **Data owners** (the leader responsible for each kind of data) decide its class and who may access it.
- **System owners** make sure their systems apply the handling rules for the highest class they hold, and
  keep the inventory of confidential data stores current.
- **{{policy_owner}}** maintains this policy and the inventory, and answers classification questions.
- **Everyone** treats information according to its class; when unsure, they treat it as Confidential
  and ask.

## Classes

| Class | What it covers | Examples |
| --- | --- | --- |
| Restricted | Information whose exposure would cause severe harm to customers or the company | Customer data held in the product, credentials and keys, personal information of staff and users, security findings not yet fixed |
| Confidential | Internal information not meant for outsiders | Contracts, financial data, source code, internal plans, architecture documents |
| Internal | Everyday working information with little harm if exposed | Team notes, internal announcements, general procedures |
| Public | Information approved for anyone | Published marketing, documentation, the privacy notice |

Information is Internal unless labelled or obviously another class. Customer data is always Restricted,
whatever its content, because the company has promised to protect it.

## Handling rules

| Rule | Restricted | Confidential | Internal | Public |
| --- | --- | --- | --- | --- |
| Where stored | Production systems and approved stores only | Approved company systems | Approved company systems | Anywhere |
| Access | Named roles, approved per system, reviewed quarterly | Staff who need it | All staff | Anyone |
| Encryption | At rest and in transit, always | At rest and in transit | In transit | Not required |
| Sharing outside | Only under a contract with confidentiality terms and with owner approval | Under a non-disclosure agreement | With manager approval | Freely |
| Copies | No copies outside production; never in test, laptops, chat or email | Only in approved systems | Only in approved systems | No limit |
| Disposal | Secure deletion, recorded | Secure deletion | Normal deletion | Normal deletion |

Further rules:

- Production customer data is never copied to development, test or analytics environments; anonymised
  or synthetic data is used instead.
- Copying Restricted or Confidential data to removable media or personal storage is blocked where the
  technology allows and forbidden everywhere.
- Confidential information is shared with third parties only after a non-disclosure agreement or a
  contract with equivalent terms is in place.
- Printed Restricted information is avoided; when unavoidable, it is kept locked and shredded after use.

## Inventory of confidential data stores

System owners keep a list of every store holding Restricted or Confidential data, with its owner,
location and classes held. The list is reviewed at least every 12 months and when a new store is created.

## Exceptions

Exceptions, such as a one-time export of Restricted data for a customer, need written approval of the
data owner and {{policy_owner}} under the Policy Management and Exceptions Policy, and a record of where
the copy went and when it was deleted.

## Enforcement

Mishandling Restricted data is treated as a security incident and reported to {{security_contact}}; the
person responsible may face action under the Code of Conduct and Sanctions Policy.

## Review

{{policy_owner}} reviews this policy and the data store inventory {{review_cadence}}. {{approver}}
approves each new version.
`,
};
