/** Built-in checks over the cloud resource types. */
import type { CheckDefinition } from '../check.ts';

export const CLOUD_CHECKS: CheckDefinition<never>[] = [];
