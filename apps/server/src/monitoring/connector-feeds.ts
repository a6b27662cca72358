/**
 * What the connectors say about the data they have supplied, per resource type: whether it is current
 * now (monitoring status) and when it could not have been (effectiveness). A connector feeds only the
 * types it has swept, so a failed upload to a connector that detects any format marks nothing it
 * never supplied. Both answers come from one query, so they cannot disagree about who feeds what.
 */
import { type Db, rowsOf } from '@vigil/db';
import {
  CURRENT_FEED,
  collectionGaps,
  type FeedState,
  type FinishedRun,
  isStale,
  mergeSpans,
  type Span,
  worstFeed,
} from '@vigil/monitoring';
import { sql } from 'drizzle-orm';

interface FeedRow {
  enabled: boolean;
  schedule_minutes: number | null;
  last_status: string | null;
  last_success_at: string | Date | null;
  created_at: string | Date;
  failing_since: string | Date | null;
  types: string[] | null;
  /** `[succeeded, startedMs, finishedMs]` per finished run before `runsUntil`; only when asked. */
  runs: string | null;
}

/** Every connector of an organization with the resource types it has supplied (and its runs, if asked). */
async function connectorFeeds(db: Db, orgId: string, runsUntil?: Date): Promise<FeedRow[]> {
  const runs =
    runsUntil === undefined
      ? sql`null::text`
      : sql`coalesce((select json_agg(json_build_array(r.status = 'succeeded',
            floor(extract(epoch from r.started_at) * 1000)::bigint,
            floor(extract(epoch from r.finished_at) * 1000)::bigint))
          from runs r
          where r.connector_id = c.id and r.status in ('succeeded', 'failed') and r.finished_at is not null
            and r.started_at < ${runsUntil}), '[]')::text`;
  return rowsOf<FeedRow>(
    await db.execute(sql`
      select c.enabled, c.schedule_minutes, c.last_status, c.last_success_at, c.created_at,
        (select min(r.started_at) from runs r
          where r.connector_id = c.id and r.status = 'failed'
            and r.started_at > coalesce(c.last_success_at, '-infinity'::timestamptz)) as failing_since,
        array(select distinct s.type from resource_scopes s where s.connector_id = c.id) as types,
        ${runs} as runs
      from connectors c
      where c.org_id = ${orgId}`),
  );
}

const dateOf = (v: string | Date | null) => (v === null ? null : new Date(v));

/**
 * The feed state of each resource type as the enabled connectors report it now: failing since their
 * first failed run after the last success, or stale, or current.
 */
export async function feedsByType(db: Db, orgId: string, now: Date): Promise<Map<string, FeedState>> {
  const out = new Map<string, FeedState>();
  for (const c of await connectorFeeds(db, orgId)) {
    if (!c.enabled) continue;
    const connector = {
      scheduleMinutes: c.schedule_minutes,
      lastSuccessAt: dateOf(c.last_success_at),
      createdAt: dateOf(c.created_at)!,
    };
    const feed: FeedState =
      c.last_status === 'error'
        ? { status: 'collector_failing', since: dateOf(c.failing_since) }
        : isStale(connector, now)
          ? { status: 'stale', since: connector.lastSuccessAt }
          : CURRENT_FEED;
    for (const type of c.types ?? []) out.set(type, worstFeed([out.get(type) ?? CURRENT_FEED, feed]));
  }
  return out;
}

/**
 * The collection gaps of each resource type: the merged gaps of every connector that has supplied it,
 * up to `until`. A gap of one connector leaves the type's passing time unproven, whoever else feeds it.
 * Disabled connectors count too: their history still covers the window.
 */
export async function collectionGapsByType(db: Db, orgId: string, until: Date): Promise<Map<string, Span[]>> {
  const byType = new Map<string, Span[]>();
  for (const c of await connectorFeeds(db, orgId, until)) {
    const runs = (JSON.parse(c.runs ?? '[]') as [boolean, number, number][]).map(
      ([ok, started, finished]): FinishedRun => ({
        status: ok ? 'succeeded' : 'failed',
        startedAt: new Date(Number(started)),
        finishedAt: new Date(Number(finished)),
      }),
    );
    const gaps = collectionGaps(runs, c.schedule_minutes, until);
    if (gaps.length === 0) continue;
    for (const type of c.types ?? []) byType.set(type, mergeSpans([...(byType.get(type) ?? []), ...gaps]));
  }
  return byType;
}
