/**
 * Stores the resources a sweep read, in bulk: new and changed ones are upserted 1,000 per
 * statement, unchanged ones only get their `last_seen` moved (one statement for all of them), and
 * resources of the sweep's scope that were not seen are marked gone.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { type Resource, resourceKey } from '@vigil/monitoring';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { chunks, rowsOf } from './batches.ts';

const { resources } = schema;

/** SHA-256 of a resource's canonical attributes: equal attributes give equal hashes, whatever the key order. */
export const attributesHash = (attributes: Record<string, unknown>) =>
  createHash('sha256').update(canonicalJson(attributes)).digest('hex');

export interface ResourceScope {
  orgId: string;
  source: string;
  /** Resource types the source reports; a stored resource of these types that was not seen is gone. */
  types: readonly string[];
}

export interface StoredResources {
  /** Resource key → id for every resource in the scope, seen now or before. */
  idByKey: Map<string, string>;
  /** Resource id → key, the reverse. */
  keyById: Map<string, string>;
  created: number;
  changed: number;
  unchanged: number;
  gone: number;
}

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
        inArray(resources.type, [...scope.types]),
        isNull(resources.goneAt),
      ),
    );
  return new Map(rows.map((r) => [resourceKey({ source: scope.source, ...r }), r.firstSeen]));
}

/** Writes the resources of one sweep inside `tx`; `seen` holds each resource once, by key. */
export async function storeResources(
  tx: Db,
  scope: ResourceScope,
  seen: ReadonlyMap<string, Resource>,
  now: Date,
): Promise<StoredResources> {
  const idByKey = new Map<string, string>();
  const keyById = new Map<string, string>();
  if (scope.types.length === 0) return { idByKey, keyById, created: 0, changed: 0, unchanged: 0, gone: 0 };
  const inScope = and(
    eq(resources.orgId, scope.orgId),
    eq(resources.source, scope.source),
    inArray(resources.type, [...scope.types]),
  );
  const existing = await tx
    .select({
      id: resources.id,
      type: resources.type,
      externalId: resources.externalId,
      name: resources.name,
      hash: resources.attributesHash,
      goneAt: resources.goneAt,
    })
    .from(resources)
    .where(inScope);
  const before = new Map(existing.map((r) => [resourceKey({ source: scope.source, ...r }), r]));
  for (const [key, r] of before) {
    idByKey.set(key, r.id);
    keyById.set(r.id, key);
  }

  const upserts: { type: string; externalId: string; name: string; attributes: unknown; hash: string }[] = [];
  let changed = 0;
  for (const [key, r] of seen) {
    const hash = attributesHash(r.attributes);
    const old = before.get(key);
    if (old && old.hash === hash && old.name === r.name && old.goneAt === null) continue;
    if (old) changed++;
    upserts.push({ type: r.type, externalId: r.externalId, name: r.name, attributes: r.attributes, hash });
  }
  for (const batch of chunks(upserts, 5000)) {
    const column = <T>(f: (r: (typeof upserts)[number]) => T) => sql.param(batch.map(f));
    const result = await tx.execute(sql`
      insert into resources (org_id, source, type, external_id, name, attributes, attributes_hash, first_seen, last_seen)
      select ${scope.orgId}, ${scope.source}, x.type, x.external_id, x.name, x.attributes, x.hash, ${now}, ${now}
      from unnest(
        ${column((r) => r.type)}::text[],
        ${column((r) => r.externalId)}::text[],
        ${column((r) => r.name)}::text[],
        ${column((r) => JSON.stringify(r.attributes))}::jsonb[],
        ${column((r) => r.hash)}::text[]
      ) as x(type, external_id, name, attributes, hash)
      on conflict (org_id, source, type, external_id) do update set
        name = excluded.name, attributes = excluded.attributes, attributes_hash = excluded.attributes_hash,
        last_seen = excluded.last_seen, gone_at = null
      returning id, type, external_id`);
    for (const r of rowsOf<{ id: string; type: string; external_id: string }>(result)) {
      const key = resourceKey({ source: scope.source, type: r.type, externalId: r.external_id });
      idByKey.set(key, r.id);
      keyById.set(r.id, key);
    }
  }

  const goneIds = existing
    .filter((r) => r.goneAt === null && !seen.has(keyOf(scope.source, r)))
    .map((r) => r.id);
  for (const batch of chunks(goneIds, 10_000)) {
    await tx.execute(sql`update resources set gone_at = ${now} where id = any(${sql.param(batch)}::uuid[])`);
  }
  // Everything still present that was not rewritten above is unchanged: one statement moves last_seen.
  await tx
    .update(resources)
    .set({ lastSeen: now })
    .where(and(inScope, isNull(resources.goneAt), ne(resources.lastSeen, now)));
  return {
    idByKey,
    keyById,
    created: upserts.length - changed,
    changed,
    unchanged: seen.size - upserts.length,
    gone: goneIds.length,
  };
}

const keyOf = (source: string, r: { type: string; externalId: string }) => resourceKey({ source, ...r });
