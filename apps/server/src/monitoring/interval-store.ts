/**
 * Reads the open state intervals of a sweep's scope in one query and writes only transitions:
 * closing an interval sets its `to`, opening one inserts a row, 1,000 rows per statement.
 */
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { type CheckResult, type CheckStatus, intervalKey, type OpenInterval } from '@vigil/monitoring';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { chunks } from './batches.ts';
import type { ResourceScope } from './resource-store.ts';

const { checkIntervals } = schema;

export interface OpenState {
  intervals: OpenInterval[];
  /** Interval key (check, resource key) → the row id, to close it. */
  rowIds: Map<string, number>;
}

/** Above this many resources to compare, one scan of the open-interval index beats lookups by resource. */
const BY_RESOURCE_LIMIT = 5000;

/**
 * The open intervals of the given checks over the resources `toCompare` (keys of the scope's
 * `keyById`), gone ones included.
 */
export async function loadOpenIntervals(
  tx: Db,
  scope: ResourceScope,
  checkIds: ReadonlySet<string>,
  keyById: ReadonlyMap<string, string>,
  toCompare: ReadonlySet<string>,
): Promise<OpenState> {
  const rowIds = new Map<string, number>();
  const intervals: OpenInterval[] = [];
  if (scope.types.length === 0 || checkIds.size === 0 || toCompare.size === 0) return { intervals, rowIds };
  const ids: string[] = [];
  if (toCompare.size <= BY_RESOURCE_LIMIT) {
    for (const [id, key] of keyById) if (toCompare.has(key)) ids.push(id);
  }
  // No join with resources either way: right after a large first sweep their statistics may not yet
  // know about the rows it wrote (a misestimated join there took minutes).
  const rows = await tx
    .select({
      id: checkIntervals.id,
      checkId: checkIntervals.checkId,
      resourceId: checkIntervals.resourceId,
      status: checkIntervals.status,
    })
    .from(checkIntervals)
    .where(
      and(
        eq(checkIntervals.orgId, scope.orgId),
        isNull(checkIntervals.to),
        inArray(checkIntervals.checkId, [...checkIds]),
        ids.length > 0 ? sql`${checkIntervals.resourceId} = any(${sql.param(ids)}::uuid[])` : undefined,
      ),
    );
  for (const r of rows) {
    // Resources of other scopes (source, connector, types) are another sweep's business.
    const key = keyById.get(r.resourceId);
    if (!key || !toCompare.has(key)) continue;
    rowIds.set(intervalKey(r.checkId, key), r.id);
    intervals.push({
      checkId: r.checkId,
      resourceKey: key,
      status: r.status as CheckStatus,
      // The diff compares statuses only; the reason stays with the stored row.
      reason: '',
    });
  }
  return { intervals, rowIds };
}

/** Ends the given intervals at `now`, 10,000 per statement. */
export async function closeIntervals(tx: Db, ids: readonly number[], now: Date): Promise<void> {
  for (const batch of chunks(ids, 10_000)) {
    await tx.execute(
      sql`update check_intervals set "to" = ${now} where id = any(${sql.param(batch.map(String))}::bigint[])`,
    );
  }
}

/** Starts one interval per result at `now`, with the attribute, expected and actual values as detail. */
export async function openIntervals(
  tx: Db,
  orgId: string,
  results: readonly CheckResult[],
  idByKey: ReadonlyMap<string, string>,
  runId: string | null,
  now: Date,
): Promise<void> {
  for (const batch of chunks(results, 5000)) {
    const column = <T>(f: (r: CheckResult) => T) => sql.param(batch.map(f));
    await tx.execute(sql`
      insert into check_intervals (org_id, check_id, resource_id, status, reason, detail, "from", run_id)
      select ${orgId}, x.check_id, x.resource_id, x.status, x.reason, x.detail, ${now}, ${runId}
      from unnest(
        ${column((r) => r.checkId)}::text[],
        ${column((r) => idByKey.get(r.resourceKey)!)}::uuid[],
        ${column((r) => r.status)}::text[],
        ${column((r) => r.reason.slice(0, 2000))}::text[],
        ${column((r) => JSON.stringify(detailOf(r)))}::jsonb[]
      ) as x(check_id, resource_id, status, reason, detail)`);
  }
}

function detailOf(r: CheckResult): Record<string, unknown> {
  const detail: Record<string, unknown> = {};
  if (r.attribute !== undefined) detail.attribute = r.attribute;
  if (r.expected !== undefined) detail.expected = r.expected;
  if (r.actual !== undefined) detail.actual = r.actual;
  return detail;
}
