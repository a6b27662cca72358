/** The exceptions register and the control tests as files: the route's downloads and the audit package's copies. */
import type { AuditException, EngagementTesting } from '@vigil/api';
import { CONCLUSION_WORDS, EXCEPTION_CONCLUSION_WORDS, REMEDIATION_WORDS } from '@vigil/core';
import { stringify } from 'csv-stringify/sync';
import { newWorkbook } from '../documents/file-libraries.ts';

/** Spreadsheets run cells that start like a formula; these texts are typed by people, so defuse them. */
const cell = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

const HEADER = [
  'Number',
  'Control',
  'Criterion',
  'Sample',
  'Description',
  'Cause',
  "Auditor's conclusion",
  "Management's response",
  'Remediation owner',
  'Remediation date',
  'Remediation status',
  'Recorded by',
  'Recorded on',
];

function rowOf(e: AuditException): string[] {
  return [
    String(e.number),
    `${e.controlCode} ${e.controlTitle}`,
    e.criterionId,
    [e.sampleLabel, e.itemKey].filter(Boolean).join(': '),
    e.description,
    e.cause,
    EXCEPTION_CONCLUSION_WORDS[e.conclusion],
    e.managementResponse,
    e.remediationOwnerName ?? '',
    e.remediationDate ?? '',
    REMEDIATION_WORDS[e.remediationStatus],
    e.recordedByName ?? '',
    e.createdAt.slice(0, 10),
  ].map(cell);
}

/** The exceptions register as CSV, one row per exception. */
export function registerCsv(rows: AuditException[]): string {
  return stringify([HEADER, ...rows.map(rowOf)]);
}

/** The exceptions register as a spreadsheet titled with the engagement's name. */
export async function registerXlsx(engagementName: string, rows: AuditException[]): Promise<Buffer> {
  const book = await newWorkbook();
  const sheet = book.addWorksheet('Exceptions register');
  sheet.addRow([`Exceptions register: ${engagementName}`]).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow(HEADER).font = { bold: true };
  for (const r of rows) sheet.addRow(rowOf(r));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Each control in the engagement with the attributes tested, the conclusion, and who tested it when. */
export function controlTestsCsv(testing: EngagementTesting): string {
  return stringify([
    [
      'Control',
      'Criteria',
      'Attributes tested',
      'Procedure',
      'Conclusion',
      'Exceptions',
      'Tested by',
      'Tested at',
    ],
    ...testing.controls.map((c) =>
      [
        `${c.controlCode} ${c.controlTitle}`,
        c.criteria.join(' '),
        c.attributes.join('\n'),
        c.procedure,
        CONCLUSION_WORDS[c.conclusion],
        String(c.exceptions.length),
        c.testedByName ?? '',
        c.testedAt ?? '',
      ].map(cell),
    ),
  ]);
}
