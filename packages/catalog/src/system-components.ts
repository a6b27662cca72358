import type { ComponentKindInfo } from './schemas.ts';

// The DC 200 description criteria ask for the components used to provide the service. Vendors are listed as
// their own kind because subservice organisations and third-party access must be called out separately.
/** The kinds of system component a SOC 2 system description covers, with guidance and examples. */
export const COMPONENT_KINDS: ComponentKindInfo[] = [
  {
    id: 'infrastructure',
    name: 'Infrastructure',
    description:
      'The physical and virtual resources the service runs on: cloud accounts, networks, compute, storage ' +
      'and the facilities that house them.',
    examples: [
      'Production cloud account with its virtual networks',
      'Container cluster running the application',
      'Managed relational database and object storage',
      'Office network and staff laptops',
    ],
  },
  {
    id: 'software',
    name: 'Software',
    description:
      'The programs that make up and support the service: application code, operating systems, ' +
      'middleware, tooling and the SaaS applications used to build and run it.',
    examples: [
      'Customer-facing web application and public API',
      'Background job workers',
      'Build and deployment pipeline',
      'Monitoring and alerting tools',
    ],
  },
  {
    id: 'data',
    name: 'Data',
    description:
      'The information the service collects, processes, stores and returns, including customer content, ' +
      'configuration, logs and backups.',
    examples: [
      'Customer records held in the production database',
      'Files uploaded by users',
      'Application and audit logs',
      'Encrypted backups',
    ],
  },
  {
    id: 'people',
    name: 'People',
    description:
      'Everyone who governs, builds, operates, supports or oversees the service, including contractors ' +
      'who work on it.',
    examples: [
      'Leadership and board',
      'Engineering and on-call rotation',
      'Customer support staff',
      'Contractors',
    ],
  },
  {
    id: 'procedures',
    name: 'Procedures',
    description:
      'The manual and automated routines that run the service day to day, such as how changes ship, ' +
      'how access is granted and how incidents are handled.',
    examples: [
      'Change and release process',
      'Access provisioning and removal',
      'Incident response runbooks',
      'Backup and restore procedures',
    ],
  },
  {
    id: 'vendors',
    name: 'Vendors and subservice organisations',
    description:
      'Third parties the service relies on. Those whose controls you depend on to meet your commitments ' +
      'are subservice organisations, and the controls you expect of them must be stated.',
    examples: [
      'Cloud hosting provider (usually carved out)',
      'Identity provider for staff sign-in',
      'Email delivery service',
      'Payment processor',
    ],
  },
];
