/** Evaluates checks over resources: one outcome per (check, resource), errors instead of crashes. */
import { type CheckDefinition, type CheckOutcome, MissingInput } from './check.ts';
import { type Resource, resourceKey } from './resource.ts';

export interface CheckResult extends CheckOutcome {
  checkId: string;
  resourceKey: string;
  resourceName: string;
}

/** Runs one check on one resource; bad attributes or missing inputs become `error` outcomes. */
export function evaluateOne(
  check: CheckDefinition<unknown>,
  resource: Resource,
  now: Date,
  firstSeen?: Date,
): CheckOutcome {
  const parsed = check.resourceType.attributes.safeParse(resource.attributes);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const attribute = issue.path.join('.') || '(attributes)';
    return { status: 'error', reason: `invalid input: ${attribute}: ${issue.message}`, attribute };
  }
  try {
    return check.evaluate(parsed.data, firstSeen ? { now, firstSeen } : { now });
  } catch (err) {
    if (err instanceof MissingInput) {
      return { status: 'error', reason: err.message, attribute: err.attribute };
    }
    return { status: 'error', reason: `check failed to run: ${(err as Error).message}` };
  }
}

/** Evaluates every check against every resource of its type. */
export function evaluateChecks(
  checks: readonly CheckDefinition<unknown>[],
  resources: readonly Resource[],
  now: Date,
  firstSeenOf?: (resource: Resource) => Date | undefined,
): CheckResult[] {
  const byType = new Map<string, Resource[]>();
  for (const r of resources) {
    const list = byType.get(r.type);
    if (list) list.push(r);
    else byType.set(r.type, [r]);
  }
  const out: CheckResult[] = [];
  for (const check of checks) {
    for (const r of byType.get(check.resourceType.type) ?? []) {
      out.push({
        checkId: check.id,
        resourceKey: resourceKey(r),
        resourceName: r.name,
        ...evaluateOne(check, r, now, check.usesFirstSeen ? firstSeenOf?.(r) : undefined),
      });
    }
  }
  return out;
}
