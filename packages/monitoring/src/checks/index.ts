/** Every built-in check, in one list. */
import type { CheckDefinition } from '../check.ts';
import { CLOUD_CHECKS } from './cloud.ts';
import { SAAS_CHECKS } from './saas.ts';
import { SCANNERS_CHECKS } from './scanners.ts';

/** The built-in checks; ids are unique (a unit test asserts it). */
export const BUILTIN_CHECKS: readonly CheckDefinition<never>[] = [
  ...CLOUD_CHECKS,
  ...SAAS_CHECKS,
  ...SCANNERS_CHECKS,
];
