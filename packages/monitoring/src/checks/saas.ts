/** Built-in checks over the saas resource types. */
import type { CheckDefinition } from '../check.ts';

export const SAAS_CHECKS: CheckDefinition<never>[] = [];
