/**
 * Severities, risk levels and review outcomes in the words people read, shared by the pages, the
 * populations an auditor produces and anything else that shows them: one spelling everywhere.
 */

import type { VulnSlaSeverity } from './vulnerabilities.ts';

/** A risk or data-access level (vendors' tier, impact, residual risk). */
export const LEVEL_WORDS = {
  none: 'None',
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  critical: 'Critical',
} as const;

/** A finding's severity. */
export const SEVERITY_WORDS: Record<VulnSlaSeverity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** How a vendor review concluded. */
export const REVIEW_CONCLUSION_WORDS = {
  approve: 'Approved',
  conditional: 'Approved with conditions',
  reject: 'Rejected',
} as const;
