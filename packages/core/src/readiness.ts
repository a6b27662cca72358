/** Readiness scoring: how far each category is from audit-ready, from controls and their mappings. */
import type { ControlStatus } from './vocabulary.ts';

export interface ReadinessControl {
  status: ControlStatus;
  applicable: boolean;
  criteria: readonly string[];
}

export interface CategoryReadiness {
  category: string;
  criteriaTotal: number;
  /** Criteria with at least one applicable control mapped. */
  criteriaCovered: number;
  /** Criteria where at least one mapped applicable control is implemented. */
  criteriaMet: number;
  controlsTotal: number;
  controlsImplemented: number;
  controlsInProgress: number;
  controlsNotApplicable: number;
  /** 0..100: half for coverage, half for implementation. */
  score: number;
  uncoveredCriteria: string[];
}

/** Scores each category from its criteria and the controls mapped to them. */
export function computeReadiness(
  criteriaByCategory: ReadonlyMap<string, readonly string[]>,
  controls: readonly ReadinessControl[],
): CategoryReadiness[] {
  const result: CategoryReadiness[] = [];
  for (const [category, criteria] of criteriaByCategory) {
    const inCategory = new Set(criteria);
    const touching = controls.filter((c) => c.criteria.some((id) => inCategory.has(id)));
    const applicable = touching.filter((c) => c.applicable);
    const covered = new Set<string>();
    const met = new Set<string>();
    for (const c of applicable) {
      for (const id of c.criteria) {
        if (!inCategory.has(id)) continue;
        covered.add(id);
        if (c.status === 'implemented') met.add(id);
      }
    }
    const implemented = applicable.filter((c) => c.status === 'implemented').length;
    const total = criteria.length;
    const coverage = total === 0 ? 0 : covered.size / total;
    const implementation = applicable.length === 0 ? 0 : implemented / applicable.length;
    result.push({
      category,
      criteriaTotal: total,
      criteriaCovered: covered.size,
      criteriaMet: met.size,
      controlsTotal: applicable.length,
      controlsImplemented: implemented,
      controlsInProgress: applicable.filter((c) => c.status === 'in_progress').length,
      controlsNotApplicable: touching.length - applicable.length,
      score: Math.round((coverage * 50 + implementation * 50) * 10) / 10,
      uncoveredCriteria: criteria.filter((id) => !covered.has(id)),
    });
  }
  return result;
}
