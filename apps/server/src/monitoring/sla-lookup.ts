/**
 * What the remediation-SLA checks (`usesSla`) read beyond a finding, loaded once per sweep: the
 * organization's SLA policy versions and the risk-accepted exceptions of the scope's findings, keyed
 * by resource as the SLA report matches an exception to its finding.
 */
import type { RecordedException } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { resourceKey, type SharedContext } from '@vigil/monitoring';
import { and, eq, isNull } from 'drizzle-orm';
import { loadPolicyVersions } from '../vulnerabilities/index.ts';
import type { AnyCheck } from './registry.ts';
import type { ResourceScope } from './resource-store.ts';

const { resources, vulnExceptions } = schema;

/** True when some of the checks read the SLA policy and exceptions. */
export const needsSla = (checks: readonly AnyCheck[]) => checks.some((c) => c.usesSla);

/** The policy versions and the exceptions of the scope's resources, read in the caller's transaction. */
export async function loadSlaContext(
  tx: Db,
  scope: ResourceScope,
): Promise<Pick<SharedContext, 'slaPolicy' | 'exceptionsOf'>> {
  const slaPolicy = await loadPolicyVersions(tx, scope.orgId);
  const rows = await tx
    .select({
      type: resources.type,
      externalId: resources.externalId,
      approvedAt: vulnExceptions.approvedAt,
      expiresAt: vulnExceptions.expiresAt,
    })
    .from(vulnExceptions)
    .innerJoin(resources, eq(resources.id, vulnExceptions.resourceId))
    .where(
      and(
        eq(vulnExceptions.orgId, scope.orgId),
        eq(resources.orgId, scope.orgId),
        eq(resources.source, scope.source),
        scope.connectorId === null
          ? isNull(resources.connectorId)
          : eq(resources.connectorId, scope.connectorId),
      ),
    );
  const byKey = new Map<string, RecordedException[]>();
  for (const r of rows) {
    const key = resourceKey({ source: scope.source, type: r.type, externalId: r.externalId });
    const list = byKey.get(key) ?? [];
    list.push({ approvedAt: r.approvedAt, expiresAt: r.expiresAt });
    byKey.set(key, list);
  }
  return { slaPolicy, exceptionsOf: (key) => byKey.get(key) };
}
