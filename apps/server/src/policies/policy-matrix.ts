/**
 * The acceptance matrix for the auditor: every person asked to accept (or who accepted) a policy,
 * against every version ever published, with dates; late and missing acceptances marked. As JSON,
 * CSV and an Excel workbook.
 */
import type { AcceptanceMatrix } from '@vigil/api';
import { matrixCell, versionLabel } from '@vigil/core';
import type { Db } from '@vigil/db';
import { schema } from '@vigil/db';
import { stringify } from 'csv-stringify/sync';
import { and, asc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import ExcelJS from 'exceljs';

const { people, policies, policyVersions, acceptanceRequests, policyAcceptances } = schema;

/** The matrix of one policy (`policyId`) or of every policy of the organization. */
export async function acceptanceMatrix(
  db: Db,
  orgId: string,
  policyId: string | undefined,
  today: string,
): Promise<AcceptanceMatrix> {
  const scope = (col: AnyPgColumn): SQL[] => (policyId ? [eq(col, policyId)] : []);
  const [versions, requests, acceptances] = await Promise.all([
    db
      .select({
        id: policyVersions.id,
        policyId: policyVersions.policyId,
        policyTitle: policies.title,
        major: policyVersions.major,
        minor: policyVersions.minor,
        publishedAt: policyVersions.publishedAt,
      })
      .from(policyVersions)
      .innerJoin(policies, eq(policies.id, policyVersions.policyId))
      .where(
        and(
          eq(policyVersions.orgId, orgId),
          isNotNull(policyVersions.publishedAt),
          ...scope(policyVersions.policyId),
        ),
      )
      .orderBy(
        asc(policies.title),
        asc(policyVersions.policyId),
        asc(policyVersions.major),
        asc(policyVersions.minor),
      ),
    db
      .select({
        personId: acceptanceRequests.personId,
        policyId: acceptanceRequests.policyId,
        major: acceptanceRequests.major,
        dueDate: acceptanceRequests.dueDate,
        state: acceptanceRequests.state,
      })
      .from(acceptanceRequests)
      .where(and(eq(acceptanceRequests.orgId, orgId), ...scope(acceptanceRequests.policyId)))
      .orderBy(asc(acceptanceRequests.createdAt)),
    db
      .select({
        personId: policyAcceptances.personId,
        versionId: policyAcceptances.versionId,
        acceptedAt: policyAcceptances.acceptedAt,
      })
      .from(policyAcceptances)
      .where(and(eq(policyAcceptances.orgId, orgId), ...scope(policyAcceptances.policyId))),
  ]);
  const personIds = [...new Set([...requests.map((r) => r.personId), ...acceptances.map((a) => a.personId)])];
  const rows =
    personIds.length === 0
      ? []
      : await db
          .select({ id: people.id, name: people.name, email: people.email, department: people.department })
          .from(people)
          .where(and(eq(people.orgId, orgId), inArray(people.id, personIds)))
          .orderBy(asc(people.name), asc(people.email));
  // The latest request per person, policy and major (a later one replaces an earlier one).
  const requestOf = new Map<string, (typeof requests)[number]>();
  for (const r of requests) requestOf.set(`${r.personId}|${r.policyId}|${r.major}`, r);
  const acceptedAt = new Map<string, Date>();
  for (const a of acceptances) acceptedAt.set(`${a.personId}|${a.versionId}`, a.acceptedAt);
  return {
    versions: versions.map((v) => ({
      id: v.id,
      policyId: v.policyId,
      policyTitle: v.policyTitle,
      label: versionLabel(v),
      publishedAt: v.publishedAt!.toISOString(),
    })),
    people: rows.map((p) => {
      // The first acceptance within each policy's major, carried to its later minor versions.
      const firstInMajor = new Map<string, string>();
      return {
        ...p,
        cells: versions.map((v) => {
          const at = acceptedAt.get(`${p.id}|${v.id}`)?.toISOString() ?? null;
          const majorKey = `${v.policyId}|${v.major}`;
          const request = requestOf.get(`${p.id}|${majorKey}`) ?? null;
          const coveredBy = at ? null : (firstInMajor.get(majorKey) ?? null);
          if (at && !firstInMajor.has(majorKey)) firstInMajor.set(majorKey, at);
          const state = matrixCell({ acceptedAt: at, coveredBy, request, today });
          return { state, acceptedAt: at ?? coveredBy, dueDate: request?.dueDate ?? null };
        }),
      };
    }),
  };
}

const CELL_WORDS: Record<string, string> = {
  accepted: 'Accepted',
  late: 'Accepted late',
  covered: 'Covered by earlier acceptance',
  pending: 'Not yet accepted',
  missing: 'Missing',
  not_asked: '',
};

type Cell = AcceptanceMatrix['people'][number]['cells'][number];

/** One cell in words: "Accepted 2026-03-02", "Missing (due 2026-04-01)". */
export function cellText(c: Cell): string {
  const words = CELL_WORDS[c.state] ?? c.state;
  if (c.acceptedAt) return `${words} ${c.acceptedAt.slice(0, 10)}`;
  if (c.dueDate && (c.state === 'pending' || c.state === 'missing')) return `${words} (due ${c.dueDate})`;
  return words;
}

function table(m: AcceptanceMatrix): string[][] {
  const header = ['Person', 'Email', 'Department', ...m.versions.map((v) => `${v.policyTitle} ${v.label}`)];
  return [header, ...m.people.map((p) => [p.name, p.email, p.department ?? '', ...p.cells.map(cellText)])];
}

/** The matrix as CSV, one row per person. */
export function matrixCsv(m: AcceptanceMatrix): string {
  return stringify(table(m));
}

const FILL: Record<string, string> = { late: 'FFFFE8A3', missing: 'FFFFC9C9', accepted: 'FFD6F5D6' };

/** The matrix as an Excel workbook: one sheet, late cells amber and missing ones red. */
export async function matrixXlsx(m: AcceptanceMatrix): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Vigil';
  const sheet = book.addWorksheet('Acceptance');
  const rows = table(m);
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  sheet.columns.forEach((col, i) => {
    col.width = i < 3 ? 28 : 26;
  });
  m.people.forEach((p, r) => {
    p.cells.forEach((c, i) => {
      const argb = FILL[c.state];
      if (argb) sheet.getCell(r + 2, i + 4).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    });
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
