import { describe, expect, it } from 'vitest';
import { CATEGORIES, CRITERIA, CRITERION_GROUPS, CriterionSchema } from './index.ts';

// Written out literally on purpose: public seeds of this list drop or invent identifiers, so the canonical
// sequence is pinned here rather than derived from the data under test.
// biome-ignore format: one row per criterion group keeps the list reviewable
const EXPECTED_IDS = [
  'CC1.1', 'CC1.2', 'CC1.3', 'CC1.4', 'CC1.5',
  'CC2.1', 'CC2.2', 'CC2.3',
  'CC3.1', 'CC3.2', 'CC3.3', 'CC3.4',
  'CC4.1', 'CC4.2',
  'CC5.1', 'CC5.2', 'CC5.3',
  'CC6.1', 'CC6.2', 'CC6.3', 'CC6.4', 'CC6.5', 'CC6.6', 'CC6.7', 'CC6.8',
  'CC7.1', 'CC7.2', 'CC7.3', 'CC7.4', 'CC7.5',
  'CC8.1',
  'CC9.1', 'CC9.2',
  'A1.1', 'A1.2', 'A1.3',
  'C1.1', 'C1.2',
  'PI1.1', 'PI1.2', 'PI1.3', 'PI1.4', 'PI1.5',
  'P1.1',
  'P2.1',
  'P3.1', 'P3.2',
  'P4.1', 'P4.2', 'P4.3',
  'P5.1', 'P5.2',
  'P6.1', 'P6.2', 'P6.3', 'P6.4', 'P6.5', 'P6.6', 'P6.7',
  'P7.1',
  'P8.1',
];

describe('CRITERIA', () => {
  it('lists exactly the 61 criteria in canonical order', () => {
    expect(EXPECTED_IDS).toHaveLength(61);
    expect(CRITERIA.map((criterion) => criterion.id)).toEqual(EXPECTED_IDS);
  });

  it('has the expected number of criteria per category', () => {
    const counts = Object.fromEntries(
      CATEGORIES.map((category) => [category.id, CRITERIA.filter((c) => c.category === category.id).length]),
    );
    expect(counts).toEqual({
      security: 33,
      availability: 3,
      confidentiality: 2,
      processing_integrity: 5,
      privacy: 18,
    });
  });

  it('gives every criterion a title, a description and at least three points of focus', () => {
    for (const criterion of CRITERIA) {
      expect(CriterionSchema.parse(criterion)).toEqual(criterion);
      expect(criterion.title.trim(), criterion.id).not.toBe('');
      expect(criterion.description.trim(), criterion.id).not.toBe('');
      expect(criterion.pointsOfFocus.length, criterion.id).toBeGreaterThanOrEqual(3);
      expect(new Set(criterion.pointsOfFocus).size, criterion.id).toBe(criterion.pointsOfFocus.length);
    }
  });

  it('places every criterion in an existing group of the same category', () => {
    const groups = new Map(CRITERION_GROUPS.map((group) => [group.id, group]));
    for (const criterion of CRITERIA) {
      const group = groups.get(criterion.groupId);
      expect(group, criterion.id).toBeDefined();
      expect(group?.category, criterion.id).toBe(criterion.category);
      expect(criterion.id.startsWith(`${criterion.groupId}.`), criterion.id).toBe(true);
    }
  });

  it('uses every group at least once', () => {
    const used = new Set(CRITERIA.map((criterion) => criterion.groupId));
    expect(CRITERION_GROUPS.map((group) => group.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('maps CC1-CC5 to COSO principles in the order 1-5, 13-15, 6-9, 16-17, 10-12 and nothing else', () => {
    const coso = CRITERIA.filter((c) => c.cosoPrinciple !== undefined);
    expect(coso.map((c) => c.id)).toEqual(EXPECTED_IDS.slice(0, 17));
    expect(coso.map((c) => c.cosoPrinciple)).toEqual([
      1, 2, 3, 4, 5, 13, 14, 15, 6, 7, 8, 9, 16, 17, 10, 11, 12,
    ]);
  });
});
