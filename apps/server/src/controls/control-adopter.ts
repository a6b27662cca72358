/** Adopts the control library for the organization's categories in scope. */
import { type CategoryId, templatesForCategories } from '@vigil/catalog';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { eq } from 'drizzle-orm';
import { scheduleActivities } from '../activities/index.ts';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { saveControlVersion } from './control-snapshot.ts';

/**
 * Brings in every library template that maps to a category in scope and is not adopted yet.
 * Re-running it after widening the scope adds only what is new. Returns the number added.
 */
export async function adoptControlLibrary(
  tx: Db,
  actor: OrgActor,
): Promise<{ added: number; codes: string[] }> {
  const [org] = await tx.select().from(schema.organizations).where(eq(schema.organizations.id, actor.orgId));
  const categories = (org?.categories ?? ['security']) as CategoryId[];
  const existing = await tx
    .select({ templateId: schema.controls.templateId, code: schema.controls.code })
    .from(schema.controls)
    .where(eq(schema.controls.orgId, actor.orgId));
  const adopted = new Set(existing.map((e) => e.templateId));
  const codes = new Set(existing.map((e) => e.code));
  const todo = templatesForCategories(categories).filter((t) => !adopted.has(t.id) && !codes.has(t.id));
  if (todo.length === 0) return { added: 0, codes: [] };
  const inserted = await tx
    .insert(schema.controls)
    .values(
      todo.map((t) => ({
        orgId: actor.orgId,
        code: t.id,
        templateId: t.id,
        title: t.title,
        description: t.description,
        ownerRole: t.ownerRole,
        frequency: t.frequency,
        kind: t.kind,
        automatable: t.automatable,
        suggestedEvidence: t.suggestedEvidence,
      })),
    )
    .returning();
  const byTemplate = new Map(todo.map((t) => [t.id, t]));
  await tx.insert(schema.controlCriteria).values(
    inserted.flatMap((c) =>
      (byTemplate.get(c.templateId!)?.criteria ?? []).map((criterionId) => ({
        controlId: c.id,
        orgId: actor.orgId,
        criterionId,
      })),
    ),
  );
  for (const c of inserted)
    await saveControlVersion(tx, actor, c, byTemplate.get(c.templateId!)?.criteria ?? [], ['adopted']);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'controls.adopted',
    entityType: 'control_library',
    changes: { added: inserted.length, categories, codes: inserted.map((c) => c.code) },
  });
  // The recurring activities that prove the new controls go on the calendar with them.
  await scheduleActivities(tx, actor, new Date().toISOString().slice(0, 10));
  return { added: inserted.length, codes: inserted.map((c) => c.code) };
}
