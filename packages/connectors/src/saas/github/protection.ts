/**
 * Effective default-branch protection: classic branch protection and active rulesets merged the way
 * GitHub applies them (rules from every source add up). Rulesets are read strictly:
 * only active rulesets whose `conditions.ref_name` matches the default branch count, an empty
 * `bypass_actors` list is the ruleset equivalent of "enforce admins".
 */
import type { EffectiveProtection } from '@vigil/monitoring/resource-types/saas';
import type { GhClassicProtection, GhRuleset } from './schemas.ts';

/** Classic protection as read: the response, `'none'` (a 404 "Branch not protected"), or unknown. */
export type ClassicInput = GhClassicProtection | 'none' | undefined;

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function refMatches(pattern: string, branch: string): boolean {
  if (pattern === '~ALL' || pattern === '~DEFAULT_BRANCH') return true;
  const ref = `refs/heads/${branch}`;
  return pattern === ref || globToRegExp(pattern).test(ref);
}

/** True when the ruleset is active, targets branches, and its ref conditions match `branch` (the default). */
export function rulesetApplies(rs: GhRuleset, branch: string): boolean {
  if (rs.enforcement !== 'active') return false;
  if (rs.target !== undefined && rs.target !== 'branch') return false;
  const ref = rs.conditions?.ref_name;
  if (!ref) return false;
  const included = (ref.include ?? []).some((p) => refMatches(p, branch));
  // `~DEFAULT_BRANCH` in exclude removes the default branch whatever its name.
  const excluded = (ref.exclude ?? []).some(
    (p) => p === '~DEFAULT_BRANCH' || (p !== '~ALL' && refMatches(p, branch)),
  );
  return included && !excluded;
}

const param = (rs: GhRuleset, type: string, key: string): unknown =>
  rs.rules?.find((r) => r.type === type)?.parameters?.[key];
const hasRule = (rs: GhRuleset, type: string) => rs.rules?.some((r) => r.type === type) ?? false;

// A requirement holds if any known source sets it; it is unknown if not and some source is unknown.
function anyTrue(values: (boolean | undefined)[], unknown: boolean): boolean | undefined {
  if (values.some((v) => v === true)) return true;
  return unknown ? undefined : false;
}

/**
 * Merges classic protection and the rulesets (`undefined` when they could not be read) into the
 * protection in force on `branch`. One unread source counts as adding no rule, and is named in
 * `unread` so a failing check can say so; only when neither was read do the fields stay unknown.
 */
export function effectiveProtection(
  classic: ClassicInput,
  rulesets: GhRuleset[] | undefined,
  branch: string,
): EffectiveProtection {
  const active = (rulesets ?? []).filter((rs) => rulesetApplies(rs, branch));
  const c = classic === 'none' ? undefined : classic;
  // Rules only add up, so one source read is enough to judge; an optional rulesets file left out
  // (or classic protection hidden from a token) must not turn every branch check into an error.
  const unknown = classic === undefined && rulesets === undefined;
  const unread = [
    ...(classic === undefined ? (['classic'] as const) : []),
    ...(rulesets === undefined ? (['rulesets'] as const) : []),
  ];
  const sources = [...(c ? ['classic'] : []), ...active.map((rs) => `ruleset:${rs.id}`)];
  const isProtected = sources.length > 0 ? true : unknown ? undefined : false;

  const rpr = c?.required_pull_request_reviews ?? undefined;
  const prRules = active.filter((rs) => hasRule(rs, 'pull_request'));
  const counts = [
    ...(rpr ? [rpr.required_approving_review_count ?? 0] : []),
    ...prRules.map((rs) => Number(param(rs, 'pull_request', 'required_approving_review_count') ?? 0)),
  ];
  const maxCount = counts.length > 0 ? counts.reduce((m, c) => Math.max(m, c), Number.NEGATIVE_INFINITY) : 0;

  const classicChecks = [
    ...(c?.required_status_checks?.contexts ?? []),
    ...(c?.required_status_checks?.checks ?? []).map((k) => k.context),
  ];
  const rulesetChecks = active.flatMap((rs) => {
    const list = param(rs, 'required_status_checks', 'required_status_checks');
    return Array.isArray(list) ? list.map((k) => String((k as { context?: unknown }).context ?? '')) : [];
  });
  const checks = [...new Set([...classicChecks, ...rulesetChecks].filter((x) => x !== ''))].sort();

  // Bypass: classic `enforce_admins`, or a ruleset that lists no bypass actor. A ruleset read without
  // `bypass_actors` (token could not see them) leaves the answer open.
  const bypassUnknown = active.some((rs) => rs.bypass_actors === undefined);
  const noBypass = [
    c?.enforce_admins?.enabled,
    ...active.map((rs) => (rs.bypass_actors ? rs.bypass_actors.length === 0 : undefined)),
  ];

  const forcePushBlocked = [
    c ? c.allow_force_pushes?.enabled !== true : undefined,
    ...active.map((rs) => hasRule(rs, 'non_fast_forward')),
  ];
  const deletionBlocked = [
    c ? c.allow_deletions?.enabled !== true : undefined,
    ...active.map((rs) => hasRule(rs, 'deletion')),
  ];
  const blockedForce = anyTrue(forcePushBlocked, unknown);
  const blockedDelete = anyTrue(deletionBlocked, unknown);

  return {
    protected: isProtected,
    sources,
    ...(unread.length === 1 ? { unread } : {}),
    pull_request_required: anyTrue([rpr ? true : undefined, prRules.length > 0], unknown),
    required_approving_review_count: maxCount > 0 || !unknown ? maxCount : undefined,
    dismiss_stale_reviews: anyTrue(
      [
        rpr?.dismiss_stale_reviews,
        ...prRules.map((rs) => param(rs, 'pull_request', 'dismiss_stale_reviews_on_push') === true),
      ],
      unknown,
    ),
    require_code_owner_reviews: anyTrue(
      [
        rpr?.require_code_owner_reviews,
        ...prRules.map((rs) => param(rs, 'pull_request', 'require_code_owner_review') === true),
      ],
      unknown,
    ),
    require_last_push_approval: anyTrue(
      [
        rpr?.require_last_push_approval,
        ...prRules.map((rs) => param(rs, 'pull_request', 'require_last_push_approval') === true),
      ],
      unknown,
    ),
    enforce_admins: anyTrue(noBypass, unknown || bypassUnknown),
    allow_force_pushes: blockedForce === undefined ? undefined : !blockedForce,
    allow_deletions: blockedDelete === undefined ? undefined : !blockedDelete,
    required_status_checks: checks.length > 0 || !unknown ? checks : undefined,
    strict_status_checks: anyTrue(
      [
        c?.required_status_checks?.strict,
        ...active.map(
          (rs) => param(rs, 'required_status_checks', 'strict_required_status_checks_policy') === true,
        ),
      ],
      unknown,
    ),
    required_linear_history: anyTrue(
      [c?.required_linear_history?.enabled, ...active.map((rs) => hasRule(rs, 'required_linear_history'))],
      unknown,
    ),
    required_signatures: anyTrue(
      [c?.required_signatures?.enabled, ...active.map((rs) => hasRule(rs, 'required_signatures'))],
      unknown,
    ),
  };
}
