/** Turns GitHub REST payloads into `github.org` and `github.repository` resources; shared by the importer and the live collector. */
import { ciStatusAtMerge, countingApprovals, firstApprovalAt } from '@vigil/core/changes';
import type { Resource } from '@vigil/monitoring';
import type {
  DependabotSummary,
  GitHubMergedChangeAttributes,
  GitHubOrgAttributes,
  GitHubRepositoryAttributes,
} from '@vigil/monitoring/resource-types/saas';
import { type ClassicInput, effectiveProtection } from './protection.ts';
import type {
  GhCheckRuns,
  GhCombinedStatus,
  GhDependabotAlert,
  GhOrg,
  GhPull,
  GhRepo,
  GhReview,
  GhRuleset,
} from './schemas.ts';

/** The source recorded on GitHub resources. */
export const GITHUB_SOURCE = 'github';

/** Builds the `github.org` resource; member lists are `undefined` when they were not collected. */
export function normalizeOrg(
  org: GhOrg,
  membersWithout2fa?: string[],
  outsideCollaborators?: string[],
): Resource {
  const attributes: GitHubOrgAttributes = {
    login: org.login,
    two_factor_requirement_enabled: org.two_factor_requirement_enabled ?? undefined,
    default_repository_permission: org.default_repository_permission ?? undefined,
    members_can_create_repositories: org.members_can_create_repositories ?? undefined,
    members_can_delete_repositories: org.members_can_delete_repositories ?? undefined,
    members_without_2fa_count: membersWithout2fa?.length,
    members_without_2fa: membersWithout2fa,
    outside_collaborators_count: outsideCollaborators?.length,
    outside_collaborators: outsideCollaborators,
  };
  return { source: GITHUB_SOURCE, type: 'github.org', externalId: org.login, name: org.login, attributes };
}

const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

/** Open Dependabot alerts counted per repository `full_name`. */
export function summarizeDependabot(
  alerts: Iterable<GhDependabotAlert>,
  fallbackRepo?: string,
): Map<string, DependabotSummary> {
  const out = new Map<string, DependabotSummary>();
  for (const alert of alerts) {
    if (alert.state !== 'open') continue;
    const repo = alert.repository?.full_name ?? fallbackRepo;
    if (!repo) continue;
    const s = out.get(repo) ?? emptyDependabot();
    const sev = (
      alert.security_advisory?.severity ??
      alert.security_vulnerability?.severity ??
      'low'
    ).toLowerCase();
    const level = (SEVERITIES as readonly string[]).includes(sev)
      ? (sev as (typeof SEVERITIES)[number])
      : 'low';
    s[`open_${level}`]++;
    const created = new Date(alert.created_at).toISOString();
    if (level === 'critical' && (!s.oldest_open_critical_at || created < s.oldest_open_critical_at)) {
      s.oldest_open_critical_at = created;
    }
    if (level === 'high' && (!s.oldest_open_high_at || created < s.oldest_open_high_at)) {
      s.oldest_open_high_at = created;
    }
    out.set(repo, s);
  }
  return out;
}

/** A summary with no open alert. */
export const emptyDependabot = (): DependabotSummary => ({
  open_critical: 0,
  open_high: 0,
  open_medium: 0,
  open_low: 0,
});

/** What a repository resource is built from besides the repository object. */
export interface RepoInputs {
  classic: ClassicInput;
  rulesets: GhRuleset[] | undefined;
  /** `undefined` when alerts were not collected. */
  dependabot: DependabotSummary | undefined;
}

/** Builds the `github.repository` resource with its effective default-branch protection. */
export function normalizeRepo(repo: GhRepo, inputs: RepoInputs): Resource {
  const branch = repo.default_branch ?? '';
  const attributes: GitHubRepositoryAttributes = {
    full_name: repo.full_name,
    default_branch: repo.default_branch,
    archived: repo.archived,
    visibility:
      repo.visibility ?? (repo.private === undefined ? undefined : repo.private ? 'private' : 'public'),
    fork: repo.fork,
    protection: effectiveProtection(inputs.classic, inputs.rulesets, branch),
    dependabot: inputs.dependabot,
  };
  return {
    source: GITHUB_SOURCE,
    type: 'github.repository',
    externalId: repo.full_name,
    name: repo.full_name,
    attributes,
  };
}

/** What a merged-change resource is built from besides the pull request. */
export interface MergedChangeInputs {
  /**
   * The pull request read on its own (`GET /repos/{o}/{r}/pulls/{n}`), the only response that names
   * who merged it; undefined when it was not read, and who merged stays unknown then.
   */
  single?: GhPull;
  reviews: GhReview[];
  checkRuns: GhCheckRuns | undefined;
  status: GhCombinedStatus | undefined;
  /** Approvals the default branch's protection required, from the repository resource; undefined when unknown. */
  requiredApprovals: number | undefined;
}

/** Builds the `github.merged_change` resource of a merged pull request (`merged_at` set). */
export function normalizeMergedChange(
  repoFullName: string,
  pull: GhPull,
  inputs: MergedChangeInputs,
): Resource {
  const approvals = countingApprovals(
    inputs.reviews
      .filter((r) => r.user)
      .map((r) => ({ reviewer: r.user!.login, state: r.state, submittedAt: r.submitted_at ?? null })),
    pull.merged_at,
  );
  const attributes: GitHubMergedChangeAttributes = {
    repository: repoFullName,
    number: pull.number,
    title: pull.title,
    author: pull.user?.login ?? 'ghost',
    merged_at: new Date(pull.merged_at!).toISOString(),
    merged_by: inputs.single?.merged_by?.login ?? pull.merged_by?.login ?? null,
    approvals: approvals.map((a) => ({
      reviewer: a.reviewer,
      approved_at: new Date(a.approvedAt).toISOString(),
    })),
    first_approval_at: firstApprovalAt(approvals)
      ? new Date(firstApprovalAt(approvals)!).toISOString()
      : null,
    ci_status: ciStatusAtMerge(
      inputs.checkRuns?.check_runs.map((c) => (c.status === 'completed' ? c.conclusion : null)) ?? [],
      inputs.status?.state,
      inputs.status?.total_count ?? 0,
    ),
    ...(inputs.requiredApprovals === undefined ? {} : { required_approvals: inputs.requiredApprovals }),
  };
  return {
    source: GITHUB_SOURCE,
    type: 'github.merged_change',
    externalId: `${repoFullName}#${pull.number}`,
    name: `${repoFullName} #${pull.number}: ${pull.title}`,
    attributes,
  };
}

/** Approvals the effective protection requires for a merge, 0 when none; undefined when unknown. */
export function requiredApprovalsOf(repo: Resource): number | undefined {
  const p = (repo.attributes as GitHubRepositoryAttributes).protection;
  if (p.protected === false || p.pull_request_required === false) return 0;
  if (p.pull_request_required === true) return Math.max(p.required_approving_review_count ?? 0, 0);
  return undefined;
}
