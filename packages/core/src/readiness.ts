/**
 * Readiness scoring: how far each category is from audit-ready. A control earns credit only when it
 * is met (implemented, evidenced or passing its checks, and with no check failing or in error; see
 * `controlMet` in `@vigil/monitoring`); mapping a control to criteria earns nothing by itself.
 */
import type { ControlStatus } from './vocabulary.ts';

export interface ReadinessControl {
  status: ControlStatus;
  applicable: boolean;
  criteria: readonly string[];
  /** Whether the control counts as met: decided by the caller from its evidence and check health. */
  met: boolean;
}

export interface CategoryReadiness {
  category: string;
  criteriaTotal: number;
  /** Criteria with at least one applicable control mapped. */
  criteriaCovered: number;
  /** Criteria where at least one mapped applicable control is met. */
  criteriaMet: number;
  controlsTotal: number;
  controlsImplemented: number;
  /** Applicable controls that are met: implemented, evidenced or passing, nothing failing. */
  controlsMet: number;
  controlsInProgress: number;
  controlsNotApplicable: number;
  /** 0..100: the share of applicable controls that are met. */
  score: number;
  uncoveredCriteria: string[];
}

/** The share of controls met, as a percentage with one decimal; 0 when there are none. */
export function readinessScore(met: number, total: number): number {
  return total === 0 ? 0 : Math.round((met / total) * 1000) / 10;
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
        if (c.met) met.add(id);
      }
    }
    const controlsMet = applicable.filter((c) => c.met).length;
    result.push({
      category,
      criteriaTotal: criteria.length,
      criteriaCovered: covered.size,
      criteriaMet: met.size,
      controlsTotal: applicable.length,
      controlsImplemented: applicable.filter((c) => c.status === 'implemented').length,
      controlsMet,
      controlsInProgress: applicable.filter((c) => c.status === 'in_progress').length,
      controlsNotApplicable: touching.length - applicable.length,
      score: readinessScore(controlsMet, applicable.length),
      uncoveredCriteria: criteria.filter((id) => !covered.has(id)),
    });
  }
  return result;
}
