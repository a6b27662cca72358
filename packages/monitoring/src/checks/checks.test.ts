import { CONTROL_TEMPLATES, criterionById } from '@vigil/catalog';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKS } from './index.ts';

describe('built-in check catalogue', () => {
  it('has unique ids and complete metadata', () => {
    const ids = BUILTIN_CHECKS.map((c) => c.id);
    expect(ids.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of BUILTIN_CHECKS) {
      expect(c.title, c.id).not.toBe('');
      expect(c.remediation, c.id).not.toBe('');
      expect(c.rationale, c.id).not.toBe('');
    }
  });

  it('maps only to real criteria and real control templates', () => {
    const templates = new Set(CONTROL_TEMPLATES.map((t) => t.id));
    for (const c of BUILTIN_CHECKS) {
      expect(c.criteria.length, c.id).toBeGreaterThan(0);
      for (const id of c.criteria) expect(criterionById(id), `${c.id} → ${id}`).toBeDefined();
      for (const id of c.controls) expect(templates.has(id), `${c.id} → ${id}`).toBe(true);
    }
  });
});
