/** What other domains use of audit requests: opening one (samples turned into requests), the counts (dashboard). */
export { type NewRequest, openRequest } from './audit-requests.commands.ts';
export { workspaceSummary } from './audit-requests.queries.ts';
export { registerAuditRequestRoutes } from './audit-requests.routes.ts';
