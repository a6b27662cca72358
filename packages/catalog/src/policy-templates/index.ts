/** The policy templates: the documents a SOC 2 programme needs, written in our words. */
import type { CategoryId } from '../schemas.ts';
import { ACCEPTABLE_USE } from './acceptable-use.ts';
import { ACCESS_CONTROL } from './access-control.ts';
import { ASSET_MANAGEMENT } from './asset-management.ts';
import { AUTHENTICATION } from './authentication.ts';
import { BUSINESS_CONTINUITY } from './business-continuity.ts';
import { CHANGE_MANAGEMENT } from './change-management.ts';
import { CODE_OF_CONDUCT } from './code-of-conduct.ts';
import { DATA_CLASSIFICATION } from './data-classification.ts';
import { DATA_RETENTION_DISPOSAL } from './data-retention-disposal.ts';
import { ENCRYPTION } from './encryption.ts';
import { HUMAN_RESOURCES_SECURITY } from './human-resources-security.ts';
import { INCIDENT_RESPONSE } from './incident-response.ts';
import { INFORMATION_SECURITY } from './information-security.ts';
import { LOGGING_MONITORING } from './logging-monitoring.ts';
import { PHYSICAL_SECURITY } from './physical-security.ts';
import { POLICY_MANAGEMENT } from './policy-management.ts';
import { PRIVACY_NOTICE } from './privacy-notice.ts';
import { PROCESSING_INTEGRITY } from './processing-integrity.ts';
import { RISK_MANAGEMENT } from './risk-management.ts';
import type { PolicyTemplate } from './schema.ts';
import { SECURE_CONFIGURATION } from './secure-configuration.ts';
import { SECURE_DEVELOPMENT } from './secure-development.ts';
import { SECURITY_AWARENESS_TRAINING } from './security-awareness-training.ts';
import { VENDOR_MANAGEMENT } from './vendor-management.ts';
import { VULNERABILITY_MANAGEMENT } from './vulnerability-management.ts';

export { type FillResult, fillPolicyTemplate, placeholdersIn } from './fill.ts';
export * from './schema.ts';

// Governance and people first, then access and data, then operations and resilience, then the documents
// only some categories call for: the order in which a new programme usually writes them.
/** Every policy template, in the order a programme usually writes them. */
export const POLICY_TEMPLATES: readonly PolicyTemplate[] = [
  INFORMATION_SECURITY,
  POLICY_MANAGEMENT,
  CODE_OF_CONDUCT,
  ACCEPTABLE_USE,
  HUMAN_RESOURCES_SECURITY,
  SECURITY_AWARENESS_TRAINING,
  RISK_MANAGEMENT,
  VENDOR_MANAGEMENT,
  ACCESS_CONTROL,
  AUTHENTICATION,
  ASSET_MANAGEMENT,
  DATA_CLASSIFICATION,
  DATA_RETENTION_DISPOSAL,
  ENCRYPTION,
  SECURE_CONFIGURATION,
  CHANGE_MANAGEMENT,
  SECURE_DEVELOPMENT,
  VULNERABILITY_MANAGEMENT,
  LOGGING_MONITORING,
  INCIDENT_RESPONSE,
  BUSINESS_CONTINUITY,
  PHYSICAL_SECURITY,
  PROCESSING_INTEGRITY,
  PRIVACY_NOTICE,
];

/**
 * The templates an organization with these categories in scope needs: those marked with at least one of
 * them, security always counted (every SOC 2 report covers it), in library order.
 * @example policyTemplatesFor(['privacy']) // the security set plus the privacy notice
 */
export function policyTemplatesFor(categories: readonly CategoryId[]): PolicyTemplate[] {
  const scope = new Set<CategoryId>(['security', ...categories]);
  return POLICY_TEMPLATES.filter((template) => template.categories.some((category) => scope.has(category)));
}
