/** What other parts of the server use of vulnerabilities: its routes, and expiring acceptances as tasks. */
export { myTasks, overdueSummary } from './exception-tasks.ts';
export { registerVulnerabilityRoutes } from './vulnerabilities.routes.ts';
