/**
 * Proves evidence is what was recorded: the stored blob still hashes to the item's SHA-256, and the
 * audit-chain entry written with the item still commits to that SHA-256. Editing `evidence.sha256`
 * in the database leaves the chain intact but disagrees with it; this is where that is caught.
 */
import { chainHash, type StoredChainEntry } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { chainEntryColumns } from '../audit/chain-verifier.ts';
import { BlobIntegrityError } from '../storage/blob-format.ts';
import { BlobMissingError } from '../storage/blob-store.ts';
import type { EvidenceStore } from '../storage/evidence-store.ts';

const { auditEvents, auditChainHeads, evidence } = schema;
type EvidenceRow = typeof evidence.$inferSelect;

export interface EvidenceProblem {
  evidenceId: string;
  chainSeq: number | null;
  message: string;
}

/** What the chain entry says about the item, compared with the row; null when they agree. */
function disagreement(
  row: Pick<EvidenceRow, 'id' | 'sha256' | 'size'>,
  entry: { seq: number; action: string; entityId: string | null; changes: Record<string, unknown> },
): string | null {
  if (entry.action !== 'evidence.added' || entry.entityId !== row.id) {
    return `chain entry ${entry.seq} is not the record of this item`;
  }
  if (entry.changes.sha256 !== row.sha256) {
    return `the item's SHA-256 ${row.sha256} differs from ${String(entry.changes.sha256)} committed in chain entry ${entry.seq}: the evidence record was altered`;
  }
  if (entry.changes.size !== row.size) {
    return `the item's size ${row.size} differs from ${String(entry.changes.size)} committed in chain entry ${entry.seq}`;
  }
  return null;
}

/** Checks the one chain entry of an item: present, self-consistent, linked to the next, and agreeing with the row. */
export async function checkChainEntry(db: Db, row: EvidenceRow): Promise<string | null> {
  if (row.chainSeq === null) return 'the item has no audit-chain entry';
  const entries: StoredChainEntry[] = await db
    .select(chainEntryColumns)
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, row.orgId), inArray(auditEvents.seq, [row.chainSeq, row.chainSeq + 1])))
    .orderBy(asc(auditEvents.seq));
  const entry = entries.find((e) => e.seq === row.chainSeq);
  if (!entry) return `chain entry ${row.chainSeq} is missing`;
  if (chainHash(entry.prevHash, entry) !== entry.hash) return `chain entry ${entry.seq} was altered`;
  const next = entries.find((e) => e.seq === entry.seq + 1);
  if (next) {
    if (next.prevHash !== entry.hash)
      return `chain entry ${entry.seq + 1} does not link to entry ${entry.seq}`;
  } else {
    const [head] = await db.select().from(auditChainHeads).where(eq(auditChainHeads.orgId, row.orgId));
    if (head?.seq !== entry.seq || head.hash !== entry.hash) {
      return `chain entry ${entry.seq} does not match the chain head`;
    }
  }
  return disagreement(row, entry);
}

/** Why reading a blob failed, in words; other errors (a store outage) are rethrown. */
export function blobProblem(err: unknown): string {
  if (err instanceof BlobMissingError) return 'the stored content is missing';
  if (err instanceof BlobIntegrityError) return err.message;
  throw err;
}

/** Re-hashes one item's blob and checks its chain entry: the answer to "is this the file that was recorded?". */
export async function verifyEvidenceItem(db: Db, store: EvidenceStore, row: EvidenceRow) {
  let recomputed: string | null = null;
  let problem: string | null = null;
  try {
    const digest = await store.rehash(row.orgId, row.storageKey);
    recomputed = digest.sha256;
    if (digest.sha256 !== row.sha256 || digest.size !== row.size) {
      problem = `the stored content hashes to ${digest.sha256} (${digest.size} bytes), not ${row.sha256} (${row.size} bytes)`;
    }
  } catch (err) {
    problem = blobProblem(err);
  }
  const chainProblem = await checkChainEntry(db, row);
  return {
    ok: problem === null && chainProblem === null,
    sha256: row.sha256,
    recomputed,
    chainSeq: row.chainSeq,
    chainOk: chainProblem === null,
    problem: [problem, chainProblem].filter(Boolean).join('; ') || null,
  };
}

/**
 * Compares every item of an organization with its chain entry, batch by batch: each `evidence.added`
 * entry must have its item with the committed hash, and each item must have its entry. Run it with
 * the chain verification (verifyOrgChain), which proves the entries themselves were not altered.
 */
export async function verifyEvidenceAgainstChain(db: Db, orgId: string, batchSize = 2000) {
  const problems: EvidenceProblem[] = [];
  let checked = 0;
  let afterSeq = 0;
  for (;;) {
    const entries = await db
      .select({ seq: auditEvents.seq, entityId: auditEvents.entityId, changes: auditEvents.changes })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.orgId, orgId),
          eq(auditEvents.action, 'evidence.added'),
          gt(auditEvents.seq, afterSeq),
        ),
      )
      .orderBy(asc(auditEvents.seq))
      .limit(batchSize);
    if (entries.length === 0) break;
    const ids = entries
      .map((e) => e.entityId)
      .filter((id): id is string => !!id && /^[0-9a-f-]{36}$/.test(id));
    const rows = ids.length
      ? await db
          .select({
            id: evidence.id,
            sha256: evidence.sha256,
            size: evidence.size,
            chainSeq: evidence.chainSeq,
          })
          .from(evidence)
          .where(and(eq(evidence.orgId, orgId), inArray(evidence.id, ids)))
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const entry of entries) {
      const row = entry.entityId ? byId.get(entry.entityId) : undefined;
      checked++;
      if (!row) {
        problems.push({
          evidenceId: entry.entityId ?? '',
          chainSeq: entry.seq,
          message: `chain entry ${entry.seq} records evidence ${entry.entityId} that is no longer stored: it was deleted`,
        });
        continue;
      }
      const message =
        row.chainSeq !== entry.seq
          ? `the item points at chain entry ${row.chainSeq}, but entry ${entry.seq} recorded it`
          : disagreement(row, { ...entry, action: 'evidence.added' });
      if (message) problems.push({ evidenceId: row.id, chainSeq: entry.seq, message });
    }
    afterSeq = entries.at(-1)!.seq;
  }
  const unrecorded = await db
    .select({ id: evidence.id, chainSeq: evidence.chainSeq })
    .from(evidence)
    .where(
      and(
        eq(evidence.orgId, orgId),
        sql`not exists (select 1 from audit_events a where a.org_id = ${evidence.orgId} and a.seq = ${evidence.chainSeq}
          and a.action = 'evidence.added' and a.entity_id = ${evidence.id}::text)`,
      ),
    );
  for (const r of unrecorded) {
    problems.push({
      evidenceId: r.id,
      chainSeq: r.chainSeq,
      message: 'the item has no audit-chain entry: it was added behind Vigil',
    });
  }
  return { checked, problems };
}

/**
 * Re-hashes every blob of an organization (each stored blob once, however many items share it) and
 * compares it with the items. `onProgress` gets (done, total) for progress bars.
 */
export async function verifyEvidenceBlobs(
  db: Db,
  store: EvidenceStore,
  orgId: string,
  onProgress?: (done: number, total: number) => void,
) {
  const rows = await db
    .select({
      id: evidence.id,
      sha256: evidence.sha256,
      size: evidence.size,
      storageKey: evidence.storageKey,
      chainSeq: evidence.chainSeq,
    })
    .from(evidence)
    .where(eq(evidence.orgId, orgId))
    .orderBy(asc(evidence.createdAt), asc(evidence.id));
  const byKey = new Map<string, typeof rows>();
  for (const r of rows) byKey.set(r.storageKey, [...(byKey.get(r.storageKey) ?? []), r]);
  const problems: EvidenceProblem[] = [];
  let done = 0;
  for (const [key, items] of byKey) {
    let digest: { sha256: string; size: number } | null = null;
    let failure: string | null = null;
    try {
      digest = await store.rehash(orgId, key);
    } catch (err) {
      failure = blobProblem(err);
    }
    for (const item of items) {
      const message =
        failure ??
        (digest!.sha256 !== item.sha256 || digest!.size !== item.size
          ? `the stored content hashes to ${digest!.sha256}, not ${item.sha256}`
          : null);
      if (message) problems.push({ evidenceId: item.id, chainSeq: item.chainSeq, message });
    }
    onProgress?.(++done, byKey.size);
  }
  return { items: rows.length, blobs: byKey.size, problems };
}
