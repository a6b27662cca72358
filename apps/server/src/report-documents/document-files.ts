/**
 * A version of a report document as a Word file (auditors edit in Word) and as a PDF (the policies'
 * Markdown-to-PDF renderer). Both carry the "not yet reviewed" mark on every section no person has
 * edited or confirmed, and the approval facts on the cover lines.
 */
import { type DocumentSection, GENERATED_MARK } from '@vigil/core';
import type { Paragraph } from 'docx';
import { wordLibrary } from '../documents/file-libraries.ts';
import { markdownPdf } from '../documents/markdown-pdf.ts';

/** What the cover lines say about a version. */
export interface FileFacts {
  title: string;
  organization: string;
  engagement: string;
  lines: string[];
  sections: DocumentSection[];
}

function paragraphsOf(word: typeof import('docx'), body: string): Paragraph[] {
  const { Paragraph, TextRun } = word;
  const out: Paragraph[] = [];
  for (const line of body.split('\n')) {
    if (!line.trim()) continue;
    const bullet = /^\s*[-*]\s+/.test(line);
    out.push(
      new Paragraph({
        children: [new TextRun(bullet ? line.replace(/^\s*[-*]\s+/, '') : line)],
        ...(bullet ? { bullet: { level: 0 } } : {}),
        spacing: { after: 120 },
      }),
    );
  }
  return out;
}

/** The version as a .docx file's bytes. */
export async function documentDocx(f: FileFacts): Promise<Buffer> {
  const word = await wordLibrary();
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = word;
  const children: Paragraph[] = [
    new Paragraph({ text: f.title, heading: HeadingLevel.TITLE }),
    ...f.lines.map((l) => new Paragraph({ children: [new TextRun({ text: l, color: '555555', size: 18 })] })),
  ];
  for (const s of f.sections) {
    children.push(new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_1 }));
    if (s.generated) {
      children.push(
        new Paragraph({
          children: [
            new TextRun({ text: `[${GENERATED_MARK}]`, italics: true, color: '9C5700', highlight: 'yellow' }),
          ],
        }),
      );
    }
    children.push(...paragraphsOf(word, s.body));
  }
  const doc = new Document({
    creator: 'Vigil',
    title: f.title,
    description: `${f.organization}, ${f.engagement}`,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/** The version as a PDF's bytes. */
export async function documentPdf(f: FileFacts): Promise<Buffer> {
  const md = f.sections
    .map((s) => `## ${s.title}\n\n${s.generated ? `*[${GENERATED_MARK}]*\n\n` : ''}${s.body}`)
    .join('\n\n');
  return markdownPdf(md, { title: f.title, subject: `${f.organization}, ${f.engagement}`, lines: f.lines });
}
