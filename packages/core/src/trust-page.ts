/**
 * The public trust page's rules: which slugs an organization may take, what a document's visibility
 * may be, how the frameworks' status is worded (never "compliant" before a report exists), when a
 * SOC 3 summary may be published, and when an access grant is still good.
 */
import { z } from 'zod';
import { engagementStage } from './engagement-stage.ts';
import type { EngagementStatus } from './vocabulary.ts';

export const TrustVisibilitySchema = z.enum(['public', 'on_request', 'private']);
export type TrustVisibility = z.infer<typeof TrustVisibilitySchema>;

export const TrustDocumentKindSchema = z.enum([
  'soc2_report',
  'policy',
  'certificate',
  'questionnaire',
  'other',
]);
export type TrustDocumentKind = z.infer<typeof TrustDocumentKindSchema>;

export const TrustRequestStatusSchema = z.enum(['pending', 'approved', 'rejected']);
export type TrustRequestStatus = z.infer<typeof TrustRequestStatusSchema>;

export const TRUST_VISIBILITY_LABELS: Record<TrustVisibility, string> = {
  public: 'Public',
  on_request: 'On request',
  private: 'Private',
};

export const TRUST_DOCUMENT_KIND_LABELS: Record<TrustDocumentKind, string> = {
  soc2_report: 'SOC 2 report',
  policy: 'Policy',
  certificate: 'Certificate',
  questionnaire: 'Security questionnaire',
  other: 'Other document',
};

export const TRUST_REQUEST_STATUS_LABELS: Record<TrustRequestStatus, string> = {
  pending: 'Waiting for approval',
  approved: 'Approved',
  rejected: 'Declined',
};

/** Paths the server or the web app already use, or that would mislead a visitor. */
export const RESERVED_TRUST_SLUGS: readonly string[] = [
  'access',
  'admin',
  'api',
  'app',
  'assets',
  'docs',
  'help',
  'login',
  'logout',
  'security',
  'settings',
  'setup',
  'static',
  'status',
  'support',
  'trust',
  'vigil',
  'www',
];

/** Days an access link stays good, unless the owner says otherwise. */
export const DEFAULT_GRANT_DAYS = 14;

/** Why `slug` cannot be a trust page address, or null when it can. */
export function trustSlugProblem(slug: string): string | null {
  if (slug.length < 3 || slug.length > 40) return 'must be 3 to 40 characters';
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
    return 'may hold only lowercase letters, digits and single hyphens between them';
  if (RESERVED_TRUST_SLUGS.includes(slug)) return `"${slug}" is reserved; choose another address`;
  return null;
}

/** Why a document of `kind` cannot have `visibility`, or null when it can. */
export function trustVisibilityProblem(kind: TrustDocumentKind, visibility: TrustVisibility): string | null {
  if (kind === 'soc2_report' && visibility === 'public')
    return 'a SOC 2 report is shared only under NDA: choose "on request" or "private"';
  return null;
}

/** The lowercase domain of an email address. */
export function emailDomain(email: string): string {
  return email
    .slice(email.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase();
}

/** True when the requester's email belongs to one of the domains approved without an owner. */
export function autoApproves(email: string, domains: readonly string[]): boolean {
  const domain = emailDomain(email);
  return domains.some((d) => d.toLowerCase() === domain);
}

/** Why `domain` cannot be an auto-approved domain, or null. */
export function trustDomainProblem(domain: string): string | null {
  if (!/^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/.test(domain))
    return `"${domain}" is not a domain name (like example.com)`;
  return null;
}

/** When a grant made at `from` for `days` days stops working. */
export function grantExpiry(from: Date, days: number): Date {
  return new Date(from.getTime() + days * 86_400_000);
}

/** Whether a grant can still be used at `now`. */
export function grantUsable(grant: { expiresAt: Date; revokedAt: Date | null }, now: Date): boolean {
  return grant.revokedAt === null && now.getTime() < grant.expiresAt.getTime();
}

/** An engagement as the trust page sees it. */
export interface TrustEngagement {
  reportType: 'type1' | 'type2';
  asOfDate: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  status: EngagementStatus;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-01-01` as "1 Jan 2026". */
export function trustDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** A period as "1 Jan – 30 Jun 2026", naming the year once when both ends share it. */
export function trustPeriod(start: string, end: string): string {
  if (start.slice(0, 4) === end.slice(0, 4))
    return `${trustDate(start).replace(/ \d+$/, '')} – ${trustDate(end)}`;
  return `${trustDate(start)} – ${trustDate(end)}`;
}

/**
 * The framework's status in honest words, from the organization's engagements on `today`: a report
 * is "available" only once its engagement is completed; otherwise the audit is "in progress" or
 * being prepared for. Newest report first, then an audit under way.
 */
export function frameworkStatus(engagements: readonly TrustEngagement[], today: string): string[] {
  const completed = engagements
    .filter((e) => engagementStage(e, today) === 'completed')
    .sort((a, b) => (endOf(b) ?? '').localeCompare(endOf(a) ?? ''));
  const lines: string[] = [];
  const latest = completed[0];
  if (latest) {
    lines.push(
      latest.reportType === 'type2' && latest.windowStart && latest.windowEnd
        ? `SOC 2 Type II report for ${trustPeriod(latest.windowStart, latest.windowEnd)} available`
        : `SOC 2 Type I report as of ${latest.asOfDate ? trustDate(latest.asOfDate) : 'its date'} available`,
    );
  }
  const running = engagements.find((e) => engagementStage(e, today) !== 'completed');
  if (running) {
    const type = running.reportType === 'type2' ? 'Type II' : 'Type I';
    const stage = engagementStage(running, today);
    lines.push(
      stage === 'observation' && running.windowStart && running.windowEnd
        ? `SOC 2 ${type} audit in progress (observation period ${trustPeriod(running.windowStart, running.windowEnd)})`
        : `SOC 2 ${type} audit in progress`,
    );
  }
  if (lines.length === 0) lines.push('Preparing for a SOC 2 audit; no report yet');
  return lines;
}

const endOf = (e: TrustEngagement) => e.windowEnd ?? e.asOfDate;

/** Why a SOC 3 summary cannot be published yet, or null once a completed Type II engagement exists. */
export function soc3Refusal(engagements: readonly TrustEngagement[], today: string): string | null {
  const ok = engagements.some((e) => e.reportType === 'type2' && engagementStage(e, today) === 'completed');
  return ok
    ? null
    : 'A SOC 3 summary can be published only after a SOC 2 Type II audit is completed; no completed Type II engagement exists yet';
}
