/** What other parts of the server use of vulnerabilities: its routes, expiring acceptances as tasks, and the SLA policy for monitoring's checks. */
export { myTasks, overdueSummary } from './exception-tasks.ts';
export { loadPolicyVersions } from './sla-policy.ts';
export { registerVulnerabilityRoutes } from './vulnerabilities.routes.ts';
