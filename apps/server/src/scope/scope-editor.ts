/** Changes the categories in scope; the change lands in the audit trail. */
import type { CategoryId } from '@vigil/catalog';
import { normalizeCategories } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { requestReassessment } from '../risks/index.ts';

const { organizations } = schema;

/** Sets the organization's categories (normalized to catalog order) and returns them. */
export async function setScope(tx: Db, actor: OrgActor, requested: readonly CategoryId[]) {
  const categories = normalizeCategories(requested);
  const [before] = await tx
    .select()
    .from(organizations)
    .where(eq(organizations.id, actor.orgId))
    .for('update');
  await tx.update(organizations).set({ categories }).where(eq(organizations.id, actor.orgId));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'scope.updated',
    entityType: 'organization',
    entityId: actor.orgId,
    changes: { categories: { from: before?.categories ?? [], to: categories } },
  });
  const was = before?.categories ?? [];
  // A changed scope changes what can go wrong; the first choice of a scope is not a change.
  if (was.length > 0 && was.join(',') !== categories.join(','))
    await requestReassessment(tx, actor.orgId, 'The categories in scope changed', actor);
  return categories;
}
