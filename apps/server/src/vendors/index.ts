/** The vendors domain's public entry: its tasks, and the subservice organizations for the system description. */
export { myTasks, overdueSummary } from './vendor-tasks.ts';
export { subserviceOrganizations } from './vendors.queries.ts';
