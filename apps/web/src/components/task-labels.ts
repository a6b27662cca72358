/** Task areas in the words the pages use. */
import type { TaskArea } from '@vigil/api';

export const TASK_AREA_LABEL: Record<TaskArea, string> = {
  policy: 'Policies',
  training: 'Training',
  onboarding: 'Onboarding',
  offboarding: 'Offboarding',
  access_review: 'Access reviews',
  activity: 'Recurring activities',
  incident: 'Incident follow-ups',
  risk: 'Risks',
  vendor_review: 'Vendor reviews',
  exercise: 'Exercise follow-ups',
  vulnerability: 'Risk acceptances ending soon',
  internal_audit: 'Internal audits',
};
