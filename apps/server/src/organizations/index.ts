/** What other domains use of organizations: creating one (first-run setup, sign-up, tests). */
export { createOrganization } from './organization-creator.ts';
