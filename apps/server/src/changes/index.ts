/**
 * What other domains use of change management: the change population of a period (the audit
 * samples from it).
 */
export { changePopulationOf } from './changes.queries.ts';
