/**
 * The parts of GitHub REST responses the normalizers read, as documented in github/rest-api-description.
 * Objects are loose: GitHub adds fields often, and only the shapes below matter.
 */
import { z } from 'zod';
import { dateString } from '../io/validate.ts';

/** `GET /orgs/{org}`: the settings the checks read (owner-only fields are absent for members). */
export const GhOrgSchema = z.looseObject({
  login: z.string(),
  two_factor_requirement_enabled: z.boolean().nullish(),
  default_repository_permission: z.enum(['none', 'read', 'write', 'admin']).nullish(),
  members_can_create_repositories: z.boolean().nullish(),
  members_can_delete_repositories: z.boolean().nullish(),
});
/** The type `GhOrgSchema` parses to. */
export type GhOrg = z.infer<typeof GhOrgSchema>;

/** A user in member and collaborator lists. */
export const GhUserSchema = z.looseObject({ login: z.string() });

/** A repository from `GET /orgs/{org}/repos`. */
export const GhRepoSchema = z.looseObject({
  name: z.string(),
  full_name: z.string(),
  private: z.boolean().optional(),
  fork: z.boolean().optional(),
  archived: z.boolean().optional(),
  default_branch: z.string().optional(),
  // Older responses (before 2020) have no `visibility`; `private` decides it then.
  visibility: z.enum(['public', 'private', 'internal']).optional(),
});
/** The type `GhRepoSchema` parses to. */
export type GhRepo = z.infer<typeof GhRepoSchema>;

const enabled = z.looseObject({ enabled: z.boolean().optional() }).nullish();

/** `GET /repos/{o}/{r}/branches/{b}/protection`. */
export const GhClassicProtectionSchema = z.looseObject({
  required_status_checks: z
    .looseObject({
      strict: z.boolean().optional(),
      contexts: z.array(z.string()).optional(),
      checks: z.array(z.looseObject({ context: z.string() })).optional(),
    })
    .nullish(),
  enforce_admins: enabled,
  required_pull_request_reviews: z
    .looseObject({
      dismiss_stale_reviews: z.boolean().optional(),
      require_code_owner_reviews: z.boolean().optional(),
      required_approving_review_count: z.number().int().optional(),
      require_last_push_approval: z.boolean().optional(),
    })
    .nullish(),
  required_linear_history: enabled,
  allow_force_pushes: enabled,
  allow_deletions: enabled,
  required_signatures: enabled,
});
/** The type `GhClassicProtectionSchema` parses to. */
export type GhClassicProtection = z.infer<typeof GhClassicProtectionSchema>;

/** One rule of a ruleset (`pull_request`, `deletion`, …) with its parameters. */
export const GhRulesetRuleSchema = z.looseObject({
  type: z.string(),
  parameters: z.record(z.string(), z.unknown()).optional(),
});

/** A ruleset as `GET /repos/{o}/{r}/rulesets/{id}` returns it (the list endpoint omits rules). */
export const GhRulesetSchema = z.looseObject({
  id: z.number(),
  name: z.string().optional(),
  target: z.string().optional(),
  enforcement: z.string(),
  // GitHub omits `bypass_actors` for tokens that cannot edit the ruleset: absent is unknown, not empty.
  bypass_actors: z.array(z.looseObject({ actor_type: z.string().optional() })).optional(),
  conditions: z
    .looseObject({
      ref_name: z
        .looseObject({ include: z.array(z.string()).optional(), exclude: z.array(z.string()).optional() })
        .optional(),
    })
    .nullish(),
  rules: z.array(GhRulesetRuleSchema).optional(),
});
/** The type `GhRulesetSchema` parses to. */
export type GhRuleset = z.infer<typeof GhRulesetSchema>;

/** An alert from `GET /orgs/{org}/dependabot/alerts`. */
export const GhDependabotAlertSchema = z.looseObject({
  number: z.number().optional(),
  state: z.string(),
  created_at: dateString,
  security_advisory: z.looseObject({ severity: z.string().optional() }).optional(),
  security_vulnerability: z.looseObject({ severity: z.string().optional() }).optional(),
  repository: z.looseObject({ full_name: z.string() }).optional(),
});
/** The type `GhDependabotAlertSchema` parses to. */
export type GhDependabotAlert = z.infer<typeof GhDependabotAlertSchema>;

/** `gh api` writes this body for a 404 on the protection endpoint of an unprotected branch. */
export const BRANCH_NOT_PROTECTED = 'Branch not protected';

const login = z.looseObject({ login: z.string() });

/**
 * A pull request from `GET /repos/{o}/{r}/pulls?state=closed`, or read on its own from
 * `GET /repos/{o}/{r}/pulls/{n}`: only the single read carries `merged_by` (null when GitHub did not
 * record who merged, e.g. commits pushed straight to the base branch).
 */
export const GhPullSchema = z.looseObject({
  number: z.number().int().positive(),
  title: z.string(),
  user: login.nullable(),
  merged_at: dateString.nullable(),
  merge_commit_sha: z.string().nullish(),
  merged_by: login.nullish(),
  base: z.looseObject({ ref: z.string() }),
});
/** The type `GhPullSchema` parses to. */
export type GhPull = z.infer<typeof GhPullSchema>;

/** A review from `GET /repos/{o}/{r}/pulls/{n}/reviews`. */
export const GhReviewSchema = z.looseObject({
  user: login.nullable(),
  state: z.enum(['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING']),
  submitted_at: dateString.nullish(),
});
/** The type `GhReviewSchema` parses to. */
export type GhReview = z.infer<typeof GhReviewSchema>;

/** `GET /repos/{o}/{r}/commits/{sha}/check-runs`. */
export const GhCheckRunsSchema = z.looseObject({
  total_count: z.number().int().nonnegative(),
  check_runs: z.array(z.looseObject({ status: z.string(), conclusion: z.string().nullable() })),
});
/** The type `GhCheckRunsSchema` parses to. */
export type GhCheckRuns = z.infer<typeof GhCheckRunsSchema>;

/** `GET /repos/{o}/{r}/commits/{sha}/status`: the combined commit status. */
export const GhCombinedStatusSchema = z.looseObject({
  state: z.enum(['success', 'failure', 'error', 'pending']),
  total_count: z.number().int().nonnegative(),
});
/** The type `GhCombinedStatusSchema` parses to. */
export type GhCombinedStatus = z.infer<typeof GhCombinedStatusSchema>;
