/**
 * A readiness snapshot as files an auditor keeps: a spreadsheet (categories, criteria, gaps, one sheet
 * each) and a PDF through the documents room. Both carry the snapshot's SHA-256.
 */
import type { ReadinessSnapshotDetail } from '@vigil/api';
import { newWorkbook } from '../documents/file-libraries.ts';
import { markdownPdf } from '../documents/markdown-pdf.ts';

const esc = (s: string) => s.replace(/[|\\*_`#[\]<>]/g, (c) => `\\${c}`);
const pct = (n: number) => `${n}%`;

/** The snapshot as a spreadsheet. */
export async function snapshotXlsx(s: ReadinessSnapshotDetail): Promise<Buffer> {
  const book = await newWorkbook();
  const a = s.assessment;
  const summary = book.addWorksheet('Summary');
  summary.addRow([`Readiness assessment of ${s.takenOn}`]).font = { bold: true };
  summary.addRow([`Taken by ${s.takenByName} at ${s.takenAt}`]);
  summary.addRow([`Content SHA-256 ${s.contentSha256}`]);
  summary.addRow([]);
  summary.addRow(['Category', 'Score (%)']).font = { bold: true };
  for (const c of a.categories) summary.addRow([c.name, c.score]);
  summary.addRow(['Overall', a.score]);
  const criteria = book.addWorksheet('Criteria');
  criteria.addRow([
    'Category',
    'Criterion',
    'Title',
    'Score (%)',
    'Requirements met',
    'Requirements',
    'Controls',
    'Policies',
    'Gaps',
  ]).font = { bold: true };
  for (const c of a.categories)
    for (const k of c.criteria)
      criteria.addRow([
        c.name,
        k.id,
        k.title,
        k.score,
        k.requirementsMet,
        k.requirements,
        k.controls,
        k.policies,
        k.gaps.length,
      ]);
  const gaps = book.addWorksheet('Gaps');
  gaps.addRow(['What to do next', 'Area', 'Criteria', 'Where']).font = { bold: true };
  for (const g of a.gaps) gaps.addRow([g.action, g.area, g.criteria.join(', '), g.link]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The snapshot as PDF: scores per category and criterion, then the gaps. */
export function snapshotPdf(s: ReadinessSnapshotDetail, orgName: string): Promise<Buffer> {
  const a = s.assessment;
  const md = [
    '## Scores',
    ...a.categories.map(
      (c) =>
        `### ${esc(c.name)}: ${pct(c.score)}\n\n${c.criteria
          .map(
            (k) =>
              `- ${esc(k.id)} ${esc(k.title)}: ${pct(k.score)} (${k.requirementsMet} of ${k.requirements} requirements met)`,
          )
          .join('\n')}`,
    ),
    '## Gaps: what to do next',
    a.gaps.length
      ? a.gaps.map((g) => `- ${esc(g.action)} (${esc(g.criteria.join(', '))})`).join('\n')
      : '- No gaps',
  ].join('\n\n');
  return markdownPdf(md, {
    title: `${orgName} readiness assessment of ${s.takenOn}`,
    subject: `SHA-256 ${s.contentSha256}`,
    lines: [
      `Taken by ${s.takenByName} at ${s.takenAt}; overall score ${pct(a.score)}; ${a.gaps.length} gaps`,
      `Content SHA-256 ${s.contentSha256}`,
    ],
  });
}
