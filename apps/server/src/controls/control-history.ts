/**
 * A control's saved versions with what each changed, old and new values side by side in words
 * ("Owner: — → Sam Patel", "Status: Not started → Implemented"), read from consecutive snapshots.
 */
import type { ControlVersion } from '@vigil/api';
import { fieldLabel, valueText } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, desc, eq, inArray } from 'drizzle-orm';

const { controlVersions, users } = schema;

/** Markers a version records instead of field names when it begins the history. */
const BEGINNINGS = new Set(['adopted', 'created']);

/** The saved versions of a control, newest first, each with its changes as labelled old → new values. */
export async function controlHistory(db: Db, orgId: string, controlId: string): Promise<ControlVersion[]> {
  const rows = await db
    .select()
    .from(controlVersions)
    .where(and(eq(controlVersions.orgId, orgId), eq(controlVersions.controlId, controlId)))
    .orderBy(desc(controlVersions.version));
  const people = new Set<string>();
  for (const r of rows) {
    if (typeof r.snapshot.ownerId === 'string') people.add(r.snapshot.ownerId);
    if (r.changedBy) people.add(r.changedBy);
  }
  const names: Record<string, string> = {};
  if (people.size) {
    const found = await db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, [...people]));
    for (const u of found) names[u.id] = u.name;
  }
  const byVersion = new Map(rows.map((r) => [r.version, r.snapshot]));
  return rows.map((v) => {
    const before = byVersion.get(v.version - 1);
    const changes = before
      ? v.changedFields
          .filter((f) => !BEGINNINGS.has(f))
          .map((field) => ({
            field,
            label: fieldLabel(field),
            from: valueText(field, before[field], names),
            to: valueText(field, v.snapshot[field], names),
          }))
      : [];
    return {
      version: v.version,
      changedFields: v.changedFields,
      changedBy: v.changedByLabel,
      changedByName: (v.changedBy && names[v.changedBy]) || v.changedByLabel,
      createdAt: v.createdAt.toISOString(),
      snapshot: v.snapshot,
      changes,
    };
  });
}
