/**
 * Keeps `check_coverage` in step with the intervals: a check is covered while at least one of its
 * open intervals is a pass or a fail. Every writer that opens or closes intervals calls
 * `refreshCoverage` in the same transaction with the checks it touched and the time it wrote.
 */
import type { Db } from '@vigil/db';
import { sql } from 'drizzle-orm';

/** Opens or closes the coverage of each given check at `now` to match its open intervals. */
export async function refreshCoverage(
  tx: Db,
  orgId: string,
  checkIds: Iterable<string>,
  now: Date,
): Promise<void> {
  const ids = [...new Set(checkIds)].sort();
  if (ids.length === 0) return;
  // Sweeps of different scopes may touch the same check at once: each must see the other's committed
  // intervals before deciding, or one could close a span the other's new intervals need. One lock per
  // check until commit, taken in sorted order so two writers never wait on each other in a cycle.
  await tx.execute(sql`
    select pg_advisory_xact_lock(hashtext('vigil.coverage:' || ${orgId} || ':' || c.check_id))
    from unnest(${sql.param(ids)}::text[]) with ordinality as c(check_id, n)
    order by c.n`);
  // Then one statement: which of the checks are evaluated now (an index probe each on the open
  // intervals), then close the spans of those that are not and open spans for those that are.
  await tx.execute(sql`
    with checks as (
      select c.check_id, exists (
        select 1 from check_intervals i
        where i.org_id = ${orgId} and i.check_id = c.check_id and i."to" is null
          and i.status in ('pass', 'fail')
      ) as evaluated
      from unnest(${sql.param(ids)}::text[]) as c(check_id)
    ),
    closed as (
      update check_coverage v set "to" = ${now}
      from checks c
      where v.org_id = ${orgId} and v.check_id = c.check_id and v."to" is null and not c.evaluated
      returning v.id
    )
    insert into check_coverage (org_id, check_id, "from")
    select ${orgId}, c.check_id, ${now} from checks c
    where c.evaluated and not exists (
      select 1 from check_coverage v where v.org_id = ${orgId} and v.check_id = c.check_id and v."to" is null
    )
    on conflict (org_id, check_id) where "to" is null do nothing`);
}
