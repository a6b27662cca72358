/** Evaluates checks over resources: one outcome per (check, resource), errors instead of crashes. */
import {
  type CheckContext,
  type CheckDefinition,
  type CheckOutcome,
  type CheckStatus,
  MissingInput,
} from './check.ts';
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
  shared: SharedContext = {},
): CheckOutcome {
  const parsed = check.resourceType.attributes.safeParse(resource.attributes);
  return evaluateParsed(check, parsed, now, firstSeen, shared, resourceKey(resource));
}

/** What a sweep knows beyond the resource and its time: the same for every resource it evaluates. */
export type SharedContext = Pick<CheckContext, 'accounts' | 'slaPolicy'> & {
  /** The risk-accepted exceptions of a resource, by its key. */
  exceptionsOf?: (resourceKey: string) => CheckContext['exceptions'];
};

/** Runs one check on attributes already parsed with its resource type's schema. */
function evaluateParsed(
  check: CheckDefinition<unknown>,
  parsed: ReturnType<CheckDefinition<unknown>['resourceType']['attributes']['safeParse']>,
  now: Date,
  firstSeen?: Date,
  shared: SharedContext = {},
  key?: string,
): CheckOutcome {
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const attribute = issue.path.join('.') || '(attributes)';
    return { status: 'error', reason: `invalid input: ${attribute}: ${issue.message}`, attribute };
  }
  try {
    const accounts = check.usesAccounts ? shared.accounts : undefined;
    const slaPolicy = check.usesSla ? shared.slaPolicy : undefined;
    const exceptions = check.usesSla && key !== undefined ? shared.exceptionsOf?.(key) : undefined;
    return check.evaluate(parsed.data, {
      now,
      ...(firstSeen ? { firstSeen } : {}),
      ...(accounts ? { accounts } : {}),
      ...(slaPolicy ? { slaPolicy } : {}),
      ...(exceptions ? { exceptions } : {}),
    });
  } catch (err) {
    if (err instanceof MissingInput) {
      const why = unreadableReason(parsed.data, err.attribute);
      return {
        status: 'error',
        reason: why ? `${err.message} (${why})` : err.message,
        attribute: err.attribute,
      };
    }
    return { status: 'error', reason: `check failed to run: ${(err as Error).message}` };
  }
}

/** Why a missing attribute is unknown, when the resource records it (`unreadable`, keyed by top-level name). */
function unreadableReason(attributes: unknown, attribute: string): string | undefined {
  const unreadable = (attributes as { unreadable?: Record<string, string> } | null)?.unreadable;
  return unreadable?.[attribute.split(/[.[]/)[0]!];
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

const STATUS_CHAR = { pass: 'p', fail: 'f', error: 'e', not_applicable: 'n' } as const;

/** A 53-bit string hash (cyrb53): short fingerprints of check lists, no crypto needed. */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export interface SweepEvaluation {
  /** The results of the resources `keep` accepted (all of them without `keep`). */
  results: CheckResult[];
  /** How many results of each status, over every resource. */
  counts: Record<CheckStatus, number>;
  /**
   * Per resource key, its statuses in a compact exact form: a fingerprint of the check list of its
   * type, then one letter per check. Equal digests mean equal (check, status) pairs, so a sweep can
   * skip comparing that resource's stored intervals.
   */
  states: Map<string, string>;
}

/**
 * Evaluates every check against every resource of its type, resource by resource: each resource's
 * key is built once and its attributes parsed once per resource type, and its states digest falls out.
 * Only the results of resources `keep` accepts are kept: a sweep first needs just the digests, and
 * then the results of the few resources whose digest changed.
 */
export function evaluateForSweep(
  checks: readonly CheckDefinition<unknown>[],
  resources: Iterable<Resource>,
  now: Date,
  firstSeenOf?: (resource: Resource) => Date | undefined,
  keep?: (resourceKey: string) => boolean,
  context: SharedContext = {},
): SweepEvaluation {
  const byType = new Map<string, { checks: CheckDefinition<unknown>[]; prefix: string }>();
  for (const check of checks) {
    const entry = byType.get(check.resourceType.type);
    if (entry) entry.checks.push(check);
    else byType.set(check.resourceType.type, { checks: [check], prefix: '' });
  }
  for (const entry of byType.values()) {
    entry.prefix = `${fingerprint(entry.checks.map((c) => c.id).join('\n'))}:`;
  }
  const results: CheckResult[] = [];
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, error: 0, not_applicable: 0 };
  const states = new Map<string, string>();
  // Most resources share a digest (all passing, say): one string per distinct digest, not per resource.
  const distinct = new Map<string, string>();
  for (const r of resources) {
    const entry = byType.get(r.type);
    if (!entry) continue;
    const key = resourceKey(r);
    const kept = keep === undefined || keep(key);
    let letters = '';
    let schema: unknown;
    let parsed: ReturnType<CheckDefinition<unknown>['resourceType']['attributes']['safeParse']> | undefined;
    for (const check of entry.checks) {
      // Checks of one type usually share its attribute schema: parse the attributes once for all of them.
      if (check.resourceType.attributes !== schema) {
        schema = check.resourceType.attributes;
        parsed = check.resourceType.attributes.safeParse(r.attributes);
      }
      const firstSeen = check.usesFirstSeen ? firstSeenOf?.(r) : undefined;
      const outcome = evaluateParsed(check, parsed!, now, firstSeen, context, key);
      letters += STATUS_CHAR[outcome.status];
      counts[outcome.status]++;
      if (kept) results.push({ checkId: check.id, resourceKey: key, resourceName: r.name, ...outcome });
    }
    const digest = entry.prefix + letters;
    const shared = distinct.get(digest);
    if (shared === undefined) distinct.set(digest, digest);
    states.set(key, shared ?? digest);
  }
  return { results, counts, states };
}
