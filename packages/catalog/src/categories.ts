import type { Category, CriterionGroup } from './schemas.ts';

/** The five trust services categories, with advice on when a SaaS company should put each in scope. */
export const CATEGORIES: Category[] = [
  {
    id: 'security',
    code: 'CC',
    name: 'Security',
    alwaysInScope: true,
    summary:
      'Protecting the system and its information from unauthorised access, use, disclosure and damage. ' +
      'Its common criteria also form the base layer that every other category builds on.',
    whenToInclude:
      'Always. Every SOC 2 examination covers the common criteria, so there is nothing to decide here.',
  },
  {
    id: 'availability',
    code: 'A',
    name: 'Availability',
    alwaysInScope: false,
    summary:
      'Keeping the system running and usable as promised, through capacity planning, environmental ' +
      'protection, backups and tested recovery.',
    whenToInclude:
      'Add it when customers run day-to-day work on your product, when you publish an uptime commitment, ' +
      'or when buyers ask about continuity. Most SaaS products that host customer workloads include it.',
  },
  {
    id: 'processing_integrity',
    code: 'PI',
    name: 'Processing Integrity',
    alwaysInScope: false,
    summary:
      'Making sure the system processes data completely, accurately, on time and only as authorised, ' +
      'from the moment input arrives until output is delivered and stored.',
    whenToInclude:
      'Choose it when customers depend on the correctness of what you calculate or move, such as payments, ' +
      'billing, payroll, tax or data pipelines. Leave it out when errors would be obvious and low-stakes.',
  },
  {
    id: 'confidentiality',
    code: 'C',
    name: 'Confidentiality',
    alwaysInScope: false,
    summary:
      'Identifying information that has been designated confidential, such as customer business data, ' +
      'contracts or source code, and protecting it until it is securely destroyed.',
    whenToInclude:
      'Add it when you hold customers’ sensitive business data or have signed confidentiality and deletion ' +
      'commitments. For B2B SaaS it is a common, modest addition on top of security.',
  },
  {
    id: 'privacy',
    code: 'P',
    name: 'Privacy',
    alwaysInScope: false,
    summary:
      'Handling personal information about individuals (notice, consent, collection, use, retention, ' +
      'access, disclosure and quality) in line with the commitments made to them.',
    whenToInclude:
      'Include it when you collect personal information directly from individuals, for example as a B2C ' +
      'product, and customers want independent assurance of your privacy practices. B2B processors often ' +
      'rely on Confidentiality instead, because Privacy adds 18 criteria of its own.',
  },
];

// Order follows the criteria themselves (CC, then A, C, PI, P), which is how the official list is printed.
/** Numbered groups of criteria, in the canonical order. */
export const CRITERION_GROUPS: CriterionGroup[] = [
  { id: 'CC1', name: 'Control environment', category: 'security' },
  { id: 'CC2', name: 'Communication and information', category: 'security' },
  { id: 'CC3', name: 'Risk assessment', category: 'security' },
  { id: 'CC4', name: 'Monitoring activities', category: 'security' },
  { id: 'CC5', name: 'Control activities', category: 'security' },
  { id: 'CC6', name: 'Logical and physical access controls', category: 'security' },
  { id: 'CC7', name: 'System operations', category: 'security' },
  { id: 'CC8', name: 'Change management', category: 'security' },
  { id: 'CC9', name: 'Risk mitigation', category: 'security' },
  { id: 'A1', name: 'Availability', category: 'availability' },
  { id: 'C1', name: 'Confidentiality', category: 'confidentiality' },
  { id: 'PI1', name: 'Processing integrity', category: 'processing_integrity' },
  { id: 'P1', name: 'Notice', category: 'privacy' },
  { id: 'P2', name: 'Choice and consent', category: 'privacy' },
  { id: 'P3', name: 'Collection', category: 'privacy' },
  { id: 'P4', name: 'Use, retention and disposal', category: 'privacy' },
  { id: 'P5', name: 'Access', category: 'privacy' },
  { id: 'P6', name: 'Disclosure and notification', category: 'privacy' },
  { id: 'P7', name: 'Quality', category: 'privacy' },
  { id: 'P8', name: 'Monitoring and enforcement', category: 'privacy' },
];
