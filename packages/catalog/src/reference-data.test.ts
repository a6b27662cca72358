import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  CategoryIdSchema,
  CategorySchema,
  COMPONENT_KINDS,
  ComponentKindInfoSchema,
  ComponentKindSchema,
  CRITERION_GROUPS,
  CriterionGroupSchema,
  REPORT_KINDS,
  REPORT_TYPES,
  ReportKindSchema,
  ReportTypeSchema,
} from './index.ts';

describe('CATEGORIES', () => {
  it('describes each category once, with security the only mandatory one', () => {
    expect(CATEGORIES.map((c) => c.id)).toEqual(CategoryIdSchema.options);
    for (const category of CATEGORIES) CategorySchema.parse(category);
    expect(CATEGORIES.filter((c) => c.alwaysInScope).map((c) => c.id)).toEqual(['security']);
    expect(Object.fromEntries(CATEGORIES.map((c) => [c.id, c.code]))).toEqual({
      security: 'CC',
      availability: 'A',
      processing_integrity: 'PI',
      confidentiality: 'C',
      privacy: 'P',
    });
  });
});

describe('CRITERION_GROUPS', () => {
  it('lists the 20 groups in order with their names', () => {
    for (const group of CRITERION_GROUPS) CriterionGroupSchema.parse(group);
    // biome-ignore format: rows follow the category layout
    expect(CRITERION_GROUPS.map((g) => g.id)).toEqual([
      'CC1', 'CC2', 'CC3', 'CC4', 'CC5', 'CC6', 'CC7', 'CC8', 'CC9',
      'A1', 'C1', 'PI1',
      'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8',
    ]);
    expect(CRITERION_GROUPS.find((g) => g.id === 'CC6')?.name).toBe('Logical and physical access controls');
    expect(CRITERION_GROUPS.find((g) => g.id === 'P4')?.name).toBe('Use, retention and disposal');
  });
});

describe('COMPONENT_KINDS', () => {
  it('explains every DC 200 component kind once', () => {
    expect(COMPONENT_KINDS.map((k) => k.id)).toEqual(ComponentKindSchema.options);
    for (const kind of COMPONENT_KINDS) ComponentKindInfoSchema.parse(kind);
  });
});

describe('REPORT_KINDS and REPORT_TYPES', () => {
  it('covers SOC 1, 2 and 3 and both report types', () => {
    expect(REPORT_KINDS.map((k) => k.id)).toEqual(['soc1', 'soc2', 'soc3']);
    for (const kind of REPORT_KINDS) ReportKindSchema.parse(kind);
    expect(REPORT_TYPES.map((t) => t.id)).toEqual(['type1', 'type2']);
    for (const type of REPORT_TYPES) ReportTypeSchema.parse(type);
    expect(REPORT_TYPES.map((t) => t.period)).toEqual([
      'one as-of date',
      'observation window of 3 to 12 months',
    ]);
  });
});
