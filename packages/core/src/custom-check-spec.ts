/** What a custom check is as data: the spec a person writes and the API accepts, before CEL compiles it. */
import { z } from 'zod';
import { SeveritySchema } from './vocabulary.ts';

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
