/** What a policy template is: a Markdown document in our words, with placeholders the organization fills. */
import { z } from 'zod';
import { CategoryIdSchema, ControlTemplateIdSchema, CriterionIdSchema } from '../schemas.ts';

/** Who a policy is written for, as a starting point the policy owner can change. */
export const PolicyAudienceSchema = z.enum(['all_staff', 'employees', 'contractors', 'engineering']);
export type PolicyAudience = z.infer<typeof PolicyAudienceSchema>;

/**
 * The placeholders a template may use, written `{{name}}` in its body. Filling leaves none behind:
 * a value the organization has not given is refused by name, never printed as braces.
 */
export const PolicyPlaceholderSchema = z.enum([
  'company_name',
  'policy_owner',
  'approver',
  'review_cadence',
  'effective_date',
  'security_contact',
  // The privacy notice tells individuals where to send requests, which is often not the security mailbox.
  'privacy_contact',
]);
export type PolicyPlaceholder = z.infer<typeof PolicyPlaceholderSchema>;

/** Template id: lower-case words joined by hyphens, stable once shipped (`information-security`). */
export const PolicyTemplateIdSchema = z.string().regex(/^[a-z]+(-[a-z]+)*$/);

export const PolicyTemplateSchema = z.object({
  id: PolicyTemplateIdSchema,
  title: z.string().min(1),
  /** One sentence: what the policy is for. */
  summary: z.string().min(1),
  /** Categories in scope that call for this policy; Security stands for every organization. */
  categories: z.array(CategoryIdSchema).min(1),
  /** Control library templates the policy documents. */
  controls: z.array(ControlTemplateIdSchema).min(1),
  criteria: z.array(CriterionIdSchema).min(1),
  audience: PolicyAudienceSchema,
  reviewCadenceMonths: z.number().int().min(1).max(36),
  /** Markdown, starting at a level-1 heading, with `{{placeholder}}` markers. */
  body: z.string().min(1),
});
/** A policy template from the catalog. */
export type PolicyTemplate = z.infer<typeof PolicyTemplateSchema>;
