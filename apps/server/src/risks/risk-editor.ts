/** Writes to the register: the matrix, adding and changing risks, and accepting them; each audited in words. */
import type { RiskAccept, RiskCreate, RiskMatrixUpdate, RiskUpdate } from '@vigil/api';
import { riskTemplateById } from '@vigil/catalog';
import {
  assertOnMatrix,
  checkAcceptance,
  conflict,
  invalid,
  matrixFromPreset,
  notFound,
  type RiskMatrix,
  scaleLevel,
  validateMatrix,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { assertMember } from '../users/index.ts';
import { matrixOf } from './risks.queries.ts';

const { controls, evidence, riskControls, riskEvidence, riskMatrices, risks, users } = schema;

const LEVEL_FIELDS = [
  ['inherentLikelihood', 'likelihood'],
  ['inherentImpact', 'impact'],
  ['currentLikelihood', 'likelihood'],
  ['currentImpact', 'impact'],
  ['targetLikelihood', 'likelihood'],
  ['targetImpact', 'impact'],
] as const;

/** Saves a preset or an edited matrix; refused when an existing risk would fall outside it. */
export async function setMatrix(tx: Db, actor: OrgActor, body: RiskMatrixUpdate): Promise<RiskMatrix> {
  const m: RiskMatrix = 'preset' in body ? matrixFromPreset(body.preset) : body.matrix;
  validateMatrix(m);
  const existing = await tx.select().from(risks).where(eq(risks.orgId, actor.orgId));
  for (const r of existing)
    for (const [field, kind] of LEVEL_FIELDS)
      if (r[field] > m[kind].length)
        throw invalid(
          kind,
          `${kind}: the risk "${r.title}" uses ${kind} level ${r[field]}; lower it before the matrix has only ${m[kind].length} levels`,
        );
  const values = {
    likelihood: m.likelihood,
    impact: m.impact,
    levels: m.levels,
    grid: m.grid,
    updatedAt: new Date(),
  };
  await tx
    .insert(riskMatrices)
    .values({ orgId: actor.orgId, ...values })
    .onConflictDoUpdate({ target: riskMatrices.orgId, set: values });
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'risk_matrix.updated',
    entityType: 'risk_matrix',
    entityId: actor.orgId,
    changes: {
      preset: 'preset' in body ? body.preset : null,
      size: `${m.likelihood.length}×${m.impact.length}`,
      levels: m.levels.map((l) => l.label).join(', '),
    },
  });
  return m;
}

async function assertControls(tx: Db, orgId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const found = await tx
    .select({ id: controls.id, code: controls.code })
    .from(controls)
    .where(and(eq(controls.orgId, orgId), inArray(controls.id, ids)));
  if (found.length !== new Set(ids).size)
    throw invalid('controlIds', 'controlIds: one of the controls is not in this organization');
  return found;
}

async function assertEvidence(tx: Db, orgId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const found = await tx
    .select({ id: evidence.id, title: evidence.title })
    .from(evidence)
    .where(and(eq(evidence.orgId, orgId), inArray(evidence.id, ids)));
  if (found.length !== new Set(ids).size)
    throw invalid('evidenceIds', 'evidenceIds: one of the evidence items is not in this organization');
  return found;
}

/** Adds a risk; from a library risk, its text, levels (mapped to the matrix) and adopted suggested controls fill the gaps. */
export async function createRisk(tx: Db, actor: OrgActor, body: RiskCreate): Promise<string> {
  const m = await matrixOf(tx, actor.orgId);
  const t = body.templateId ? riskTemplateById(body.templateId) : undefined;
  if (body.templateId && !t) throw invalid('templateId', 'templateId: no such risk in the library');
  const title = body.title ?? t?.title;
  if (!title) throw invalid('title', 'title: a risk needs a title');
  const category = body.category ?? t?.category;
  if (!category) throw invalid('category', 'category: choose a category');
  const l0 = t ? scaleLevel(t.likelihood, 5, m.likelihood.length) : undefined;
  const i0 = t ? scaleLevel(t.impact, 5, m.impact.length) : undefined;
  const inherentLikelihood = body.inherentLikelihood ?? l0;
  const inherentImpact = body.inherentImpact ?? i0;
  if (inherentLikelihood === undefined)
    throw invalid('inherentLikelihood', 'inherentLikelihood: choose a likelihood');
  if (inherentImpact === undefined) throw invalid('inherentImpact', 'inherentImpact: choose an impact');
  const levels = {
    inherentLikelihood,
    inherentImpact,
    currentLikelihood: body.currentLikelihood ?? inherentLikelihood,
    currentImpact: body.currentImpact ?? inherentImpact,
    targetLikelihood: body.targetLikelihood ?? body.currentLikelihood ?? inherentLikelihood,
    targetImpact: body.targetImpact ?? body.currentImpact ?? inherentImpact,
  };
  for (const [field, kind] of LEVEL_FIELDS) assertOnMatrix(m, field, kind, levels[field]);
  await assertMember(tx, actor.orgId, body.ownerId, 'ownerId');
  let controlIds = body.controlIds ?? [];
  await assertControls(tx, actor.orgId, controlIds);
  if (t && body.controlIds === undefined) {
    // The suggested controls the organization has adopted are linked straight away.
    const adopted = await tx
      .select({ id: controls.id })
      .from(controls)
      .where(and(eq(controls.orgId, actor.orgId), inArray(controls.templateId, t.controls)));
    controlIds = adopted.map((c) => c.id);
  }
  const [row] = await tx
    .insert(risks)
    .values({
      orgId: actor.orgId,
      title,
      description: body.description ?? t?.description ?? '',
      category,
      templateId: t?.id ?? null,
      components: body.components ?? [],
      ownerId: body.ownerId ?? null,
      treatment: body.treatment ?? 'mitigate',
      ...levels,
    })
    .returning({ id: risks.id });
  if (controlIds.length)
    await tx.insert(riskControls).values(controlIds.map((controlId) => ({ riskId: row!.id, controlId })));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'risk.created',
    entityType: 'risk',
    entityId: row!.id,
    changes: { title, category, fromLibrary: t ? t.title : null, controls: controlIds.length },
  });
  return row!.id;
}

async function lockedRisk(tx: Db, orgId: string, id: string) {
  const [r] = await tx
    .select()
    .from(risks)
    .where(and(eq(risks.orgId, orgId), eq(risks.id, id)))
    .for('update');
  if (!r) throw notFound('risk');
  return r;
}

async function nameOf(tx: Db, id: string | null): Promise<string> {
  if (!id) return 'Unassigned';
  const [u] = await tx.select({ name: users.name }).from(users).where(eq(users.id, id));
  return u?.name ?? 'a former member';
}

/** Applies a change; moving the treatment away from acceptance ends the acceptance. */
export async function updateRisk(tx: Db, actor: OrgActor, id: string, patch: RiskUpdate) {
  const r = await lockedRisk(tx, actor.orgId, id);
  const m = await matrixOf(tx, actor.orgId);
  for (const [field, kind] of LEVEL_FIELDS) {
    const v = patch[field];
    if (v !== undefined) assertOnMatrix(m, field, kind, v);
  }
  await assertMember(tx, actor.orgId, patch.ownerId, 'ownerId');
  const changes: Record<string, unknown> = {};
  const set: Partial<typeof risks.$inferInsert> = {};
  for (const key of [
    'title',
    'description',
    'category',
    'treatment',
    'status',
    ...LEVEL_FIELDS.map((f) => f[0]),
  ] as const) {
    const v = patch[key];
    if (v !== undefined && v !== r[key]) {
      changes[key] = { from: r[key], to: v };
      Object.assign(set, { [key]: v });
    }
  }
  if (patch.components !== undefined && patch.components.join('|') !== r.components.join('|')) {
    changes.components = { from: r.components.join(', '), to: patch.components.join(', ') };
    set.components = patch.components;
  }
  if (patch.ownerId !== undefined && patch.ownerId !== r.ownerId) {
    changes.owner = { from: await nameOf(tx, r.ownerId), to: await nameOf(tx, patch.ownerId) };
    set.ownerId = patch.ownerId;
  }
  if (r.status === 'accepted' && (set.treatment || set.status)) {
    set.status = set.status ?? 'open';
    set.acceptanceExpiresOn = null;
  }
  if (patch.controlIds !== undefined) {
    const found = await assertControls(tx, actor.orgId, patch.controlIds);
    const before = await tx
      .select({ c: riskControls.controlId })
      .from(riskControls)
      .where(eq(riskControls.riskId, id));
    const was = new Set(before.map((b) => b.c));
    const now = new Set(patch.controlIds);
    if (was.size !== now.size || [...now].some((c) => !was.has(c))) {
      await tx.delete(riskControls).where(eq(riskControls.riskId, id));
      if (now.size)
        await tx.insert(riskControls).values([...now].map((controlId) => ({ riskId: id, controlId })));
      changes.controls =
        found
          .map((f) => f.code)
          .sort()
          .join(', ') || 'none';
    }
  }
  if (patch.evidenceIds !== undefined) {
    const found = await assertEvidence(tx, actor.orgId, patch.evidenceIds);
    await tx.delete(riskEvidence).where(eq(riskEvidence.riskId, id));
    const now = [...new Set(patch.evidenceIds)];
    if (now.length)
      await tx.insert(riskEvidence).values(now.map((evidenceId) => ({ riskId: id, evidenceId })));
    changes.evidence = found.map((f) => f.title).join(', ') || 'none';
  }
  if (Object.keys(changes).length === 0) return;
  await tx
    .update(risks)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(risks.id, id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'risk.updated',
    entityType: 'risk',
    entityId: id,
    changes: { title: r.title, ...changes },
  });
}

/** Accepts a risk with the caller as approver, who must not own it, a justification and a future expiry. */
export async function acceptRisk(tx: Db, actor: OrgActor, id: string, body: RiskAccept, today: string) {
  const r = await lockedRisk(tx, actor.orgId, id);
  if (r.status === 'closed')
    throw conflict('status', 'status: a closed risk cannot be accepted; reopen it first');
  checkAcceptance({
    ownerId: r.ownerId,
    approverId: actor.userId,
    justification: body.justification,
    expiresOn: body.expiresOn,
    today,
  });
  await tx
    .update(risks)
    .set({
      treatment: 'accept',
      status: 'accepted',
      acceptedBy: actor.userId,
      acceptedAt: new Date(),
      acceptanceJustification: body.justification.trim(),
      acceptanceExpiresOn: body.expiresOn,
      updatedAt: new Date(),
    })
    .where(eq(risks.id, id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'risk.accepted',
    entityType: 'risk',
    entityId: id,
    changes: {
      title: r.title,
      owner: await nameOf(tx, r.ownerId),
      justification: body.justification.trim(),
      expiresOn: body.expiresOn,
    },
  });
}
