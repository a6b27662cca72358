/**
 * Producers of populations for an engagement's period from data Vigil already holds. Each returns
 * the rows and the completeness record (source and the exact filter) that goes with them; an empty
 * period gives an empty population, recorded as such.
 */

import type { PopulationKind } from '@vigil/api';
import {
  addDays,
  dayWords,
  LEVEL_WORDS,
  type PopulationRowInput,
  REVIEW_CONCLUSION_WORDS,
  SEVERITY_WORDS,
  type VulnSlaSeverity,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { rowsOf } from '@vigil/db';
import { BUILTIN_CHECKS } from '@vigil/monitoring';
import { sql } from 'drizzle-orm';
import { changePopulationOf } from '../changes/index.ts';
import { remediatedVulnerabilities } from '../vulnerabilities/index.ts';

export interface Produced {
  name: string;
  source: string;
  query: string;
  rows: PopulationRowInput[];
}

/** The days a population covers: a Type II window, or a Type I's as-of date alone. */
export interface Period {
  from: string;
  to: string;
}

const iso = (v: string | Date) => new Date(v).toISOString();
const start = (day: string) => `${day}T00:00:00Z`;
/** The period in words, both days included: "from 1 Jan 2026 through 30 Jun 2026". */
const span = (p: Period) => `from ${dayWords(p.from)} through ${dayWords(p.to)}`;

export const KIND_NAMES: Record<PopulationKind, string> = {
  changes: 'Changes merged',
  check_failures: 'Check failures and their remediation',
  incidents: 'Incidents',
  policy_acceptances: 'Policy acceptances',
  new_hires: 'New hires',
  terminations: 'Terminations with deprovisioning lag',
  access_reviews: 'Access review campaigns',
  vulnerability_remediations: 'Vulnerability remediations',
  vendor_reviews: 'Vendor reviews',
  recurring_activities: 'Recurring activities with their evidence',
};

async function changes(db: Db, orgId: string, p: Period): Promise<Produced> {
  const population = await changePopulationOf(db, orgId, { from: p.from, to: p.to, deviations: 'all' }, p.to);
  return {
    name: KIND_NAMES.changes,
    source: 'Pull requests merged, as the GitHub connectors collected them, one per repository and number',
    query: `pull requests the GitHub connector collected, merged ${span(p)} (UTC), one per repository and pull request number`,
    rows: population.items.map((c) => ({
      id: `${c.repository}#${c.number}`,
      occurredAt: c.mergedAt,
      attributes: {
        title: c.title,
        author: c.author,
        approvals: String(c.approvals.length),
        deviations: c.deviations.map((d) => d.words).join('; '),
      },
    })),
  };
}

const BUILTIN_TITLES = new Map(BUILTIN_CHECKS.map((c) => [c.id, c.title]));

async function checkFailures(db: Db, orgId: string, p: Period): Promise<Produced> {
  const rows = rowsOf<{
    id: string;
    check_id: string;
    custom_title: string | null;
    name: string;
    reason: string;
    from: Date;
    to: Date | null;
  }>(
    await db.execute(sql`
      select ci.id::text as id, ci.check_id, cc.spec->>'title' as custom_title, r.name, ci.reason, ci."from", ci."to"
      from check_intervals ci join resources r on r.id = ci.resource_id
      left join custom_checks cc on cc.org_id = ci.org_id and cc.check_id = ci.check_id
      where ci.org_id = ${orgId} and ci.status = 'fail'
        and ci."from" >= ${start(p.from)}::timestamptz and ci."from" < ${start(addDays(p.to, 1))}::timestamptz`),
  );
  return {
    name: KIND_NAMES.check_failures,
    source: 'Failing results of the automated checks over the resources the connectors collected',
    query: `spans of time an automated check failed, starting ${span(p)} (UTC)`,
    rows: rows.map((r) => ({
      id: `failure-${r.id}`,
      occurredAt: iso(r.from),
      attributes: {
        // People read the check's title; its id is only how the program names it.
        check: BUILTIN_TITLES.get(r.check_id) ?? r.custom_title ?? r.check_id,
        resource: r.name,
        reason: r.reason,
        remediated: r.to ? iso(r.to) : 'not yet',
      },
    })),
  };
}

async function incidents(db: Db, orgId: string, p: Period): Promise<Produced> {
  const rows = rowsOf<{ id: string; title: string; severity: string; status: string; detected_at: Date }>(
    await db.execute(sql`
      select id::text, title, severity, status::text, detected_at from incidents
      where org_id = ${orgId}
        and detected_at >= ${start(p.from)}::timestamptz and detected_at < ${start(addDays(p.to, 1))}::timestamptz`),
  );
  return {
    name: KIND_NAMES.incidents,
    source: 'The incident register, by when each incident was detected',
    query: `incidents detected ${span(p)} (UTC)`,
    rows: rows.map((r) => ({
      id: r.id,
      occurredAt: iso(r.detected_at),
      attributes: { title: r.title, severity: r.severity, status: r.status },
    })),
  };
}

async function policyAcceptances(db: Db, orgId: string, p: Period): Promise<Produced> {
  const rows = rowsOf<{ id: string; person: string; policy: string; version: string; accepted_at: Date }>(
    await db.execute(sql`
      select a.id::text, pe.name as person, po.title as policy, (v.major || '.' || v.minor) as version, a.accepted_at
      from policy_acceptances a
        join people pe on pe.id = a.person_id
        join policies po on po.id = a.policy_id
        join policy_versions v on v.id = a.version_id
      where a.org_id = ${orgId}
        and a.accepted_at >= ${start(p.from)}::timestamptz and a.accepted_at < ${start(addDays(p.to, 1))}::timestamptz`),
  );
  return {
    name: KIND_NAMES.policy_acceptances,
    source: 'Acceptances of published policies recorded in Vigil, one per person and policy version',
    query: `policy acceptances made ${span(p)} (UTC)`,
    rows: rows.map((r) => ({
      id: r.id,
      occurredAt: iso(r.accepted_at),
      attributes: { person: r.person, policy: r.policy, version: r.version },
    })),
  };
}

async function newHires(db: Db, orgId: string, p: Period): Promise<Produced> {
  const rows = rowsOf<{
    id: string;
    name: string;
    email: string;
    department: string | null;
    start_date: string;
  }>(
    await db.execute(sql`
      select id::text, name, email, department, start_date::text as start_date from people
      where org_id = ${orgId} and start_date >= ${p.from}::date and start_date <= ${p.to}::date`),
  );
  return {
    name: KIND_NAMES.new_hires,
    source: 'The person register (HR roster and manual entries), by start date',
    query: `people whose start date is ${span(p)}`,
    rows: rows.map((r) => ({
      id: r.email.toLowerCase(),
      occurredAt: r.start_date,
      attributes: { name: r.name, department: r.department ?? '' },
    })),
  };
}

async function terminations(db: Db, orgId: string, p: Period): Promise<Produced> {
  const rows = rowsOf<{
    name: string;
    email: string;
    end_date: string;
    accounts: number;
    open_accounts: number;
    last_closed: Date | null;
  }>(
    await db.execute(sql`
      select pe.name, pe.email, pe.end_date::text as end_date,
        count(oa.id)::int as accounts,
        count(oa.id) filter (where oa.closed_at is null)::int as open_accounts,
        max(oa.closed_at) as last_closed
      from people pe
        left join offboardings o on o.person_id = pe.id
        left join offboarding_accounts oa on oa.offboarding_id = o.id
      where pe.org_id = ${orgId} and pe.end_date >= ${p.from}::date and pe.end_date <= ${p.to}::date
      group by pe.id`),
  );
  const lag = (r: (typeof rows)[number]) => {
    if (r.accounts === 0) return 'no accounts to remove';
    if (r.open_accounts > 0) return `${r.open_accounts} account(s) still open`;
    const days = Math.round(
      (new Date(r.last_closed!).getTime() - Date.parse(start(r.end_date))) / 86_400_000,
    );
    return `${Math.max(days, 0)} day(s)`;
  };
  return {
    name: KIND_NAMES.terminations,
    source:
      'The person register by end date, with the accounts each leaver had to lose as the sweeps measured them',
    query: `people whose end date is ${span(p)}; deprovisioning lag = the day their last account closed minus their end date`,
    rows: rows.map((r) => ({
      id: r.email.toLowerCase(),
      occurredAt: r.end_date,
      attributes: { name: r.name, accounts: String(r.accounts), deprovisioningLag: lag(r) },
    })),
  };
}

async function accessReviews(db: Db, orgId: string, p: Period): Promise<Produced> {
  const rows = rowsOf<{
    campaign_id: string;
    campaign: string;
    system_key: string;
    system: string;
    started_at: Date;
    closed_at: Date | null;
    accounts: number;
    kept: number;
    revoked: number;
    modified: number;
    undecided: number;
  }>(
    await db.execute(sql`
      select c.id::text as campaign_id, c.name as campaign, s->>'key' as system_key, s->>'name' as system,
        c.started_at, c.closed_at,
        count(a.id)::int as accounts,
        count(a.id) filter (where a.decision = 'keep')::int as kept,
        count(a.id) filter (where a.decision = 'revoke')::int as revoked,
        count(a.id) filter (where a.decision = 'modify')::int as modified,
        count(a.id) filter (where a.decision is null)::int as undecided
      from access_review_campaigns c
        cross join lateral jsonb_array_elements(c.systems) s
        left join access_review_accounts a on a.campaign_id = c.id and a.system_key = s->>'key'
      where c.org_id = ${orgId}
        and c.started_at >= ${start(p.from)}::timestamptz and c.started_at < ${start(addDays(p.to, 1))}::timestamptz
      group by c.id, c.name, s->>'key', s->>'name', c.started_at, c.closed_at`),
  );
  return {
    name: KIND_NAMES.access_reviews,
    source:
      'Access review campaigns started in Vigil, one row per campaign and system reviewed, with the decisions made',
    query: `access review campaigns started ${span(p)} (UTC), one per campaign and system; decisions counted over the accounts the campaign froze`,
    rows: rows.map((r) => ({
      // The system's key (connector or uploaded list) is the same across campaigns; the name may change.
      id: `${r.campaign_id}/${r.system_key}`,
      occurredAt: iso(r.started_at),
      attributes: {
        name: r.campaign,
        system: r.system,
        completed: r.closed_at ? iso(r.closed_at) : 'not yet',
        accounts: String(r.accounts),
        kept: String(r.kept),
        revoked: String(r.revoked),
        modified: String(r.modified),
        undecided: String(r.undecided),
      },
    })),
  };
}

async function vulnerabilityRemediations(db: Db, orgId: string, p: Period): Promise<Produced> {
  const found = await remediatedVulnerabilities(db, orgId, p, new Date());
  return {
    name: KIND_NAMES.vulnerability_remediations,
    source:
      'Scanner findings the connectors collected, remediated when their last failing result ended, with the due date the SLA policy in force at detection gives',
    query: `vulnerabilities and vulnerable packages the scanners found, of critical, high, medium (moderate) or low severity, whose failing results all ended ${span(p)} (UTC); due = detected plus the fix-by days for the severity; late when remediated after due`,
    rows: found.map((f) => ({
      id: f.resourceId,
      occurredAt: f.remediatedAt!,
      attributes: {
        title: f.vulnerabilityId === f.name ? f.name : `${f.vulnerabilityId}: ${f.name}`,
        target: f.target,
        severity: SEVERITY_WORDS[f.severity as VulnSlaSeverity] ?? f.severity,
        detected: f.detectedAt,
        due: f.dueAt,
        remediated: f.remediatedAt!,
        timeliness: f.standing === 'remediated_late' ? 'late' : 'on time',
      },
    })),
  };
}

/** A stored value in words, or as stored when the words do not know it. */
const wordFor = (words: Readonly<Record<string, string>>, value: string) => words[value] ?? value;

async function vendorReviews(db: Db, orgId: string, p: Period): Promise<Produced> {
  const rows = rowsOf<{
    id: string;
    vendor: string;
    reviewer: string | null;
    due_date: string;
    completed_on: string;
    conclusion: string | null;
    residual_risk: string | null;
  }>(
    await db.execute(sql`
      select r.id::text, v.name as vendor, u.name as reviewer, r.due_date::text as due_date,
        r.completed_on::text as completed_on, r.conclusion::text as conclusion, r.residual_risk::text as residual_risk
      from vendor_reviews r
        join vendors v on v.id = r.vendor_id
        left join users u on u.id = r.reviewer_user_id
      where r.org_id = ${orgId} and r.status = 'completed'
        and r.completed_on >= ${p.from}::date and r.completed_on <= ${p.to}::date`),
  );
  return {
    name: KIND_NAMES.vendor_reviews,
    source: 'Vendor reviews completed in Vigil, by the day each was completed',
    query: `completed vendor reviews with a completion date ${span(p)}`,
    rows: rows.map((r) => ({
      id: r.id,
      occurredAt: r.completed_on,
      attributes: {
        name: r.vendor,
        reviewer: r.reviewer ?? 'not recorded',
        due: r.due_date,
        outcome: r.conclusion ? wordFor(REVIEW_CONCLUSION_WORDS, r.conclusion) : 'none recorded',
        residualRisk: r.residual_risk ? wordFor(LEVEL_WORDS, r.residual_risk) : 'none recorded',
      },
    })),
  };
}

async function recurringActivities(db: Db, orgId: string, p: Period): Promise<Produced> {
  const rows = rowsOf<{
    id: string;
    title: string;
    control: string;
    owner: string | null;
    done_by: string | null;
    period_end: string;
    due_date: string;
    completed_on: string;
    late: boolean | null;
    evidence: string | null;
    evidence_file: string | null;
    evidence_sha256: string | null;
  }>(
    await db.execute(sql`
      select a.id::text, a.title, c.code as control, o.name as owner,
        coalesce(a.completed_by_label, d.name) as done_by,
        a.period_end::text as period_end, a.due_date::text as due_date, a.completed_on::text as completed_on,
        a.late, e.title as evidence, e.file_name as evidence_file, e.sha256 as evidence_sha256
      from activities a
        join controls c on c.id = a.control_id
        left join users o on o.id = a.owner_id
        left join users d on d.id = a.completed_by
        left join evidence e on e.id = a.evidence_id
      where a.org_id = ${orgId} and a.status = 'completed'
        and a.completed_on >= ${p.from}::date and a.completed_on <= ${p.to}::date`),
  );
  return {
    name: KIND_NAMES.recurring_activities,
    source:
      'Occurrences of recurring control activities completed in Vigil, with the evidence attached on completion',
    query: `completed recurring activities with a completion date ${span(p)}`,
    rows: rows.map((r) => ({
      id: r.id,
      occurredAt: r.completed_on,
      attributes: {
        title: r.title,
        control: r.control,
        owner: r.owner ?? 'no owner',
        doneBy: r.done_by ?? '',
        periodEnd: r.period_end,
        due: r.due_date,
        done: r.completed_on,
        timeliness: r.late ? 'late' : 'on time',
        evidence: r.evidence
          ? `${r.evidence} (${r.evidence_file}, SHA-256 ${r.evidence_sha256})`
          : 'none attached',
      },
    })),
  };
}

/** Runs one producer over the period. */
export function produce(db: Db, orgId: string, kind: PopulationKind, period: Period): Promise<Produced> {
  const producers = {
    changes,
    check_failures: checkFailures,
    incidents,
    policy_acceptances: policyAcceptances,
    new_hires: newHires,
    terminations,
    access_reviews: accessReviews,
    vulnerability_remediations: vulnerabilityRemediations,
    vendor_reviews: vendorReviews,
    recurring_activities: recurringActivities,
  };
  return producers[kind](db, orgId, period);
}
