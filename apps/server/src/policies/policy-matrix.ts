/**
 * The acceptance matrix for the auditor: every person asked to accept (or who accepted) a policy,
 * against every version ever published, with dates; late and missing acceptances marked. As JSON,
 * CSV and an Excel workbook.
 */
import type { AcceptanceMatrix } from '@vigil/api';
import { type AcceptanceRequestState, matrixCell, matrixCellText, versionLabel } from '@vigil/core';
import type { Db } from '@vigil/db';
import { rowsOf, schema } from '@vigil/db';
import { stringify } from 'csv-stringify/sync';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import { newWorkbook } from '../documents/file-libraries.ts';

const { policies, policyVersions } = schema;

interface PersonRow {
  id: string;
  name: string;
  email: string;
  department: string | null;
  /** JSON text: [[policyId, major, dueDate, state], …] oldest first. */
  requests: string;
  /** JSON text: [[versionId, acceptedAt in ms since the epoch], …]; formatted here, not per row in SQL. */
  acceptances: string;
}

/**
 * The matrix of one policy (`policyId`) or of every policy of the organization. One row per person
 * comes back with their requests and acceptances packed as JSON text: 5,000 rows to read instead of
 * a quarter of a million, which is what keeps the whole organization's matrix under a second.
 */
export async function acceptanceMatrix(
  db: Db,
  orgId: string,
  policyId: string | undefined,
  today: string,
): Promise<AcceptanceMatrix> {
  const versions = await db
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
        ...(policyId ? [eq(policyVersions.policyId, policyId)] : []),
      ),
    )
    .orderBy(
      asc(policies.title),
      asc(policyVersions.policyId),
      asc(policyVersions.major),
      asc(policyVersions.minor),
    );
  const onPolicy = policyId ? sql`and policy_id = ${policyId}` : sql``;
  // Grouped once per table, not looked up per person: the cost stays one pass over each table.
  const rows = rowsOf<PersonRow>(
    await db.execute(sql`
      with r as (
        select person_id, json_agg(json_build_array(policy_id, major, due_date, state, to_char(closed_at at time zone 'UTC', 'YYYY-MM-DD')) order by created_at) as j
        from policy_acceptance_requests where org_id = ${orgId} ${onPolicy} group by person_id
      ), a as (
        select person_id,
          json_agg(json_build_array(version_id, (extract(epoch from date_trunc('milliseconds', accepted_at)) * 1000)::bigint)) as j
        from policy_acceptances where org_id = ${orgId} ${onPolicy} group by person_id
      )
      select p.id, p.name, p.email, p.department,
        coalesce(r.j, '[]')::text as requests, coalesce(a.j, '[]')::text as acceptances
      from people p
        left join r on r.person_id = p.id
        left join a on a.person_id = p.id
      where p.org_id = ${orgId} and (r.person_id is not null or a.person_id is not null)
      order by p.name, p.email
    `),
  );
  return {
    versions: versions.map((v) => ({
      id: v.id,
      policyId: v.policyId,
      policyTitle: v.policyTitle,
      label: versionLabel(v),
      publishedAt: v.publishedAt!.toISOString(),
    })),
    people: rows.map((p) => {
      // The latest request per policy and major (a later one replaces an earlier one).
      const requestOf = new Map<
        string,
        { dueDate: string; state: AcceptanceRequestState; closedOn: string | null }
      >();
      for (const [pid, major, dueDate, state, closedOn] of JSON.parse(p.requests) as [
        string,
        number,
        string,
        AcceptanceRequestState,
        string | null,
      ][])
        requestOf.set(`${pid}|${major}`, { dueDate, state, closedOn });
      const acceptedAt = new Map(
        (JSON.parse(p.acceptances) as [string, number][]).map(([v, ms]) => [v, new Date(ms).toISOString()]),
      );
      // The first acceptance within each policy's major, carried to its later minor versions.
      const firstInMajor = new Map<string, string>();
      return {
        id: p.id,
        name: p.name,
        email: p.email,
        department: p.department,
        cells: versions.map((v) => {
          const at = acceptedAt.get(v.id) ?? null;
          const majorKey = `${v.policyId}|${v.major}`;
          const request = requestOf.get(majorKey) ?? null;
          const coveredBy = at ? null : (firstInMajor.get(majorKey) ?? null);
          if (at && !firstInMajor.has(majorKey)) firstInMajor.set(majorKey, at);
          const state = matrixCell({ acceptedAt: at, coveredBy, request, today });
          return { state, acceptedAt: at ?? coveredBy, dueDate: request?.dueDate ?? null };
        }),
      };
    }),
  };
}

function table(m: AcceptanceMatrix): string[][] {
  const header = ['Person', 'Email', 'Department', ...m.versions.map((v) => `${v.policyTitle} ${v.label}`)];
  return [
    header,
    ...m.people.map((p) => [p.name, p.email, p.department ?? '', ...p.cells.map((c) => matrixCellText(c))]),
  ];
}

/** The matrix as CSV, one row per person. */
export function matrixCsv(m: AcceptanceMatrix): string {
  return stringify(table(m));
}

const FILL: Record<string, string> = { late: 'FFFFE8A3', missing: 'FFFFC9C9', accepted: 'FFD6F5D6' };

/** The matrix as an Excel workbook: one sheet, late cells amber and missing ones red. */
export async function matrixXlsx(m: AcceptanceMatrix): Promise<Buffer> {
  const book = await newWorkbook();
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
