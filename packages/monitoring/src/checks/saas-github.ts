import {
  CHANGE_DEVIATION_WORDS,
  changeDeviations,
  independentApprovalsBeforeMerge,
} from '@vigil/core/changes';
import { daysBetween } from '@vigil/core/days';
/** Built-in checks over GitHub organizations and repositories (catalogue 1D). */
import { defineCheck, fail, need, notApplicable, pass } from '../check.ts';
import {
  GITHUB_MERGED_CHANGE,
  GITHUB_ORG,
  GITHUB_REPOSITORY,
  type GitHubRepositoryAttributes,
} from '../resource-types/saas.ts';

/** Days an open high or critical Dependabot alert may stay open (the usual vulnerability SLA). */
export const DEPENDABOT_HIGH_SLA_DAYS = 30;

// Archived repositories accept no pushes, so change-control rules have nothing to govern.
const archived = (a: GitHubRepositoryAttributes) =>
  a.archived === true ? notApplicable('repository is archived (read-only)') : undefined;

// A failure judged with one source of branch rules unread says which, since a rule there was not seen.
const UNREAD_NOTE = {
  classic: 'branch protection settings could not be read',
  rulesets: 'branch rulesets were not collected',
} as const;
const unreadNote = (a: GitHubRepositoryAttributes) =>
  a.protection.unread?.length ? ` (${a.protection.unread.map((u) => UNREAD_NOTE[u]).join('; ')})` : '';

/** A failure of a branch rule, noting an unread source of rules. */
const failRule = (
  a: GitHubRepositoryAttributes,
  reason: string,
  attribute: string,
  expected: unknown,
  actual: unknown,
) => fail(reason + unreadNote(a), attribute, expected, actual);

/**
 * What every branch-rule check answers first: not applicable for an archived repository, a failure
 * for an unprotected default branch (no rule of any kind holds there).
 */
const branchGate = (a: GitHubRepositoryAttributes) =>
  archived(a) ??
  (a.protection.protected === false
    ? failRule(a, 'the default branch is not protected', 'protection.protected', true, false)
    : undefined);

const CHANGE_RATIONALE =
  'CC8.1 asks that changes are authorized, ' +
  'tested and approved before release; branch rules on the default branch are how GitHub enforces that.';

/** Check `gh.org.2fa_required`. */
export const GH_ORG_2FA_REQUIRED = defineCheck({
  id: 'gh.org.2fa_required',
  title: 'GitHub organization requires two-factor authentication',
  description: 'The organization requires 2FA and no member has 2FA disabled.',
  resourceType: GITHUB_ORG,
  severity: 'high',
  criteria: ['CC6.1', 'CC6.6'],
  controls: ['AC-02'],
  rationale:
    'Source control holds production ' +
    'code and secrets, so a second factor on every member account is part of logical access security (CC6.1, CC6.6).',
  remediation:
    'In Organization settings → Authentication security, enable "Require two-factor authentication"; ' +
    'members without 2FA are removed until they enable it.',
  evaluate(a) {
    const required = need(a.two_factor_requirement_enabled, 'two_factor_requirement_enabled');
    if (!required)
      return fail('the organization does not require 2FA', 'two_factor_requirement_enabled', true, false);
    const count = need(a.members_without_2fa_count, 'members_without_2fa_count');
    if (count > 0) {
      return fail(
        `${count} member(s) have 2FA disabled: ${(a.members_without_2fa ?? []).slice(0, 20).join(', ')}`,
        'members_without_2fa_count',
        0,
        count,
      );
    }
    return pass('2FA is required and every member has it enabled', 'members_without_2fa_count', 0);
  },
});

/** Check `gh.org.least_privilege`. */
export const GH_ORG_LEAST_PRIVILEGE = defineCheck({
  id: 'gh.org.least_privilege',
  title: 'GitHub organization grants least privilege by default',
  description:
    'The default repository permission is none or read, and members cannot create (or delete) repositories.',
  resourceType: GITHUB_ORG,
  severity: 'medium',
  criteria: ['CC6.2', 'CC6.3'],
  controls: ['AC-04', 'AC-08'],
  rationale:
    'Write access granted by default bypasses role-based ' +
    'authorization (CC6.3), and unrestricted repository creation escapes provisioning review (CC6.2).',
  remediation:
    'In Organization settings → Member privileges, set Base permissions to "Read" or "No permission" ' +
    'and restrict repository creation and deletion to owners.',
  evaluate(a) {
    const perm = need(a.default_repository_permission, 'default_repository_permission');
    if (perm !== 'none' && perm !== 'read') {
      return fail(
        `members get ${perm} access to every repository by default`,
        'default_repository_permission',
        ['none', 'read'],
        perm,
      );
    }
    const create = need(a.members_can_create_repositories, 'members_can_create_repositories');
    if (create) {
      return fail('members can create repositories', 'members_can_create_repositories', false, true);
    }
    // Deletion is only reported to owners on some plans; judge it when present.
    if (a.members_can_delete_repositories === true) {
      return fail('members can delete repositories', 'members_can_delete_repositories', false, true);
    }
    return pass(`default permission is ${perm} and repository creation is restricted`);
  },
});

/** Check `gh.repo.default_branch_protected`. */
export const GH_REPO_DEFAULT_BRANCH_PROTECTED = defineCheck({
  id: 'gh.repo.default_branch_protected',
  title: 'Default branch is protected',
  description: 'Classic branch protection or an active ruleset protects the default branch.',
  resourceType: GITHUB_REPOSITORY,
  severity: 'high',
  criteria: ['CC8.1'],
  controls: ['CHG-02', 'CHG-05'],
  rationale: CHANGE_RATIONALE,
  remediation:
    'Add a branch ruleset targeting the default branch (Settings → Rules → Rulesets) with enforcement ' +
    '"Active", or classic branch protection (Settings → Branches).',
  evaluate(a) {
    const na = archived(a);
    if (na) return na;
    const isProtected = need(a.protection.protected, 'protection.protected');
    if (!isProtected)
      return failRule(a, 'the default branch is not protected', 'protection.protected', true, false);
    return pass(
      `protected by ${a.protection.sources.join(', ')}`,
      'protection.sources',
      a.protection.sources,
    );
  },
});

/** Check `gh.repo.required_reviews`. */
export const GH_REPO_REQUIRED_REVIEWS = defineCheck({
  id: 'gh.repo.required_reviews',
  title: 'Pull requests need an approving review',
  description:
    'Merging into the default branch needs at least one approval, and new pushes dismiss stale approvals.',
  resourceType: GITHUB_REPOSITORY,
  severity: 'high',
  criteria: ['CC8.1'],
  controls: ['CHG-02'],
  rationale: `${CHANGE_RATIONALE} A required approval is the peer review; dismissing stale approvals keeps it tied to the merged code.`,
  remediation:
    'In the default-branch ruleset, add "Require a pull request before merging" with at least 1 ' +
    'required approval and "Dismiss stale pull request approvals when new commits are pushed".',
  evaluate(a) {
    const na = branchGate(a);
    if (na) return na;
    const count = need(
      a.protection.required_approving_review_count,
      'protection.required_approving_review_count',
    );
    if (count < 1) {
      return failRule(
        a,
        'no approving review is required',
        'protection.required_approving_review_count',
        '>= 1',
        count,
      );
    }
    const stale = need(a.protection.dismiss_stale_reviews, 'protection.dismiss_stale_reviews');
    if (!stale) {
      return failRule(a, 'approvals survive new pushes', 'protection.dismiss_stale_reviews', true, false);
    }
    return pass(`${count} approval(s) required, stale approvals dismissed`);
  },
});

/** Check `gh.repo.code_owner_review`. */
export const GH_REPO_CODE_OWNER_REVIEW = defineCheck({
  id: 'gh.repo.code_owner_review',
  title: 'Code owners must review their code',
  description:
    'Pull requests into the default branch need a review from the code owners of the changed files.',
  resourceType: GITHUB_REPOSITORY,
  severity: 'low',
  criteria: ['CC8.1'],
  controls: ['CHG-02', 'CHG-10'],
  rationale: `${CHANGE_RATIONALE} Code-owner review puts the people accountable for a component in the approval.`,
  remediation:
    'Add a CODEOWNERS file and enable "Require review from Code Owners" on the default-branch rule.',
  evaluate(a) {
    const na = branchGate(a);
    if (na) return na;
    const owners = need(a.protection.require_code_owner_reviews, 'protection.require_code_owner_reviews');
    return owners
      ? pass('code-owner review is required', 'protection.require_code_owner_reviews', true)
      : failRule(
          a,
          'code-owner review is not required',
          'protection.require_code_owner_reviews',
          true,
          false,
        );
  },
});

/** Check `gh.repo.no_bypass`. */
export const GH_REPO_NO_BYPASS = defineCheck({
  id: 'gh.repo.no_bypass',
  title: 'Branch rules apply to administrators',
  description: 'Classic protection enforces rules for admins, or a ruleset with no bypass actors applies.',
  resourceType: GITHUB_REPOSITORY,
  severity: 'medium',
  criteria: ['CC8.1', 'CC6.1'],
  controls: ['CHG-02', 'AC-08'],
  rationale:
    `${CHANGE_RATIONALE} Rules an administrator can skip do not prevent an unreviewed change, and ` +
    'privileged bypass is an access-control gap (CC6.1).',
  remediation:
    'Enable "Do not allow bypassing the above settings" (classic) or empty the ruleset bypass list.',
  evaluate(a) {
    const na = branchGate(a);
    if (na) return na;
    const enforced = need(a.protection.enforce_admins, 'protection.enforce_admins');
    return enforced
      ? pass('no one can bypass the branch rules', 'protection.enforce_admins', true)
      : failRule(a, 'administrators can bypass the branch rules', 'protection.enforce_admins', true, false);
  },
});

/** Check `gh.repo.force_push_blocked`. */
export const GH_REPO_FORCE_PUSH_BLOCKED = defineCheck({
  id: 'gh.repo.force_push_blocked',
  title: 'Force pushes to the default branch are blocked',
  description: 'History on the default branch cannot be rewritten.',
  resourceType: GITHUB_REPOSITORY,
  severity: 'high',
  criteria: ['CC8.1'],
  controls: ['CHG-02', 'CHG-05'],
  rationale: `${CHANGE_RATIONALE} A force push replaces reviewed history with unreviewed commits.`,
  remediation: 'Add the "Block force pushes" rule (ruleset) or leave "Allow force pushes" off (classic).',
  evaluate(a) {
    const na = branchGate(a);
    if (na) return na;
    const allowed = need(a.protection.allow_force_pushes, 'protection.allow_force_pushes');
    return allowed
      ? failRule(a, 'force pushes are allowed', 'protection.allow_force_pushes', false, true)
      : pass('force pushes are blocked', 'protection.allow_force_pushes', false);
  },
});

/** Check `gh.repo.deletion_blocked`. */
export const GH_REPO_DELETION_BLOCKED = defineCheck({
  id: 'gh.repo.deletion_blocked',
  title: 'The default branch cannot be deleted',
  description: 'Deleting the default branch is blocked by its protection.',
  resourceType: GITHUB_REPOSITORY,
  severity: 'medium',
  criteria: ['CC8.1'],
  controls: ['CHG-02'],
  rationale: `${CHANGE_RATIONALE} Deleting the branch discards the reviewed baseline.`,
  remediation: 'Add the "Restrict deletions" rule (ruleset) or leave "Allow deletions" off (classic).',
  evaluate(a) {
    const na = branchGate(a);
    if (na) return na;
    const allowed = need(a.protection.allow_deletions, 'protection.allow_deletions');
    return allowed
      ? failRule(a, 'the default branch can be deleted', 'protection.allow_deletions', false, true)
      : pass('deletion is blocked', 'protection.allow_deletions', false);
  },
});

/** Check `gh.repo.required_status_checks`. */
export const GH_REPO_REQUIRED_STATUS_CHECKS = defineCheck({
  id: 'gh.repo.required_status_checks',
  title: 'CI checks must pass before merging',
  description: 'At least one status check is required on the default branch.',
  resourceType: GITHUB_REPOSITORY,
  severity: 'medium',
  criteria: ['CC8.1', 'CC7.1'],
  controls: ['CHG-03'],
  rationale:
    `${CHANGE_RATIONALE} Required checks make testing a gate before release (CC8.1) and let scanners ` +
    'in CI block known vulnerabilities (CC7.1).',
  remediation: 'Add "Require status checks to pass" with your CI job names to the default-branch rule.',
  evaluate(a) {
    const na = branchGate(a);
    if (na) return na;
    const checks = need(a.protection.required_status_checks, 'protection.required_status_checks');
    if (checks.length === 0) {
      return failRule(
        a,
        'no status check is required',
        'protection.required_status_checks',
        'at least one check',
        [],
      );
    }
    return pass(`required: ${checks.join(', ')}`, 'protection.required_status_checks', checks);
  },
});

/** Check `gh.repo.signed_commits`. */
export const GH_REPO_SIGNED_COMMITS = defineCheck({
  id: 'gh.repo.signed_commits',
  title: 'Commits on the default branch must be signed',
  description: 'The default branch only accepts commits with a verified signature.',
  resourceType: GITHUB_REPOSITORY,
  severity: 'low',
  criteria: ['CC8.1'],
  controls: ['CHG-02'],
  rationale: `${CHANGE_RATIONALE} Signatures tie each change to an authenticated author.`,
  remediation: 'Add the "Require signed commits" rule to the default-branch ruleset or classic protection.',
  evaluate(a) {
    const na = branchGate(a);
    if (na) return na;
    const signed = need(a.protection.required_signatures, 'protection.required_signatures');
    return signed
      ? pass('signed commits are required', 'protection.required_signatures', true)
      : failRule(a, 'unsigned commits are accepted', 'protection.required_signatures', true, false);
  },
});

/** Check `gh.repo.dependabot_critical_open`. */
export const GH_REPO_DEPENDABOT_CRITICAL_OPEN = defineCheck({
  id: 'gh.repo.dependabot_critical_open',
  title: 'No open critical Dependabot alerts',
  description: 'The repository has no open Dependabot alert of critical severity.',
  resourceType: GITHUB_REPOSITORY,
  severity: 'high',
  criteria: ['CC7.1'],
  controls: ['OPS-03', 'OPS-17'],
  rationale:
    'CC7.1 asks that vulnerabilities ' +
    'are detected and acted on; an open critical alert is a known, unremediated vulnerability.',
  remediation:
    'Merge the Dependabot security update or upgrade the dependency, then confirm the alert closes.',
  evaluate(a) {
    const na = archived(a);
    if (na) return na;
    const d = need(a.dependabot, 'dependabot');
    return d.open_critical > 0
      ? fail(`${d.open_critical} critical alert(s) open`, 'dependabot.open_critical', 0, d.open_critical)
      : pass('no open critical alerts', 'dependabot.open_critical', 0);
  },
});

/** Check `gh.repo.dependabot_sla`. */
export const GH_REPO_DEPENDABOT_SLA = defineCheck({
  id: 'gh.repo.dependabot_sla',
  title: `High and critical Dependabot alerts are not left open beyond ${DEPENDABOT_HIGH_SLA_DAYS} days`,
  description: `No high or critical Dependabot alert has been open for more than ${DEPENDABOT_HIGH_SLA_DAYS} days.`,
  resourceType: GITHUB_REPOSITORY,
  severity: 'medium',
  criteria: ['CC7.1', 'CC4.2'],
  controls: ['OPS-03'],
  rationale:
    'A remediation deadline turns detection into timely correction (CC7.1) and overdue ' +
    'alerts are deficiencies to be communicated and fixed (CC4.2).',
  remediation: 'Fix or formally accept (dismiss with a reason) alerts before they pass the SLA.',
  evaluate(a, ctx) {
    const na = archived(a);
    if (na) return na;
    const d = need(a.dependabot, 'dependabot');
    const oldest = [d.oldest_open_critical_at, d.oldest_open_high_at]
      .filter((t): t is string => t !== undefined)
      .sort()[0];
    if (oldest === undefined) return pass('no open high or critical alerts', 'dependabot.open_high', 0);
    const age = daysBetween(Date.parse(oldest), ctx.now.getTime(), 'exact');
    return age > DEPENDABOT_HIGH_SLA_DAYS
      ? fail(
          `an alert has been open ${Math.floor(age)} days`,
          'dependabot.oldest_open_high_or_critical_at',
          `<= ${DEPENDABOT_HIGH_SLA_DAYS} days`,
          oldest,
        )
      : pass(
          `oldest high/critical alert is ${Math.floor(age)} days old`,
          'dependabot.oldest_open_high_or_critical_at',
          oldest,
        );
  },
});

/** The GitHub checks. */
/** Check `gh.change.approved_before_merge`: each merged change, judged by the change-management rules. */
export const GH_CHANGE_APPROVED_BEFORE_MERGE = defineCheck({
  id: 'gh.change.approved_before_merge',
  title: 'Changes to the default branch are approved before merge',
  description:
    'Each merged pull request was approved by someone other than its author before it was merged, ' +
    'and none went past branch protection that required approval.',
  resourceType: GITHUB_MERGED_CHANGE,
  severity: 'high',
  criteria: ['CC8.1'],
  controls: ['CHG-02'],
  rationale: `${CHANGE_RATIONALE} Settings alone do not show that each change was reviewed; the merged changes do.`,
  remediation:
    'Have someone other than the author review the change now and record why it was merged without ' +
    'approval as an emergency change justification; then require an approving review on the default ' +
    'branch and remove anyone allowed to bypass it.',
  evaluate(a) {
    const facts = {
      author: a.author,
      mergedAt: a.merged_at,
      approvals: a.approvals.map((x) => ({ reviewer: x.reviewer, approvedAt: x.approved_at })),
      requiredApprovals: a.required_approvals,
    };
    const deviations = changeDeviations(facts);
    if (deviations.length > 0) {
      return fail(
        `change #${a.number} was ${deviations.map((d) => CHANGE_DEVIATION_WORDS[d]).join(', and ')}`,
        'approvals',
        'an approval by someone other than the author before merge',
        a.approvals.map((x) => x.reviewer),
      );
    }
    // Approvals given after the merge are listed with the change, but did not let it through.
    const before = independentApprovalsBeforeMerge(facts);
    return pass(
      `change #${a.number} was approved before merge by ${before.map((x) => x.reviewer).join(', ')}`,
      'approvals',
      a.approvals.map((x) => x.reviewer),
    );
  },
});

export const GITHUB_CHECKS = [
  GH_ORG_2FA_REQUIRED,
  GH_ORG_LEAST_PRIVILEGE,
  GH_REPO_DEFAULT_BRANCH_PROTECTED,
  GH_REPO_REQUIRED_REVIEWS,
  GH_REPO_CODE_OWNER_REVIEW,
  GH_REPO_NO_BYPASS,
  GH_REPO_FORCE_PUSH_BLOCKED,
  GH_REPO_DELETION_BLOCKED,
  GH_REPO_REQUIRED_STATUS_CHECKS,
  GH_REPO_SIGNED_COMMITS,
  GH_REPO_DEPENDABOT_CRITICAL_OPEN,
  GH_REPO_DEPENDABOT_SLA,
  GH_CHANGE_APPROVED_BEFORE_MERGE,
];
