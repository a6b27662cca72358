import { CRITERIA_ADDITIONAL } from './criteria-additional.ts';
import { CRITERIA_PRIVACY } from './criteria-privacy.ts';
import { CRITERIA_CC1_CC5 } from './criteria-security-cc1-cc5.ts';
import { CRITERIA_CC6_CC9 } from './criteria-security-cc6-cc9.ts';
import type { Criterion } from './schemas.ts';

// Spread in the printed order of the trust services criteria (CC, A, C, PI, P); the unit tests pin the exact
// sequence because public copies of this list are known to contain missing and invented identifiers.
/** All 61 trust services criteria (2017 criteria, 2022 points of focus), in canonical order. */
export const CRITERIA: Criterion[] = [
  ...CRITERIA_CC1_CC5,
  ...CRITERIA_CC6_CC9,
  ...CRITERIA_ADDITIONAL,
  ...CRITERIA_PRIVACY,
];
