/** What other domains use of audit requests: opening one (samples turned into requests), the counts (dashboard), the requests in full (audit package). */
export { type NewRequest, openRequest } from './audit-requests.commands.ts';
export { getRequest, listRequests, workspaceSummary } from './audit-requests.queries.ts';
export { registerAuditRequestRoutes } from './audit-requests.routes.ts';
