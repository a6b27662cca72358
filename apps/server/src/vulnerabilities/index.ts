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
