/** Built-in checks over the cloud resource types (AWS exports, the live collector and terraform plans). */
import type { CheckDefinition } from '../check.ts';
import { ACCOUNT_CHECKS } from './cloud-account.ts';
import { DATA_CHECKS } from './cloud-data.ts';
import { IAM_CHECKS } from './cloud-iam.ts';
import { OPS_CHECKS } from './cloud-ops.ts';

// Each group is typed by its own resource type; the registry holds them behind the erased type.
export const CLOUD_CHECKS = [
  ...ACCOUNT_CHECKS,
  ...IAM_CHECKS,
  ...DATA_CHECKS,
  ...OPS_CHECKS,
] as unknown as CheckDefinition<never>[];
