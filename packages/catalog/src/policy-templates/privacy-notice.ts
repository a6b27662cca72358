import type { PolicyTemplate } from './schema.ts';

export const PRIVACY_NOTICE: PolicyTemplate = {
  id: 'privacy-notice',
  title: 'Privacy Notice',
  summary: 'The public notice telling individuals what personal information the company collects and why.',
  categories: ['privacy'],
  controls: [
    'PRIV-01',
    'PRIV-02',
    'PRIV-03',
    'PRIV-04',
    'PRIV-05',
    'PRIV-09',
    'PRIV-10',
    'PRIV-11',
    'PRIV-12',
    'PRIV-15',
    'PRIV-18',
    'DATA-03',
  ],
  criteria: [
    'CC2.3',
    'P1.1',
    'P2.1',
    'P3.1',
    'P3.2',
    'P4.1',
    'P4.2',
    'P4.3',
    'P5.1',
    'P5.2',
    'P6.1',
    'P6.6',
    'P8.1',
  ],
  audience: 'all_staff',
  reviewCadenceMonths: 12,
  body: `# Privacy Notice

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## About this notice

This notice explains what personal information {{company_name}} collects about you, why, how long it is
kept, who it is shared with, and the choices and rights you have. It applies to visitors of our websites,
users of our service, people who contact us, and representatives of our customers and partners. Where we
process personal information inside our service on behalf of a customer, that customer's own privacy
notice applies and we act on its instructions.

## Who is responsible

{{policy_owner}} is responsible for this notice and for our privacy practices. You can reach us about
anything in it at {{privacy_contact}}.

## What we collect

- **Information you give us:** your name, work email, company, job title and password when you create an
  account; what you write to us when you ask for support or a demo; billing contact details.
- **Information collected as you use the service:** sign-in times, settings, actions in the product, the
  device and browser used, and your IP address, kept as security and activity logs.
- **Information from our websites:** pages visited and how you arrived, through cookies. Cookies that are
  not needed to run the site are used only with your consent, which you can withdraw at any time.
- **Information from others:** your employer may add you as a user; we do not buy personal information.

We collect only what we need for the purposes below, and we do not collect sensitive categories of
information such as health or beliefs.

## Why we use it

- To provide the service you or your employer signed up for, and to keep your account secure.
- To answer your questions and provide support.
- To bill customers and meet our legal and accounting obligations.
- To improve the service, using information that is aggregated or no longer identifies you where possible.
- To send product news and marketing, only where you have agreed or the law allows it; every message has
  a link to stop them.

We do not sell your personal information or use it for purposes unrelated to these. If we want to use it
for a new purpose, we will tell you first and ask for your consent where it is needed.

## Who we share it with

We share personal information only with service providers who help us run the business (hosting, email
delivery, payment processing, customer support tools), under contracts that limit their use to our
instructions and require them to protect it; with professional advisers; and with authorities when the
law requires it. We keep a list of our service providers that process customer data and tell customers
before adding one. We do not disclose personal information to anyone else without your consent.

## How long we keep it

Account information is kept while the account is active and deleted within 30 days after it closes,
except what we must keep by law, such as invoices. Security logs are kept for 12 months. Marketing
contacts are kept until you unsubscribe or for 2 years without interaction. Deleted information leaves
our backups within 35 days.

## How we protect it

We encrypt personal information in transit and at rest, limit access to staff who need it, require
multi-factor authentication, monitor our systems, and train our staff. If a breach affects your personal
information, we will tell you and the relevant authorities without undue delay, as the law requires.

## Your choices and rights

You can ask us to show you the personal information we hold about you, correct it, delete it, or stop
using it for marketing. You can update most account details yourself in the service. Write to
{{privacy_contact}}; we will confirm your identity and answer within 30 days. Depending on where you live,
you may have further rights, including to complain to a data protection authority; we would appreciate
the chance to resolve your concern first.

## Complaints

Concerns about how we handle personal information go to {{privacy_contact}}. Each complaint is recorded,
investigated and answered, and we review complaints regularly to improve our practices.

## Changes to this notice

We review this notice {{review_cadence}}. When we change it materially, we will tell users of the service
before the change takes effect. The date at the top shows when it last changed.
`,
};
