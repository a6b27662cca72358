/**
 * Stores the resources a sweep read, in bulk. Only resources that are new, changed, back from gone
 * or whose check results changed are written (5,000 per statement); resources of the scope that
 * were not seen are marked gone. An unchanged resource costs no write at all: its "last seen" is the
 * scope's latest sweep, one `resource_scopes` row per type.
 */
import { hash } from 'node:crypto';
import { canonicalJson } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { type PackedResource, type Resource, readPackedResources, resourceKey } from '@vigil/monitoring';
import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { chunks, rowsOf } from './batches.ts';

const { resources } = schema;

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

export interface StoredResources {
  /** Resource key → id for the resources in `toCompare` (the only ones a sweep writes intervals for). */
  idByKey: Map<string, string>;
  /** Resource id → key, the reverse. */
  keyById: Map<string, string>;
  /**
   * Keys of the resources whose open intervals may differ from this sweep's results: their
   * results' digest differs from the stored one, or they are gone now. Only these are diffed.
   */
  toCompare: Set<string>;
  /** Keys in `toCompare` that cannot have open intervals: new resources, and ones back from gone. */
  fresh: Set<string>;
  created: number;
  changed: number;
  unchanged: number;
  gone: number;
}

/** The connector condition of a scope: `is null` for the connector-less scope. */
const connectorIs = (connectorId: string | null): SQL =>
  connectorId === null ? isNull(resources.connectorId) : eq(resources.connectorId, connectorId);

/**
 * When each resource of the scope that is still present was first seen, by key. A resource that was
 * gone and came back is left out: it counts as new again (a reintroduced vulnerability starts a new clock).
 */
export async function loadFirstSeen(db: Db, scope: ResourceScope): Promise<Map<string, Date>> {
  if (scope.types.length === 0) return new Map();
  const rows = await db
    .select({ type: resources.type, externalId: resources.externalId, firstSeen: resources.firstSeen })
    .from(resources)
    .where(
      and(
        eq(resources.orgId, scope.orgId),
        eq(resources.source, scope.source),
        connectorIs(scope.connectorId),
        inArray(resources.type, [...scope.types]),
        isNull(resources.goneAt),
      ),
    );
  return new Map(rows.map((r) => [resourceKey({ source: scope.source, ...r }), r.firstSeen]));
}

/** A resource to insert or update, with its attributes hash and new results digest. */
interface Upsert {
  type: string;
  externalId: string;
  name: string;
  attributes: unknown;
  hash: string;
  states: string | null;
}

/**
 * Writes the resources of one sweep inside `tx`; `seen` holds each resource once, by key, and
 * `digests` the digest of each seen resource's results (see `evaluateForSweep`).
 */
export async function storeResources(
  tx: Db,
  scope: ResourceScope,
  seen: ReadonlyMap<string, Resource>,
  digests: ReadonlyMap<string, string>,
  runId: string,
  now: Date,
): Promise<StoredResources> {
  if (scope.types.length === 0) {
    const none = { created: 0, changed: 0, unchanged: 0, gone: 0 };
    return { idByKey: new Map(), keyById: new Map(), toCompare: new Set(), fresh: new Set(), ...none };
  }
  const plan = new StorePlan(seen, digests);
  const { packed, odd } = await loadPackedScope(tx, scope);
  readPackedResources(packed, odd, (row) =>
    plan.compare(resourceKey({ source: scope.source, type: row.type, externalId: row.externalId }), row),
  );
  plan.addNew();
  await upsertResources(tx, scope, plan, now);
  await markGone(tx, plan.goneIds, now);
  await markScopeSwept(tx, scope, runId, now);
  return plan.result();
}

/**
 * What a sweep writes for a scope, built by comparing each stored resource with what the sweep saw.
 * Nothing is kept for an unchanged resource: a large sweep with few changes holds no per-resource
 * object beyond its input and results digests.
 */
class StorePlan {
  readonly idByKey = new Map<string, string>();
  readonly keyById = new Map<string, string>();
  readonly toCompare = new Set<string>();
  readonly fresh = new Set<string>();
  readonly upserts: Upsert[] = [];
  readonly goneIds: string[] = [];
  /** Seen resources that have a stored row; the others are new. */
  private readonly matched = new Set<Resource>();
  private created = 0;
  private changed = 0;

  constructor(
    private readonly seen: ReadonlyMap<string, Resource>,
    private readonly digests: ReadonlyMap<string, string>,
  ) {}

  /** Compares one stored resource (by key) with what the sweep saw. */
  compare(key: string, stored: PackedResource): void {
    const r = this.seen.get(key);
    if (!r) {
      if (!stored.gone) {
        this.goneIds.push(stored.id);
        this.compareById(key, stored.id);
      }
      return;
    }
    this.matched.add(r);
    const hash = attributesHash(r.attributes);
    const digest = this.digests.get(key) ?? null;
    const same = !stored.gone && stored.hash === hash && stored.name === r.name;
    const sameStates = !stored.gone && stored.states === digest;
    if (same && sameStates) return;
    if (!same) this.changed++;
    this.upsert(r, hash, digest);
    if (sameStates) return;
    // A gone resource's intervals were closed when it went: it comes back with none open.
    if (stored.gone) {
      this.toCompare.add(key);
      this.fresh.add(key);
    } else this.compareById(key, stored.id);
  }

  /** Adds the seen resources that had no stored row; call after every stored one was compared. */
  addNew(): void {
    for (const [key, r] of this.seen) {
      if (this.matched.has(r)) continue;
      this.created++;
      this.toCompare.add(key);
      this.fresh.add(key);
      this.upsert(r, attributesHash(r.attributes), this.digests.get(key) ?? null);
    }
  }

  /** Notes the id the database gave (or kept for) a written resource that is to be compared. */
  written(key: string, id: string): void {
    if (!this.toCompare.has(key)) return;
    this.idByKey.set(key, id);
    this.keyById.set(id, key);
  }

  result(): StoredResources {
    const { idByKey, keyById, toCompare, fresh, created, changed } = this;
    const unchanged = this.seen.size - created - changed;
    return { idByKey, keyById, toCompare, fresh, created, changed, unchanged, gone: this.goneIds.length };
  }

  private compareById(key: string, id: string): void {
    this.toCompare.add(key);
    this.idByKey.set(key, id);
    this.keyById.set(id, key);
  }

  private upsert(r: Resource, hash: string, states: string | null): void {
    this.upserts.push({
      type: r.type,
      externalId: r.externalId,
      name: r.name,
      attributes: r.attributes,
      hash,
      states,
    });
  }
}

/** The scope's stored resources as one packed text value plus the JSON fallback (see packed-rows). */
async function loadPackedScope(tx: Db, scope: ResourceScope) {
  const clean = sql`strpos(type || external_id || name, chr(30)) = 0 and strpos(type || external_id || name, chr(31)) = 0`;
  const [agg] = rowsOf<{ packed: string | null; odd: string | null }>(
    await tx.execute(sql`
      select
        string_agg(id::text || attributes_hash || (case when gone_at is null then '0' else '1' end)
          || coalesce(states_hash, '') || chr(31) || type || chr(31) || external_id || chr(31) || name, chr(30))
          filter (where ${clean}) as packed,
        json_agg(json_build_array(id, attributes_hash, gone_at is not null, states_hash, type, external_id, name))
          filter (where not (${clean}))::text as odd
      from resources
      where org_id = ${scope.orgId} and source = ${scope.source}
        and connector_id is not distinct from ${scope.connectorId}::uuid
        and type = any(${sql.param([...scope.types])}::text[])`),
  );
  return { packed: agg?.packed ?? null, odd: agg?.odd ?? null };
}

/** A write per changed resource only: its attributes, its new results digest, and "seen now". */
async function upsertResources(tx: Db, scope: ResourceScope, plan: StorePlan, now: Date): Promise<void> {
  for (const batch of chunks(plan.upserts, 5000)) {
    const column = <T>(f: (r: Upsert) => T) => sql.param(batch.map(f));
    const result = await tx.execute(sql`
      insert into resources (org_id, source, connector_id, type, external_id, name, attributes, attributes_hash,
        states_hash, first_seen, last_seen)
      select ${scope.orgId}, ${scope.source}, ${scope.connectorId}::uuid, x.type, x.external_id, x.name, x.attributes,
        x.hash, x.states, ${now}, ${now}
      from unnest(
        ${column((r) => r.type)}::text[],
        ${column((r) => r.externalId)}::text[],
        ${column((r) => r.name)}::text[],
        ${column((r) => JSON.stringify(r.attributes))}::jsonb[],
        ${column((r) => r.hash)}::text[],
        ${column((r) => r.states)}::text[]
      ) as x(type, external_id, name, attributes, hash, states)
      on conflict (org_id, source, connector_id, type, external_id) do update set
        name = excluded.name, attributes = excluded.attributes, attributes_hash = excluded.attributes_hash,
        states_hash = excluded.states_hash, last_seen = excluded.last_seen, gone_at = null
      returning id, type, external_id`);
    for (const r of rowsOf<{ id: string; type: string; external_id: string }>(result)) {
      plan.written(resourceKey({ source: scope.source, type: r.type, externalId: r.external_id }), r.id);
    }
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
