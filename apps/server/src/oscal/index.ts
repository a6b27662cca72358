/** The OSCAL export: its routes, and the export itself for the CLI. */

export type { AuditWorkSource } from './audit-work.ts';
export { registerOscalRoutes } from './oscal.routes.ts';
export type { OscalEnv } from './oscal.service.ts';
export { exportEngagementOscal, exportOrgOscal } from './oscal.service.ts';
