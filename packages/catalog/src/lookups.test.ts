import { describe, expect, it } from 'vitest';
import {
  CONTROL_TEMPLATES,
  CRITERIA,
  categoryOfCriterion,
  criteriaForCategories,
  criterionById,
  templatesForCategories,
} from './index.ts';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('criterionById', () => {
  it('finds known criteria and rejects unknown or invented ids', () => {
    expect(criterionById('CC6.1')?.groupId).toBe('CC6');
    expect(criterionById('P6.7')?.category).toBe('privacy');
    expect(criterionById('CC2.4')).toBeUndefined();
    expect(criterionById('PP1.1')).toBeUndefined();
    expect(criterionById('')).toBeUndefined();
  });
});

describe('categoryOfCriterion', () => {
  it('returns the category of each criterion', () => {
    expect(categoryOfCriterion('CC9.2')).toBe('security');
    expect(categoryOfCriterion('A1.3')).toBe('availability');
    expect(categoryOfCriterion('C1.2')).toBe('confidentiality');
    expect(categoryOfCriterion('PI1.1')).toBe('processing_integrity');
    expect(categoryOfCriterion('P8.1')).toBe('privacy');
    expect(categoryOfCriterion('X1.1')).toBeUndefined();
  });
});

describe('criteriaForCategories', () => {
  it('always includes security', () => {
    expect(criteriaForCategories([])).toHaveLength(33);
    expect(criteriaForCategories(['security'])).toHaveLength(33);
  });

  it('adds only the availability criteria when availability is chosen', () => {
    const result = criteriaForCategories(['availability']);
    expect(result).toHaveLength(36);
    expect(new Set(result.map((c) => c.category))).toEqual(new Set(['security', 'availability']));
    expect(ids(result).slice(-3)).toEqual(['A1.1', 'A1.2', 'A1.3']);
  });

  it('returns all 61 criteria in canonical order when every category is chosen', () => {
    const all = criteriaForCategories(['privacy', 'confidentiality', 'processing_integrity', 'availability']);
    expect(ids(all)).toEqual(ids(CRITERIA));
  });

  it('ignores duplicate categories', () => {
    expect(criteriaForCategories(['confidentiality', 'confidentiality', 'security'])).toHaveLength(35);
  });
});

describe('templatesForCategories', () => {
  it('excludes templates mapped only to privacy when only security is in scope', () => {
    const result = new Set(ids(templatesForCategories(['security'])));
    const privacyOnly = CONTROL_TEMPLATES.filter((t) =>
      t.criteria.every((id) => id.startsWith('P') && !id.startsWith('PI')),
    );
    expect(privacyOnly.length).toBeGreaterThan(0);
    for (const template of privacyOnly) expect(result.has(template.id), template.id).toBe(false);
    expect(result.has('PRIV-01')).toBe(true); // also maps to CC2.3, so security scope keeps it
    expect(result.has('AC-05')).toBe(true);
  });

  it('adds category-specific templates when their category is chosen', () => {
    const security = ids(templatesForCategories(['security']));
    const withPrivacy = ids(templatesForCategories(['privacy']));
    expect(security).not.toContain('PRIV-11');
    expect(withPrivacy).toContain('PRIV-11');
    expect(withPrivacy).toEqual(expect.arrayContaining(security));
    expect(ids(templatesForCategories(['availability']))).toContain('AV-01');
    expect(security).not.toContain('AV-01');
  });

  it('returns the whole library when every category is in scope', () => {
    const all = templatesForCategories([
      'availability',
      'processing_integrity',
      'confidentiality',
      'privacy',
    ]);
    expect(ids(all)).toEqual(ids(CONTROL_TEMPLATES));
  });

  it('returns only templates with a mapped criterion in scope', () => {
    for (const template of templatesForCategories(['confidentiality'])) {
      const categories = template.criteria.map(categoryOfCriterion);
      expect(
        categories.some((c) => c === 'security' || c === 'confidentiality'),
        template.id,
      ).toBe(true);
    }
  });
});
