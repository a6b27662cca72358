/** What other domains use of accounts: sessions and password sign-in (invitations, SSO). */
export { LoginThrottle } from './login-throttle.ts';
export { checkPassword } from './password-login.ts';
export { linkPeopleToMembers } from './person-link.ts';
export { sessionView } from './session-view.ts';
export { startSession } from './sessions.ts';
