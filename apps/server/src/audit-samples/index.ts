/** Populations and reproducible samples of an engagement's audit: the routes, and the reads the audit package copies. */

export { registerAuditSampleRoutes } from './audit-samples.routes.ts';
export { listPopulations, populationFile, recordedSample } from './audit-samples.service.ts';
