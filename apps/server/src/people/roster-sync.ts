/**
 * The register follows the HR roster: after each roster sweep, in its transaction, new workers are
 * added, changed ones updated, and an end date sets the end date and status and opens offboarding.
 * What people enter by hand (scope and its justification, title, aliases) stays. The leavers'
 * accounts are tracked right after, by the account follower (see sweep-follower.ts).
 */

import { needsOnboarding, type PersonStatus, statusFromRoster, workerTypeFromRoster } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { HrEmployeeAttributesSchema } from '@vigil/monitoring/resource-types/saas';
import { and, eq, isNull } from 'drizzle-orm';
import { linkPeopleToMembers } from '../accounts/index.ts';
import { systemActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import type { SweepFacts } from '../context.ts';
import { openOffboarding } from './offboarding.ts';
import { createChecklist } from './onboarding.ts';

const { people, resources } = schema;

/** The fields the roster decides for the people it lists. */
export const ROSTER_FIELDS = [
  'name',
  'email',
  'workerType',
  'department',
  'managerId',
  'startDate',
  'endDate',
  'status',
] as const;

type PersonRow = typeof people.$inferSelect;
const norm = (v: string) => v.trim().toLowerCase();

/** Brings the register in line with the roster the sweep just stored. */
export async function followRosterSweep(tx: Db, sweep: SweepFacts): Promise<void> {
  if (!sweep.types.includes('hr.employee')) return;
  const { orgId, now } = sweep;
  const today = now.toISOString().slice(0, 10);
  const stored = await tx
    .select({ attributes: resources.attributes })
    .from(resources)
    .where(
      and(
        eq(resources.orgId, orgId),
        eq(resources.source, sweep.source),
        eq(resources.type, 'hr.employee'),
        sweep.connectorId === null
          ? isNull(resources.connectorId)
          : eq(resources.connectorId, sweep.connectorId),
        isNull(resources.goneAt),
      ),
    );
  const workers = stored.flatMap((r) => {
    const parsed = HrEmployeeAttributesSchema.safeParse(r.attributes);
    return parsed.success && parsed.data.email ? [{ ...parsed.data, email: norm(parsed.data.email) }] : [];
  });
  const existing = new Map(
    (await tx.select().from(people).where(eq(people.orgId, orgId))).map((p) => [norm(p.email), p]),
  );
  // Manager cells name a worker by email, name or employee id.
  const managerEmail = new Map<string, string>();
  for (const w of workers)
    for (const k of [w.email, w.name, w.employee_id]) if (k) managerEmail.set(norm(k), w.email);

  const added: string[] = [];
  const changed: string[] = [];
  const terminated: string[] = [];
  const byEmail = new Map<string, PersonRow>();
  for (const w of workers) {
    const before = existing.get(w.email);
    const fields = {
      name: w.name ?? before?.name ?? w.email,
      employeeId: w.employee_id ?? null,
      workerType: workerTypeFromRoster(w.worker_type) ?? before?.workerType ?? 'employee',
      department: w.department ?? null,
      startDate: w.start_date ?? null,
      endDate: w.termination_date ?? null,
      status: statusFromRoster(w, today) as PersonStatus,
      source: 'roster' as const,
      sourceConnectorId: sweep.connectorId,
    };
    if (!before) {
      const [row] = await tx
        .insert(people)
        .values({ orgId, email: w.email, ...fields })
        .returning();
      byEmail.set(w.email, row!);
      added.push(fields.name);
      if (needsOnboarding(row!, today)) {
        await createChecklist(tx, {
          orgId,
          personId: row!.id,
          workerType: row!.workerType,
          startDate: row!.startDate,
          today,
          now,
        });
      }
      continue;
    }
    const differs = (Object.keys(fields) as (keyof typeof fields)[]).some((k) => before[k] !== fields[k]);
    if (differs) {
      const [row] = await tx
        .update(people)
        .set({ ...fields, updatedAt: now })
        .where(eq(people.id, before.id))
        .returning();
      byEmail.set(w.email, row!);
      changed.push(fields.name);
      if (fields.status === 'terminated' && before.status !== 'terminated') terminated.push(fields.name);
    } else byEmail.set(w.email, before);
  }
  for (const w of workers) {
    const row = byEmail.get(w.email)!;
    const manager = w.manager ? byEmail.get(managerEmail.get(norm(w.manager)) ?? '') : undefined;
    const managerId = manager?.id ?? null;
    if (row.managerId !== managerId) {
      await tx.update(people).set({ managerId, updatedAt: now }).where(eq(people.id, row.id));
      if (!added.includes(row.name) && !changed.includes(row.name)) changed.push(row.name);
    }
    if (row.endDate) {
      await openOffboarding(
        tx,
        systemActor('system:people'),
        {
          orgId,
          personId: row.id,
          name: row.name,
          endDate: row.endDate,
          now,
        },
        false,
      );
    }
  }
  if (added.length + changed.length === 0) return;
  // New people who already sign in get their tasks at once.
  if (added.length > 0) await linkPeopleToMembers(tx, orgId);
  await recordAudit(tx, systemActor('system:people'), {
    orgId,
    action: 'people.roster_synced',
    entityType: 'run',
    entityId: sweep.runId,
    changes: { added: added.length, changed: changed.length, terminated },
  });
}
