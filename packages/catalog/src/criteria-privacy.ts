import type { Criterion } from './schemas.ts';

/** Additional criteria for privacy, P1.1 to P8.1, in canonical order. */
export const CRITERIA_PRIVACY: Criterion[] = [
  {
    id: 'P1.1',
    groupId: 'P1',
    category: 'privacy',
    title: 'Privacy notice',
    description:
      'Individuals receive a notice describing how their personal information is handled, and are told ' +
      'in good time when those practices change.',
    pointsOfFocus: [
      'The notice covers purposes, choices, collection, use, retention, disclosure, access, quality and complaints.',
      'Notice is given at or before collection, and before information is used for a new purpose.',
      'The notice states which entities, services and activities it applies to.',
      'The notice is easy to find and written in plain language.',
      'Individuals are informed promptly when privacy practices change.',
    ],
  },
  {
    id: 'P2.1',
    groupId: 'P2',
    category: 'privacy',
    title: 'Choice and consent',
    description:
      'Individuals are told what choices they have about their personal information, explicit consent is ' +
      'obtained where required, and the basis for implied consent is recorded.',
    pointsOfFocus: [
      'Available choices about collection, use, retention, disclosure and disposal are explained.',
      'The consequences of refusing or withdrawing consent are explained.',
      'Consent, whether implied or explicit, is obtained and recorded before or at collection.',
      'New purposes or uses require fresh consent, which is documented.',
      'Explicit consent is collected for sensitive personal information.',
      'Consent is obtained before data is transferred when that is required.',
    ],
  },
  {
    id: 'P3.1',
    groupId: 'P3',
    category: 'privacy',
    title: 'Limited collection',
    description: 'Personal information is collected only to the extent the stated privacy objectives allow.',
    pointsOfFocus: [
      'Only the personal information needed for the stated purposes is collected.',
      'Collection methods are fair and lawful.',
      'Third-party sources of personal information are checked for reliability and lawful collection.',
      'Individuals are told when additional information about them is obtained.',
    ],
  },
  {
    id: 'P3.2',
    groupId: 'P3',
    category: 'privacy',
    title: 'Explicit consent before collection',
    description:
      'Where explicit consent is required, individuals are told why and what happens if they refuse, and ' +
      'consent is obtained before anything is collected.',
    pointsOfFocus: [
      'The purpose of the consent and the effect of declining are explained before collection.',
      'Explicit consent is obtained before the information is collected.',
      'Records of explicit consent are kept for as long as the information is held.',
    ],
  },
  {
    id: 'P4.1',
    groupId: 'P4',
    category: 'privacy',
    title: 'Purpose-limited use',
    description: 'Personal information is used only for the purposes the organisation has stated.',
    pointsOfFocus: [
      'Personal information is used only for purposes in the notice that individuals have agreed to.',
      'Proposed new uses are checked against the notice and consent before they begin.',
      'Access and system design make it hard to repurpose personal information without authorisation.',
    ],
  },
  {
    id: 'P4.2',
    groupId: 'P4',
    category: 'privacy',
    title: 'Retention of personal information',
    description: 'Personal information is kept only as long as the privacy objectives require.',
    pointsOfFocus: [
      'Retention periods are defined from purposes and legal requirements.',
      'Personal information is protected from loss and unauthorised change while it is held.',
      'Information that has passed its retention period is flagged for disposal.',
    ],
  },
  {
    id: 'P4.3',
    groupId: 'P4',
    category: 'privacy',
    title: 'Secure disposal of personal information',
    description: 'Personal information is disposed of securely so that it cannot be recovered.',
    pointsOfFocus: [
      'Requests to delete personal information are captured and tracked.',
      'Personal information is deleted, anonymised or redacted so it cannot be reconstructed.',
      'Disposal reaches every copy, including backups and copies held by vendors, within set timeframes.',
    ],
  },
  {
    id: 'P5.1',
    groupId: 'P5',
    category: 'privacy',
    title: 'Individual access',
    description:
      'Individuals whose identity has been verified can review and obtain a copy of their personal ' +
      'information, and are told why if access is refused.',
    pointsOfFocus: [
      'The identity of the person making a request is verified.',
      'Individuals can see and obtain copies of their personal information.',
      'Information is provided in an understandable form, within a reasonable time and at little or no cost.',
      'Refusals are explained in writing where the law allows.',
    ],
  },
  {
    id: 'P5.2',
    groupId: 'P5',
    category: 'privacy',
    title: 'Correction and amendment',
    description:
      'Personal information is corrected or amended at an individual’s request, corrections reach third ' +
      'parties that received it, and refusals are explained.',
    pointsOfFocus: [
      'Individuals can ask for their personal information to be corrected or completed.',
      'Corrections are passed on to third parties that received the information.',
      'Refused corrections are explained, and the individual’s disagreement is recorded.',
    ],
  },
  {
    id: 'P6.1',
    groupId: 'P6',
    category: 'privacy',
    title: 'Disclosure with consent',
    description:
      'Personal information is shared with third parties only for purposes individuals have explicitly ' +
      'agreed to in advance.',
    pointsOfFocus: [
      'Personal information goes to third parties only for purposes covered by consent.',
      'Recipients are told about the privacy requirements that apply to the information.',
      'Recipients are assessed to confirm they are appropriate and bound by privacy terms.',
      'Disclosures for new purposes require new consent.',
    ],
  },
  {
    id: 'P6.2',
    groupId: 'P6',
    category: 'privacy',
    title: 'Record of authorised disclosures',
    description: 'A complete and accurate record of authorised disclosures of personal information is kept.',
    pointsOfFocus: [
      'Each authorised disclosure is recorded: what was shared, with whom, when and why.',
      'The disclosure record is checked for completeness and accuracy.',
      'The record is retained long enough to answer individuals’ requests.',
    ],
  },
  {
    id: 'P6.3',
    groupId: 'P6',
    category: 'privacy',
    title: 'Record of unauthorised disclosures',
    description:
      'A complete and accurate record is kept of detected or reported unauthorised disclosures, breaches ' +
      'included.',
    pointsOfFocus: [
      'Detected or reported unauthorised disclosures, including breaches, are logged.',
      'Each entry captures what was disclosed, when, to whom and how it was handled.',
      'The log is kept complete and retained.',
    ],
  },
  {
    id: 'P6.4',
    groupId: 'P6',
    category: 'privacy',
    title: 'Vendor privacy commitments',
    description:
      'Vendors and partners with access to personal information commit to privacy obligations, and their ' +
      'compliance is checked periodically.',
    pointsOfFocus: [
      'Vendors handling personal information sign terms consistent with the organisation’s commitments.',
      'Vendor compliance is assessed periodically, for example through audits or assurance reports.',
      'Misuse of personal information by a vendor is remediated.',
    ],
  },
  {
    id: 'P6.5',
    groupId: 'P6',
    category: 'privacy',
    title: 'Vendor reporting of unauthorised disclosure',
    description:
      'Vendors with access to personal information commit to reporting actual or suspected unauthorised ' +
      'disclosures, and those reports feed the incident process.',
    pointsOfFocus: [
      'Contracts require vendors to report actual or suspected unauthorised disclosures promptly.',
      'Vendor reports are routed into the organisation’s incident response process.',
      'Issues reported by vendors are tracked to resolution.',
    ],
  },
  {
    id: 'P6.6',
    groupId: 'P6',
    category: 'privacy',
    title: 'Breach notification',
    description:
      'Affected individuals, regulators and other parties are notified of breaches and incidents involving ' +
      'personal information as commitments and law require.',
    pointsOfFocus: [
      'Breaches are assessed to determine who must be notified and by when.',
      'Individuals, regulators and other parties are notified within required timeframes.',
      'Notices explain what happened, which information was involved and what people can do.',
    ],
  },
  {
    id: 'P6.7',
    groupId: 'P6',
    category: 'privacy',
    title: 'Accounting of data and disclosures',
    description:
      'On request, individuals receive an account of the personal information held about them and of ' +
      'its disclosures.',
    pointsOfFocus: [
      'The types of personal information held and how each is handled are known.',
      'Requests for an accounting are captured and tracked.',
      'Individuals receive the accounting within a reasonable time.',
    ],
  },
  {
    id: 'P7.1',
    groupId: 'P7',
    category: 'privacy',
    title: 'Data quality',
    description: 'Personal information is kept accurate, complete, current and relevant to its purposes.',
    pointsOfFocus: [
      'Personal information is accurate and complete when collected and stays that way.',
      'Information is reviewed so it remains relevant to its purposes.',
      'Individuals have a way to update their own information.',
    ],
  },
  {
    id: 'P8.1',
    groupId: 'P8',
    category: 'privacy',
    title: 'Privacy monitoring and enforcement',
    description:
      'Privacy inquiries, complaints and disputes are received, resolved and tracked, compliance with ' +
      'privacy commitments is monitored, and shortfalls are corrected.',
    pointsOfFocus: [
      'Individuals are told how to raise inquiries, complaints and disputes.',
      'Complaints are logged, investigated and resolved in a timely way.',
      'Outcomes and available recourse are documented and communicated.',
      'Compliance with privacy commitments is reviewed periodically and reported to management.',
      'Instances of non-compliance are documented, reported and fixed.',
      'Privacy practices are monitored on an ongoing basis.',
    ],
  },
];
