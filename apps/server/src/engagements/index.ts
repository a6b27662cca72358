/** What other domains use of engagements: reading and opening audit periods (monitoring, dashboard). */
export { getEngagement, listEngagements, openEngagement } from './engagements.service.ts';
