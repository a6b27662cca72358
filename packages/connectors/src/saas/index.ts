/** The saas file importers (GitHub, identity providers, HRIS, MDM) and live collectors. */
import type { FileImporter } from '@vigil/monitoring';
import { githubBundleImporter } from './github/bundle-importer.ts';
import { HR_ROSTER_IMPORTERS } from './hr/roster-importer.ts';
import { googleUsersCsvImporter, googleUsersJsonImporter } from './identity/google.ts';
import { oktaUsersImporter } from './identity/okta.ts';
import { intuneDevicesImporter, jamfComputersImporter } from './mdm/mdm-csv.ts';
import { osqueryDevicesImporter } from './mdm/osquery.ts';

export {
  collectGitHub,
  type GitHubCollectorConfig,
  GitHubCollectorConfigSchema,
} from './github/collector.ts';
export { HR_PRESETS } from './hr/presets.ts';
export { type HrMapping, HrMappingSchema, hrRosterImporter } from './hr/roster-importer.ts';
export {
  collectOkta,
  type OktaCollectorConfig,
  OktaCollectorConfigSchema,
} from './identity/okta-collector.ts';

// Order matters for auto-detection: specific formats first, the generic roster preset last.
export const SAAS_IMPORTERS: FileImporter[] = [
  githubBundleImporter,
  oktaUsersImporter,
  googleUsersJsonImporter,
  googleUsersCsvImporter,
  osqueryDevicesImporter,
  jamfComputersImporter,
  intuneDevicesImporter,
  ...HR_ROSTER_IMPORTERS,
];
