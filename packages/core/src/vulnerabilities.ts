/**
 * Vulnerability remediation rules: the SLA policy per severity, the due date a finding gets when it is
 * first detected, and how a finding stands at the end of a window (open, overdue, remediated on time or
 * late, or covered by a risk-accepted exception).
 *
 * The policy is versioned: each version has an effective time, and a finding takes its due date from
 * the version in force when it was detected, so raising or lowering a deadline never moves the due
 * dates of findings already known.
 */
import { z } from 'zod';
import { DAY_MS } from './days.ts';
import { invalid } from './errors.ts';

/** Severities an SLA is set for; scanners' "unknown" has no deadline. */
export const VulnSlaSeveritySchema = z.enum(['critical', 'high', 'medium', 'low']);
export type VulnSlaSeverity = z.infer<typeof VulnSlaSeveritySchema>;
export const VULN_SLA_SEVERITIES = VulnSlaSeveritySchema.options;

/** Days to remediate per severity. */
export type SlaDays = Record<VulnSlaSeverity, number>;

/** The defaults an organization starts with. */
export const DEFAULT_SLA_DAYS: SlaDays = { critical: 15, high: 30, medium: 90, low: 180 };

/** One version of the policy: days per severity, in force from `effectiveAt`. */
export interface SlaPolicyVersion {
  effectiveAt: Date;
  days: SlaDays;
}

/** Refuses negative, fractional or missing days, naming the severity. */
export function validateSlaDays(days: Record<string, unknown>): SlaDays {
  const out = {} as SlaDays;
  for (const s of VULN_SLA_SEVERITIES) {
    const v = days[s];
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      throw invalid(s, `${s}: the number of days must be a whole number`);
    }
    if (v < 0) throw invalid(s, `${s}: the number of days cannot be negative`);
    if (v > 3650) throw invalid(s, `${s}: the number of days must be at most 3650`);
    out[s] = v;
  }
  return out;
}

/** The policy version in force at `at`: the latest one effective at or before it, else the defaults. */
export function policyInForce(versions: readonly SlaPolicyVersion[], at: Date): SlaDays {
  let best: SlaPolicyVersion | undefined;
  for (const v of versions) {
    if (v.effectiveAt.getTime() <= at.getTime() && (!best || v.effectiveAt > best.effectiveAt)) best = v;
  }
  return best?.days ?? DEFAULT_SLA_DAYS;
}

/** The due time of a finding of `severity` detected at `detectedAt`; null when the severity has no SLA. */
export function dueDate(
  versions: readonly SlaPolicyVersion[],
  severity: string,
  detectedAt: Date,
): Date | null {
  const parsed = VulnSlaSeveritySchema.safeParse(severity);
  if (!parsed.success) return null;
  return new Date(detectedAt.getTime() + policyInForce(versions, detectedAt)[parsed.data] * DAY_MS);
}

/** Where a finding stands at the end of a window. */
export const FindingStandingSchema = z.enum([
  'open',
  'overdue',
  'remediated_on_time',
  'remediated_late',
  'accepted',
]);
export type FindingStanding = z.infer<typeof FindingStandingSchema>;

/** A risk-accepted exception, as far as standing is concerned. */
export interface AcceptanceSpan {
  acceptedAt: Date;
  expiresAt: Date;
}

/** A risk-accepted exception as stored: it covers its finding only once someone approved it. */
export interface RecordedException {
  approvedAt: Date | null;
  expiresAt: Date;
}

/** The spans during which exceptions cover their finding: approved ones, from approval to expiry. */
export function acceptanceSpans(exceptions: readonly RecordedException[]): AcceptanceSpan[] {
  return exceptions.flatMap((e) =>
    e.approvedAt ? [{ acceptedAt: e.approvedAt, expiresAt: e.expiresAt }] : [],
  );
}

/**
 * The standing of a finding at `asOf`: remediated findings are on time or late by their due date; an
 * open finding under an unexpired acceptance is accepted; otherwise it is overdue once past due.
 */
export function findingStanding(input: {
  due: Date | null;
  remediatedAt: Date | null;
  asOf: Date;
  acceptances?: readonly AcceptanceSpan[];
}): FindingStanding {
  const { due, remediatedAt, asOf } = input;
  if (remediatedAt && remediatedAt.getTime() <= asOf.getTime()) {
    return due && remediatedAt.getTime() > due.getTime() ? 'remediated_late' : 'remediated_on_time';
  }
  const accepted = (input.acceptances ?? []).some(
    (a) => a.acceptedAt.getTime() <= asOf.getTime() && asOf.getTime() < a.expiresAt.getTime(),
  );
  if (accepted) return 'accepted';
  return due && asOf.getTime() > due.getTime() ? 'overdue' : 'open';
}

/** Refuses an acceptance approved by its requester, without justification, or expiring in the past. */
export function validateAcceptance(input: {
  requesterId: string;
  approverId: string;
  justification: string;
  expiresAt: Date;
  now: Date;
}): void {
  if (input.approverId === input.requesterId) {
    throw invalid('approverId', 'approverId: the approver must be someone other than the requester');
  }
  if (input.justification.trim() === '') throw invalid('justification', 'justification: cannot be empty');
  if (input.expiresAt.getTime() <= input.now.getTime()) {
    throw invalid('expiresAt', 'expiresAt: the expiry must be in the future');
  }
}

/** The outcome of retesting a pen-test finding. */
export const PenTestRetestResultSchema = z.enum(['fixed', 'not_fixed']);
export type PenTestRetestResult = z.infer<typeof PenTestRetestResultSchema>;

/** One pen-test finding read from a vendor's CSV. */
export interface PenTestCsvFinding {
  identifier: string | null;
  title: string;
  severity: VulnSlaSeverity;
  description: string;
  status: string | null;
}

const REQUIRED_COLUMNS = ['title', 'severity', 'description'] as const;
const OPTIONAL_COLUMNS = ['identifier', 'status'] as const;
/** Vendors write "Informational" or "Moderate"; the first maps to low, the second to medium. */
const SEVERITY_WORDS: Record<string, VulnSlaSeverity> = {
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  moderate: 'medium',
  low: 'low',
  info: 'low',
  informational: 'low',
};

/**
 * Reads parsed CSV rows (the header first) into findings. A missing or renamed required column is
 * refused naming the column and the file; a bad row naming its line (the header is line 1).
 */
export function penTestFindingsFromCsv(rows: readonly string[][], fileName: string): PenTestCsvFinding[] {
  const [header, ...body] = rows;
  if (!header) throw invalid('file', `${fileName}: the file is empty; expected a header row`);
  const index = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  for (const c of REQUIRED_COLUMNS) {
    if (!index.has(c)) {
      throw invalid(
        'file',
        `${fileName}: column "${c}" is missing (expected columns: title, severity, description)`,
      );
    }
  }
  const known = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);
  const unknown = header.find((h) => h.trim() !== '' && !known.has(h.trim().toLowerCase()));
  if (unknown !== undefined) {
    throw invalid(
      'file',
      `${fileName}: column "${unknown.trim()}" is not one of title, severity, description, identifier, status`,
    );
  }
  const cell = (row: readonly string[], c: string) => {
    const i = index.get(c);
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const out: PenTestCsvFinding[] = [];
  body.forEach((row, i) => {
    const line = i + 2;
    if (row.every((v) => v.trim() === '')) return;
    const title = cell(row, 'title');
    if (!title) throw invalid('file', `${fileName}: line ${line}: title is empty`);
    if (title.length > 500)
      throw invalid('file', `${fileName}: line ${line}: title is longer than 500 characters`);
    const raw = cell(row, 'severity');
    const severity = SEVERITY_WORDS[raw.toLowerCase()];
    if (!severity) {
      throw invalid(
        'file',
        `${fileName}: line ${line}: severity "${raw}" is not one of critical, high, medium, low`,
      );
    }
    out.push({
      identifier: cell(row, 'identifier') || null,
      title,
      severity,
      description: cell(row, 'description'),
      status: cell(row, 'status') || null,
    });
  });
  if (out.length === 0) throw invalid('file', `${fileName}: the file has no findings below its header`);
  return out;
}

/** Refuses a pen test that ends before it starts. */
export function validatePenTestDates(startDate: string, endDate: string): void {
  if (endDate < startDate) throw invalid('endDate', 'endDate: the test cannot end before it starts');
}
