/** What other domains use of engagements: reading and opening audit periods (monitoring, dashboard). */

export {
  type EngagementRow,
  type EngagementViewer,
  engagementInScope,
  engagementViewerOf,
} from './engagement-access.ts';
export { getEngagement, listEngagements, openEngagement } from './engagements.service.ts';
