import { ACCESS_TEMPLATES } from './control-library-access.ts';
import { CHANGE_AND_INCIDENT_TEMPLATES } from './control-library-change.ts';
import { DATA_TEMPLATES } from './control-library-data.ts';
import { GOVERNANCE_TEMPLATES } from './control-library-governance.ts';
import { OPERATIONS_TEMPLATES } from './control-library-operations.ts';
import { PEOPLE_TEMPLATES } from './control-library-people.ts';
import { PRIVACY_TEMPLATES } from './control-library-privacy.ts';
import { RESILIENCE_TEMPLATES } from './control-library-resilience.ts';
import type { ControlTemplate } from './schemas.ts';

// Ordered roughly as a programme is built: governance and people first, then technical controls, then the
// category-specific ones. Template ids are stable so organisations' adopted controls can keep referring to them.
/** The full library of suggested SOC 2 controls, each mapped to one or more criteria. */
export const CONTROL_TEMPLATES: ControlTemplate[] = [
  ...GOVERNANCE_TEMPLATES,
  ...PEOPLE_TEMPLATES,
  ...ACCESS_TEMPLATES,
  ...OPERATIONS_TEMPLATES,
  ...CHANGE_AND_INCIDENT_TEMPLATES,
  ...RESILIENCE_TEMPLATES,
  ...DATA_TEMPLATES,
  ...PRIVACY_TEMPLATES,
];
