/**
 * Readiness snapshots: taking an assessment freezes it in canonical JSON with its SHA-256, recorded in
 * the audit chain, so the day's readiness can be shown later and its copy checked against the chain.
 * Snapshots are only ever inserted; the database refuses updates.
 */
import { createHash } from 'node:crypto';
import type { ReadinessSnapshot, ReadinessSnapshotDetail } from '@vigil/api';
import { canonicalJson, notFound, type ReadinessAssessment } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, desc, eq } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import type { MonitoringRegistry } from '../context.ts';
import { todayUtc } from '../evidence/index.ts';
import { currentAssessment } from './readiness.queries.ts';

const { readinessSnapshots, users } = schema;

type Row = typeof readinessSnapshots.$inferSelect;

interface Frozen {
  takenOn: string;
  takenAt: string;
  assessment: ReadinessAssessment;
}

function present(row: Row): ReadinessSnapshot {
  const { assessment } = JSON.parse(row.content) as Frozen;
  return {
    id: row.id,
    takenOn: row.takenOn,
    takenAt: row.takenAt.toISOString(),
    takenByName: row.takenByLabel,
    score: assessment.score,
    gapCount: assessment.gaps.length,
    contentSha256: row.contentSha256,
  };
}

/** SHA-256 (hex) of a snapshot's canonical JSON, as stored and as recorded in the audit chain. */
export const sha256Hex = (content: string) => createHash('sha256').update(content, 'utf8').digest('hex');

/** Takes today's assessment and freezes it. */
export async function takeSnapshot(
  tx: Db,
  actor: OrgActor,
  registry: MonitoringRegistry,
  now = new Date(),
): Promise<ReadinessSnapshot> {
  const assessment = await currentAssessment(tx, actor.orgId, registry, now);
  const takenOn = todayUtc(now);
  const frozen: Frozen = { takenOn, takenAt: now.toISOString(), assessment };
  const content = canonicalJson(frozen);
  const sha = sha256Hex(content);
  const [who] = actor.userId
    ? await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId))
    : [];
  const [row] = await tx
    .insert(readinessSnapshots)
    .values({
      orgId: actor.orgId,
      takenOn,
      takenAt: now,
      content,
      contentSha256: sha,
      takenBy: actor.userId,
      takenByLabel: who?.name ?? actor.label,
    })
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'readiness.snapshot_taken',
    entityType: 'readiness_snapshot',
    entityId: row!.id,
    changes: { takenOn, score: assessment.score, gaps: assessment.gaps.length, contentSha256: sha },
  });
  return present(row!);
}

/** Every snapshot of the organization, newest first. */
export async function listSnapshots(db: Db, orgId: string): Promise<ReadinessSnapshot[]> {
  const rows = await db
    .select()
    .from(readinessSnapshots)
    .where(eq(readinessSnapshots.orgId, orgId))
    .orderBy(desc(readinessSnapshots.takenAt));
  return rows.map(present);
}

/** One snapshot with its frozen assessment and the exact content its hash covers. */
export async function snapshotDetail(db: Db, orgId: string, id: string): Promise<ReadinessSnapshotDetail> {
  const [row] = await db
    .select()
    .from(readinessSnapshots)
    .where(and(eq(readinessSnapshots.orgId, orgId), eq(readinessSnapshots.id, id)));
  if (!row) throw notFound('readiness snapshot');
  const { assessment } = JSON.parse(row.content) as Frozen;
  return { ...present(row), content: row.content, assessment };
}
