/** The policy templates: the documents a SOC 2 programme needs, written in our words. */
import { ACCEPTABLE_USE } from './acceptable-use.ts';
import type { PolicyTemplate } from './schema.ts';

export { type FillResult, fillPolicyTemplate, placeholdersIn } from './fill.ts';
export * from './schema.ts';

/** Every policy template, in the order a programme usually writes them. */
export const POLICY_TEMPLATES: readonly PolicyTemplate[] = [ACCEPTABLE_USE];
