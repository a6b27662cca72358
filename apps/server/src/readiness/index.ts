/** Readiness: the assessment per criterion in scope with its gaps, and dated, hashed snapshots of it. */
export { currentAssessment } from './readiness.queries.ts';
export { registerReadinessRoutes } from './readiness.routes.ts';
