/** The OSCAL export: its routes, and the export itself for the CLI. */

export { registerOscalRoutes } from './oscal.routes.ts';
export type { AuditWorkSource, OscalEnv } from './oscal.service.ts';
export { exportEngagementOscal, exportOrgOscal, NO_AUDIT_WORK } from './oscal.service.ts';
