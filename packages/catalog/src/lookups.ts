import { CONTROL_TEMPLATES } from './control-library.ts';
import { CRITERIA } from './criteria.ts';
import type { CategoryId, ControlTemplate, Criterion } from './schemas.ts';

// Built once at module load: the catalog is static, and lookups happen on hot paths such as report rendering.
const criteriaById = new Map<string, Criterion>(CRITERIA.map((criterion) => [criterion.id, criterion]));

/** Finds a criterion by its identifier, e.g. 'CC6.1'; returns undefined for unknown ids. */
export function criterionById(id: string): Criterion | undefined {
  return criteriaById.get(id);
}

/** Returns the category a criterion belongs to, or undefined when the id is not a known criterion. */
export function categoryOfCriterion(id: string): CategoryId | undefined {
  return criteriaById.get(id)?.category;
}

// Security is added even when the caller leaves it out, because every SOC 2 report covers the common criteria.
function inScope(categories: readonly CategoryId[]): Set<CategoryId> {
  return new Set<CategoryId>(['security', ...categories]);
}

/** Criteria in scope for the given categories, in canonical order; security is always included. */
export function criteriaForCategories(categories: readonly CategoryId[]): Criterion[] {
  const scope = inScope(categories);
  return CRITERIA.filter((criterion) => scope.has(criterion.category));
}

/**
 * Templates mapped to at least one criterion in the given categories (security always included, matching
 * criteriaForCategories), in library order.
 */
export function templatesForCategories(categories: readonly CategoryId[]): ControlTemplate[] {
  const scope = inScope(categories);
  return CONTROL_TEMPLATES.filter((template) =>
    template.criteria.some((id) => {
      const category = categoryOfCriterion(id);
      return category !== undefined && scope.has(category);
    }),
  );
}
