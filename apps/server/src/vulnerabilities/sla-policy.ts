/** The remediation SLA policy: its versions, and setting a new one that applies from now on. */
import type { SlaPolicy, SlaPolicyUpdate } from '@vigil/api';
import { DEFAULT_SLA_DAYS, type SlaPolicyVersion, validateSlaDays } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { asc, eq } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';

const { vulnSlaPolicies: t, users } = schema;

/** Every version of the organization's policy, oldest first. */
export async function loadPolicyVersions(db: Db, orgId: string): Promise<SlaPolicyVersion[]> {
  const rows = await db.select().from(t).where(eq(t.orgId, orgId)).orderBy(asc(t.effectiveAt));
  return rows.map((r) => ({
    effectiveAt: r.effectiveAt,
    days: { critical: r.criticalDays, high: r.highDays, medium: r.mediumDays, low: r.lowDays },
  }));
}

/** The policy in force now and its history, newest first. */
export async function slaPolicy(db: Db, orgId: string): Promise<SlaPolicy> {
  const rows = await db
    .select({ p: t, name: users.name })
    .from(t)
    .leftJoin(users, eq(users.id, t.createdBy))
    .where(eq(t.orgId, orgId))
    .orderBy(asc(t.effectiveAt));
  const versions = rows
    .map(({ p, name }) => ({
      critical: p.criticalDays,
      high: p.highDays,
      medium: p.mediumDays,
      low: p.lowDays,
      effectiveAt: p.effectiveAt.toISOString(),
      createdByName: name,
    }))
    .reverse();
  const latest = versions[0];
  return {
    current: latest
      ? { critical: latest.critical, high: latest.high, medium: latest.medium, low: latest.low }
      : DEFAULT_SLA_DAYS,
    effectiveAt: latest?.effectiveAt ?? null,
    versions,
  };
}

/** Stores a new version effective now: findings detected before it keep their due dates. */
export async function updateSlaPolicy(
  tx: Db,
  actor: OrgActor,
  body: SlaPolicyUpdate,
  now: Date,
): Promise<void> {
  const days = validateSlaDays(body);
  const before = (await loadPolicyVersions(tx, actor.orgId)).at(-1)?.days ?? DEFAULT_SLA_DAYS;
  const [row] = await tx
    .insert(t)
    .values({
      orgId: actor.orgId,
      criticalDays: days.critical,
      highDays: days.high,
      mediumDays: days.medium,
      lowDays: days.low,
      effectiveAt: now,
      createdBy: actor.userId,
    })
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'vulnerabilities.sla_policy_changed',
    entityType: 'vuln_sla_policy',
    entityId: row!.id,
    changes: { before, after: days },
  });
}
