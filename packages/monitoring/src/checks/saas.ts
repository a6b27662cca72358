/** Built-in checks over the saas resource types: GitHub, identity providers, HRIS and MDM. */
import type { CheckDefinition } from '../check.ts';
import { GITHUB_CHECKS } from './saas-github.ts';
import { HR_MDM_CHECKS } from './saas-hr-mdm.ts';
import { IDENTITY_CHECKS } from './saas-identity.ts';
import { HR_LEAVER_ACCOUNTS_DISABLED } from './saas-leavers.ts';

// Each list is typed by its own resource type; the registry only needs the common shape.
export const SAAS_CHECKS: CheckDefinition<never>[] = [
  ...GITHUB_CHECKS,
  ...IDENTITY_CHECKS,
  ...HR_MDM_CHECKS,
  HR_LEAVER_ACCOUNTS_DISABLED,
] as CheckDefinition<never>[];
