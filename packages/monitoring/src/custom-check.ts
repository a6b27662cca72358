/**
 * Custom checks written in CEL (Common Expression Language): safe, not Turing-complete, and
 * validated on save. The expression sees the resource's attributes as `resource` and returns a bool.
 */
import { parse } from '@marcbachmann/cel-js';
import { z } from 'zod';
import { type CheckDefinition, SeveritySchema } from './check.ts';
import { resourceType } from './resource.ts';

export const CustomCheckSchema = z.strictObject({
  id: z
    .string()
    .regex(
      /^custom\.[a-z0-9_.]{3,80}$/,
      'must start with "custom." followed by lowercase letters, digits, _ or .',
    ),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).default(''),
  resourceType: z.string().min(1),
  severity: SeveritySchema,
  expression: z.string().trim().min(1).max(4000),
  criteria: z.array(z.string().regex(/^(CC|A|C|PI|P)\d+\.\d+$/)).default([]),
  controls: z.array(z.string()).default([]),
  remediation: z.string().trim().max(2000).default(''),
});
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
