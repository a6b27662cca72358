import type { PolicyTemplate } from './schema.ts';

export const INFORMATION_SECURITY: PolicyTemplate = {
  id: 'information-security',
  title: 'Information Security Policy',
  summary:
    'The top-level statement of how the company protects its systems and data, and who answers for it.',
  categories: ['security'],
  controls: ['GOV-02', 'GOV-05', 'GOV-06', 'GOV-11', 'GOV-15', 'RISK-04'],
  criteria: ['CC1.2', 'CC1.3', 'CC2.2', 'CC3.1', 'CC5.1', 'CC5.2', 'CC5.3'],
  audience: 'all_staff',
  reviewCadenceMonths: 12,
  body: `# Information Security Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

{{company_name}} runs a service that customers trust with their data. This policy states the company's
commitment to protect that data and the systems that hold it, sets the objectives the security programme
works towards, and names who is accountable. Every other security policy of the company sits under this
one and follows its principles.

## Scope

This policy covers every employee, contractor and temporary worker, every system the company operates or
pays for (production, corporate applications, laptops and phones used for work), and all information the
company holds, whether it belongs to the company, its customers or its staff.

## Objectives

The security programme aims to:

- keep customer and company information confidential, accurate and available as promised to customers;
- meet the company's contracts, laws and regulations, and the commitments in its system description;
- find and treat risks before they cause harm, within the risk tolerance set by leadership;
- detect, contain and learn from incidents quickly;
- show, with evidence, that controls operate as described.

## Roles and responsibilities

- **Leadership** sets the objectives and risk tolerance, provides the people and budget the programme
  needs, and reviews its state at least once a quarter.
- **{{policy_owner}}** owns the security programme: maintains the policies and the control matrix, runs
  the annual risk assessment, reports to leadership and is the first point of contact for auditors.
- **Managers** make sure their teams know and follow the policies that apply to them, and that access
  and duties in their teams match each person's role.
- **System owners** are named for every production system and business application; they approve access,
  keep the system configured securely and take part in access reviews.
- **Everyone** follows the company's policies, completes the required training, protects the
  information they handle and reports suspected incidents to {{security_contact}} without delay.

## Principles

1. **Least privilege.** People and services get only the access their work needs, for as long as it needs it.
2. **Defence in depth.** No single control is relied on alone; preventive controls are backed by monitoring.
3. **Secure by default.** New systems, changes and vendors are reviewed for security before they go live.
4. **Evidence.** Controls leave records (tickets, logs, approvals, reports) that show they operated.
5. **Continuous improvement.** Incidents, audit findings and test results lead to tracked corrective actions.

## The policy set

The company maintains written policies for at least: acceptable use; code of conduct; access control;
authentication; human resources security; awareness training; asset management; data classification;
retention and disposal; encryption; secure configuration and networks; change management; secure
development; vulnerability management; logging and monitoring; incident response; business continuity;
risk management; vendor management; physical security; and policy management. Each policy has an owner
and an approver, is published where staff can read it, and is accepted by its audience when they join
and whenever a material change is published.

## Measuring the programme

{{policy_owner}} keeps a control matrix that maps every control to the risks and criteria it addresses,
and reviews the results of control monitoring with leadership at least quarterly. Deficiencies are
recorded with an owner and a due date and tracked until closed.

## Exceptions

Where a requirement cannot be met, an exception is requested and decided under the Policy Management and
Exceptions Policy. Exceptions are written, time-limited and approved before the deviation begins.

## Enforcement

Breaking a security policy can lead to loss of access and to disciplinary action, up to and including
ending employment or a contract, and where the law is broken, to referral to the authorities.

## Review

{{policy_owner}} reviews this policy {{review_cadence}}, and sooner after a significant change to the
business, the system or the threats it faces. {{approver}} approves each new version.
`,
};
