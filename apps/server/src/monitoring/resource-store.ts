/**
 * Stores the resources a sweep read, in bulk. Only resources that are new, changed, back from gone
 * or whose check results changed are written (5,000 per statement); resources of the scope that
 * were not seen are marked gone. An unchanged resource costs no write at all: its "last seen" is the
 * scope's latest sweep, one `resource_scopes` row per type.
 */
import { hash, randomUUID } from 'node:crypto';
import { canonicalJson } from '@vigil/core';
import { type Db, rowsOf } from '@vigil/db';
import {
  type PackedResource,
  packedKey,
  parsePackedRecord,
  type Resource,
  readOddResources,
  resourceKey,
  scanPackedRecords,
} from '@vigil/monitoring';
import { sql } from 'drizzle-orm';
import { chunks } from './batches.ts';

/** SHA-256 of a resource's canonical attributes: equal attributes give equal hashes, whatever the key order. */
// One-shot `hash` rather than a Hash object per resource: a third of the cost on a 50,000-resource sweep.
const attributesHash = (attributes: Record<string, unknown>) =>
  hash('sha256', canonicalJson(attributes), 'hex');

export interface ResourceScope {
  orgId: string;
  source: string;
  /** The connector that reports these resources; null for runs without one (the CLI). */
  connectorId: string | null;
  /** Resource types the source reports; a stored resource of these types that was not seen is gone. */
  types: readonly string[];
}

/** The resources of one batch (or of the gone ones) whose open intervals may differ from their new results. */
export interface CompareSet {
  /** Keys of the resources to diff: their results' digest differs from the stored one, or they are gone now. */
  toCompare: Set<string>;
  /** Keys in `toCompare` that cannot have open intervals: new resources, and ones back from gone. */
  fresh: Set<string>;
  /** Resource key → id, for the resources in `toCompare`. */
  idByKey: Map<string, string>;
  /** Resource id → key, the reverse. */
  keyById: Map<string, string>;
}

/** What a sweep did to the scope's resources. */
export interface StoreCounts {
  created: number;
  changed: number;
  unchanged: number;
  gone: number;
}

/** A new resource's row, named as `json_to_recordset` reads it: its attributes hash and results digest. */
interface NewRow {
  id: string;
  type: string;
  external_id: string;
  name: string;
  attributes: unknown;
  hash: string;
  states: string | null;
}

/** What changes in a stored resource's row; `attributes` is null when they are the same. */
interface ChangedRow {
  id: string;
  name: string;
  attributes: unknown;
  hash: string;
  states: string | null;
}

const emptyCompareSet = (): CompareSet => ({
  toCompare: new Set(),
  fresh: new Set(),
  idByKey: new Map(),
  keyById: new Map(),
});

/**
 * Writes a sweep's resources into its scope inside `tx`, one batch at a time as the sweep reads them
 * back: what it holds is the scope's stored state (one packed row per stored resource, dropped as the
 * sweep sees it), never the sweep's input. Only resources that are new, changed, back from gone or
 * whose check results changed are written; an unchanged resource costs no write at all (its "last
 * seen" is the scope's latest sweep, one `resource_scopes` row per type).
 */
export class ScopeWriter {
  readonly counts: StoreCounts = { created: 0, changed: 0, unchanged: 0, gone: 0 };

  private constructor(
    private readonly tx: Db,
    private readonly scope: ResourceScope,
    /** Stored resources not yet seen by this sweep, by `packedKey`: the packed record, or the parsed fallback. */
    private readonly unseen: Map<string, string | PackedResource>,
    private readonly now: Date,
    private readonly kept: (type: string, externalId: string) => boolean,
  ) {}

  /**
   * Reads the scope's stored resources (after the sweep took the scope's lock). Unseen resources that
   * `kept` accepts are not gone: the sweep's input describes only some of their type (see PartialType)
   * or not their part (see PartOf).
   */
  static async open(
    tx: Db,
    scope: ResourceScope,
    now: Date,
    kept: (type: string, externalId: string) => boolean = () => false,
  ): Promise<ScopeWriter> {
    const unseen = new Map<string, string | PackedResource>();
    if (scope.types.length > 0) {
      for await (const { packed, odd } of loadPackedScope(tx, scope)) {
        scanPackedRecords(packed, (key, record) => unseen.set(key, record));
        for (const row of readOddResources(odd)) unseen.set(packedKey(row), row);
      }
    }
    return new ScopeWriter(tx, scope, unseen, now, kept);
  }

  /**
   * When a seen resource was first seen, if it is stored and present; one that was gone and came back
   * counts as new again (a reintroduced vulnerability starts a new clock). Ask before `write`.
   */
  firstSeen(r: Resource): Date | undefined {
    const row = this.stored(packedKey(r));
    return row && !row.gone ? new Date(row.firstSeen) : undefined;
  }

  /**
   * Compares a batch of seen resources (each key once in the whole sweep) with their stored rows and
   * writes the ones that differ; `digests` holds each one's results digest (see `evaluateForSweep`).
   */
  async write(batch: readonly Resource[], digests: ReadonlyMap<string, string>): Promise<CompareSet> {
    const set = emptyCompareSet();
    const inserts: NewRow[] = [];
    const updates: ChangedRow[] = [];
    for (const r of batch) {
      const key = resourceKey(r);
      const packed = packedKey(r);
      const stored = this.stored(packed);
      this.unseen.delete(packed);
      const hash = attributesHash(r.attributes);
      const states = digests.get(key) ?? null;
      if (!stored) {
        // Not stored in this scope, which the sweep holds locked: a plain insert under an id made here.
        const id = randomUUID();
        this.counts.created++;
        set.toCompare.add(key);
        set.fresh.add(key);
        noteId(set, key, id);
        inserts.push({
          id,
          type: r.type,
          external_id: r.externalId,
          name: r.name,
          attributes: r.attributes,
          hash,
          states,
        });
        continue;
      }
      const same = !stored.gone && stored.hash === hash && stored.name === r.name;
      const sameStates = !stored.gone && stored.states === states;
      if (same) this.counts.unchanged++;
      else this.counts.changed++;
      if (same && sameStates) continue;
      // Equal attributes are not sent again (a change of results alone rewrites no attributes).
      const attributes = stored.hash === hash ? null : r.attributes;
      updates.push({ id: stored.id, name: r.name, attributes, hash, states });
      if (sameStates) continue;
      set.toCompare.add(key);
      noteId(set, key, stored.id);
      // A gone resource's intervals were closed when it went: it comes back with none open.
      if (stored.gone) set.fresh.add(key);
    }
    await insertResources(this.tx, this.scope, inserts, this.now);
    await updateResources(this.tx, updates, this.now);
    return set;
  }

  /** A stored resource not yet seen, parsed once: `firstSeen` and `write` both ask for it. */
  private stored(packed: string): PackedResource | undefined {
    const value = this.unseen.get(packed);
    if (typeof value !== 'string') return value;
    const row = parsePackedRecord(value);
    this.unseen.set(packed, row);
    return row;
  }

  /**
   * Marks the stored resources this sweep did not see as gone and moves the scope's "last swept";
   * call after the last batch. Yields the gone ones, `size` at a time, for their intervals to be closed.
   */
  async *finish(runId: string, size: number): AsyncGenerator<CompareSet> {
    const gone: [string, string][] = [];
    for (const value of this.unseen.values()) {
      const row = storedRow(value)!;
      const key = resourceKey({ source: this.scope.source, type: row.type, externalId: row.externalId });
      if (!row.gone && !this.kept(row.type, row.externalId)) gone.push([key, row.id]);
    }
    this.unseen.clear();
    this.counts.gone = gone.length;
    await markGone(
      this.tx,
      gone.map(([, id]) => id),
      this.now,
    );
    await markScopeSwept(this.tx, this.scope, runId, this.now);
    for (const part of chunks(gone, size)) {
      const set = emptyCompareSet();
      for (const [key, id] of part) {
        set.toCompare.add(key);
        noteId(set, key, id);
      }
      yield set;
    }
  }
}

const storedRow = (value: string | PackedResource | undefined): PackedResource | undefined =>
  typeof value === 'string' ? parsePackedRecord(value) : value;

function noteId(set: CompareSet, key: string, id: string): void {
  set.idByKey.set(key, id);
  set.keyById.set(id, key);
}

interface PackedPage {
  packed: string | null;
  odd: string | null;
  last: string | null;
}

/** The attributes of the scope's present resources among `batch`, by `packedKey`. */
export async function storedAttributes(
  tx: Db,
  scope: ResourceScope,
  batch: readonly Resource[],
): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  if (batch.length === 0) return out;
  const rows = rowsOf<{ type: string; external_id: string; attributes: string }>(
    await tx.execute(sql`
      select r.type, r.external_id, r.attributes::text as attributes
      from resources r
      join unnest(${sql.param(batch.map((b) => b.type))}::text[], ${sql.param(batch.map((b) => b.externalId))}::text[])
        as k(type, external_id) on k.type = r.type and k.external_id = r.external_id
      where r.org_id = ${scope.orgId} and r.source = ${scope.source}
        and r.connector_id is not distinct from ${scope.connectorId}::uuid and r.gone_at is null`),
  );
  for (const r of rows)
    out.set(packedKey({ type: r.type, externalId: r.external_id }), JSON.parse(r.attributes));
  return out;
}

/** Stored resources read per query: PGlite's memory grows to its largest result and never shrinks. */
const PACKED_PAGE = 25_000;

/**
 * The scope's stored resources, a page at a time, each page as one packed text value plus the JSON
 * fallback (see packed-rows); pages follow the resource id.
 */
async function* loadPackedScope(tx: Db, scope: ResourceScope): AsyncGenerator<PackedPage> {
  const clean = sql`strpos(type || external_id || name, chr(30)) = 0 and strpos(type || external_id || name, chr(31)) = 0`;
  const firstSeenMs = sql`floor(extract(epoch from first_seen) * 1000)::bigint`;
  let after: string | null = null;
  for (;;) {
    const [page]: PackedPage[] = rowsOf<PackedPage>(
      await tx.execute(sql`
        select
          string_agg(id::text || attributes_hash || (case when gone_at is null then '0' else '1' end)
            || lpad(${firstSeenMs}::text, 13, '0') || coalesce(states_hash, '') || chr(31) || type || chr(31) || external_id || chr(31) || name, chr(30))
            filter (where ${clean}) as packed,
          json_agg(json_build_array(id, attributes_hash, gone_at is not null, states_hash, type, external_id, name,
            ${firstSeenMs}))
            filter (where not (${clean}))::text as odd,
          max(id::text) as last
        from (
          select id, attributes_hash, gone_at, states_hash, type, external_id, name, first_seen from resources
          where org_id = ${scope.orgId} and source = ${scope.source}
            and connector_id is not distinct from ${scope.connectorId}::uuid
            and type = any(${sql.param([...scope.types])}::text[])
            and (${after}::uuid is null or id > ${after}::uuid)
          order by id
          limit ${PACKED_PAGE}
        ) page`),
    );
    if (!page?.last) return;
    yield page;
    after = page.last;
  }
}

/** Rows per statement: each statement carries its rows as one JSON parameter. */
const ROWS_PER_STATEMENT = 5000;

/**
 * Inserts new resources. The rows travel as one JSON text read by `json_to_recordset`: a third less
 * work than one array per column (attributes in a `jsonb[]` literal are escaped twice), and no
 * parameter limit.
 */
async function insertResources(
  tx: Db,
  scope: ResourceScope,
  rows: readonly NewRow[],
  now: Date,
): Promise<void> {
  for (const batch of chunks(rows, ROWS_PER_STATEMENT)) {
    await tx.execute(sql`
      insert into resources (id, org_id, source, connector_id, type, external_id, name, attributes,
        attributes_hash, states_hash, first_seen, last_seen)
      select x.id, ${scope.orgId}, ${scope.source}, ${scope.connectorId}::uuid, x.type, x.external_id, x.name,
        x.attributes, x.hash, x.states, ${now}, ${now}
      from json_to_recordset(${JSON.stringify(batch)}::json)
        as x(id uuid, type text, external_id text, name text, attributes jsonb, hash text, states text)`);
  }
}

/** A write per changed resource only: its name, attributes if they changed, results digest, and "seen now". */
async function updateResources(tx: Db, rows: readonly ChangedRow[], now: Date): Promise<void> {
  for (const batch of chunks(rows, ROWS_PER_STATEMENT)) {
    await tx.execute(sql`
      update resources r set name = x.name, attributes = coalesce(x.attributes, r.attributes),
        attributes_hash = x.hash, states_hash = x.states, last_seen = ${now}, gone_at = null
      from json_to_recordset(${JSON.stringify(batch)}::json)
        as x(id uuid, name text, attributes jsonb, hash text, states text)
      where r.id = x.id`);
  }
}

/** A resource that disappears was last seen by the scope's previous sweep (read before it moves below). */
async function markGone(tx: Db, goneIds: readonly string[], now: Date): Promise<void> {
  for (const batch of chunks(goneIds, 10_000)) {
    await tx.execute(sql`
      update resources r set gone_at = ${now}, states_hash = null,
        last_seen = greatest(r.last_seen, (
          select s.last_swept_at from resource_scopes s
          where s.org_id = r.org_id and s.source = r.source and s.type = r.type
            and s.connector_id is not distinct from r.connector_id))
      where r.id = any(${sql.param(batch)}::uuid[])`);
  }
}

/** Moves the scope's "last swept" to this sweep: an unchanged resource's "last seen" is derived from it. */
async function markScopeSwept(tx: Db, scope: ResourceScope, runId: string, now: Date): Promise<void> {
  await tx.execute(sql`
    insert into resource_scopes (org_id, source, connector_id, type, last_swept_at, run_id)
    select ${scope.orgId}, ${scope.source}, ${scope.connectorId}::uuid, t, ${now}, ${runId}
    from unnest(${sql.param([...scope.types])}::text[]) as t
    on conflict (org_id, source, connector_id, type) do update set
      last_swept_at = excluded.last_swept_at, run_id = excluded.run_id`);
}

/**
 * Resources of an organization with their derived "last seen": the scope's latest sweep for a
 * present resource, the stored time for a gone one.
 */
export async function resourcesWithLastSeen(db: Db, orgId: string) {
  const result = await db.execute(sql`
    select r.id, r.source, r.connector_id, r.type, r.external_id, r.name, r.first_seen, r.gone_at,
      case when r.gone_at is null then greatest(r.last_seen, s.last_swept_at) else r.last_seen end as last_seen
    from resources r
    left join resource_scopes s on s.org_id = r.org_id and s.source = r.source and s.type = r.type
      and s.connector_id is not distinct from r.connector_id
    where r.org_id = ${orgId}
    order by r.source, r.type, r.external_id, r.connector_id`);
  const date = (v: unknown) => (v === null ? null : new Date(v as string));
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    id: r.id as string,
    source: r.source as string,
    connectorId: (r.connector_id as string | null) ?? null,
    type: r.type as string,
    externalId: r.external_id as string,
    name: r.name as string,
    firstSeen: date(r.first_seen)!,
    lastSeen: date(r.last_seen)!,
    goneAt: date(r.gone_at),
  }));
}
