/**
 * Files of the register: the register as CSV, and an annual assessment with its heat maps as PDF
 * (through the documents room) and as a spreadsheet. The heat maps are written as counts with the
 * level's name in every cell, never colour alone.
 */
import type { HeatMap, Risk, RiskAssessmentDetail } from '@vigil/api';
import { RISK_CATEGORY_LABELS } from '@vigil/catalog';
import type { RiskMatrix } from '@vigil/core';
import { stringify } from 'csv-stringify/sync';
import { newWorkbook } from '../documents/file-libraries.ts';
import { markdownPdf } from '../documents/markdown-pdf.ts';

const HEADER = [
  'Title',
  'Category',
  'Owner',
  'Affected components',
  'Inherent likelihood',
  'Inherent impact',
  'Inherent level',
  'Current likelihood',
  'Current impact',
  'Current level',
  'Target likelihood',
  'Target impact',
  'Treatment',
  'Status',
  'Mitigating controls',
  'Accepted until',
  'Acceptance approved by',
  'Justification',
];

const TREATMENT: Record<Risk['treatment'], string> = {
  mitigate: 'Mitigate',
  accept: 'Accept',
  transfer: 'Transfer',
  avoid: 'Avoid',
};
const STATUS: Record<Risk['status'], string> = {
  open: 'Open',
  treating: 'Being treated',
  accepted: 'Accepted',
  closed: 'Closed',
};

function rowsOf(m: RiskMatrix, items: Risk[]): string[][] {
  const l = (n: number) => m.likelihood[n - 1]?.label ?? String(n);
  const i = (n: number) => m.impact[n - 1]?.label ?? String(n);
  return items.map((r) => [
    r.title,
    RISK_CATEGORY_LABELS[r.category],
    r.ownerName ?? 'Unassigned',
    r.components.join('; '),
    l(r.inherentLikelihood),
    i(r.inherentImpact),
    r.inherentLevel,
    l(r.currentLikelihood),
    i(r.currentImpact),
    r.currentLevel,
    l(r.targetLikelihood),
    i(r.targetImpact),
    TREATMENT[r.treatment],
    STATUS[r.status],
    r.controls.map((c) => `${c.code} ${c.title}`).join('; '),
    r.acceptance?.expiresOn ?? '',
    r.acceptance?.approverName ?? '',
    r.acceptance?.justification ?? '',
  ]);
}

/** The register as CSV, one risk a row. */
export function registerCsv(m: RiskMatrix, items: Risk[]): Buffer {
  return Buffer.from(stringify([HEADER, ...rowsOf(m, items)]));
}

/** The heat map as rows: likelihood from highest to lowest, one column per impact, "count (level)". */
function heatRows(m: RiskMatrix, cells: HeatMap['inherent']): string[][] {
  const rows: string[][] = [['Likelihood \\ impact', ...m.impact.map((x) => x.label)]];
  for (let l = m.likelihood.length; l >= 1; l--)
    rows.push([
      m.likelihood[l - 1]!.label,
      ...m.impact.map((_, idx) => {
        const c = cells.find((x) => x.likelihood === l && x.impact === idx + 1);
        return `${c?.count ?? 0} (${m.levels[(c?.level ?? 1) - 1]?.label ?? ''})`;
      }),
    ]);
  return rows;
}

const esc = (s: string) => s.replace(/[|\\*_`#[\]<>]/g, (c) => `\\${c}`);

function heatList(m: RiskMatrix, cells: HeatMap['inherent']): string {
  // One line per occupied cell reads well even where the PDF renderer draws no tables.
  const lines = cells
    .filter((c) => c.count > 0)
    .map(
      (c) =>
        `- Likelihood ${esc(m.likelihood[c.likelihood - 1]!.label)}, impact ${esc(m.impact[c.impact - 1]!.label)} (${esc(m.levels[c.level - 1]!.label)}): ${c.count} risk${c.count === 1 ? '' : 's'}`,
    );
  return lines.length ? lines.join('\n') : '- No risks';
}

/** The assessment as PDF: facts, both heat maps and the register. */
export function assessmentPdf(a: RiskAssessmentDetail, orgName: string): Promise<Buffer> {
  const m = a.matrix;
  const md = [
    '## Heat map before treatment (inherent risk)',
    heatList(m, a.heatMap.inherent),
    '## Heat map after treatment (current risk)',
    heatList(m, a.heatMap.current),
    '## Register',
    ...a.risks.map(
      (r) =>
        `### ${esc(r.title)}\n\n${esc(RISK_CATEGORY_LABELS[r.category])}; owner ${esc(r.ownerName ?? 'unassigned')}; inherent ${esc(r.inherentLevel)}, current ${esc(r.currentLevel)}; treatment ${TREATMENT[r.treatment].toLowerCase()}; ${STATUS[r.status].toLowerCase()}.${r.controls.length ? ` Controls: ${esc(r.controls.map((c) => c.code).join(', '))}.` : ''}`,
    ),
  ].join('\n\n');
  const title = `${orgName} risk assessment of ${a.assessedOn}`;
  return markdownPdf(md, {
    title,
    subject: `SHA-256 ${a.contentSha256}`,
    lines: [
      `Taken by ${a.takenByName}; ${a.approvedByName ? `approved by ${a.approvedByName} on ${a.approvedAt?.slice(0, 10)}` : 'waiting for approval'}`,
      `${a.riskCount} risks; content SHA-256 ${a.contentSha256}`,
    ],
  });
}

/** The assessment as a spreadsheet: both heat maps on one sheet, the register on another. */
export async function assessmentXlsx(a: RiskAssessmentDetail): Promise<Buffer> {
  const book = await newWorkbook();
  const heat = book.addWorksheet('Heat maps');
  heat.addRow([`Risk assessment of ${a.assessedOn}`]);
  heat.addRow([`Content SHA-256 ${a.contentSha256}`]);
  heat.addRow([]);
  heat.addRow(['Before treatment (inherent risk)']);
  for (const r of heatRows(a.matrix, a.heatMap.inherent)) heat.addRow(r);
  heat.addRow([]);
  heat.addRow(['After treatment (current risk)']);
  for (const r of heatRows(a.matrix, a.heatMap.current)) heat.addRow(r);
  const reg = book.addWorksheet('Register');
  reg.addRow(HEADER).font = { bold: true };
  for (const r of rowsOf(a.matrix, a.risks)) reg.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}
