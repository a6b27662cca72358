/**
 * Resource types produced by the saas connectors: GitHub, identity providers, HRIS rosters and
 * MDM/endpoint tools. A field is optional wherever a source can lack it (a token without owner
 * rights, an export without that column); checks read such fields with `need`, so absence is an
 * error and never a pass.
 */
import { ChangeCiStatusSchema } from '@vigil/core/changes';
import { z } from 'zod';
import { defineResourceType } from '../resource.ts';

const isoDateTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date-time');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a YYYY-MM-DD date');

/** Attributes of `github.org`. */
export const GitHubOrgAttributesSchema = z.object({
  login: z.string(),
  /** Only visible to organization owners: absent with a member token. */
  two_factor_requirement_enabled: z.boolean().optional(),
  default_repository_permission: z.enum(['none', 'read', 'write', 'admin']).optional(),
  members_can_create_repositories: z.boolean().optional(),
  members_can_delete_repositories: z.boolean().optional(),
  /** From `orgs/ORG/members?filter=2fa_disabled`; absent when that list was not collected. */
  members_without_2fa_count: z.number().int().nonnegative().optional(),
  members_without_2fa: z.array(z.string()).optional(),
  outside_collaborators_count: z.number().int().nonnegative().optional(),
  outside_collaborators: z.array(z.string()).optional(),
});
/** The type `GitHubOrgAttributesSchema` parses to. */
export type GitHubOrgAttributes = z.infer<typeof GitHubOrgAttributesSchema>;

/**
 * The protection in force on the default branch, merged from classic branch protection and the
 * active rulesets that target it. A field is absent when it cannot be decided because one of the
 * two sources could not be read and the other does not already settle it.
 */
export const EffectiveProtectionSchema = z.object({
  protected: z.boolean().optional(),
  /** `classic` and/or `ruleset:<id>` for every source that contributes a rule. */
  sources: z.array(z.string()),
  /** The one source that could not be read (the other was): judged as adding no rule. */
  unread: z.array(z.enum(['classic', 'rulesets'])).optional(),
  pull_request_required: z.boolean().optional(),
  required_approving_review_count: z.number().int().nonnegative().optional(),
  dismiss_stale_reviews: z.boolean().optional(),
  require_code_owner_reviews: z.boolean().optional(),
  require_last_push_approval: z.boolean().optional(),
  /** Classic `enforce_admins.enabled`, or a ruleset with an empty `bypass_actors` list. */
  enforce_admins: z.boolean().optional(),
  allow_force_pushes: z.boolean().optional(),
  allow_deletions: z.boolean().optional(),
  required_status_checks: z.array(z.string()).optional(),
  strict_status_checks: z.boolean().optional(),
  required_linear_history: z.boolean().optional(),
  required_signatures: z.boolean().optional(),
});
/** The type `EffectiveProtectionSchema` parses to. */
export type EffectiveProtection = z.infer<typeof EffectiveProtectionSchema>;

/** Open Dependabot alerts of one repository, by severity. */
export const DependabotSummarySchema = z.object({
  open_critical: z.number().int().nonnegative(),
  open_high: z.number().int().nonnegative(),
  open_medium: z.number().int().nonnegative(),
  open_low: z.number().int().nonnegative(),
  oldest_open_critical_at: isoDateTime.optional(),
  oldest_open_high_at: isoDateTime.optional(),
});
/** The type `DependabotSummarySchema` parses to. */
export type DependabotSummary = z.infer<typeof DependabotSummarySchema>;

/** Attributes of `github.repository`. */
export const GitHubRepositoryAttributesSchema = z.object({
  full_name: z.string(),
  default_branch: z.string().optional(),
  archived: z.boolean().optional(),
  visibility: z.enum(['public', 'private', 'internal']).optional(),
  fork: z.boolean().optional(),
  protection: EffectiveProtectionSchema,
  /** Absent when the open alerts were not collected (needs a security manager or owner token). */
  dependabot: DependabotSummarySchema.optional(),
});
/** The type `GitHubRepositoryAttributesSchema` parses to. */
export type GitHubRepositoryAttributes = z.infer<typeof GitHubRepositoryAttributesSchema>;

/** Attributes of `github.merged_change`: one pull request merged into the default branch. */
export const GitHubMergedChangeAttributesSchema = z.object({
  repository: z.string(),
  number: z.number().int().positive(),
  title: z.string(),
  author: z.string(),
  merged_at: isoDateTime,
  /** Only GitHub's single pull request read names who merged; null when it was not read (unknown). */
  merged_by: z.string().nullable(),
  /**
   * Reviewers whose latest review as of the merge is an approval, then reviewers who approved only
   * after the merge (their `approved_at` is later than `merged_at`).
   */
  approvals: z.array(z.object({ reviewer: z.string(), approved_at: isoDateTime })),
  first_approval_at: isoDateTime.nullable(),
  ci_status: ChangeCiStatusSchema,
  /** Approvals branch protection or rulesets required when collected; absent when protection was not read. */
  required_approvals: z.number().int().nonnegative().optional(),
});
/** The type `GitHubMergedChangeAttributesSchema` parses to. */
export type GitHubMergedChangeAttributes = z.infer<typeof GitHubMergedChangeAttributesSchema>;

/** Account lifecycle states across Okta and Google Workspace. */
export const IdentityUserStatusSchema = z.enum([
  'active',
  'staged',
  'provisioned',
  'recovery',
  'locked_out',
  'password_expired',
  'suspended',
  'deprovisioned',
  'archived',
]);

/** Attributes of `identity.user`. */
export const IdentityUserAttributesSchema = z.object({
  provider: z.enum(['okta', 'google']),
  user_id: z.string(),
  email: z.string().optional(),
  name: z.string().optional(),
  status: IdentityUserStatusSchema,
  /** The provider's own status word, kept for the evidence. */
  provider_status: z.string(),
  /** True when the account can sign in (not suspended, deprovisioned, archived or not yet activated). */
  enabled: z.boolean(),
  mfa_enrolled: z.boolean().optional(),
  mfa_factors: z.array(z.string()).optional(),
  /** Google enforces 2SV per user; Okta enforces MFA through sign-on policies instead. */
  mfa_enforcement: z.enum(['per_user', 'policy']),
  mfa_enforced: z.boolean().optional(),
  is_admin: z.boolean().optional(),
  admin_roles: z.array(z.string()).optional(),
  /** `null` means the account never signed in; absent means unknown. */
  last_login_at: isoDateTime.nullable().optional(),
  created_at: isoDateTime.optional(),
});
/** The type `IdentityUserAttributesSchema` parses to. */
export type IdentityUserAttributes = z.infer<typeof IdentityUserAttributesSchema>;

/** Attributes of `hr.employee`. */
export const HrEmployeeAttributesSchema = z.object({
  email: z.string().optional(),
  employee_id: z.string().optional(),
  name: z.string().optional(),
  status: z.enum(['active', 'leave', 'terminated', 'other']).optional(),
  raw_status: z.string().optional(),
  worker_type: z.string().optional(),
  start_date: isoDate.optional(),
  termination_date: isoDate.optional(),
  /** Null when the roster has a manager column and this worker's cell is empty; absent without the column. */
  manager: z.string().nullable().optional(),
  department: z.string().optional(),
});
/** The type `HrEmployeeAttributesSchema` parses to. */
export type HrEmployeeAttributes = z.infer<typeof HrEmployeeAttributesSchema>;

/** Attributes of `endpoint.device`. */
export const EndpointDeviceAttributesSchema = z.object({
  tool: z.enum(['osquery', 'fleet', 'jamf', 'intune']),
  hostname: z.string(),
  serial: z.string().optional(),
  platform: z.enum(['macos', 'windows', 'linux', 'ios', 'android', 'other']).optional(),
  os_version: z.string().optional(),
  disk_encrypted: z.boolean().optional(),
  /** The tool's own encryption wording (`Encrypted`, `Encrypting`, `1` …). */
  disk_encryption_state: z.string().optional(),
  firewall_enabled: z.boolean().optional(),
  screen_lock_enabled: z.boolean().optional(),
  last_check_in_at: isoDateTime.optional(),
  compliance_state: z
    .enum(['compliant', 'noncompliant', 'in_grace_period', 'not_evaluated', 'error', 'unknown'])
    .optional(),
  owner: z.string().optional(),
});
/** The type `EndpointDeviceAttributesSchema` parses to. */
export type EndpointDeviceAttributes = z.infer<typeof EndpointDeviceAttributesSchema>;

/** A GitHub organization and its member settings. */
export const GITHUB_ORG = defineResourceType({
  type: 'github.org',
  title: 'GitHub organization',
  description: 'Organization settings from `gh api orgs/ORG`, members without 2FA and outside collaborators.',
  attributes: GitHubOrgAttributesSchema,
});

/** A GitHub repository with its effective default-branch protection and open Dependabot alerts. */
export const GITHUB_REPOSITORY = defineResourceType({
  type: 'github.repository',
  title: 'GitHub repository',
  description:
    'Repository from `gh api orgs/ORG/repos`, with default-branch protection merged from classic ' +
    'branch protection and active rulesets, and open Dependabot alert counts.',
  attributes: GitHubRepositoryAttributesSchema,
});

/** A pull request merged into a repository's default branch, with its reviews and CI outcome. */
export const GITHUB_MERGED_CHANGE = defineResourceType({
  type: 'github.merged_change',
  title: 'GitHub merged change',
  description:
    'A pull request merged into the default branch, from `gh api repos/OWNER/REPO/pulls?state=closed`, ' +
    'its single read `repos/OWNER/REPO/pulls/N` (who merged it), its reviews and the check runs and ' +
    'status of its merge commit.',
  attributes: GitHubMergedChangeAttributesSchema,
});

/** A workforce identity account in Okta or Google Workspace. */
export const IDENTITY_USER = defineResourceType({
  type: 'identity.user',
  title: 'Identity provider user',
  description: 'A user account from Okta `/api/v1/users` or the Google Workspace Directory users list.',
  attributes: IdentityUserAttributesSchema,
});

/** One worker in the HRIS roster. */
export const HR_EMPLOYEE = defineResourceType({
  type: 'hr.employee',
  title: 'HRIS worker',
  description:
    'A row of the HRIS roster export (BambooHR, Gusto, Rippling, Workday, Personio or mapped CSV).',
  attributes: HrEmployeeAttributesSchema,
});

/** A managed laptop, desktop or mobile device. */
export const ENDPOINT_DEVICE = defineResourceType({
  type: 'endpoint.device',
  title: 'Endpoint device',
  description: 'A device from osquery/Fleet query results or a Jamf or Intune device export.',
  attributes: EndpointDeviceAttributesSchema,
});
