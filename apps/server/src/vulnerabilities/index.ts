/**
 * What other parts of the server use of vulnerabilities: its routes, expiring acceptances as tasks,
 * the SLA policy for monitoring's checks, and overdue findings (OSCAL).
 */
import type { VulnReportFinding } from '@vigil/api';
import type { Db } from '@vigil/db';
import { reportWindow, windowFindings } from './sla-report.ts';

export { myTasks, overdueSummary } from './exception-tasks.ts';
export { loadPolicyVersions } from './sla-policy.ts';
export { registerVulnerabilityRoutes } from './vulnerabilities.routes.ts';

/** Scanner findings past their SLA due date and still open at `now` (the OSCAL POA&M lists them). */
export async function overdueVulnerabilities(db: Db, orgId: string, now: Date): Promise<VulnReportFinding[]> {
  const window = await reportWindow(db, orgId, {}, now);
  const found = await windowFindings(db, orgId, window, now);
  return found.filter((f) => f.standing === 'overdue');
}

/**
 * Scanner findings remediated within the period (all their failing results ended in it), with due
 * date and whether the remediation was on time: the audit's remediation population.
 */
export async function remediatedVulnerabilities(
  db: Db,
  orgId: string,
  period: { from: string; to: string },
  now: Date,
): Promise<VulnReportFinding[]> {
  const found = await windowFindings(db, orgId, period, now);
  const from = Date.parse(`${period.from}T00:00:00Z`);
  return found.filter(
    (f) =>
      (f.standing === 'remediated_on_time' || f.standing === 'remediated_late') &&
      f.remediatedAt !== null &&
      Date.parse(f.remediatedAt) >= from,
  );
}
