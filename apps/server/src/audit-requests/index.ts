/** What other domains use of audit requests: opening one (samples turned into requests). */
export { type NewRequest, openRequest } from './audit-requests.commands.ts';
export { registerAuditRequestRoutes } from './audit-requests.routes.ts';
