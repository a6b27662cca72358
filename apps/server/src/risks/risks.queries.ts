/** Reads of the risk register: the matrix, risks as the register shows them, the heat map and the library. */
import type { HeatMap, Risk, RiskTemplateView } from '@vigil/api';
import { CONTROL_TEMPLATES, RISK_LIBRARY } from '@vigil/catalog';
import { heatMap, matrixFromPreset, notFound, type RiskMatrix, riskLevel, scaleLevel } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, inArray } from 'drizzle-orm';

const {
  controls,
  evidence,
  incidentRisks,
  incidents,
  riskControls,
  riskEvidence,
  riskMatrices,
  risks,
  users,
} = schema;

/** The organization's matrix; the 5×5 preset until an owner chooses one. */
export async function matrixOf(db: Db, orgId: string): Promise<RiskMatrix> {
  const [m] = await db.select().from(riskMatrices).where(eq(riskMatrices.orgId, orgId));
  if (!m) return matrixFromPreset('5x5');
  return { likelihood: m.likelihood, impact: m.impact, levels: m.levels, grid: m.grid };
}

type RiskRow = typeof risks.$inferSelect;

/** Risks as the register shows them, with owner and approver names, controls and evidence. */
export async function presentRisks(db: Db, m: RiskMatrix, rows: RiskRow[]): Promise<Risk[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const people = [...new Set(rows.flatMap((r) => [r.ownerId, r.acceptedBy]).filter((u): u is string => !!u))];
  const names = new Map(
    people.length
      ? (
          await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, people))
        ).map((u) => [u.id, u.name])
      : [],
  );
  const linked = await db
    .select({ riskId: riskControls.riskId, id: controls.id, code: controls.code, title: controls.title })
    .from(riskControls)
    .innerJoin(controls, eq(controls.id, riskControls.controlId))
    .where(inArray(riskControls.riskId, ids))
    .orderBy(asc(controls.code));
  const proofs = await db
    .select({ riskId: riskEvidence.riskId, id: evidence.id, title: evidence.title })
    .from(riskEvidence)
    .innerJoin(evidence, eq(evidence.id, riskEvidence.evidenceId))
    .where(inArray(riskEvidence.riskId, ids));
  const bearing = await db
    .select({ riskId: incidentRisks.riskId, id: incidents.id, title: incidents.title })
    .from(incidentRisks)
    .innerJoin(incidents, eq(incidents.id, incidentRisks.incidentId))
    .where(inArray(incidentRisks.riskId, ids))
    .orderBy(asc(incidents.detectedAt));
  const levelName = (l: number, i: number) => m.levels[riskLevel(m, l, i) - 1]?.label ?? '';
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    category: r.category,
    templateId: r.templateId,
    components: r.components,
    ownerId: r.ownerId,
    ownerName: r.ownerId ? (names.get(r.ownerId) ?? null) : null,
    inherentLikelihood: r.inherentLikelihood,
    inherentImpact: r.inherentImpact,
    inherentLevel: levelName(r.inherentLikelihood, r.inherentImpact),
    currentLikelihood: r.currentLikelihood,
    currentImpact: r.currentImpact,
    currentLevel: levelName(r.currentLikelihood, r.currentImpact),
    targetLikelihood: r.targetLikelihood,
    targetImpact: r.targetImpact,
    treatment: r.treatment,
    status: r.status,
    controls: linked.filter((c) => c.riskId === r.id).map(({ id, code, title }) => ({ id, code, title })),
    evidence: proofs.filter((e) => e.riskId === r.id).map(({ id, title }) => ({ id, title })),
    incidents: bearing.filter((i) => i.riskId === r.id).map(({ id, title }) => ({ id, title })),
    acceptance:
      r.status === 'accepted' && r.acceptedAt && r.acceptanceExpiresOn
        ? {
            approverName: r.acceptedBy ? (names.get(r.acceptedBy) ?? null) : null,
            acceptedAt: r.acceptedAt.toISOString(),
            justification: r.acceptanceJustification ?? '',
            expiresOn: r.acceptanceExpiresOn,
          }
        : null,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** Every risk of the organization, oldest first. */
export async function listRisks(db: Db, orgId: string, m: RiskMatrix): Promise<Risk[]> {
  const rows = await db.select().from(risks).where(eq(risks.orgId, orgId)).orderBy(asc(risks.createdAt));
  return presentRisks(db, m, rows);
}

/** One risk, or not found. */
export async function getRisk(db: Db, orgId: string, id: string): Promise<Risk> {
  const [row] = await db
    .select()
    .from(risks)
    .where(and(eq(risks.orgId, orgId), eq(risks.id, id)));
  if (!row) throw notFound('risk');
  const [r] = await presentRisks(db, await matrixOf(db, orgId), [row]);
  return r!;
}

/** Inherent and current counts per cell of the matrix. */
export function heatMaps(m: RiskMatrix, items: Risk[]): HeatMap {
  return {
    inherent: heatMap(
      m,
      items.map((r) => ({ likelihood: r.inherentLikelihood, impact: r.inherentImpact })),
    ),
    current: heatMap(
      m,
      items.map((r) => ({ likelihood: r.currentLikelihood, impact: r.currentImpact })),
    ),
  };
}

/** The library with its 5-level suggestions mapped onto the matrix, and which suggested controls the org has. */
export async function libraryFor(db: Db, orgId: string): Promise<RiskTemplateView[]> {
  const m = await matrixOf(db, orgId);
  const adopted = new Set(
    (await db.select({ t: controls.templateId }).from(controls).where(eq(controls.orgId, orgId))).map(
      (c) => c.t,
    ),
  );
  const titles = new Map(CONTROL_TEMPLATES.map((t) => [t.id, t.title]));
  return RISK_LIBRARY.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    category: r.category,
    likelihood: scaleLevel(r.likelihood, 5, m.likelihood.length),
    impact: scaleLevel(r.impact, 5, m.impact.length),
    controls: r.controls.map((templateId) => ({
      templateId,
      title: titles.get(templateId) ?? templateId,
      adopted: adopted.has(templateId),
    })),
  }));
}
