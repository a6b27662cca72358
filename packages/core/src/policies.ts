/**
 * Policy rules: version numbers, the lifecycle of a version, who may approve it, which version was
 * live on a date, when an acceptance is due, and what publishing a major or minor version does to
 * the open acceptance requests. Pure: the server stores what these functions decide.
 */
import { z } from 'zod';
import { type AudiencePerson, addresses } from './audience.ts';
import { addDays, DAY_MS } from './days.ts';
import { forbidden, VigilError } from './errors.ts';

/** Where a policy version stands: draft → pending approval → published → superseded, or rejected. */
export const PolicyVersionStatusSchema = z.enum([
  'draft',
  'pending_approval',
  'published',
  'superseded',
  'rejected',
]);
export type PolicyVersionStatus = z.infer<typeof PolicyVersionStatusSchema>;

/** Where a person's request to accept a policy stands. `closed` means a newer major version replaced it. */
export const AcceptanceRequestStateSchema = z.enum(['open', 'accepted', 'closed']);
export type AcceptanceRequestState = z.infer<typeof AcceptanceRequestStateSchema>;

/** A material change (major: everyone accepts again) or a minor one (open requests carry forward). */
export const VersionBumpSchema = z.enum(['major', 'minor']);
export type VersionBump = z.infer<typeof VersionBumpSchema>;

export interface VersionNumber {
  major: number;
  minor: number;
}

/** "2.1". */
export const versionLabel = (v: VersionNumber) => `${v.major}.${v.minor}`;

/**
 * The number of the next version after the last published one: 1.0 when nothing was published yet,
 * otherwise the next major (x+1.0) or minor (x.y+1).
 * @example nextVersionNumber({ major: 1, minor: 2 }, 'major') // { major: 2, minor: 0 }
 */
export function nextVersionNumber(lastPublished: VersionNumber | null, bump: VersionBump): VersionNumber {
  if (!lastPublished) return { major: 1, minor: 0 };
  return bump === 'major'
    ? { major: lastPublished.major + 1, minor: 0 }
    : { major: lastPublished.major, minor: lastPublished.minor + 1 };
}

/** A version whose minor is 0 starts a major: its publication asks the audience to accept again. */
export const isMajorVersion = (v: VersionNumber) => v.minor === 0;

const TRANSITIONS: Record<PolicyVersionStatus, readonly PolicyVersionStatus[]> = {
  draft: ['pending_approval'],
  pending_approval: ['published', 'rejected'],
  published: ['superseded'],
  superseded: [],
  rejected: [],
};

const STATUS_WORDS: Record<PolicyVersionStatus, string> = {
  draft: 'a draft',
  pending_approval: 'waiting for approval',
  published: 'published',
  superseded: 'superseded',
  rejected: 'rejected',
};

/** Whether a version may move from one status to another. */
export const canTransition = (from: PolicyVersionStatus, to: PolicyVersionStatus) =>
  TRANSITIONS[from].includes(to);

/** Throws a conflict naming both statuses when the move is not allowed. */
export function assertTransition(label: string, from: PolicyVersionStatus, to: PolicyVersionStatus): void {
  if (!canTransition(from, to)) {
    throw new VigilError(
      'conflict',
      `status: version ${label} is ${STATUS_WORDS[from]} and cannot become ${STATUS_WORDS[to]}`,
      'status',
    );
  }
}

/** Only a draft's text and changelog may change: anything submitted or published is fixed. */
export function assertEditable(label: string, status: PolicyVersionStatus): void {
  if (status !== 'draft') {
    throw new VigilError(
      'conflict',
      `status: version ${label} is ${STATUS_WORDS[status]} and can no longer be changed; start a new version instead`,
      'status',
    );
  }
}

/**
 * Refuses an approval by anyone who is not a named approver of the policy, or by the person who
 * submitted the version (nobody approves their own text).
 */
export function assertMayApprove(
  approverUserId: string,
  version: { submittedBy: string | null },
  approverIds: readonly string[],
): void {
  if (!approverIds.includes(approverUserId)) {
    throw forbidden('Only an approver named on this policy can approve or reject its versions');
  }
  if (version.submittedBy === approverUserId) {
    throw forbidden('You submitted this version, so someone else must approve it');
  }
}

/** A version as "live on a date" needs it. */
export interface PublishedSpan {
  id: string;
  publishedAt: Date | null;
}

/**
 * The version live at the end of day `date` (YYYY-MM-DD, UTC): the last one published on or before
 * that day, or null when none was yet. Versions never published are ignored.
 */
export function liveVersionOn<T extends PublishedSpan>(versions: readonly T[], date: string): T | null {
  const end = Date.parse(`${date}T00:00:00Z`) + DAY_MS;
  let live: T | null = null;
  for (const v of versions) {
    if (!v.publishedAt || v.publishedAt.getTime() >= end) continue;
    if (!live || v.publishedAt.getTime() > live.publishedAt!.getTime()) live = v;
  }
  return live;
}

/** Days a person has to accept a newly published version, unless the organization says otherwise. */
export const DEFAULT_ACCEPTANCE_DAYS = 30;

/**
 * When a person must have accepted: `days` after the publication or after their start date,
 * whichever is later (a new hire gets the full period from their first day).
 */
export function acceptanceDueDate(
  publishedOn: string,
  startDate: string | null,
  days = DEFAULT_ACCEPTANCE_DAYS,
): string {
  const from = startDate && startDate > publishedOn ? startDate : publishedOn;
  return addDays(from, days);
}

/** Whether an open request is past its due date on `today` (the due date itself is still on time). */
export const isOverdue = (dueDate: string, today: string) => today > dueDate;

/** Who a policy is written for. */
export type Audience = 'all_staff' | 'employees' | 'contractors' | 'engineering';

/** Whether a person of the register is addressed by a policy: in scope, not terminated, and in the audience. */
export function inPolicyAudience(audience: Audience, p: AudiencePerson): boolean {
  return addresses(
    audience === 'engineering' ? { kind: 'department', department: 'engineering' } : { kind: audience },
    p,
  );
}

/** An open acceptance request as the publish plan reads it. */
export interface OpenRequest {
  id: string;
  personId: string;
}

/** What publishing a version does to acceptance requests. */
export interface PublishPlan {
  /** Open requests on the previous version that a new major version replaces. */
  close: string[];
  /** Open requests that now point at the new version, due date unchanged. */
  carry: string[];
  /** New requests to create on the new version. */
  create: { personId: string; dueDate: string }[];
}

/**
 * What publishing `version` does: a major version closes every open request and asks each member
 * of the audience again; a minor version (or a review with no change) carries the open requests
 * forward and asks only audience members who have neither an open request nor an acceptance of
 * the current major version (people who joined since).
 */
export function planPublish(input: {
  version: VersionNumber;
  publishedOn: string;
  audience: readonly { personId: string; startDate: string | null }[];
  open: readonly OpenRequest[];
  /** People who accepted some version of the new version's major. */
  acceptedThisMajor: ReadonlySet<string>;
  days?: number;
}): PublishPlan {
  const due = (start: string | null) => acceptanceDueDate(input.publishedOn, start, input.days);
  if (isMajorVersion(input.version)) {
    return {
      close: input.open.map((r) => r.id),
      carry: [],
      create: input.audience.map((p) => ({ personId: p.personId, dueDate: due(p.startDate) })),
    };
  }
  const asked = new Set(input.open.map((r) => r.personId));
  return {
    close: [],
    carry: input.open.map((r) => r.id),
    create: input.audience
      .filter((p) => !asked.has(p.personId) && !input.acceptedThisMajor.has(p.personId))
      .map((p) => ({ personId: p.personId, dueDate: due(p.startDate) })),
  };
}

/** Reminder thresholds: days before the due date a person hears about an open request. */
export const REMINDER_DAYS_BEFORE = [7, 1] as const;

/** The reminders due on `today` for one open request, each named so it is sent once. */
export function remindersDue(dueDate: string, today: string): ('due_7' | 'due_1' | 'overdue')[] {
  const out: ('due_7' | 'due_1' | 'overdue')[] = [];
  if (isOverdue(dueDate, today)) return ['overdue'];
  // Both reminders are only for what is still ahead: a request made 3 days before its due date gets the 1-day one only when that day comes.
  if (today >= addDays(dueDate, -7) && today < addDays(dueDate, -1)) out.push('due_7');
  if (today >= addDays(dueDate, -1)) out.push('due_1');
  return out;
}

/** One cell of the acceptance matrix: a person against one published version. */
export type MatrixCellState =
  | 'accepted'
  | 'late'
  | 'covered'
  | 'pending'
  | 'missing'
  | 'replaced'
  | 'not_asked';

/**
 * The state of a person's cell for a version: accepted (on time) or late, covered by the acceptance
 * of an earlier minor version of the same major, pending (asked, not yet due), missing (asked and
 * past due, also when the major was replaced after that), replaced (a new major replaced it before it
 * was due: nobody was late), or not asked.
 */
export function matrixCell(input: {
  acceptedAt: string | null;
  /** The date they accepted an earlier version of the same major, if they did. */
  coveredBy: string | null;
  /** `closedOn`: the day a new major closed the request, when it did. */
  request: { dueDate: string; state: AcceptanceRequestState; closedOn?: string | null } | null;
  today: string;
}): MatrixCellState {
  const { acceptedAt, request, today } = input;
  if (acceptedAt) return request && acceptedAt.slice(0, 10) > request.dueDate ? 'late' : 'accepted';
  if (input.coveredBy) return 'covered';
  if (!request) return 'not_asked';
  if (request.state === 'closed') {
    const closedOn = request.closedOn ?? today;
    return isOverdue(request.dueDate, closedOn) ? 'missing' : 'replaced';
  }
  return isOverdue(request.dueDate, today) ? 'missing' : 'pending';
}

const MATRIX_CELL_WORDS: Record<MatrixCellState, string> = {
  accepted: 'Accepted',
  late: 'Accepted late',
  covered: 'Covered by earlier acceptance',
  pending: 'Not yet accepted',
  missing: 'Missing',
  replaced: 'Replaced before it was due',
  not_asked: '',
};

/**
 * A matrix cell in words, as the page and the exports write it: "Accepted late 2 Apr 2026",
 * "Missing (due 1 Apr 2026)"; empty when the person was not asked. `date` writes an ISO date.
 */
export function matrixCellText(
  cell: { state: MatrixCellState; acceptedAt: string | null; dueDate: string | null },
  date: (isoDate: string) => string = (d) => d,
): string {
  const words = MATRIX_CELL_WORDS[cell.state];
  if (cell.acceptedAt) return `${words} ${date(cell.acceptedAt.slice(0, 10))}`;
  // Only a request still owed has a due date worth reading; a replaced one was never late.
  if (cell.dueDate && (cell.state === 'pending' || cell.state === 'missing'))
    return `${words} (due ${date(cell.dueDate)})`;
  return words;
}
