/**
 * The SLA report over scanner findings as monitoring stores them: a finding is its resource (one per
 * target, package and vulnerability, or one per vulnerable npm package), first detected at the start of
 * its first interval and remediated at the end of its last one once no interval stays open. A partial
 * or failed run never closes intervals of what it did not cover, so reading intervals respects that.
 *
 * Standings are computed in SQL, so a year of sweeps is counted where it is stored instead of shipped
 * to the server row by row; the SQL mirrors `dueDate` and `findingStanding` of @vigil/core (a test
 * compares the two on mixed data).
 */
import type { VulnReport, VulnReportFinding } from '@vigil/api';
import {
  DAY_MS,
  DEFAULT_SLA_DAYS,
  type FindingStanding,
  invalid,
  VULN_SLA_SEVERITIES,
  type VulnSlaSeverity,
} from '@vigil/core';
import { type Db, rowsOf } from '@vigil/db';
import { type SQL, sql } from 'drizzle-orm';

/** Resource types that are one finding each. */
export const FINDING_TYPES = ['vuln.finding', 'deps.package_audit'] as const;

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

/** The bounds of a window as instants, and the time standings are read at: its end, or now if sooner. */
function bounds(window: { from: string; to: string }, now: Date) {
  const start = new Date(`${window.from}T00:00:00Z`);
  const end = new Date(Date.parse(`${window.to}T00:00:00Z`) + DAY_MS);
  return { start, end, asOf: end.getTime() < now.getTime() ? end : now };
}

const OPEN: readonly FindingStanding[] = ['open', 'overdue', 'accepted'];
const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
const ms = (column: SQL) => sql`floor(extract(epoch from ${column}) * 1000)::float8`;

/**
 * The CTEs `f` (every finding of the window with severity, detection, remediation, due time, standing
 * and the expiry of the acceptance covering it) for the statements below to read.
 *
 * npm says "moderate" where scanners say "medium"; "info" and "unknown" carry no SLA and are left out.
 * The policy versions become ranges [effective_at, next effective_at), the time before the first one
 * on the defaults, so each finding joins the one version in force at its detection; days are added as
 * 24-hour days, as the core rule does, whatever the session's time zone.
 */
function findingsCte(orgId: string, window: { from: string; to: string }, now: Date): SQL {
  const { start, end, asOf } = bounds(window, now);
  const d = DEFAULT_SLA_DAYS;
  return sql`
    with fr as (
      select r.id, r.name, r.severity, min(ci."from") as detected,
        case when bool_or(ci."to" is null) then null else max(ci."to") end as remediated
      from (
        select id, name,
          case attributes->>'severity' when 'moderate' then 'medium' else attributes->>'severity' end as severity
        from resources
        where org_id = ${orgId} and type in (${list(FINDING_TYPES)})
          and attributes->>'severity' in (${list([...VULN_SLA_SEVERITIES, 'moderate'])})
      ) r
      join check_intervals ci on ci.resource_id = r.id and ci.org_id = ${orgId}
      group by r.id, r.name, r.severity
      having min(ci."from") < ${end} and (bool_or(ci."to" is null) or max(ci."to") >= ${start})
    ), versions as (
      select effective_at as since, lead(effective_at) over (order by effective_at) as until,
        critical_days, high_days, medium_days, low_days
      from vuln_sla_policies where org_id = ${orgId}
    ), policy as (
      select since, until, critical_days, high_days, medium_days, low_days from versions
      union all
      select '-infinity'::timestamptz, (select min(since) from versions),
        ${d.critical}::int, ${d.high}::int, ${d.medium}::int, ${d.low}::int
    ), accepted as (
      select resource_id as id, max(expires_at) as until from vuln_exceptions
      where org_id = ${orgId} and approved_at is not null
        and approved_at <= ${asOf} and expires_at > ${asOf}
      group by resource_id
    ), due as (
      select fr.*, fr.detected + interval '1 hour' * 24 * case fr.severity
          when 'critical' then p.critical_days when 'high' then p.high_days
          when 'medium' then p.medium_days else p.low_days end as due,
        a.until as accepted_until
      from fr
      join policy p on p.since <= fr.detected and (p.until is null or fr.detected < p.until)
      left join accepted a on a.id = fr.id
    ), f as (
      select due.*, case
          when remediated is not null and remediated <= ${asOf} then
            case when remediated > due then 'remediated_late' else 'remediated_on_time' end
          when accepted_until is not null then 'accepted'
          when ${asOf} > due then 'overdue'
          else 'open' end as standing
      from due
    )`;
}

interface FindingRow {
  id: string;
  name: string;
  severity: VulnSlaSeverity;
  vulnerability_id: string | null;
  package: string | null;
  target: string | null;
  scanner: string | null;
  detected: number;
  due: number;
  remediated: number | null;
  standing: FindingStanding;
  accepted_until: number | null;
}

/** The columns of a finding as the report shows it, from `f` joined to its resource `r`. */
const findingColumns = sql`
  f.id, f.name, f.severity, f.standing,
  r.attributes->>'vulnerabilityId' as vulnerability_id,
  r.attributes->>'package' as package,
  coalesce(r.attributes->>'target', r.attributes->>'project') as target,
  coalesce(r.attributes->>'scanner', 'npm audit') as scanner,
  ${ms(sql`f.detected`)} as detected, ${ms(sql`f.due`)} as due,
  case when f.standing like 'remediated%' then ${ms(sql`f.remediated`)} end as remediated,
  case when f.standing = 'accepted' then ${ms(sql`f.accepted_until`)} end as accepted_until`;

/** Most overdue first; the name and id make the order total, so pages neither repeat nor skip. */
const findingOrder = sql`f.due, f.name collate "C", f.id`;

const iso = (t: number | string) => new Date(Number(t)).toISOString();

function presentFinding(r: FindingRow): VulnReportFinding {
  return {
    resourceId: r.id,
    name: r.name,
    vulnerabilityId: r.vulnerability_id ?? r.package ?? r.name,
    package: r.package ?? '',
    target: r.target ?? '',
    scanner: r.scanner ?? '',
    severity: r.severity,
    detectedAt: iso(r.detected),
    dueAt: iso(r.due),
    remediatedAt: r.remediated === null ? null : iso(r.remediated),
    standing: r.standing,
    acceptedUntil: r.accepted_until === null ? null : iso(r.accepted_until),
  };
}

/** Every finding of the window with its due date and its standing at the window's end (or now). */
export async function windowFindings(
  db: Db,
  orgId: string,
  window: { from: string; to: string },
  now: Date,
): Promise<VulnReportFinding[]> {
  const rows = rowsOf<FindingRow>(
    await db.execute(sql`${findingsCte(orgId, window, now)}
      select ${findingColumns} from f join resources r on r.id = f.id
      order by ${findingOrder}`),
  );
  return rows.map(presentFinding);
}

/**
 * The report: counts per severity, and one page of the findings still open at the end of the window
 * (open, overdue or accepted) with their total. One statement, so the findings are worked out once.
 */
export async function slaReport(
  db: Db,
  orgId: string,
  q: { from?: string | undefined; to?: string | undefined; limit?: number; offset?: number },
  now: Date,
): Promise<VulnReport> {
  const window = await reportWindow(db, orgId, q, now);
  const limit = q.limit ?? 50;
  const offset = q.offset ?? 0;
  const stmt = sql`${findingsCte(orgId, window, now)}
      select
        (select coalesce(json_agg(c), '[]') from (
          select severity, standing, count(*)::int as n from f group by 1, 2) c) as counts,
        (select coalesce(json_agg(p order by p.due, p.name collate "C", p.id), '[]') from (
          select ${findingColumns} from (
            select * from f where f.standing in (${list(OPEN)})
            order by ${findingOrder} limit ${limit} offset ${offset}) f
          join resources r on r.id = f.id) p) as page`;
  const [row] = rowsOf<{
    counts: { severity: VulnSlaSeverity; standing: FindingStanding; n: number }[];
    page: FindingRow[];
  }>(await db.execute(stmt));
  const severities = VULN_SLA_SEVERITIES.map((severity) => ({
    severity,
    open: 0,
    overdue: 0,
    accepted: 0,
    remediatedOnTime: 0,
    remediatedLate: 0,
  }));
  const bySeverity = new Map(severities.map((s) => [s.severity, s]));
  const key: Record<
    FindingStanding,
    'open' | 'overdue' | 'accepted' | 'remediatedOnTime' | 'remediatedLate'
  > = {
    open: 'open',
    overdue: 'overdue',
    accepted: 'accepted',
    remediated_on_time: 'remediatedOnTime',
    remediated_late: 'remediatedLate',
  };
  for (const c of row?.counts ?? []) bySeverity.get(c.severity)![key[c.standing]] += c.n;
  const total = severities.reduce((n, s) => n + s.open + s.overdue + s.accepted, 0);
  return { ...window, severities, open: { items: (row?.page ?? []).map(presentFinding), total } };
}
