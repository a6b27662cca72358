/** The check model: a test over one resource type that passes or fails per resource, with its reason. */

import type { RecordedException, SlaPolicyVersion } from '@vigil/core/vulnerabilities';
import { z } from 'zod';
import type { AccountDirectory } from './accounts.ts';
import type { ResourceTypeDef } from './resource.ts';

export const CheckStatusSchema = z.enum(['pass', 'fail', 'error', 'not_applicable']);
export type CheckStatus = z.infer<typeof CheckStatusSchema>;

import { type Severity, SeveritySchema } from '@vigil/core/vocabulary';

export { type Severity, SeveritySchema };

/** Why a resource got its status: which attribute, what was expected, what was found. */
export interface CheckOutcome {
  status: CheckStatus;
  reason: string;
  attribute?: string;
  expected?: unknown;
  actual?: unknown;
}

export interface CheckContext {
  /** The time the sweep runs; age-based checks measure from here, never from the wall clock. */
  now: Date;
  /**
   * When Vigil first saw the resource (its stored first-seen time, or this sweep's time for a new
   * one); only sweeps know it, so an offline run such as `vigil check` leaves it out.
   */
  firstSeen?: Date;
  /**
   * The organization's workforce accounts from its other connectors, for checks that join the HR
   * roster with them; absent when no sweep loaded it (an offline run) or no account data exists.
   */
  accounts?: AccountDirectory;
  /**
   * The organization's remediation SLA policy versions, for checks with `usesSla`; absent offline or
   * when the organization never set one, and then the default deadlines apply.
   */
  slaPolicy?: readonly SlaPolicyVersion[];
  /** The risk-accepted exceptions recorded against this resource (approved or not), for `usesSla` checks. */
  exceptions?: readonly RecordedException[];
}

export interface CheckDefinition<A = Record<string, unknown>> {
  /** Stable id, e.g. `aws.iam.console_user_mfa`. */
  id: string;
  title: string;
  description: string;
  resourceType: ResourceTypeDef<A>;
  severity: Severity;
  /** Trust Services Criteria the check gives evidence for. */
  criteria: string[];
  /** Control library template ids the check tests. */
  controls: string[];
  /** Why the check supports those criteria, in one or two sentences. */
  rationale: string;
  remediation: string;
  evaluate(attributes: A, ctx: CheckContext): CheckOutcome;
  /** Set by checks that read `ctx.firstSeen`, so sweeps load it only when some check needs it. */
  usesFirstSeen?: boolean;
  /** Set by checks that read `ctx.accounts`: sweeps load the directory only for them. */
  usesAccounts?: boolean;
  /** Set by checks that read `ctx.slaPolicy` and `ctx.exceptions`: sweeps load them only for them. */
  usesSla?: boolean;
}

/** `passwordPolicy.minimumLength` → "password policy › minimum length": an attribute path in words. */
export function attributeWords(path: string): string {
  return path
    .split('.')
    .map((part) =>
      part
        .replaceAll(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replaceAll('_', ' ')
        .toLowerCase(),
    )
    .join(' › ');
}

/**
 * Thrown by `need` when an input the check depends on is absent: the result is an error, never a pass.
 * The reason names the input in words; `attribute` keeps its path for the detail.
 */
export class MissingInput extends Error {
  constructor(readonly attribute: string) {
    super(`missing input: ${attributeWords(attribute)}`);
  }
}

/** Returns the value or throws MissingInput naming the attribute. */
export function need<T>(value: T | null | undefined, attribute: string): T {
  if (value === undefined || value === null) throw new MissingInput(attribute);
  return value;
}

export const pass = (reason: string, attribute?: string, actual?: unknown): CheckOutcome => ({
  status: 'pass',
  reason,
  ...(attribute ? { attribute, actual } : {}),
});

export const fail = (
  reason: string,
  attribute: string,
  expected: unknown,
  actual: unknown,
): CheckOutcome => ({
  status: 'fail',
  reason,
  attribute,
  expected,
  actual,
});

export const notApplicable = (reason: string): CheckOutcome => ({ status: 'not_applicable', reason });

/** Declares a check with attributes typed by its resource type. */
export function defineCheck<A>(def: CheckDefinition<A>): CheckDefinition<A> {
  return def;
}
