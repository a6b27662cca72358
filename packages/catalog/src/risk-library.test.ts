import { describe, expect, it } from 'vitest';
import { CONTROL_TEMPLATES } from './control-library.ts';
import { RISK_CATEGORIES, RISK_LIBRARY, riskTemplateById } from './risk-library.ts';

describe('risk library', () => {
  it('holds at least 40 risks with unique ids and titles', () => {
    expect(RISK_LIBRARY.length).toBeGreaterThanOrEqual(40);
    expect(new Set(RISK_LIBRARY.map((r) => r.id)).size).toBe(RISK_LIBRARY.length);
    expect(new Set(RISK_LIBRARY.map((r) => r.title)).size).toBe(RISK_LIBRARY.length);
  });

  it('suggests only control templates that exist, at least one each', () => {
    const known = new Set(CONTROL_TEMPLATES.map((t) => t.id));
    for (const r of RISK_LIBRARY) {
      expect(r.controls.length, r.id).toBeGreaterThan(0);
      for (const c of r.controls) expect(known.has(c), `${r.id} → ${c}`).toBe(true);
    }
  });

  it('covers fraud, vendor and change risks, on the 5-level scale', () => {
    for (const c of ['fraud', 'vendor', 'change'] as const)
      expect(RISK_LIBRARY.filter((r) => r.category === c).length).toBeGreaterThanOrEqual(3);
    for (const r of RISK_LIBRARY) {
      expect(RISK_CATEGORIES).toContain(r.category);
      expect(r.likelihood).toBeGreaterThanOrEqual(1);
      expect(r.impact).toBeLessThanOrEqual(5);
    }
    expect(riskTemplateById('R-26')?.category).toBe('fraud');
  });
});
