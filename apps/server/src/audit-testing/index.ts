/**
 * Testing inside an engagement and the exceptions register: the routes, `recordException` for the
 * samples domain (a failed sample item opens an exception), and for the audit package the
 * register, the control tests and their files.
 */
export { type ExceptionInput, recordException } from './audit-testing.commands.ts';
export { controlTestsCsv, registerCsv, registerXlsx } from './audit-testing.exports.ts';
export { controlsInEngagement, exceptionsRegisterOf, testingOf } from './audit-testing.queries.ts';
export { registerAuditTestingRoutes } from './audit-testing.routes.ts';
