/**
 * Custom checks written in CEL (Common Expression Language): safe, not Turing-complete, and
 * validated on save. The expression sees the resource's attributes as `resource` and returns a bool.
 */
import { parse } from '@marcbachmann/cel-js';
import { CustomCheckSchema } from '@vigil/core/custom-check-spec';
import type { z } from 'zod';
import type { CheckDefinition } from './check.ts';
import { resourceType } from './resource.ts';

export { CustomCheckSchema };
export type CustomCheckSpec = z.infer<typeof CustomCheckSchema>;

/** Raised when a custom check cannot be compiled; `field` names the part at fault. */
export class CustomCheckError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** Compiles a custom check, or throws CustomCheckError naming the field and the CEL problem. */
export function compileCustomCheck(input: unknown): CheckDefinition<Record<string, unknown>> {
  const parsed = CustomCheckSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CustomCheckError(issue.path.join('.') || 'check', issue.message);
  }
  const spec = parsed.data;
  const type = resourceType(spec.resourceType);
  if (!type) throw new CustomCheckError('resourceType', `unknown resource type ${spec.resourceType}`);
  let program: ReturnType<typeof parse>;
  try {
    program = parse(spec.expression);
  } catch (err) {
    throw new CustomCheckError('expression', (err as Error).message.split('\n')[0] ?? 'invalid CEL');
  }
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    resourceType: type as CheckDefinition<Record<string, unknown>>['resourceType'],
    severity: spec.severity,
    criteria: spec.criteria,
    controls: spec.controls,
    rationale: 'Custom check defined by the organization.',
    remediation: spec.remediation,
    evaluate(attributes) {
      let value: unknown;
      try {
        value = program({ resource: attributes });
      } catch (err) {
        // A missing field in CEL is an evaluation error: the input is missing, so never a pass.
        return {
          status: 'error',
          reason: `expression could not be evaluated: ${(err as Error).message.split('\n')[0]}`,
        };
      }
      if (typeof value !== 'boolean') {
        return { status: 'error', reason: `expression returned ${typeof value}, expected a boolean` };
      }
      return value
        ? { status: 'pass', reason: `${spec.expression} is true` }
        : {
            status: 'fail',
            reason: `${spec.expression} is false`,
            attribute: 'expression',
            expected: true,
            actual: false,
          };
    },
  };
}
