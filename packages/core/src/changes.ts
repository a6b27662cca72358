/**
 * Change-management rules over merged pull requests: who approved a change, and which deviations
 * from "approved before merge" a merged change shows.
 *
 * Only a reviewer's **latest** review as of the merge counts, as GitHub counted it when it allowed the
 * merge: an approval dismissed, or followed by "changes requested" from the same reviewer before the
 * merge, is no approval. Comment-only reviews neither grant nor withdraw an approval.
 */
import { z } from 'zod';
import { DAY_MS } from './days.ts';

/** The review states GitHub's REST API reports for a pull request review. */
export const ReviewStateSchema = z.enum([
  'APPROVED',
  'CHANGES_REQUESTED',
  'COMMENTED',
  'DISMISSED',
  'PENDING',
]);
export type ReviewState = z.infer<typeof ReviewStateSchema>;

/** The CI outcome on a merge commit: all checks passed, some failed, still running, or none ran. */
export const ChangeCiStatusSchema = z.enum(['success', 'failure', 'pending', 'none']);
export type ChangeCiStatus = z.infer<typeof ChangeCiStatusSchema>;

/** The ways a merged change departs from "approved by someone else before merge". */
export const ChangeDeviationSchema = z.enum([
  'merged_without_approval',
  'approved_only_by_author',
  'approved_after_merge',
  'protection_bypassed',
]);
export type ChangeDeviation = z.infer<typeof ChangeDeviationSchema>;

/** Each deviation in words, for pages, CSV files and check results. */
export const CHANGE_DEVIATION_WORDS: Record<ChangeDeviation, string> = {
  merged_without_approval: 'merged without an approval',
  approved_only_by_author: 'approved only by its author',
  approved_after_merge: 'approved only after it was merged',
  protection_bypassed: 'merged past branch protection that required approval',
};

/** One review of a pull request, as read from GitHub. */
export interface ChangeReview {
  reviewer: string;
  state: ReviewState;
  /** When the review was submitted (ISO date-time); pending reviews have none. */
  submittedAt?: string | null;
}

/** An approval that still counts: the reviewer and when they approved. */
export interface ChangeApproval {
  reviewer: string;
  approvedAt: string;
}

/**
 * The approvals that count for a change merged at `mergedAt`: per reviewer the latest decisive review
 * submitted by the merge, kept if it is an approval; then, for reviewers without one, an approval
 * given after the merge and not withdrawn since (flagged by the deviation rules, never counted as
 * before). A later "changes requested" does not undo an approval the merge already relied on.
 *
 * GitHub turns a dismissed review's own state into DISMISSED and keeps its submission time, not the
 * dismissal time: a dismissed approval is treated as never standing, which may flag a change but never
 * invents an approval. Without `mergedAt` each reviewer's latest review decides. Input order does not
 * matter; the result is ordered by approval time.
 */
export function countingApprovals(
  reviews: readonly ChangeReview[],
  mergedAt?: string | null,
): ChangeApproval[] {
  const decisive = reviews
    .filter((r) => r.submittedAt && r.state !== 'COMMENTED' && r.state !== 'PENDING')
    .sort((a, b) => Date.parse(a.submittedAt ?? '') - Date.parse(b.submittedAt ?? ''));
  const merged = mergedAt ? Date.parse(mergedAt) : Number.POSITIVE_INFINITY;
  const atMerge = latestPerReviewer(decisive.filter((r) => Date.parse(r.submittedAt!) <= merged));
  const approvals = approvalsOf(atMerge);
  const standing = new Set(approvals.map((a) => a.reviewer.toLowerCase()));
  const later = latestPerReviewer(decisive.filter((r) => Date.parse(r.submittedAt!) > merged));
  for (const a of approvalsOf(later)) if (!standing.has(a.reviewer.toLowerCase())) approvals.push(a);
  return approvals.sort((a, b) => Date.parse(a.approvedAt) - Date.parse(b.approvedAt));
}

/** Each reviewer's last review of a time-ordered list (logins compare case-insensitively, as on GitHub). */
function latestPerReviewer(ordered: readonly ChangeReview[]): ChangeReview[] {
  const latest = new Map<string, ChangeReview>();
  for (const r of ordered) latest.set(r.reviewer.toLowerCase(), r);
  return [...latest.values()];
}

const approvalsOf = (reviews: readonly ChangeReview[]): ChangeApproval[] =>
  reviews
    .filter((r) => r.state === 'APPROVED')
    .map((r) => ({ reviewer: r.reviewer, approvedAt: r.submittedAt as string }));

/** What the deviation rules need to know about a merged change. */
export interface MergedChangeFacts {
  author: string;
  mergedAt: string;
  approvals: readonly ChangeApproval[];
  /**
   * Approvals branch protection or rulesets required, as collected (GitHub keeps no history of the
   * protection, so a rule changed since the merge is judged as it is now); 0 or absent when none were.
   */
  requiredApprovals?: number | null;
}

/** Approvals by someone other than the author, given before the merge. */
export function independentApprovalsBeforeMerge(facts: MergedChangeFacts): ChangeApproval[] {
  const merged = Date.parse(facts.mergedAt);
  const author = facts.author.toLowerCase();
  return facts.approvals.filter(
    (a) => a.reviewer.toLowerCase() !== author && Date.parse(a.approvedAt) <= merged,
  );
}

/** The deviations of one merged change, in a fixed order; empty when it was properly approved. */
export function changeDeviations(facts: MergedChangeFacts): ChangeDeviation[] {
  const deviations: ChangeDeviation[] = [];
  const author = facts.author.toLowerCase();
  const others = facts.approvals.filter((a) => a.reviewer.toLowerCase() !== author);
  const merged = Date.parse(facts.mergedAt);
  if (facts.approvals.length === 0) deviations.push('merged_without_approval');
  else if (others.length === 0) deviations.push('approved_only_by_author');
  else if (others.every((a) => Date.parse(a.approvedAt) > merged)) deviations.push('approved_after_merge');
  const required = facts.requiredApprovals ?? 0;
  if (required > 0 && independentApprovalsBeforeMerge(facts).length < required) {
    deviations.push('protection_bypassed');
  }
  return deviations;
}

/** The time of the first approval that counts, or null when none does. */
export function firstApprovalAt(approvals: readonly ChangeApproval[]): string | null {
  return approvals[0]?.approvedAt ?? null;
}

/** The CI status on a merge commit from check-run conclusions and the combined commit status. */
export function ciStatusAtMerge(
  checkRunConclusions: readonly (string | null)[],
  combinedStatus?: 'success' | 'failure' | 'error' | 'pending' | null,
  combinedStatusCount = 0,
): ChangeCiStatus {
  const statusOutcome: ChangeCiStatus | undefined =
    combinedStatusCount === 0 || !combinedStatus
      ? undefined
      : combinedStatus === 'error'
        ? 'failure'
        : combinedStatus;
  const outcomes: ChangeCiStatus[] = checkRunConclusions.map((c) =>
    c === null ? 'pending' : ['success', 'neutral', 'skipped'].includes(c) ? 'success' : 'failure',
  );
  if (statusOutcome) outcomes.push(statusOutcome);
  if (outcomes.length === 0) return 'none';
  if (outcomes.includes('failure')) return 'failure';
  if (outcomes.includes('pending')) return 'pending';
  return 'success';
}

/** A merged change as the change population lists it. */
export interface PopulationChange {
  repository: string;
  number: number;
  author: string;
  mergedAt: string;
  deviations: readonly ChangeDeviation[];
  /** Set once a member recorded an emergency-change justification. */
  justified?: boolean;
}

/** Filters of the change population: the period (inclusive dates), a repository, deviations only. */
export interface PopulationFilter {
  from: string;
  to: string;
  repository?: string;
  deviationsOnly?: boolean;
}

/**
 * The changes merged in the period (from and to are YYYY-MM-DD days in UTC, both included), newest
 * first; justified deviations stay listed, since the sample is drawn from every change.
 */
export function changePopulation<C extends PopulationChange>(
  changes: readonly C[],
  filter: PopulationFilter,
): C[] {
  const start = Date.parse(`${filter.from}T00:00:00Z`);
  const end = Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS;
  return changes
    .filter((c) => {
      const t = Date.parse(c.mergedAt);
      if (t < start || t >= end) return false;
      if (filter.repository && c.repository !== filter.repository) return false;
      return !filter.deviationsOnly || c.deviations.length > 0;
    })
    .sort((a, b) => Date.parse(b.mergedAt) - Date.parse(a.mergedAt) || a.number - b.number);
}

/** Why an emergency-change justification cannot be recorded, or null when it can. */
export function justificationProblem(input: {
  author: string;
  approver: string;
  reason: string;
}): string | null {
  if (input.reason.trim().length === 0) return 'reason: say why the change was merged this way';
  if (input.approver.trim().length === 0) return 'approver: name who approved the change after the fact';
  if (input.approver.trim().toLowerCase() === input.author.trim().toLowerCase())
    return 'approver: must be someone other than the author of the change';
  return null;
}
