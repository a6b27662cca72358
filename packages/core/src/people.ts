/**
 * The person register's rules: what the HR roster's words mean for a person, which onboarding items
 * a worker gets, and how offboarding is measured (business days, the SLA deadline, deprovisioning lag).
 */
import { addDays, DAY_MS } from './days.ts';
import type { PersonStatus, WorkerType } from './vocabulary.ts';

/** Business days an account may stay active after the HR end date, unless the organization sets another. */
export const DEFAULT_OFFBOARDING_SLA_DAYS = 1;
/** Days after the start date an onboarding item is due by default. */
export const ONBOARDING_DUE_DAYS = 30;

const dayMs = (date: string) => Date.parse(`${date}T00:00:00.000Z`);

/** True on Monday to Friday (UTC calendar; public holidays are not known). */
export function isBusinessDay(date: string): boolean {
  const d = new Date(dayMs(date)).getUTCDay();
  return d !== 0 && d !== 6;
}

/** The date `n` business days after `date`: 1 business day after a Friday is the Monday. */
export function addBusinessDays(date: string, n: number): string {
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isBusinessDay(d)) left--;
  }
  return d;
}

/**
 * When an account must be off at the latest: the end of the SLA's last business day after the HR end
 * date (the person works through their end date, so measuring starts when it ends).
 */
export function offboardingDeadline(endDate: string, slaBusinessDays: number): Date {
  return new Date(dayMs(addBusinessDays(endDate, slaBusinessDays)) + DAY_MS);
}

/** The moment the HR end date is over: the start of the next day, UTC. */
export function endOfEndDate(endDate: string): Date {
  return new Date(dayMs(endDate) + DAY_MS);
}

/**
 * Deprovisioning lag: the time the account was last seen active minus the HR end date (its end),
 * never below zero; zero when it was never seen active after the person left.
 */
export function deprovisioningLagMs(endDate: string, lastSeenActiveAt: Date | null): number {
  if (!lastSeenActiveAt) return 0;
  return Math.max(0, lastSeenActiveAt.getTime() - endOfEndDate(endDate).getTime());
}

/** Where one account of a leaver stands against the SLA. */
export type DeprovisioningState = 'pass' | 'fail' | 'open' | 'overdue';

/**
 * The verdict on one account: once it is seen off (closed), pass when it was last seen active by the
 * deadline and fail otherwise; while it is still on, open until the deadline and overdue after it.
 */
export function deprovisioningVerdict(a: {
  endDate: string;
  slaBusinessDays: number;
  lastSeenActiveAt: Date | null;
  closedAt: Date | null;
  now: Date;
}): { state: DeprovisioningState; lagMs: number; deadline: Date } {
  const deadline = offboardingDeadline(a.endDate, a.slaBusinessDays);
  if (a.closedAt) {
    const lagMs = deprovisioningLagMs(a.endDate, a.lastSeenActiveAt);
    const late = a.lastSeenActiveAt !== null && a.lastSeenActiveAt.getTime() > deadline.getTime();
    return { state: late ? 'fail' : 'pass', lagMs, deadline };
  }
  const lagMs = deprovisioningLagMs(a.endDate, a.now);
  return { state: a.now.getTime() > deadline.getTime() ? 'overdue' : 'open', lagMs, deadline };
}

/** A lag in words: "none", "5 hours", "2 days 3 hours". */
export function lagInWords(ms: number): string {
  const hours = Math.floor(ms / 3_600_000);
  if (hours === 0) return ms > 0 ? 'under an hour' : 'none';
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (days === 0) return plural(hours, 'hour');
  return rest === 0 ? plural(days, 'day') : `${plural(days, 'day')} ${plural(rest, 'hour')}`;
}

/** A roster row in the register's terms (from the HR importer's `hr.employee` attributes). */
export interface RosterWorker {
  status?: 'active' | 'leave' | 'terminated' | 'other';
  worker_type?: string;
  termination_date?: string;
}

/**
 * The register status the roster gives: terminated when the HR system says so or the termination
 * date has come, on leave when it says leave, active otherwise.
 */
export function statusFromRoster(w: RosterWorker, today: string): PersonStatus {
  if (w.status === 'terminated') return 'terminated';
  if (w.termination_date && w.termination_date <= today) return 'terminated';
  if (w.status === 'leave') return 'on_leave';
  return 'active';
}

/** Contractor when the HR system's worker type says so (contractor, freelance, external …); else employee. */
export function workerTypeFromRoster(raw: string | undefined): WorkerType | undefined {
  if (!raw) return undefined;
  return /contract|freelanc|extern|consult|vendor|1099|temp/i.test(raw) ? 'contractor' : 'employee';
}

/** The items an onboarding checklist can hold. */
export const ONBOARDING_ITEMS = [
  'accept_policies',
  'security_training',
  'background_check',
  'confidentiality_agreement',
  'device_enrolled',
  'access_granted',
] as const;
export type OnboardingItem = (typeof ONBOARDING_ITEMS)[number];

/** Each item in words, as the checklist shows it. */
export const ONBOARDING_ITEM_TITLES: Record<OnboardingItem, string> = {
  accept_policies: 'Accept the policies',
  security_training: 'Complete security awareness training',
  background_check: 'Background check',
  confidentiality_agreement: 'Confidentiality agreement signed',
  device_enrolled: 'Enroll a device in device management',
  access_granted: 'Grant access for the role',
};

/**
 * Items the new person does themself, each completing when Vigil records it (their acceptances, their
 * training); the others are done for them and recorded with evidence by their manager or HR.
 */
export const SELF_SERVICE_ITEMS: readonly OnboardingItem[] = ['accept_policies', 'security_training'];

/** Where the new person does a self-service item in the web app. */
export const SELF_SERVICE_LINKS: Partial<Record<OnboardingItem, string>> = {
  accept_policies: '/my/policies',
  security_training: '/my-training',
};

/** The checklist template per worker type: contractors bring their own devices. */
export const ONBOARDING_TEMPLATES: Record<WorkerType, readonly OnboardingItem[]> = {
  employee: ONBOARDING_ITEMS,
  contractor: [
    'accept_policies',
    'security_training',
    'background_check',
    'confidentiality_agreement',
    'access_granted',
  ],
};

/**
 * Whether a person added to the register gets an onboarding checklist: hires still within the
 * onboarding window (or not yet started). Long-standing staff found by a first roster import do not.
 */
export function needsOnboarding(
  p: { startDate: string | null; status: PersonStatus },
  today: string,
): boolean {
  if (p.status === 'terminated') return false;
  if (!p.startDate) return true;
  return p.startDate >= addDays(today, -ONBOARDING_DUE_DAYS);
}

/** The default due date of an onboarding item: 30 days from the start date (or from today without one). */
export function onboardingDueDate(startDate: string | null, today: string): string {
  return addDays(startDate ?? today, ONBOARDING_DUE_DAYS);
}

/** An account as matching sees it: its keys (normalised emails or user names) and whether a bare user name may match an email's local part. */
export interface MatchableAccount {
  id: string;
  keys: readonly string[];
  /** True for systems that key users by name only (AWS IAM): `ana` matches `ana@example.com`. */
  byLocalPart: boolean;
}

/** A person's decision about one account, made by hand. */
export interface AccountDecision {
  personId: string;
  accountId: string;
  /** True: this person's account; false: not this person's, whatever the email says. */
  linked: boolean;
}

const norm = (v: string) => v.trim().toLowerCase();

/**
 * Which person each account belongs to, and how: a hand-made link first, then the person whose email
 * or alias is one of the account's keys (or, for user-name systems, the part before the `@`), unless
 * a hand-made decision says it is not theirs. Accounts of no one are orphans (absent from the map).
 */
export function matchAccounts(
  people: readonly { id: string; email: string; aliases: readonly string[] }[],
  accounts: readonly MatchableAccount[],
  decisions: readonly AccountDecision[],
): Map<string, { personId: string; match: 'email' | 'manual' }> {
  const full = new Map<string, string>();
  const local = new Map<string, string>();
  // Sorted so that two people sharing a key always resolve the same way.
  for (const p of [...people].sort((a, b) => a.email.localeCompare(b.email))) {
    for (const key of [p.email, ...p.aliases].map(norm)) {
      if (!full.has(key)) full.set(key, p.id);
      const at = key.indexOf('@');
      if (at > 0 && !local.has(key.slice(0, at))) local.set(key.slice(0, at), p.id);
    }
  }
  const linked = new Map<string, string>();
  const refused = new Set<string>();
  for (const d of decisions) {
    if (d.linked) linked.set(d.accountId, d.personId);
    else refused.add(`${d.personId}:${d.accountId}`);
  }
  const out = new Map<string, { personId: string; match: 'email' | 'manual' }>();
  for (const a of accounts) {
    const manual = linked.get(a.id);
    if (manual) {
      out.set(a.id, { personId: manual, match: 'manual' });
      continue;
    }
    const keys = a.keys.map(norm);
    const found =
      keys.map((k) => full.get(k)).find((id) => id !== undefined) ??
      (a.byLocalPart ? keys.map((k) => local.get(k)).find((id) => id !== undefined) : undefined);
    if (found && !refused.has(`${found}:${a.id}`)) out.set(a.id, { personId: found, match: 'email' });
  }
  return out;
}
