import type { ReportKind, ReportType } from './schemas.ts';

/** SOC 1, SOC 2 and SOC 3 compared in plain language, to help teams pick the report they need. */
export const REPORT_KINDS: ReportKind[] = [
  {
    id: 'soc1',
    name: 'SOC 1',
    evaluates:
      'Controls at a service organisation that matter to its customers’ financial reporting, measured ' +
      'against control objectives that management chooses.',
    audience: 'Customers’ finance teams and the auditors of their financial statements.',
    distribution: 'Restricted use: shared with existing customers and their auditors only.',
    evidence:
      'Management’s system description and assertion plus the auditor’s opinion; a Type 2 also lists each ' +
      'control, how the auditor tested it and what was found.',
    period: 'Either a single date (Type 1) or a period of operation (Type 2).',
    whenPossible:
      'When the service affects customers’ financial statements, for example payroll, billing or payments, ' +
      'and their auditors ask for it.',
  },
  {
    id: 'soc2',
    name: 'SOC 2',
    evaluates:
      'Controls relevant to the trust services criteria: the security common criteria, plus any of ' +
      'availability, processing integrity, confidentiality and privacy that are in scope.',
    audience: 'Customers, prospects, partners and regulators who know enough about the service to read it.',
    distribution: 'Restricted use, normally released under a non-disclosure agreement or via a trust portal.',
    evidence:
      'A system description written to the DC 200 criteria, management’s assertion, the auditor’s opinion ' +
      'and, for Type 2, every control with the test performed and its result, exceptions included.',
    period: 'One as-of date for Type 1; an observation window of 3 to 12 months for Type 2.',
    whenPossible:
      'Type 1 as soon as controls are designed and in place; Type 2 once they have run for a full observation ' +
      'window. It is the report B2B SaaS customers ask for most.',
  },
  {
    id: 'soc3',
    name: 'SOC 3',
    evaluates:
      'The same examination as a SOC 2 Type 2, summarised as a single conclusion on whether controls ' +
      'were effective over the period.',
    audience: 'Anyone, including the public and prospects who have not signed an NDA.',
    distribution: 'General use: it can be published on a website or in marketing material.',
    evidence:
      'The auditor’s opinion, management’s assertion and a short description of system boundaries and ' +
      'principal service commitments, with no list of controls and no test results.',
    period: 'Matches the period of the SOC 2 Type 2 examination it comes from.',
    whenPossible:
      'Only alongside a SOC 2 Type 2 covering the same period, because it relies on that testing of ' +
      'operating effectiveness.',
  },
];

/** Type 1 and Type 2 reports compared, including the evidence each requires. */
export const REPORT_TYPES: ReportType[] = [
  {
    id: 'type1',
    name: 'Type 1',
    evaluates:
      'Whether the system description is fair and the controls are suitably designed and in place on a ' +
      'specific date.',
    period: 'one as-of date',
    evidence:
      'Policies, configurations and a single example of each control; nothing shows the controls kept ' +
      'working over time.',
    whenToChoose:
      'A first report needed quickly for a sales deal, or controls too new to have run through a period. ' +
      'Plan to follow it with a Type 2.',
  },
  {
    id: 'type2',
    name: 'Type 2',
    evaluates:
      'Everything a Type 1 covers, plus whether the controls operated effectively throughout the period.',
    period: 'observation window of 3 to 12 months',
    evidence:
      'Samples drawn from complete populations over the window (hires, leavers, changes, access reviews, ' +
      'incidents), sized by how often each control runs, with any exceptions reported.',
    whenToChoose:
      'What most enterprise customers expect. A 3-month window suits a first report; after that, ' +
      'back-to-back 12-month periods give continuous coverage.',
  },
];
