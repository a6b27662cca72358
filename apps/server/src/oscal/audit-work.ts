/**
 * The auditor's work inside an engagement, as OSCAL reads it: each control the auditor concluded on
 * becomes an observation of the assessment results, and each exception not yet remediated an item of
 * the engagement's plan of action and milestones.
 */
import type { OscalAuditorTest, OscalPoamItem } from '@vigil/core/oscal';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, eq } from 'drizzle-orm';
import { exceptionsRegisterOf, testingOf } from '../audit-testing/index.ts';

/**
 * Where the audit work inside an engagement plugs in: the auditor's test results become observations
 * of the assessment results and its exceptions become POA&M items. Nothing provides them yet.
 */
export interface AuditWorkSource {
  testResults(db: Db, orgId: string, engagementId: string): Promise<OscalAuditorTest[]>;
  exceptions(db: Db, orgId: string, engagementId: string): Promise<OscalPoamItem[]>;
}

async function engagementRow(db: Db, orgId: string, engagementId: string) {
  const [row] = await db
    .select()
    .from(schema.engagements)
    .where(and(eq(schema.engagements.orgId, orgId), eq(schema.engagements.id, engagementId)));
  return row ?? null;
}

/** Control tests and the exceptions register of the engagement (audit-testing). */
export const AUDIT_TESTING_WORK: AuditWorkSource = {
  async testResults(db, orgId, engagementId): Promise<OscalAuditorTest[]> {
    const engagement = await engagementRow(db, orgId, engagementId);
    if (!engagement) return [];
    const { controls } = await testingOf(db, engagement);
    return controls
      .filter((c) => c.conclusion !== 'not_tested' && c.testedAt)
      .map((c) => ({
        id: `${engagementId}/${c.controlId}`,
        controlId: c.controlId,
        code: c.controlCode,
        criteria: c.criteria,
        conclusion: c.conclusion === 'no_exceptions' ? 'effective' : 'exception',
        description:
          c.conclusion === 'no_exceptions'
            ? `The auditor tested ${c.controlCode} and noted no exceptions.`
            : `The auditor tested ${c.controlCode} and noted ${c.exceptions.length} exception${c.exceptions.length === 1 ? '' : 's'}.`,
        testedAt: c.testedAt!,
        evidenceIds: [],
      }));
  },
  async exceptions(db, orgId, engagementId): Promise<OscalPoamItem[]> {
    const register = await exceptionsRegisterOf(db, orgId, engagementId, { status: 'open' });
    return register.map((e) => ({
      key: e.id,
      source: 'audit-exception' as const,
      title: `Audit exception ${e.number} on ${e.controlCode}`,
      description: e.description,
      due: e.remediationDate,
      since: e.createdAt,
      controlCodes: [e.controlCode],
      ...(e.managementResponse ? { remediation: e.managementResponse } : {}),
    }));
  },
};
