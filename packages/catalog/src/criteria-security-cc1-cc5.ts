import type { Criterion } from './schemas.ts';

// CC1-CC5 restate the 17 COSO 2013 principles, but not in COSO's order: CC2 (information and communication)
// comes before CC3 (risk assessment), so the principle numbers run 1-5, 13-15, 6-9, 16-17, 10-12.
/** Common criteria CC1 to CC5 (the COSO-based criteria), in canonical order. */
export const CRITERIA_CC1_CC5: Criterion[] = [
  {
    id: 'CC1.1',
    groupId: 'CC1',
    category: 'security',
    title: 'Integrity and ethical values',
    description:
      'Leadership sets clear expectations for ethical behaviour, lives by them, and responds consistently ' +
      'when people fall short of them.',
    pointsOfFocus: [
      'The board and senior leaders show through their decisions and conduct that integrity matters.',
      'A written code of conduct spells out expected behaviour and is understood across the organisation.',
      'Adherence to the code is checked, for example through periodic acknowledgements and reporting channels.',
      'Departures from expected conduct are identified and dealt with promptly and consistently.',
      'Contractors and vendor staff who work on the system are held to the same expectations.',
    ],
    cosoPrinciple: 1,
  },
  {
    id: 'CC1.2',
    groupId: 'CC1',
    category: 'security',
    title: 'Independent board oversight',
    description:
      'A board or equivalent body that is independent of management oversees how internal control is ' +
      'designed and how well it works.',
    pointsOfFocus: [
      'The oversight body has written responsibilities covering the organisation’s requirements and expectations.',
      'Members collectively have, or can draw on, the expertise needed to challenge management, including security.',
      'Enough members are independent of management to give objective scrutiny.',
      'Oversight spans the control environment, risk, control activities, communication and monitoring.',
      'Outside specialists are consulted when the body lacks knowledge of a topic.',
    ],
    cosoPrinciple: 2,
  },
  {
    id: 'CC1.3',
    groupId: 'CC1',
    category: 'security',
    title: 'Structure, authority and responsibility',
    description:
      'With board oversight, management defines the organisational structure, reporting lines and the ' +
      'authority and responsibility each role carries toward the system’s objectives.',
    pointsOfFocus: [
      'All parts of the organisation, including legal entities and outsourced functions, are considered in its design.',
      'Reporting lines let each area exercise its authority and pass information up and across.',
      'Authority and responsibilities are defined, assigned and limited, with duties separated where needed.',
      'Ownership of information security and privacy is explicitly assigned.',
      'Responsibilities handed to vendors and business partners are documented and overseen.',
    ],
    cosoPrinciple: 3,
  },
  {
    id: 'CC1.4',
    groupId: 'CC1',
    category: 'security',
    title: 'Competent people',
    description:
      'The organisation hires, develops and retains people with the skills its objectives require, and ' +
      'checks that they stay competent.',
    pointsOfFocus: [
      'Policies describe the knowledge, skills and conduct each role needs.',
      'Competence of staff and outsourced providers is evaluated and gaps are closed.',
      'Recruiting, mentoring and training are used to attract, grow and keep capable people.',
      'Succession plans exist for roles that are important to internal control.',
      'Candidates’ backgrounds are checked in proportion to the sensitivity of the role.',
      'Technical and security skills are kept current through ongoing training.',
    ],
    cosoPrinciple: 4,
  },
  {
    id: 'CC1.5',
    groupId: 'CC1',
    category: 'security',
    title: 'Accountability for controls',
    description:
      'People are held answerable for the internal control responsibilities they have been given, ' +
      'through performance management, incentives and discipline.',
    pointsOfFocus: [
      'Structures and authority lines make clear who answers for each control responsibility.',
      'Performance measures, incentives and rewards reflect control duties as well as business goals.',
      'Measures and incentives are revisited so they stay relevant and do not reward shortcuts.',
      'Pressures such as aggressive targets that could push people to bypass controls are recognised and eased.',
      'Individual performance is evaluated, followed by reward or disciplinary action as appropriate.',
    ],
    cosoPrinciple: 5,
  },
  {
    id: 'CC2.1',
    groupId: 'CC2',
    category: 'security',
    title: 'Quality information for control',
    description:
      'The organisation identifies what information its controls need, obtains or generates it, and keeps ' +
      'it relevant, reliable and protected.',
    pointsOfFocus: [
      'The information needed for controls to operate is identified.',
      'Data is captured from both internal and external sources.',
      'Raw data is turned into information that is timely, current and reliable.',
      'Completeness and accuracy of information are maintained as it is processed and reported.',
      'Flows of data between system components and parties are documented.',
      'Information assets are inventoried with named owners.',
      'Information is classified so that its handling matches its sensitivity.',
    ],
    cosoPrinciple: 13,
  },
  {
    id: 'CC2.2',
    groupId: 'CC2',
    category: 'security',
    title: 'Internal communication',
    description:
      'Objectives, responsibilities and other information people need to perform their control duties are ' +
      'communicated within the organisation, including to the board.',
    pointsOfFocus: [
      'Staff are told about their control responsibilities and the policies that apply to them.',
      'Management and the board exchange the information needed for oversight.',
      'A separate channel, such as an anonymous hotline, exists for concerns that normal routes cannot handle.',
      'Staff know how to report failures, incidents and concerns.',
      'Security awareness is built through training and regular reminders.',
      'People are informed about the system’s boundaries, objectives and significant changes to it.',
    ],
    cosoPrinciple: 14,
  },
  {
    id: 'CC2.3',
    groupId: 'CC2',
    category: 'security',
    title: 'External communication',
    description:
      'The organisation exchanges control-relevant information with customers, vendors, regulators and other ' +
      'outside parties, in both directions.',
    pointsOfFocus: [
      'Relevant information is shared with customers, partners, regulators and other external parties.',
      'Outsiders have channels to send information in, including complaints and problem reports.',
      'Commitments on security and any other in-scope category are communicated to those who rely on them.',
      'Customers and partners are told what they are responsible for, and when that changes.',
      'External parties affected by an incident are informed about it.',
      'A description of the system and its boundaries is available to authorised users.',
    ],
    cosoPrinciple: 15,
  },
  {
    id: 'CC3.1',
    groupId: 'CC3',
    category: 'security',
    title: 'Clear objectives',
    description:
      'Objectives are stated clearly enough that the risks threatening them can be identified and assessed.',
    pointsOfFocus: [
      'Operational objectives reflect management’s choices and include performance goals.',
      'Acceptable levels of variation around each objective (risk tolerance) are considered.',
      'Objectives guide how resources are committed.',
      'Internal and external reporting objectives follow appropriate standards.',
      'Compliance objectives reflect applicable laws, regulations and contractual commitments.',
      'Sub-objectives are set for units and functions so that risks can be assessed at that level.',
    ],
    cosoPrinciple: 6,
  },
  {
    id: 'CC3.2',
    groupId: 'CC3',
    category: 'security',
    title: 'Risk identification and analysis',
    description:
      'Risks to the organisation’s objectives are identified across the whole organisation and analysed ' +
      'to decide how each should be managed.',
    pointsOfFocus: [
      'Risks are identified at organisation, business-unit and function level.',
      'Internal and external factors, such as technology, people, regulation and the environment, are analysed.',
      'Appropriate levels of management take part in the assessment.',
      'Likelihood and impact of each risk are estimated.',
      'A response is chosen for each risk: accept, avoid, reduce or share it.',
      'Critical information assets are identified together with their threats and vulnerabilities.',
      'Risks arising from vendors, business partners and other third parties are included.',
    ],
    cosoPrinciple: 7,
  },
  {
    id: 'CC3.3',
    groupId: 'CC3',
    category: 'security',
    title: 'Fraud risk',
    description: 'The possibility of fraud is explicitly considered when risks to objectives are assessed.',
    pointsOfFocus: [
      'Several forms of fraud are considered, including false reporting, theft of assets and corruption.',
      'Incentives and pressures that could motivate fraud are assessed.',
      'Opportunities for fraud, such as weak controls or excessive access, are assessed.',
      'The ways people might rationalise wrongdoing are considered.',
      'Threats that technology and access to information make possible are part of the assessment.',
    ],
    cosoPrinciple: 8,
  },
  {
    id: 'CC3.4',
    groupId: 'CC3',
    category: 'security',
    title: 'Significant change',
    description:
      'Changes inside or outside the organisation that could materially affect internal control are ' +
      'identified and their risks assessed.',
    pointsOfFocus: [
      'Shifts in the regulatory, economic and physical environment are assessed.',
      'New products, business lines, acquisitions and rapid growth are assessed for their effect on controls.',
      'Changes in leadership and their effect on attitudes toward control are considered.',
      'Changes in systems, technology and architecture are assessed.',
      'Changes in vendor and business partner relationships are assessed.',
      'Newly emerging threats and vulnerabilities are taken into account.',
    ],
    cosoPrinciple: 9,
  },
  {
    id: 'CC4.1',
    groupId: 'CC4',
    category: 'security',
    title: 'Control evaluations',
    description:
      'Ongoing and separate evaluations are selected and carried out to confirm that controls are in ' +
      'place and working.',
    pointsOfFocus: [
      'A mix of continuous monitoring and periodic separate evaluations is used.',
      'The pace of change in the business and system influences how evaluations are planned.',
      'Evaluations start from a clear understanding of how controls are meant to work.',
      'Evaluators have the knowledge needed for what they review.',
      'Monitoring is built into business processes and adapts to changing conditions.',
      'Scope and frequency of separate evaluations reflect risk.',
      'Objective evaluations, such as internal audits, penetration tests or certifications, are used.',
    ],
    cosoPrinciple: 16,
  },
  {
    id: 'CC4.2',
    groupId: 'CC4',
    category: 'security',
    title: 'Deficiency reporting and remediation',
    description:
      'Control weaknesses are evaluated and reported promptly to those who must correct them, including ' +
      'senior management and the board where warranted.',
    pointsOfFocus: [
      'Management, and the board where appropriate, assess the results of evaluations.',
      'Deficiencies are reported to the people responsible for corrective action and escalated as needed.',
      'Corrective actions are tracked until the deficiency is resolved on time.',
    ],
    cosoPrinciple: 17,
  },
  {
    id: 'CC5.1',
    groupId: 'CC5',
    category: 'security',
    title: 'Risk-driven control activities',
    description:
      'Control activities are chosen and developed to bring the risks to objectives down to an acceptable level.',
    pointsOfFocus: [
      'Control activities respond to the risks identified in the risk assessment.',
      'The organisation’s size, complexity and environment shape the choice of controls.',
      'The business processes that need control activities are identified.',
      'A mix of manual and automated, preventive and detective controls is used.',
      'Controls are applied at the appropriate levels of the organisation.',
      'Incompatible duties are separated, or compensating controls are used where that is impractical.',
    ],
    cosoPrinciple: 10,
  },
  {
    id: 'CC5.2',
    groupId: 'CC5',
    category: 'security',
    title: 'Technology general controls',
    description:
      'General controls over technology are selected and developed so that the technology the business ' +
      'relies on supports its objectives.',
    pointsOfFocus: [
      'The dependency between business processes and the technology behind them is understood.',
      'Controls over technology infrastructure keep processing complete, accurate and available.',
      'Security management controls restrict technology access to authorised people and processes.',
      'Controls govern how technology is acquired, developed and maintained.',
    ],
    cosoPrinciple: 11,
  },
  {
    id: 'CC5.3',
    groupId: 'CC5',
    category: 'security',
    title: 'Policies and procedures',
    description:
      'Controls are put into practice through policies that state what is expected and procedures that ' +
      'describe how it is done.',
    pointsOfFocus: [
      'Policies express management’s directives and procedures turn them into action.',
      'Responsibility for carrying out each policy sits with the relevant management.',
      'Control activities are performed on time, as defined.',
      'Problems found while performing controls are investigated and corrected.',
      'Competent people with enough authority perform the controls.',
      'Policies and procedures are reviewed periodically and updated when needed.',
    ],
    cosoPrinciple: 12,
  },
];
