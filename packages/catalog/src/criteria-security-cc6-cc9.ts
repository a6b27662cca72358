import type { Criterion } from './schemas.ts';

// CC6-CC9 are the supplemental common criteria added on top of COSO, so none carries a COSO principle.
/** Common criteria CC6 to CC9 (access, operations, change and risk mitigation), in canonical order. */
export const CRITERIA_CC6_CC9: Criterion[] = [
  {
    id: 'CC6.1',
    groupId: 'CC6',
    category: 'security',
    title: 'Logical access security',
    description:
      'Access control software, infrastructure and architecture protect information assets from ' +
      'unauthorised logical access.',
    pointsOfFocus: [
      'An inventory of infrastructure, software and data assets is kept current.',
      'New architectures are assessed for security before they are adopted.',
      'Logical access to assets is restricted through access control tooling and rules.',
      'Users, devices and services are identified and authenticated, with stronger methods for sensitive access.',
      'Network segmentation keeps unrelated parts of the system apart.',
      'Points through which outside parties connect are identified and controlled.',
      'Credentials for infrastructure and software are created, stored and rotated under defined procedures.',
      'Data at rest is encrypted where appropriate and encryption keys are protected through their lifecycle.',
    ],
  },
  {
    id: 'CC6.2',
    groupId: 'CC6',
    category: 'security',
    title: 'User registration and removal',
    description:
      'People are registered and approved before they receive system credentials, and their credentials are ' +
      'removed when access is no longer needed.',
    pointsOfFocus: [
      'New internal and external users are approved before credentials are issued.',
      'Credentials are revoked promptly when someone leaves or no longer needs them.',
      'Accounts and credentials are reviewed periodically to confirm they are still appropriate.',
      'Shared, generic and service accounts are identified and each has an accountable owner.',
    ],
  },
  {
    id: 'CC6.3',
    groupId: 'CC6',
    category: 'security',
    title: 'Role-based access and least privilege',
    description:
      'Access to data, software and other assets is granted, changed and removed according to roles, ' +
      'following least privilege and separation of duties.',
    pointsOfFocus: [
      'Access is added or changed only on an approved request linked to a role or need.',
      'Access is reduced or removed when a role changes or the need ends.',
      'Role-based structures enforce least privilege and keep incompatible duties apart.',
      'Roles and the rules behind them are reviewed periodically for ongoing appropriateness.',
    ],
  },
  {
    id: 'CC6.4',
    groupId: 'CC6',
    category: 'security',
    title: 'Physical access',
    description:
      'Physical access to facilities and protected locations such as data centres, backup media and ' +
      'equipment is limited to authorised people.',
    pointsOfFocus: [
      'Physical access is granted only after approval by an appropriate person.',
      'Badges and keys are disabled or recovered promptly when no longer needed.',
      'Lists of people with physical access are reviewed periodically.',
      'Where hosting is outsourced, the provider’s physical controls are relied on and checked through its reports.',
    ],
  },
  {
    id: 'CC6.5',
    groupId: 'CC6',
    category: 'security',
    title: 'Secure disposal of assets',
    description:
      'Logical and physical protections stay on assets until the data they hold can no longer be read or ' +
      'recovered, and only then do the assets leave the organisation’s control.',
    pointsOfFocus: [
      'Data, software and hardware due for disposal are identified.',
      'Media and devices are wiped or destroyed so their data cannot be recovered.',
      'Disposal is recorded, including certificates from disposal vendors where they are used.',
    ],
  },
  {
    id: 'CC6.6',
    groupId: 'CC6',
    category: 'security',
    title: 'Protection at the system boundary',
    description:
      'Logical access measures protect the system against threats originating outside its boundaries.',
    pointsOfFocus: [
      'The kinds of activity allowed through external access channels are restricted.',
      'Credentials used over external connections are protected, for example by encryption in transit.',
      'Remote and external access requires additional authentication such as a second factor.',
      'Boundary protections like firewalls, gateways and intrusion detection guard against outside attack.',
    ],
  },
  {
    id: 'CC6.7',
    groupId: 'CC6',
    category: 'security',
    title: 'Protecting data in motion',
    description:
      'Sending, moving and removing information is limited to authorised users and processes, and the ' +
      'information is protected while it travels.',
    pointsOfFocus: [
      'Only authorised people and processes can transmit, move or remove information.',
      'Data is encrypted or sent over secure channels when it crosses untrusted networks.',
      'Removable media are restricted and protected.',
      'Laptops and mobile devices are protected, for example by disk encryption and remote wipe.',
    ],
  },
  {
    id: 'CC6.8',
    groupId: 'CC6',
    category: 'security',
    title: 'Malicious and unauthorised software',
    description:
      'Controls prevent or detect the introduction of unauthorised or malicious software, and the ' +
      'organisation acts when it is found.',
    pointsOfFocus: [
      'Installing or changing software is limited to authorised people.',
      'Unauthorised changes to software and configuration are detected.',
      'A defined configuration management process sets and enforces baselines.',
      'Anti-malware tooling is deployed and kept up to date.',
      'Software and files coming from outside are scanned before use.',
    ],
  },
  {
    id: 'CC7.1',
    groupId: 'CC7',
    category: 'security',
    title: 'Vulnerability and configuration detection',
    description:
      'Detection and monitoring procedures find configuration changes that introduce weaknesses and newly ' +
      'discovered vulnerabilities.',
    pointsOfFocus: [
      'Configuration standards define secure settings for each type of component.',
      'Infrastructure and software are monitored for drift from those standards.',
      'Change-detection mechanisms alert on unauthorised modifications.',
      'Unknown or unauthorised components on the network are detected.',
      'Vulnerability scans run periodically and after major changes, and findings are fixed on time.',
    ],
  },
  {
    id: 'CC7.2',
    groupId: 'CC7',
    category: 'security',
    title: 'Anomaly monitoring',
    description:
      'System components are monitored for unusual behaviour that may signal malicious acts, natural ' +
      'disasters or errors, and anomalies are analysed to see whether they are security events.',
    pointsOfFocus: [
      'Detection policies, procedures and tools are in place across infrastructure and software.',
      'Detection covers unauthorised access, unusual traffic, malicious code and breaches of physical barriers.',
      'Filters and thresholds separate meaningful anomalies from noise.',
      'The detection tooling itself is monitored so that failures are noticed.',
    ],
  },
  {
    id: 'CC7.3',
    groupId: 'CC7',
    category: 'security',
    title: 'Security event evaluation',
    description:
      'Security events are assessed to decide whether they could stop the organisation meeting its ' +
      'objectives and therefore count as incidents, and action is taken accordingly.',
    pointsOfFocus: [
      'Detected events are reviewed by qualified people to decide whether they are incidents.',
      'Defined procedures guide the analysis of an event’s severity and scope.',
      'Confirmed incidents are escalated and handled under the response plan.',
      'Any effect on personal information is assessed.',
      'Personal information that was used or disclosed without authorisation is identified.',
    ],
  },
  {
    id: 'CC7.4',
    groupId: 'CC7',
    category: 'security',
    title: 'Incident response',
    description:
      'Identified incidents are handled through a defined programme to understand, contain, fix and ' +
      'communicate about them.',
    pointsOfFocus: [
      'Roles and responsibilities for response, including who leads and who decides, are assigned.',
      'The nature of the incident is understood before a containment approach is chosen.',
      'Incidents are contained and the threat is removed.',
      'Operations are restored and exploited vulnerabilities are remediated.',
      'Communication protocols cover staff, customers, regulators and other affected parties.',
      'The effectiveness of the response is evaluated afterwards.',
      'Incidents are reviewed periodically to spot trends and recurring causes.',
    ],
  },
  {
    id: 'CC7.5',
    groupId: 'CC7',
    category: 'security',
    title: 'Incident recovery',
    description: 'Activities to recover from security incidents are identified, developed and carried out.',
    pointsOfFocus: [
      'Affected systems and data are rebuilt or restored to a known good state.',
      'Information about the incident and the recovery is shared with those affected.',
      'The root cause is determined.',
      'Changes are made so the same problem is prevented or detected next time.',
      'Lessons learned are fed back into response and recovery procedures.',
      'Recovery plans are tested periodically, for example through tabletop exercises.',
    ],
  },
  {
    id: 'CC8.1',
    groupId: 'CC8',
    category: 'security',
    title: 'Controlled change',
    description:
      'Changes to infrastructure, data, software and procedures are authorised, designed, documented, ' +
      'tested, approved and deployed in a controlled way.',
    pointsOfFocus: [
      'A defined lifecycle governs changes to infrastructure, data, software and procedures.',
      'Changes are authorised before work starts, then documented and tracked to completion.',
      'Changes are tested in an environment separate from production before release.',
      'Someone other than the author approves each change before it is deployed.',
      'Baseline configurations are kept and updated through the change process.',
      'Emergency changes follow an expedited path with review and approval after the fact.',
      'Patches are applied through the change process within defined timeframes.',
      'Confidential and personal data are kept out of development and testing or protected there.',
    ],
  },
  {
    id: 'CC9.1',
    groupId: 'CC9',
    category: 'security',
    title: 'Business disruption risk',
    description:
      'The organisation identifies and develops ways to reduce the risk of business disruption, such as ' +
      'continuity planning and insurance.',
    pointsOfFocus: [
      'Activities that limit the impact of disruption, such as continuity and recovery planning, are developed.',
      'Insurance is considered as a way to offset financial loss.',
      'Continuity planning is tied into the wider risk management process.',
    ],
  },
  {
    id: 'CC9.2',
    groupId: 'CC9',
    category: 'security',
    title: 'Vendor and partner risk',
    description:
      'Risks arising from vendors and business partners are assessed and managed over the relationship.',
    pointsOfFocus: [
      'Requirements for each vendor engagement are set before onboarding.',
      'Vendor and partner risks are assessed at onboarding and periodically afterwards.',
      'An owner is accountable for managing each vendor relationship.',
      'Communication and issue-handling arrangements with vendors are defined.',
      'Vendor performance and controls are reviewed, for example through their assurance reports.',
      'Relationships can be ended in an orderly way, including return or deletion of data.',
      'Vendors commit contractually to confidentiality and privacy obligations, and compliance is checked.',
    ],
  },
];
