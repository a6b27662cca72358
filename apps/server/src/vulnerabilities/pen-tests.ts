/**
 * Penetration tests and their findings. A finding is detected when the test ends (the report date)
 * and takes its due date from the SLA policy in force then, like a scanner finding.
 */
import type {
  PenTest,
  PenTestCreate,
  PenTestDetail,
  PenTestFinding,
  PenTestFindingCreate,
  PenTestFindingUpdate,
} from '@vigil/api';
import {
  DAY_MS,
  dueDate,
  findingStanding,
  invalid,
  notFound,
  type PenTestCsvFinding,
  penTestFindingsFromCsv,
  validatePenTestDates,
} from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { CsvError, parse } from 'csv-parse/sync';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { OrgActor } from '../audit/actor.ts';
import { recordAudit } from '../audit/audit-recorder.ts';
import { loadPolicyVersions } from './sla-policy.ts';

const { penTests: t, penTestFindings: f } = schema;
type FindingRow = typeof f.$inferSelect;
type TestRow = typeof t.$inferSelect;

/** The day after the test's last day: its findings are known from then. */
const detectedAtOf = (test: TestRow) => new Date(Date.parse(`${test.endDate}T00:00:00Z`) + DAY_MS);

/** A finding in words, with where it stands now; a failed retest means the remediation did not hold. */
export function presentFinding(r: FindingRow, now: Date): PenTestFinding {
  const fixed =
    r.remediatedOn && r.retestResult !== 'not_fixed' ? new Date(`${r.remediatedOn}T00:00:00Z`) : null;
  return {
    id: r.id,
    identifier: r.identifier,
    title: r.title,
    severity: r.severity,
    description: r.description,
    vendorStatus: r.vendorStatus,
    detectedAt: r.detectedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    remediatedOn: r.remediatedOn,
    retestOn: r.retestOn,
    retestResult: r.retestResult,
    standing: findingStanding({ due: r.dueAt, remediatedAt: fixed, asOf: now }),
  };
}

async function testRow(db: Db, orgId: string, id: string): Promise<TestRow> {
  const [row] = await db
    .select()
    .from(t)
    .where(and(eq(t.orgId, orgId), eq(t.id, id)));
  if (!row) throw notFound('Penetration test');
  return row;
}

function summary(test: TestRow, findings: PenTestFinding[]): PenTest {
  return {
    id: test.id,
    vendor: test.vendor,
    startDate: test.startDate,
    endDate: test.endDate,
    scope: test.scope,
    reportEvidenceId: test.reportEvidenceId,
    findings: findings.length,
    openFindings: findings.filter((x) => x.standing === 'open' || x.standing === 'overdue').length,
  };
}

/** Every test, newest first, with its finding counts. */
export async function listPenTests(db: Db, orgId: string, now: Date): Promise<PenTest[]> {
  const tests = await db.select().from(t).where(eq(t.orgId, orgId)).orderBy(desc(t.endDate));
  const rows = await db.select().from(f).where(eq(f.orgId, orgId));
  return tests.map((test) =>
    summary(
      test,
      rows.filter((r) => r.penTestId === test.id).map((r) => presentFinding(r, now)),
    ),
  );
}

/** One test with its findings, most severe first. */
export async function penTestDetail(db: Db, orgId: string, id: string, now: Date): Promise<PenTestDetail> {
  const test = await testRow(db, orgId, id);
  const rows = await db
    .select()
    .from(f)
    .where(and(eq(f.orgId, orgId), eq(f.penTestId, id)))
    .orderBy(asc(f.severity), asc(f.createdAt));
  const items = rows.map((r) => presentFinding(r, now));
  return { ...summary(test, items), items };
}

/** Records a test; refuses one that ends before it starts. */
export async function createPenTest(tx: Db, actor: OrgActor, body: PenTestCreate): Promise<string> {
  validatePenTestDates(body.startDate, body.endDate);
  const [row] = await tx
    .insert(t)
    .values({
      orgId: actor.orgId,
      vendor: body.vendor,
      startDate: body.startDate,
      endDate: body.endDate,
      scope: body.scope ?? '',
    })
    .returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'pen_tests.created',
    entityType: 'pen_test',
    entityId: row!.id,
    changes: { vendor: row!.vendor, startDate: row!.startDate, endDate: row!.endDate, scope: row!.scope },
  });
  return row!.id;
}

/** Attaches the report (already recorded as evidence) to the test. */
export async function attachReport(
  tx: Db,
  actor: OrgActor,
  id: string,
  evidenceId: string,
  fileName: string,
): Promise<void> {
  const test = await testRow(tx, actor.orgId, id);
  await tx.update(t).set({ reportEvidenceId: evidenceId }).where(eq(t.id, id));
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'pen_tests.report_attached',
    entityType: 'pen_test',
    entityId: id,
    changes: { vendor: test.vendor, fileName },
  });
}

async function insertFindings(tx: Db, actor: OrgActor, test: TestRow, list: PenTestCsvFinding[]) {
  const versions = await loadPolicyVersions(tx, actor.orgId);
  const detectedAt = detectedAtOf(test);
  return tx
    .insert(f)
    .values(
      list.map((x) => ({
        orgId: actor.orgId,
        penTestId: test.id,
        identifier: x.identifier,
        title: x.title,
        severity: x.severity,
        description: x.description,
        vendorStatus: x.status,
        detectedAt,
        dueAt: dueDate(versions, x.severity, detectedAt)!,
      })),
    )
    .returning();
}

/** Adds one finding by hand. */
export async function addFinding(
  tx: Db,
  actor: OrgActor,
  penTestId: string,
  body: PenTestFindingCreate,
): Promise<FindingRow> {
  const test = await testRow(tx, actor.orgId, penTestId);
  const [row] = await insertFindings(tx, actor, test, [
    {
      identifier: body.identifier ?? null,
      title: body.title,
      severity: body.severity,
      description: body.description ?? '',
      status: null,
    },
  ]);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'pen_tests.finding_added',
    entityType: 'pen_test',
    entityId: test.id,
    changes: { vendor: test.vendor, title: row!.title, severity: row!.severity },
  });
  return row!;
}

/** Imports a vendor's CSV: every row is read before anything is stored; a bad file stores nothing. */
export async function importFindings(
  tx: Db,
  actor: OrgActor,
  penTestId: string,
  file: { fileName: string; content: string },
): Promise<number> {
  const test = await testRow(tx, actor.orgId, penTestId);
  let rows: string[][];
  try {
    rows = parse(file.content, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (err) {
    if (err instanceof CsvError)
      throw invalid('file', `${file.fileName}: line ${err.lines ?? '?'}: ${err.message}`);
    throw err;
  }
  const list = penTestFindingsFromCsv(rows, file.fileName);
  await insertFindings(tx, actor, test, list);
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'pen_tests.findings_imported',
    entityType: 'pen_test',
    entityId: test.id,
    changes: { vendor: test.vendor, fileName: file.fileName, findings: list.length },
  });
  return list.length;
}

/** Records remediation and retest; a retest needs a remediation before it, on or after it. */
export async function updateFinding(
  tx: Db,
  actor: OrgActor,
  penTestId: string,
  findingId: string,
  body: PenTestFindingUpdate,
): Promise<FindingRow> {
  const test = await testRow(tx, actor.orgId, penTestId);
  const [row] = await tx
    .select()
    .from(f)
    .where(and(eq(f.orgId, actor.orgId), eq(f.penTestId, penTestId), eq(f.id, findingId)));
  if (!row) throw notFound('Finding');
  const next = {
    remediatedOn: body.remediatedOn === undefined ? row.remediatedOn : body.remediatedOn,
    retestOn: body.retestOn === undefined ? row.retestOn : body.retestOn,
    retestResult: body.retestResult === undefined ? row.retestResult : body.retestResult,
  };
  if (next.remediatedOn && next.remediatedOn < test.startDate) {
    throw invalid('remediatedOn', 'remediatedOn: cannot be before the test started');
  }
  if (next.retestOn && !next.remediatedOn) {
    throw invalid('retestOn', 'retestOn: record the remediation before the retest');
  }
  if (next.retestOn && next.remediatedOn && next.retestOn < next.remediatedOn) {
    throw invalid('retestOn', 'retestOn: the retest cannot be before the remediation');
  }
  if (next.retestResult && !next.retestOn)
    throw invalid('retestResult', 'retestResult: give the retest date too');
  const [updated] = await tx.update(f).set(next).where(eq(f.id, findingId)).returning();
  await recordAudit(tx, actor, {
    orgId: actor.orgId,
    action: 'pen_tests.finding_updated',
    entityType: 'pen_test',
    entityId: test.id,
    changes: { vendor: test.vendor, title: row.title, ...next },
  });
  return updated!;
}
