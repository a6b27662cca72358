import { describe, expect, it } from 'vitest';
import { CONTROL_TEMPLATES, ControlTemplateSchema, CRITERIA } from './index.ts';

describe('CONTROL_TEMPLATES', () => {
  it('offers at least 90 templates', () => {
    expect(CONTROL_TEMPLATES.length).toBeGreaterThanOrEqual(90);
  });

  it('uses unique ids', () => {
    const ids = CONTROL_TEMPLATES.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('parses every template with the schema', () => {
    for (const template of CONTROL_TEMPLATES) {
      const result = ControlTemplateSchema.safeParse(template);
      expect(result.success, `${template.id}: ${result.error?.message}`).toBe(true);
    }
  });

  it('maps only to criteria that exist, without duplicates', () => {
    const known = new Set(CRITERIA.map((criterion) => criterion.id));
    for (const template of CONTROL_TEMPLATES) {
      expect(
        template.criteria.filter((id) => !known.has(id)),
        template.id,
      ).toEqual([]);
      expect(new Set(template.criteria).size, template.id).toBe(template.criteria.length);
    }
  });

  it('covers every one of the 61 criteria with at least one template', () => {
    const covered = new Set(CONTROL_TEMPLATES.flatMap((template) => template.criteria));
    expect(CRITERIA.map((criterion) => criterion.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('keeps titles and descriptions unique so templates are distinguishable', () => {
    const titles = CONTROL_TEMPLATES.map((template) => template.title);
    expect(new Set(titles).size).toBe(titles.length);
    const descriptions = CONTROL_TEMPLATES.map((template) => template.description);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it('includes the recurring activities auditors expect', () => {
    const byId = new Map(CONTROL_TEMPLATES.map((template) => [template.id, template]));
    expect(byId.get('AC-05')).toMatchObject({
      frequency: 'quarterly',
      criteria: expect.arrayContaining(['CC6.2']),
    });
    expect(byId.get('HR-04')).toMatchObject({ frequency: 'annual' });
    expect(byId.get('OPS-04')).toMatchObject({
      frequency: 'annual',
      criteria: expect.arrayContaining(['CC7.1']),
    });
    expect(byId.get('INC-03')).toMatchObject({ frequency: 'annual' });
    expect(byId.get('BCP-03')).toMatchObject({
      frequency: 'annual',
      criteria: expect.arrayContaining(['A1.3']),
    });
    expect(byId.get('CHG-02')).toMatchObject({ frequency: 'per_event', criteria: ['CC8.1', 'CC5.1'] });
  });
});
