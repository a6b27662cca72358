/** Shared by the cloud check tests: evaluate one check by id on attributes at a fixed sweep time. */
import type { CheckDefinition } from '../src/check.ts';
import { CLOUD_CHECKS } from '../src/checks/cloud.ts';
import { evaluateOne } from '../src/evaluate.ts';

export const NOW = new Date('2025-06-01T00:00:00Z');
export const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

/** Evaluates a cloud check by id on attributes, at NOW. */
export function run(id: string, attributes: Record<string, unknown>, now = NOW) {
  const check = CLOUD_CHECKS.find((c) => c.id === id) as CheckDefinition<unknown> | undefined;
  if (!check) throw new Error(`no check ${id}`);
  return evaluateOne(
    check,
    { source: 'aws', type: check.resourceType.type, externalId: 'x', name: 'x', attributes },
    now,
  );
}
