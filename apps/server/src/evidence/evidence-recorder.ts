/**
 * Records one evidence item: validates it, stores the blob (content-addressed, sealed), inserts the
 * item and its control links, and commits its hash to the organization's audit chain, all in `tx`.
 */

import { randomUUID } from 'node:crypto';
import type { EvidenceKind } from '@vigil/api';
import { conflict, invalid } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { cleanFileName } from '../http/file-name.ts';
import {
  type EvidenceContent,
  type EvidenceStore,
  isStagedBlob,
  type StagedBlob,
} from '../storage/evidence-store.ts';
import { resolveMediaType } from './media-type.ts';

const { evidence, evidenceControls, controls } = schema;

export interface EvidenceInput {
  orgId: string;
  kind: EvidenceKind;
  title: string;
  description?: string;
  fileName: string;
  /** What the client says the content is; the sniffed type wins when the bytes tell. */
  mediaType?: string | null;
  /** The bytes, or content already staged by `store.stage` (uploads stage while the request streams in). */
  content: EvidenceContent | StagedBlob;
  periodStart?: string | null;
  periodEnd?: string | null;
  /** When the item must be renewed; uploads default to one year from today, other kinds to never. */
  renewBy?: string | null;
  /** Controls the item supports; a correction inherits its predecessor's when none are given. */
  controlIds?: string[];
  /** The item this one corrects; the old one is never changed, only superseded. */
  supersedesId?: string | null;
  runId?: string | null;
}

export interface RecordedEvidence {
  id: string;
  sha256: string;
  size: number;
  mediaType: string;
  storageKey: string;
  /** True when identical content of this organization was already stored and the blob was reused. */
  deduped: boolean;
  chainSeq: number;
  controlIds: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(field: string, value: string | null | undefined): string | null {
  if (value === undefined || value === null || value === '') return null;
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw invalid(field, `${field}: must be a date as YYYY-MM-DD`);
  }
  return value;
}

/** Today plus one year, as YYYY-MM-DD in UTC. */
export function oneYearFromToday(now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

async function linkedControls(tx: Db, orgId: string, ids: string[]) {
  for (const [i, id] of ids.entries()) {
    if (!UUID.test(id)) throw invalid(`controlIds.${i}`, `controlIds.${i}: must be a control id`);
  }
  if (ids.length === 0) return [];
  const found = await tx
    .select({ id: controls.id, code: controls.code })
    .from(controls)
    .where(and(eq(controls.orgId, orgId), inArray(controls.id, ids)));
  const known = new Map(found.map((c) => [c.id, c.code]));
  for (const [i, id] of ids.entries()) {
    if (!known.has(id))
      throw invalid(`controlIds.${i}`, `controlIds.${i}: no control ${id} in this organization`);
  }
  return ids.map((id) => ({ id, code: known.get(id)! }));
}

/** The item a correction supersedes, locked so two corrections of one item cannot both succeed. */
async function predecessor(tx: Db, orgId: string, id: string) {
  if (!UUID.test(id)) throw invalid('supersedesId', 'supersedesId: must be an evidence id');
  const [old] = await tx
    .select({ id: evidence.id })
    .from(evidence)
    .where(and(eq(evidence.orgId, orgId), eq(evidence.id, id)))
    .for('update');
  if (!old) throw invalid('supersedesId', `supersedesId: no evidence ${id} in this organization`);
  const [later] = await tx.select({ id: evidence.id }).from(evidence).where(eq(evidence.supersedesId, id));
  if (later) {
    throw conflict(
      'supersedesId',
      `supersedesId: evidence ${id} was already superseded by ${later.id}; correct that one`,
    );
  }
  const links = await tx
    .select({ controlId: evidenceControls.controlId })
    .from(evidenceControls)
    .where(eq(evidenceControls.evidenceId, id));
  return links.map((l) => l.controlId);
}

/** Inserts the item; the unique index on supersedes_id is the last word when two corrections race. */
async function insertOnce(tx: Db, row: typeof evidence.$inferInsert, supersedesId: string | null) {
  try {
    await tx.insert(evidence).values(row);
  } catch (err) {
    const code = (err as { cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code;
    if (code === '23505' && supersedesId) {
      throw conflict(
        'supersedesId',
        `supersedesId: evidence ${supersedesId} was already superseded; correct the newer item`,
      );
    }
    throw err;
  }
}

/**
 * Records an evidence item. Example (a collection run keeping its raw input):
 * `await recordEvidence(tx, systemActor('system:sweep'), ctx.evidenceStore, { orgId, kind: 'collection',
 *   title: 'GitHub repositories', fileName: 'github-repos.json', content: Buffer.from(json), runId })`
 */
export async function recordEvidence(
  tx: Db,
  actor: Actor,
  store: EvidenceStore,
  input: EvidenceInput,
): Promise<RecordedEvidence> {
  const { orgId } = input;
  const title = input.title.trim();
  if (!title || title.length > 300) throw invalid('title', 'title: must be 1 to 300 characters');
  const description = (input.description ?? '').trim();
  if (description.length > 5000) throw invalid('description', 'description: must be at most 5000 characters');
  const fileName = cleanFileName(input.fileName);
  const periodStart = checkDate('periodStart', input.periodStart);
  const periodEnd = checkDate('periodEnd', input.periodEnd);
  if (periodStart && periodEnd && periodEnd < periodStart) {
    throw invalid('periodEnd', 'periodEnd: must not be before periodStart');
  }
  const renewBy =
    input.renewBy === undefined && input.kind === 'upload'
      ? oneYearFromToday()
      : checkDate('renewBy', input.renewBy);
  const supersedesId = input.supersedesId || null;
  const inherited = supersedesId ? await predecessor(tx, orgId, supersedesId) : [];
  const linked = await linkedControls(tx, orgId, [...new Set(input.controlIds ?? inherited)]);

  // Everything the caller could get wrong is checked before the blob is stored. A blob stored by a
  // transaction that later rolls back stays behind unreferenced: harmless, and reused if it comes again.
  const staged = isStagedBlob(input.content)
    ? input.content
    : await store.stage(orgId, input.content, fileName);
  if (staged.orgId !== orgId) throw new Error('staged content belongs to another organization');
  try {
    const { mediaType, sniffed } = await resolveMediaType(staged.head, fileName, input.mediaType);
    const { deduped } = await staged.commit();
    const id = randomUUID();
    const { seq } = await recordAudit(tx, actor, {
      orgId,
      action: 'evidence.added',
      entityType: 'evidence',
      entityId: id,
      changes: {
        kind: input.kind,
        title,
        fileName,
        mediaType,
        ...(sniffed === null && input.mediaType ? { claimedMediaType: input.mediaType } : {}),
        sha256: staged.sha256,
        size: staged.size,
        controls: linked.map((c) => c.code),
        controlIds: linked.map((c) => c.id),
        periodStart,
        periodEnd,
        renewBy,
        supersedes: supersedesId,
        ...(input.runId ? { runId: input.runId } : {}),
      },
    });
    await insertOnce(
      tx,
      {
        id,
        orgId,
        kind: input.kind,
        title,
        description,
        sha256: staged.sha256,
        size: staged.size,
        mediaType,
        fileName,
        storageKey: staged.storageKey,
        periodStart,
        periodEnd,
        renewBy,
        supersedesId,
        runId: input.runId ?? null,
        createdBy: actor.userId,
        chainSeq: seq,
      },
      supersedesId,
    );
    if (linked.length) {
      await tx
        .insert(evidenceControls)
        .values(linked.map((c) => ({ evidenceId: id, controlId: c.id, orgId })));
    }
    return {
      id,
      sha256: staged.sha256,
      size: staged.size,
      mediaType,
      storageKey: staged.storageKey,
      deduped,
      chainSeq: seq,
      controlIds: linked.map((c) => c.id),
    };
  } finally {
    await staged.discard();
  }
}
