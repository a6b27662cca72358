/**
 * Access reviews as rules: the words of a campaign (flags, decisions, recurrence), who may decide an
 * account, when a reason is required, when a campaign may close and when the next one is due.
 * Plain data in, plain data out: the server and the web app apply the same rules.
 */
import { z } from 'zod';
import { DAY_MS } from './days.ts';
import { invalid } from './errors.ts';

/** Why an account deserves a closer look. */
export const AccessReviewFlagSchema = z.enum([
  'terminated',
  'orphan',
  'inactive',
  'privileged',
  'no_mfa',
  'new',
]);
export type AccessReviewFlag = z.infer<typeof AccessReviewFlagSchema>;

/** Each flag as a reviewer reads it. */
export const ACCESS_REVIEW_FLAG_WORDS: Record<AccessReviewFlag, string> = {
  terminated: 'Person terminated',
  orphan: 'No matching person',
  inactive: 'Inactive over 90 days',
  privileged: 'Administrator or privileged',
  no_mfa: 'No MFA',
  new: 'New since last review',
};

export const AccessDecisionSchema = z.enum(['keep', 'revoke', 'modify']);
export type AccessDecision = z.infer<typeof AccessDecisionSchema>;

export const ACCESS_DECISION_WORDS: Record<AccessDecision, string> = {
  keep: 'Keep',
  revoke: 'Revoke',
  modify: 'Modify',
};

export const CampaignStatusSchema = z.enum(['scheduled', 'open', 'closed']);
export type CampaignStatus = z.infer<typeof CampaignStatusSchema>;

export const RecurrenceSchema = z.enum(['none', 'monthly', 'quarterly', 'semiannual', 'annual']);
export type Recurrence = z.infer<typeof RecurrenceSchema>;

export const RECURRENCE_WORDS: Record<Recurrence, string> = {
  none: 'Once',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  semiannual: 'Every six months',
  annual: 'Annually',
};

/** Who reviews: the system owner for every account, or each person's manager (the owner when none). */
export const ReviewerModeSchema = z.enum(['system_owner', 'manager']);
export type ReviewerMode = z.infer<typeof ReviewerModeSchema>;

/** A remediation's state: waiting for a sweep to show the change, verified by one, or past its due date. */
export const RemediationStateSchema = z.enum(['pending', 'verified', 'overdue']);
export type RemediationState = z.infer<typeof RemediationStateSchema>;

/** Days without a sign-in after which an account is flagged inactive. */
export const INACTIVE_AFTER_DAYS = 90;
/** Days a revocation has to show in a sweep before its remediation item is overdue, unless the campaign says otherwise. */
export const DEFAULT_REMEDIATION_DAYS = 14;

/** The months between two campaigns of a recurrence; null when it does not recur. */
const MONTHS: Record<Recurrence, number | null> = {
  none: null,
  monthly: 1,
  quarterly: 3,
  semiannual: 6,
  annual: 12,
};

/**
 * The due date of the next campaign: the same day of the month, `recurrence` later, clamped to the
 * month's last day (a quarterly review due 2026-11-30 is next due 2027-02-28). Null when it does not recur.
 */
export function nextCampaignDueDate(dueDate: string, recurrence: Recurrence): string | null {
  const months = MONTHS[recurrence];
  if (months === null) return null;
  const [y, m, d] = dueDate.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** True when the decision needs a written reason: anything but keep, and keep on a flagged account. */
export function reasonRequired(decision: AccessDecision, flags: readonly AccessReviewFlag[]): boolean {
  return decision !== 'keep' || flags.length > 0;
}

/** What deciding one account needs to know. */
export interface DecisionFacts {
  campaignStatus: CampaignStatus;
  flags: readonly AccessReviewFlag[];
  /** The user the account is assigned to, or null when only a manager of reviews may decide it. */
  reviewerUserId: string | null;
  /** The Vigil user the account belongs to (through the person register), when known. */
  ownerUserId: string | null;
  /** The account's email or user name, compared with the decider's email. */
  accountKeys: readonly string[];
}

/** Who decides. */
export interface Decider {
  userId: string;
  email: string;
  /** True with `access_reviews.manage`: may decide any account but their own. */
  manager: boolean;
}

/**
 * Refuses a decision the rules forbid, naming the field: a closed or not yet started campaign, the
 * decider's own account, an account assigned to someone else, a missing reason.
 */
export function assertMayDecide(
  facts: DecisionFacts,
  who: Decider,
  decision: AccessDecision,
  reason: string | null | undefined,
): void {
  if (facts.campaignStatus === 'closed')
    throw invalid('campaign', 'campaign: the campaign is closed; its decisions can no longer change');
  if (facts.campaignStatus !== 'open')
    throw invalid('campaign', 'campaign: the campaign has not started yet');
  if (isOwnAccount(facts, who))
    throw invalid(
      'accountId',
      'accountId: no one reviews their own account; another reviewer must decide it',
    );
  if (!who.manager && facts.reviewerUserId !== who.userId)
    throw invalid('accountId', 'accountId: this account is assigned to another reviewer');
  if (reasonRequired(decision, facts.flags) && !reason?.trim())
    throw invalid(
      'reason',
      decision === 'keep'
        ? 'reason: a flagged account can only be kept with a reason'
        : `reason: explain why the account should be ${decision === 'revoke' ? 'revoked' : 'modified'}`,
    );
}

/** True when the account belongs to the person deciding. */
export function isOwnAccount(
  facts: Pick<DecisionFacts, 'ownerUserId' | 'accountKeys'>,
  who: Decider,
): boolean {
  if (facts.ownerUserId && facts.ownerUserId === who.userId) return true;
  const email = who.email.trim().toLowerCase();
  return facts.accountKeys.some((k) => k.trim().toLowerCase() === email);
}

/** Undecided accounts name why a campaign cannot close yet; null when every account is decided. */
export function closeBlocker(status: CampaignStatus, undecided: number): string | null {
  if (status === 'closed') return 'the campaign is already closed';
  if (status !== 'open') return 'the campaign has not started yet';
  if (undecided > 0)
    return `${undecided.toLocaleString('en-US')} account${undecided === 1 ? ' is' : 's are'} not decided yet`;
  return null;
}

/**
 * A remediation item's state at `now`: verified when a sweep showed the account gone or changed,
 * overdue when it did not by `decidedAt + days`, pending otherwise.
 */
export function remediationState(
  decidedAt: Date,
  verifiedAt: Date | null,
  days: number,
  now: Date,
): RemediationState {
  if (verifiedAt) return 'verified';
  return now.getTime() > decidedAt.getTime() + days * DAY_MS ? 'overdue' : 'pending';
}

/** The date a remediation is due, YYYY-MM-DD. */
export function remediationDue(decidedAt: Date, days: number): string {
  return new Date(decidedAt.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** "3 days 4 hours", "45 minutes": the lag between a decision and the sweep that showed it done. */
export function lagWords(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const part = (n: number, w: string) => (n ? `${n} ${w}${n === 1 ? '' : 's'}` : '');
  if (days) return [part(days, 'day'), part(hours, 'hour')].filter(Boolean).join(' ');
  if (hours) return [part(hours, 'hour'), part(mins, 'minute')].filter(Boolean).join(' ');
  return part(mins, 'minute') || 'under a minute';
}

/** One account of a campaign's snapshot, as its hash covers it. */
export interface SnapshotEntry {
  account: string;
  enabled: boolean | null;
  flags: readonly string[];
  key: string;
  /** ISO time, null when it never signed in, 'unknown' when the system does not say. */
  lastLoginAt: string | null;
  mfa: boolean | null;
  name: string | null;
  /** The matched person's email, or null for an orphan. */
  person: string | null;
  privileged: boolean;
  roles: readonly string[];
  system: string;
  systemKey: string;
}

/**
 * The canonical JSON of a snapshot (the same bytes `canonicalJson` gives), built directly: entries
 * are written with their keys in sorted order, so a 25,000-account snapshot is serialized in tens of
 * milliseconds instead of a second. Entries are sorted by system and account key first.
 */
export function snapshotJson(campaignId: string, takenAt: string, entries: readonly SnapshotEntry[]): string {
  const sorted = [...entries].sort((x, y) =>
    x.systemKey !== y.systemKey
      ? x.systemKey < y.systemKey
        ? -1
        : 1
      : x.key < y.key
        ? -1
        : x.key > y.key
          ? 1
          : 0,
  );
  const parts = sorted.map((e) =>
    JSON.stringify({
      account: e.account,
      enabled: e.enabled,
      flags: e.flags,
      key: e.key,
      lastLoginAt: e.lastLoginAt,
      mfa: e.mfa,
      name: e.name,
      person: e.person,
      privileged: e.privileged,
      roles: e.roles,
      system: e.system,
      systemKey: e.systemKey,
    }),
  );
  return `{"accounts":[${parts.join(',')}],"campaign":${JSON.stringify(campaignId)},"takenAt":${JSON.stringify(takenAt)}}`;
}
