/** Built-in checks over the scanners resource types. */
import type { CheckDefinition } from '../check.ts';

export const SCANNERS_CHECKS: CheckDefinition<never>[] = [];
