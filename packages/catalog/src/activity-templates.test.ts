import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_TEMPLATES,
  ActivityTemplateSchema,
  activitiesForControlTemplate,
} from './activity-templates.ts';
import { CONTROL_TEMPLATES } from './control-library.ts';

const RECURRING = new Set(['weekly', 'monthly', 'quarterly', 'annual']);

describe('recurring activity templates', () => {
  it('are well formed, with unique ids', () => {
    for (const a of ACTIVITY_TEMPLATES) ActivityTemplateSchema.parse(a);
    expect(new Set(ACTIVITY_TEMPLATES.map((a) => a.id)).size).toBe(ACTIVITY_TEMPLATES.length);
  });

  it('each prove a control of the library that recurs on a schedule', () => {
    for (const a of ACTIVITY_TEMPLATES) {
      const control = CONTROL_TEMPLATES.find((c) => c.id === a.controlTemplateId);
      expect(control, a.id).toBeDefined();
      expect(RECURRING.has(control!.frequency), `${a.id} → ${control!.frequency}`).toBe(true);
    }
  });

  it('cover the periodic work an auditor samples first', () => {
    for (const id of [
      'AC-05',
      'GOV-06',
      'RISK-01',
      'HR-04',
      'OPS-04',
      'INC-03',
      'BCP-07',
      'VEN-03',
      'BCP-03',
    ])
      expect(activitiesForControlTemplate(id).length, id).toBeGreaterThan(0);
  });

  it('say in words what to do and what evidence completes it', () => {
    for (const a of ACTIVITY_TEMPLATES) {
      expect(a.title).toMatch(/^[A-Z][a-z]/);
      expect(a.evidence).toMatch(/\.$/);
    }
  });
});
