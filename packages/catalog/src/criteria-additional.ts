import type { Criterion } from './schemas.ts';

/** Additional criteria for availability, confidentiality and processing integrity, in canonical order. */
export const CRITERIA_ADDITIONAL: Criterion[] = [
  {
    id: 'A1.1',
    groupId: 'A1',
    category: 'availability',
    title: 'Capacity management',
    description:
      'Current processing capacity and usage are measured and evaluated so that capacity can be added in ' +
      'time to meet demand and commitments.',
    pointsOfFocus: [
      'Usage of system components is measured to establish a baseline.',
      'Future capacity needs are forecast and compared with availability commitments.',
      'Capacity is added or rearranged based on those forecasts.',
    ],
  },
  {
    id: 'A1.2',
    groupId: 'A1',
    category: 'availability',
    title: 'Environmental protection, backup and recovery infrastructure',
    description:
      'Environmental safeguards, software, data backups and recovery infrastructure are designed, obtained, ' +
      'run, monitored and maintained to keep the system available.',
    pointsOfFocus: [
      'Environmental threats such as fire, flood, power loss and cooling failure are identified.',
      'Environmental protections and detection are in place and maintained, often by the hosting provider.',
      'Environmental alerts are reviewed and acted on.',
      'The data that needs backing up is identified.',
      'Backups run on a defined schedule and failures are noticed and fixed.',
      'Backups are stored away from the primary system.',
      'Alternate processing capacity, such as another zone or region, is ready if the primary fails.',
    ],
  },
  {
    id: 'A1.3',
    groupId: 'A1',
    category: 'availability',
    title: 'Recovery testing',
    description: 'Procedures supporting system recovery are tested to show they will work when needed.',
    pointsOfFocus: [
      'Continuity and recovery plans are tested periodically against realistic scenarios.',
      'Test results feed updates to the plans.',
      'Restores from backup are tested to confirm the data is complete and usable.',
    ],
  },
  {
    id: 'C1.1',
    groupId: 'C1',
    category: 'confidentiality',
    title: 'Identifying and protecting confidential information',
    description:
      'Information designated as confidential is identified and kept protected so that confidentiality ' +
      'commitments are met.',
    pointsOfFocus: [
      'Confidential information is recognised and classified when it is received or created.',
      'Retention periods for confidential information are set.',
      'Confidential information is protected from unauthorised access, change and early destruction.',
      'Access to confidential information is limited to people who need it.',
      'Parties receiving confidential information are bound by confidentiality terms.',
    ],
  },
  {
    id: 'C1.2',
    groupId: 'C1',
    category: 'confidentiality',
    title: 'Disposal of confidential information',
    description:
      'Confidential information is disposed of properly once it is no longer needed or when commitments ' +
      'require it.',
    pointsOfFocus: [
      'Confidential information due for destruction is identified, such as at the end of retention or on request.',
      'It is destroyed or made unreadable using approved methods.',
      'Destruction is recorded, including for copies held by vendors.',
    ],
  },
  {
    id: 'PI1.1',
    groupId: 'PI1',
    category: 'processing_integrity',
    title: 'Processing specifications',
    description:
      'The organisation defines and communicates what the system should process and how, including the ' +
      'data definitions and quality expectations that support its products and services.',
    pointsOfFocus: [
      'Specifications for inputs, processing and outputs are defined and documented.',
      'The data needed for each product or service is defined, including sources and quality requirements.',
      'Information customers need to use the service correctly, such as formats and limits, is published.',
      'Specifications are communicated to the internal and external users who depend on them.',
    ],
  },
  {
    id: 'PI1.2',
    groupId: 'PI1',
    category: 'processing_integrity',
    title: 'Input controls',
    description: 'System inputs are controlled so that they are complete and accurate.',
    pointsOfFocus: [
      'Required characteristics of inputs, such as format, range and completeness, are defined.',
      'Inputs are checked against those characteristics and errors are handled.',
      'Records of inputs are kept so they can be traced later.',
    ],
  },
  {
    id: 'PI1.3',
    groupId: 'PI1',
    category: 'processing_integrity',
    title: 'Processing controls',
    description:
      'System processing is controlled so that results are complete, accurate and timely and match ' +
      'specifications.',
    pointsOfFocus: [
      'Processing activities and their expected results are defined.',
      'Processing errors are detected and corrected promptly.',
      'Processing activity is logged so that results can be traced.',
      'Inputs are processed completely, accurately and on time, as specified.',
    ],
  },
  {
    id: 'PI1.4',
    groupId: 'PI1',
    category: 'processing_integrity',
    title: 'Output controls',
    description:
      'Outputs are delivered completely, accurately and on time, to the intended recipients only, in line ' +
      'with specifications.',
    pointsOfFocus: [
      'Outputs are protected from theft, loss and unauthorised change.',
      'Outputs reach only the parties they are intended for.',
      'Outputs are complete and accurate, with reconciliation where it is practical.',
      'Records of output delivery are kept.',
    ],
  },
  {
    id: 'PI1.5',
    groupId: 'PI1',
    category: 'processing_integrity',
    title: 'Storage controls',
    description:
      'Inputs, items in process and outputs are stored completely, accurately and on time, and protected ' +
      'while they are kept.',
    pointsOfFocus: [
      'Stored items are protected from theft, corruption, destruction and damage.',
      'System records are archived and protected in line with retention requirements.',
      'Data is stored completely and accurately.',
      'Records of storage activity are maintained.',
    ],
  },
];
