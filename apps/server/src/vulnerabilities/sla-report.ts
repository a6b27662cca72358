/**
 * The SLA report over scanner findings as monitoring stores them: a finding is its resource (one per
 * target, package and vulnerability, or one per vulnerable npm package), first detected at the start of
 * its first interval and remediated at the end of its last one once no interval stays open. A partial
 * or failed run never closes intervals of what it did not cover, so reading intervals respects that.
 */
import type { VulnReport, VulnReportFinding } from '@vigil/api';
import {
  type AcceptanceSpan,
  DAY_MS,
  dueDate,
  type FindingStanding,
  findingStanding,
  invalid,
  VULN_SLA_SEVERITIES,
  type VulnSlaSeverity,
} from '@vigil/core';
import { type Db, rowsOf } from '@vigil/db';
import { sql } from 'drizzle-orm';
import { loadPolicyVersions } from './sla-policy.ts';

/** Resource types that are one finding each. */
export const FINDING_TYPES = ['vuln.finding', 'deps.package_audit'] as const;

/** npm says "moderate" where scanners say "medium"; "info" and "unknown" carry no SLA. */
function slaSeverity(raw: string | null): VulnSlaSeverity | null {
  const s = raw === 'moderate' ? 'medium' : raw;
  return (VULN_SLA_SEVERITIES as readonly string[]).includes(s ?? '') ? (s as VulnSlaSeverity) : null;
}

/** The window asked for, else the current engagement's observation window, else the last 12 months. */
export async function reportWindow(
  db: Db,
  orgId: string,
  q: { from?: string | undefined; to?: string | undefined },
  now: Date,
): Promise<{ from: string; to: string }> {
  if (q.from && q.to) {
    if (q.to < q.from) throw invalid('to', 'to: the end of the window is before its start');
    return { from: q.from, to: q.to };
  }
  const today = now.toISOString().slice(0, 10);
  const rows = rowsOf<{ from: string; to: string }>(
    await db.execute(sql`
    select window_start::text as "from", window_end::text as "to" from engagements
    where org_id = ${orgId} and window_start is not null and window_end is not null
      and window_start <= ${today}::date and status <> 'completed'
    order by window_start desc limit 1`),
  );
  const e = rows[0];
  if (e && !q.from && !q.to) return e;
  const to = q.to ?? today;
  const from = q.from ?? new Date(Date.parse(to) - 365 * DAY_MS).toISOString().slice(0, 10);
  if (to < from) throw invalid('to', 'to: the end of the window is before its start');
  return { from, to };
}

interface Row {
  id: string;
  name: string;
  severity: string | null;
  vulnerability_id: string | null;
  package: string | null;
  target: string | null;
  scanner: string | null;
  detected: Date | string;
  remediated: Date | string | null;
}

/** Approved exceptions per finding, as spans. */
async function acceptancesOf(db: Db, orgId: string): Promise<Map<string, AcceptanceSpan[]>> {
  const rows = rowsOf<{ resource_id: string; approved_at: Date | string; expires_at: Date | string }>(
    await db.execute(sql`
    select resource_id, approved_at, expires_at from vuln_exceptions
    where org_id = ${orgId} and approved_at is not null`),
  );
  const out = new Map<string, AcceptanceSpan[]>();
  for (const r of rows) {
    const list = out.get(r.resource_id) ?? [];
    list.push({ acceptedAt: new Date(r.approved_at), expiresAt: new Date(r.expires_at) });
    out.set(r.resource_id, list);
  }
  return out;
}

/** Every finding of the window with its due date and its standing at the window's end (or now). */
export async function windowFindings(
  db: Db,
  orgId: string,
  window: { from: string; to: string },
  now: Date,
): Promise<VulnReportFinding[]> {
  const start = new Date(`${window.from}T00:00:00Z`);
  const end = new Date(Date.parse(`${window.to}T00:00:00Z`) + DAY_MS);
  const asOf = end.getTime() < now.getTime() ? end : now;
  const rows = rowsOf<Row>(
    await db.execute(sql`
    select r.id, r.name,
      coalesce(r.attributes->>'severity', '') as severity,
      r.attributes->>'vulnerabilityId' as vulnerability_id,
      r.attributes->>'package' as package,
      coalesce(r.attributes->>'target', r.attributes->>'project') as target,
      coalesce(r.attributes->>'scanner', 'npm audit') as scanner,
      f.detected, f.remediated
    from (
      select ci.resource_id, min(ci."from") as detected,
        case when bool_or(ci."to" is null) then null else max(ci."to") end as remediated
      from check_intervals ci
      join resources r0 on r0.id = ci.resource_id
      where ci.org_id = ${orgId} and r0.org_id = ${orgId}
        and r0.type in (${sql.join(
          FINDING_TYPES.map((t) => sql`${t}`),
          sql`, `,
        )})
      group by ci.resource_id
    ) f
    join resources r on r.id = f.resource_id
    where f.detected < ${end} and (f.remediated is null or f.remediated >= ${start})`),
  );
  const [versions, accepted] = await Promise.all([loadPolicyVersions(db, orgId), acceptancesOf(db, orgId)]);
  const out: VulnReportFinding[] = [];
  for (const r of rows) {
    const severity = slaSeverity(r.severity);
    if (!severity) continue;
    const detected = new Date(r.detected);
    const remediated = r.remediated ? new Date(r.remediated) : null;
    const due = dueDate(versions, severity, detected)!;
    const acceptances = accepted.get(r.id) ?? [];
    const standing = findingStanding({ due, remediatedAt: remediated, asOf, acceptances });
    const active = acceptances.find(
      (a) => a.acceptedAt.getTime() <= asOf.getTime() && asOf.getTime() < a.expiresAt.getTime(),
    );
    out.push({
      resourceId: r.id,
      name: r.name,
      vulnerabilityId: r.vulnerability_id ?? r.package ?? r.name,
      package: r.package ?? '',
      target: r.target ?? '',
      scanner: r.scanner ?? '',
      severity,
      detectedAt: detected.toISOString(),
      dueAt: due.toISOString(),
      remediatedAt: remediated && remediated.getTime() <= asOf.getTime() ? remediated.toISOString() : null,
      standing,
      acceptedUntil: standing === 'accepted' && active ? active.expiresAt.toISOString() : null,
    });
  }
  return out;
}

const OPEN: readonly FindingStanding[] = ['open', 'overdue', 'accepted'];

/** The report: counts per severity and the findings still open at the end of the window. */
export async function slaReport(
  db: Db,
  orgId: string,
  q: { from?: string | undefined; to?: string | undefined },
  now: Date,
): Promise<VulnReport> {
  const window = await reportWindow(db, orgId, q, now);
  const findings = await windowFindings(db, orgId, window, now);
  const severities = VULN_SLA_SEVERITIES.map((severity) => ({
    severity,
    open: 0,
    overdue: 0,
    accepted: 0,
    remediatedOnTime: 0,
    remediatedLate: 0,
  }));
  const bySeverity = new Map(severities.map((s) => [s.severity, s]));
  for (const f of findings) {
    const s = bySeverity.get(f.severity)!;
    if (f.standing === 'open') s.open++;
    else if (f.standing === 'overdue') s.overdue++;
    else if (f.standing === 'accepted') s.accepted++;
    else if (f.standing === 'remediated_on_time') s.remediatedOnTime++;
    else s.remediatedLate++;
  }
  const open = findings
    .filter((f) => OPEN.includes(f.standing))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.name.localeCompare(b.name));
  return { ...window, severities, open };
}
