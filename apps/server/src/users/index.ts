/** What other domains use of users: the membership check before assigning an owner (controls, scope). */
export { assertMember } from './membership-check.ts';
