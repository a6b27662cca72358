/** What other domains use of connectors: deleting one (monitoring's coverage tests). */
export { deleteConnector } from './connectors.service.ts';
