/** Reads of testing inside an engagement: the controls in scope with their tests, and the exceptions register. */
import type { AuditException, ControlTest, EngagementTesting } from '@vigil/api';
import { type CategoryId, CategoryIdSchema, criteriaForCategories } from '@vigil/catalog';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { EngagementRow } from '../engagements/index.ts';

const { auditExceptions, controlCriteria, controls, controlTests, users } = schema;

/** A control in the engagement: applicable, with its criteria inside the engagement's categories. */
export interface ScopedControl {
  id: string;
  code: string;
  title: string;
  criteria: string[];
}

/** The criteria of the engagement's categories, in the printed order of the criteria. */
function criteriaOrder(engagement: Pick<EngagementRow, 'categories'>): Map<string, number> {
  const categories = engagement.categories.filter(
    (c): c is CategoryId => CategoryIdSchema.safeParse(c).success,
  );
  return new Map(criteriaForCategories(categories).map((c, i) => [c.id, i]));
}

/** The organization's applicable controls mapped to a criterion in the engagement's categories, by criterion. */
export async function controlsInEngagement(
  db: Db,
  engagement: Pick<EngagementRow, 'orgId' | 'categories'>,
  controlId?: string,
): Promise<ScopedControl[]> {
  const order = criteriaOrder(engagement);
  const rows = await db
    .select({
      id: controls.id,
      code: controls.code,
      title: controls.title,
      criterionId: controlCriteria.criterionId,
    })
    .from(controls)
    .innerJoin(controlCriteria, eq(controlCriteria.controlId, controls.id))
    .where(
      and(
        eq(controls.orgId, engagement.orgId),
        eq(controls.applicable, true),
        ...(controlId ? [eq(controls.id, controlId)] : []),
      ),
    );
  const byId = new Map<string, ScopedControl>();
  for (const r of rows) {
    if (!order.has(r.criterionId)) continue;
    const c = byId.get(r.id) ?? { id: r.id, code: r.code, title: r.title, criteria: [] };
    c.criteria.push(r.criterionId);
    byId.set(r.id, c);
  }
  const rank = (c: ScopedControl) => Math.min(...c.criteria.map((id) => order.get(id)!));
  for (const c of byId.values()) c.criteria.sort((x, y) => order.get(x)! - order.get(y)!);
  return [...byId.values()].sort((x, y) => rank(x) - rank(y) || x.code.localeCompare(y.code));
}

async function namesOf(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface RegisterFilter {
  status?: 'all' | 'open' | 'remediated';
  controlId?: string | undefined;
}

/**
 * The exceptions register of an engagement, in the order they were recorded, remediated ones
 * included: what the audit package reports. The caller has checked the engagement is in scope.
 */
export async function exceptionsRegisterOf(
  db: Db,
  orgId: string,
  engagementId: string,
  filter: RegisterFilter = {},
): Promise<AuditException[]> {
  const rows = await db
    .select({ e: auditExceptions, code: controls.code, title: controls.title })
    .from(auditExceptions)
    .innerJoin(controls, eq(controls.id, auditExceptions.controlId))
    .where(
      and(
        eq(auditExceptions.orgId, orgId),
        eq(auditExceptions.engagementId, engagementId),
        ...(filter.controlId ? [eq(auditExceptions.controlId, filter.controlId)] : []),
      ),
    )
    .orderBy(asc(auditExceptions.number));
  const names = await namesOf(
    db,
    rows.flatMap(({ e }) => [e.recordedBy, e.respondedBy, e.remediationOwnerId]),
  );
  const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return rows
    .filter(({ e }) =>
      filter.status === 'open'
        ? e.remediationStatus !== 'remediated'
        : filter.status === 'remediated'
          ? e.remediationStatus === 'remediated'
          : true,
    )
    .map(({ e, code, title }) => ({
      id: e.id,
      number: e.number,
      controlId: e.controlId,
      controlCode: code,
      controlTitle: title,
      criterionId: e.criterionId,
      sampleId: e.sampleId,
      itemKey: e.itemKey,
      sampleLabel: e.sampleLabel,
      description: e.description,
      cause: e.cause,
      conclusion: e.conclusion,
      managementResponse: e.managementResponse,
      respondedByName: name(e.respondedBy),
      respondedAt: e.respondedAt?.toISOString() ?? null,
      remediationOwnerId: e.remediationOwnerId,
      remediationOwnerName: name(e.remediationOwnerId),
      remediationDate: e.remediationDate,
      remediationStatus: e.remediationStatus,
      recordedByName: name(e.recordedBy),
      createdAt: e.createdAt.toISOString(),
    }));
}

/** Each control in the engagement with its test (not tested until the auditor records one) and exceptions. */
export async function testingOf(
  db: Db,
  engagement: EngagementRow,
  controlId?: string,
): Promise<EngagementTesting> {
  const scoped = await controlsInEngagement(db, engagement, controlId);
  const tests = await db
    .select()
    .from(controlTests)
    .where(
      and(
        eq(controlTests.engagementId, engagement.id),
        ...(controlId ? [eq(controlTests.controlId, controlId)] : []),
      ),
    );
  const testOf = new Map(tests.map((t) => [t.controlId, t]));
  const register = await exceptionsRegisterOf(db, engagement.orgId, engagement.id, { controlId });
  const names = await namesOf(
    db,
    tests.map((t) => t.testedBy),
  );
  const out: ControlTest[] = scoped.map((c) => {
    const t = testOf.get(c.id);
    return {
      controlId: c.id,
      controlCode: c.code,
      controlTitle: c.title,
      criteria: c.criteria,
      attributes: t?.attributes ?? [],
      procedure: t?.procedure ?? '',
      conclusion: t?.conclusion ?? 'not_tested',
      testedByName: t?.testedBy ? (names.get(t.testedBy) ?? null) : null,
      testedAt: t?.testedAt?.toISOString() ?? null,
      exceptions: register.filter((e) => e.controlId === c.id),
    };
  });
  return { engagementId: engagement.id, engagementName: engagement.name, controls: out };
}
