/** What other domains use of controls: adopting the library and the control lists (catalog, dashboard). */
export { adoptControlLibrary } from './control-adopter.ts';
export { controlsWithCriteria, listControls } from './controls.queries.ts';
