/** Internal audits: their routes, and the tasks they ask of lead auditors and finding owners. */
import type { MyTask, OverdueArea } from '@vigil/api';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq, ne, sql } from 'drizzle-orm';

export { registerInternalAuditRoutes } from './internal-audits.routes.ts';

const { internalAuditFindings: findings, internalAudits: audits } = schema;

/** Audits the user leads that are not completed, and open findings they own. */
export async function myTasks(
  db: Db,
  who: { orgId: string; userId: string; today: string },
): Promise<MyTask[]> {
  const led = await db
    .select()
    .from(audits)
    .where(and(eq(audits.orgId, who.orgId), eq(audits.auditorId, who.userId), ne(audits.status, 'completed')))
    .orderBy(audits.plannedDate);
  const owned = await db
    .select({ f: findings, auditTitle: audits.title })
    .from(findings)
    .innerJoin(audits, eq(audits.id, findings.auditId))
    .where(and(eq(findings.orgId, who.orgId), eq(findings.ownerId, who.userId), eq(findings.status, 'open')))
    .orderBy(findings.dueDate, findings.createdAt);
  return [
    ...led.map((a) => ({
      area: 'internal_audit' as const,
      itemId: a.id,
      title: `Carry out the internal audit '${a.title}'`,
      dueDate: a.plannedDate,
      overdue: a.plannedDate < who.today,
      link: `/internal-audits/${a.id}`,
    })),
    ...owned.map(({ f, auditTitle }) => ({
      area: 'internal_audit' as const,
      itemId: f.id,
      title: `Remediate the finding '${f.description}' (internal audit '${auditTitle}')`,
      dueDate: f.dueDate,
      overdue: f.dueDate !== null && f.dueDate < who.today,
      link: `/internal-audits/${f.auditId}`,
    })),
  ];
}

/** Open findings past their due date. */
export async function overdueSummary(db: Db, orgId: string, today: string): Promise<OverdueArea[]> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(findings)
    .where(
      and(eq(findings.orgId, orgId), eq(findings.status, 'open'), sql`${findings.dueDate} < ${today}::date`),
    );
  return [{ area: 'internal_audit', overdue: row?.n ?? 0, link: '/internal-audits' }];
}
