import type { PolicyTemplate } from './schema.ts';

export const CODE_OF_CONDUCT: PolicyTemplate = {
  id: 'code-of-conduct',
  title: 'Code of Conduct and Sanctions Policy',
  summary:
    'The standards of integrity expected of everyone, how to raise concerns, and what follows a breach.',
  categories: ['security'],
  controls: ['GOV-01', 'GOV-08', 'HR-05', 'HR-07'],
  criteria: ['CC1.1', 'CC1.5', 'CC2.2', 'CC5.3'],
  audience: 'all_staff',
  reviewCadenceMonths: 12,
  body: `# Code of Conduct and Sanctions Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Customers, colleagues and partners rely on the people of {{company_name}} to act honestly. This code
states the behaviour the company expects, gives everyone a safe way to raise a concern, and sets out how
breaches of this code and of the company's other policies are handled, fairly and consistently.

## Scope

The code applies to every employee, contractor, temporary worker and member of the board, at work, at
company events and whenever they act on the company's behalf, including online.

## Roles and responsibilities

- **Leadership** sets the example, and acts on reported concerns without delay.
- **Managers** explain the code to their teams and escalate anything that may breach it; they never
  handle a concern about themselves.
- **{{policy_owner}}** keeps the code current, runs the reporting channel and keeps a record of concerns,
  investigations and outcomes.
- **Human resources** runs investigations and disciplinary steps, and keeps their records confidential.
- **Everyone** reads and accepts the code when they join and each time it changes materially.

## What we expect

- **Integrity.** Be truthful with customers, auditors, colleagues and authorities. Never falsify records,
  evidence, test results or time and expense reports.
- **Respect.** Treat everyone with dignity. Harassment, discrimination, bullying and retaliation are not
  tolerated.
- **Confidentiality.** Protect customer, company and personal information, during employment and after it.
- **Conflicts of interest.** Declare any outside interest, relationship or role that could influence
  your decisions for the company, before acting on the matter.
- **Gifts and bribery.** Never offer or accept anything of value to win or keep business improperly.
  Gifts above a modest value, or any gift from a party in an active purchase, are declared to your manager.
- **Fair dealing.** Follow competition, export, privacy and anti-corruption laws wherever the company works.
- **Company assets.** Use company money, equipment and systems for company purposes and protect them
  from loss, misuse and theft.

## Raising a concern

Anyone who sees or suspects a breach of this code, a policy or the law raises it with their manager,
with {{policy_owner}}, or through the confidential reporting channel, which accepts anonymous reports.
Concerns about leadership can go straight to the board. Each report is acknowledged within five business
days, looked into by someone independent of the matter, and closed with a recorded outcome.

No one is penalised for raising a concern in good faith, even when it turns out to be unfounded.
Retaliation against a person who raised a concern is itself a serious breach of this code.

## Sanctions

Breaches are handled through a documented disciplinary process that follows local employment law and
the terms of each contract. The response is proportionate to the seriousness of the breach, whether it
was deliberate, its effect on customers and the company, and any earlier breaches. Possible outcomes are:

1. a recorded conversation and additional training;
2. a written warning;
3. a final written warning, removal of access or a change of role;
4. ending employment or the contract;
5. a claim for losses or referral to the authorities, where the law has been broken.

Security breaches that put customer data at risk are treated as serious from the first occurrence.
Each disciplinary case records the facts, the decision, who made it and when.

## Exceptions

There are no exceptions to the standards of integrity in this code. Questions about how it applies to a
particular situation go to {{policy_owner}} before acting.

## Enforcement

Managers and human resources apply this code. Failing to report a known serious breach may itself lead
to disciplinary action.

## Review

{{policy_owner}} reviews this code {{review_cadence}}, together with a summary of concerns raised and how
they were resolved. {{approver}} approves each new version, and everyone accepts material changes.
`,
};
