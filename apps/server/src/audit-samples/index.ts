/** Populations and reproducible samples of an engagement's audit: only their routes are used elsewhere. */
export { registerAuditSampleRoutes } from './audit-samples.routes.ts';
