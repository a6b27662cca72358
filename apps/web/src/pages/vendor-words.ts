/** Vendor vocabularies in the words the vendor pages use. */
export { LEVEL_WORDS, REVIEW_CONCLUSION_WORDS as CONCLUSION_WORDS } from '@vigil/core/level-words';

export const TIER_COLOR = { low: 'gray', moderate: 'blue', high: 'orange', critical: 'red' } as const;
export const STATUS_WORDS = {
  prospective: 'Prospective',
  active: 'Active',
  offboarding: 'Offboarding',
  terminated: 'Terminated',
} as const;
export const OPINION_WORDS = {
  unqualified: 'Unqualified',
  qualified: 'Qualified',
  adverse: 'Adverse',
  disclaimer: 'Disclaimer of opinion',
  not_applicable: 'Not applicable',
} as const;
export const METHOD_WORDS = { carve_out: 'Carve-out', inclusive: 'Inclusive' } as const;
export const options = <K extends string>(words: Record<K, string>) =>
  (Object.entries(words) as [K, string][]).map(([value, label]) => ({ value, label }));
