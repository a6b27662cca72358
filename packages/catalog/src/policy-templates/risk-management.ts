import type { PolicyTemplate } from './schema.ts';

export const RISK_MANAGEMENT: PolicyTemplate = {
  id: 'risk-management',
  title: 'Risk Management Policy',
  summary: 'How the company identifies, rates, treats and reviews risks, fraud risk included.',
  categories: ['security'],
  controls: ['RISK-01', 'RISK-02', 'RISK-03', 'RISK-04', 'RISK-05', 'RISK-06', 'RISK-08', 'GOV-07'],
  criteria: ['CC2.3', 'CC3.1', 'CC3.2', 'CC3.3', 'CC3.4', 'CC5.1', 'CC9.1'],
  audience: 'employees',
  reviewCadenceMonths: 12,
  body: `# Risk Management Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Controls cost time and money, so they should go where the risk is. This policy sets how {{company_name}}
identifies what could stop it meeting its objectives and its commitments to customers, rates those
risks, decides what to do about them, and keeps that picture current.

## Scope

Risks to the company's service, data, people, finances, legal position and reputation, including risks
arising from vendors, from change, and from fraud by insiders or outsiders.

## Roles and responsibilities

- **Leadership** sets the company's objectives and risk tolerance, approves treatment of high risks and
  accepts the remaining risk.
- **{{policy_owner}}** runs the risk assessment, keeps the risk register and reports it to leadership.
- **Risk owners** (named for each risk) carry out its treatment plan and report progress.
- **Everyone** raises risks they see, through their manager or directly with {{policy_owner}}.

## Objectives and tolerance

Leadership writes down the objectives the company's controls serve (its commitments to customers, its
legal duties and its own goals) and the level of risk it is willing to accept. Risks rated High or
Critical are above tolerance and must be treated.

## The risk assessment

At least every 12 months, and when a significant change occurs, {{policy_owner}} leads an assessment that:

1. lists threats and weaknesses relevant to the company's systems, data, people, vendors and locations,
   including new legal and regulatory requirements and current threat intelligence;
2. rates each risk for likelihood (1 rare to 5 almost certain) and impact (1 negligible to 5 severe),
   before and after existing controls, and multiplies them into a score:
   1 to 4 Low, 5 to 9 Medium, 10 to 16 High, 20 and 25 Critical;
3. chooses a treatment for each risk: reduce (add or strengthen controls), transfer (contract or
   insurance), avoid (stop the activity), or accept;
4. records the results in the risk register, with the owner, treatment plan and due date for each risk.

## Fraud risk

The assessment includes fraud explicitly: how someone inside or outside the company could misstate
records, steal money or data, misuse access, or override controls, and what incentives and pressures
could lead to it. Typical treatments are separation of duties for payments and access approvals, review
of unusual transactions and privileged actions, and the confidential reporting channel. Leadership
reviews the fraud risks as part of each assessment.

## Significant change

New products, markets, major vendors, acquisitions, large changes in staff or architecture, and new laws
trigger a focused risk review before or as they happen, and update the register.

## Treatment and acceptance

- Treatment plans for High and Critical risks are approved by leadership and tracked to completion.
- Accepting a risk above tolerance needs written approval from leadership, with a reason and a date for
  review no more than 12 months away.
- Insurance is reviewed every year against the transferred risks.

## Reporting

{{policy_owner}} reports the register, the status of treatment plans and any new High or Critical risks to
leadership at least every quarter. The risk register is kept for at least three years.

## Exceptions

Exceptions to other policies are risks: each is recorded in the risk register when granted under the
Policy Management and Exceptions Policy.

## Enforcement

Knowingly hiding a risk, or overriding controls without approval, is a breach of this policy handled under
the Code of Conduct and Sanctions Policy.

## Review

{{policy_owner}} reviews this policy {{review_cadence}}. {{approver}} approves each new version.
`,
};
