/**
 * Testing inside an engagement and the exceptions register: the routes, `recordException` for the
 * samples domain (a failed sample item opens an exception), and `exceptionsRegisterOf` for the
 * audit package.
 */
export { type ExceptionInput, recordException } from './audit-testing.commands.ts';
export { controlsInEngagement, exceptionsRegisterOf, testingOf } from './audit-testing.queries.ts';
export { registerAuditTestingRoutes } from './audit-testing.routes.ts';
