/**
 * The change population: merged changes as the GitHub connectors stored them, with their
 * deviations computed from the stored approvals and the justifications people recorded.
 */
import type { ChangePopulation, ChangeQuery, MergedChange } from '@vigil/api';
import { addDays, CHANGE_DEVIATION_WORDS, changeDeviations, changePopulation } from '@vigil/core';
import type { Db } from '@vigil/db';
import { rowsOf } from '@vigil/db';
import { stringify } from 'csv-stringify/sync';
import { type SQL, sql } from 'drizzle-orm';

interface Row {
  id: string;
  attributes: string;
  last_seen: string | Date;
  reason: string | null;
  approver: string | null;
  recorded_by_name: string | null;
  recorded_at: string | Date | null;
}

interface StoredChange {
  repository: string;
  number: number;
  title: string;
  author: string;
  merged_at: string;
  merged_by: string | null;
  approvals: { reviewer: string; approved_at: string }[];
  first_approval_at: string | null;
  ci_status: MergedChange['ciStatus'];
  required_approvals?: number;
}

const iso = (v: string | Date) => new Date(v).toISOString();

/** The period asked for, with the defaults: up to today, a year back. */
export function periodOf(query: ChangeQuery, today: string): { from: string; to: string } {
  const to = query.to ?? today;
  return { from: query.from ?? addDays(to, -364), to };
}

/**
 * Every change merged in the period, one per repository and number (two connectors reading the same
 * organization store it twice), newest first, then filtered as asked. Counts are of the whole period.
 */
export async function changePopulationOf(
  db: Db,
  orgId: string,
  query: ChangeQuery,
  today: string,
): Promise<ChangePopulation> {
  const { from, to } = periodOf(query, today);
  const rows = await mergedChangeRows(
    db,
    orgId,
    sql`and (r.attributes->>'merged_at')::timestamptz >= ${`${from}T00:00:00Z`}::timestamptz
        and (r.attributes->>'merged_at')::timestamptz < ${`${addDays(to, 1)}T00:00:00Z`}::timestamptz`,
  );
  const byChange = new Map<string, MergedChange>();
  let collectedAt: string | null = null;
  for (const r of rows) {
    const a = JSON.parse(r.attributes) as StoredChange;
    const key = `${a.repository}#${a.number}`;
    if (byChange.has(key)) continue;
    collectedAt ??= iso(r.last_seen);
    byChange.set(key, present(r, a));
  }
  const all = [...byChange.values()];
  const listed = changePopulation(
    all.map((change) => ({ ...change, deviations: change.deviations.map((d) => d.code), change })),
    { from, to, repository: query.repository, deviationsOnly: query.deviations === 'only' },
  );
  const items = listed.map((l) => l.change);
  const deviating = all.filter((c) => c.deviations.length > 0);
  return {
    from,
    to,
    items,
    total: all.length,
    deviating: deviating.length,
    justified: deviating.filter((c) => c.justification).length,
    repositories: [...new Set(all.map((c) => c.repository))].sort(),
    collectedAt,
  };
}

/** One stored merged change as the population presents it, or null when the organization has none by that id. */
export async function mergedChange(db: Db, orgId: string, id: string): Promise<MergedChange | null> {
  const [row] = await mergedChangeRows(db, orgId, sql`and r.id = ${id}`);
  return row ? present(row, JSON.parse(row.attributes) as StoredChange) : null;
}

/** The stored merged changes matching `filter`, with their justifications, last seen first. */
async function mergedChangeRows(db: Db, orgId: string, filter: SQL): Promise<Row[]> {
  // Read as text and parsed by the caller: one JSON.parse per row is cheaper than the driver's jsonb decoding.
  return rowsOf<Row>(
    await db.execute(sql`
      select r.id, r.attributes::text as attributes, r.last_seen,
        j.reason, j.approver, u.name as recorded_by_name, j.recorded_at
      from resources r
        left join change_justifications j on j.org_id = r.org_id
          and j.repository = r.attributes->>'repository' and j.number = (r.attributes->>'number')::int
        left join users u on u.id = j.recorded_by
      where r.org_id = ${orgId} and r.type = 'github.merged_change' ${filter}
      order by r.last_seen desc`),
  );
}

function present(r: Row, a: StoredChange): MergedChange {
  const approvals = a.approvals.map((x) => ({ reviewer: x.reviewer, approvedAt: x.approved_at }));
  const deviations = changeDeviations({
    author: a.author,
    mergedAt: a.merged_at,
    approvals,
    requiredApprovals: a.required_approvals ?? null,
  });
  return {
    id: r.id,
    repository: a.repository,
    number: a.number,
    title: a.title,
    author: a.author,
    mergedAt: a.merged_at,
    mergedBy: a.merged_by,
    approvals,
    firstApprovalAt: a.first_approval_at,
    ciStatus: a.ci_status,
    requiredApprovals: a.required_approvals ?? null,
    deviations: deviations.map((code) => ({ code, words: CHANGE_DEVIATION_WORDS[code] })),
    justification:
      r.reason !== null && r.approver !== null && r.recorded_at !== null
        ? {
            reason: r.reason,
            approver: r.approver,
            recordedByName: r.recorded_by_name,
            recordedAt: iso(r.recorded_at),
          }
        : null,
  };
}

const CI_WORDS: Record<MergedChange['ciStatus'], string> = {
  success: 'Passed',
  failure: 'Failed',
  pending: 'Still running',
  none: 'No checks ran',
};

/** The population as CSV, one row per change, in words. */
export function changesCsv(p: ChangePopulation): string {
  return stringify([
    [
      'Repository',
      'Number',
      'Title',
      'Author',
      'Merged at',
      'Merged by',
      'Approved by',
      'First approval at',
      'CI at merge',
      'Approvals required (protection as collected)',
      'Deviations',
      'Justification',
      'Approved after the fact by',
    ],
    ...p.items.map((c) => [
      c.repository,
      c.number,
      c.title,
      c.author,
      c.mergedAt,
      c.mergedBy ?? 'unknown',
      c.approvals
        .map((a) =>
          Date.parse(a.approvedAt) > Date.parse(c.mergedAt) ? `${a.reviewer} (after the merge)` : a.reviewer,
        )
        .join('; '),
      c.firstApprovalAt ?? '',
      CI_WORDS[c.ciStatus],
      c.requiredApprovals ?? 'unknown',
      c.deviations.map((d) => d.words).join('; '),
      c.justification?.reason ?? '',
      c.justification?.approver ?? '',
    ]),
  ]);
}
