/**
 * Markdown documents as PDFs an auditor opens: `marked`'s lexer turned into pdfmake content
 * (headings, paragraphs, lists, bold, italics, quotes, code) set in the standard Helvetica fonts,
 * so nothing is downloaded or read from disk at run time.
 */
import { lexer, type Token, type Tokens } from 'marked';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfMaker } from './file-libraries.ts';

type Inline =
  | string
  | { text: Inline[] | string; bold?: boolean; italics?: boolean; decoration?: 'underline' };

function decode(text: string) {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

function inline(tokens: Token[] | undefined): Inline[] {
  const out: Inline[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'strong':
        out.push({ text: inline((t as Tokens.Strong).tokens), bold: true });
        break;
      case 'em':
        out.push({ text: inline((t as Tokens.Em).tokens), italics: true });
        break;
      case 'link':
        out.push({ text: inline((t as Tokens.Link).tokens), decoration: 'underline' });
        break;
      case 'br':
        out.push('\n');
        break;
      case 'text': {
        const text = t as Tokens.Text;
        out.push(...(text.tokens ? inline(text.tokens) : [decode(text.text)]));
        break;
      }
      default:
        out.push(decode('text' in t && typeof t.text === 'string' ? t.text : t.raw));
    }
  }
  return out;
}

const HEADING_SIZES = [18, 15, 13, 12, 11, 11];

function block(t: Token): Content | null {
  switch (t.type) {
    case 'heading': {
      const h = t as Tokens.Heading;
      return {
        text: inline(h.tokens),
        bold: true,
        fontSize: HEADING_SIZES[h.depth - 1] ?? 11,
        margin: [0, h.depth === 1 ? 0 : 10, 0, 4],
      } as Content;
    }
    case 'paragraph':
      return { text: inline((t as Tokens.Paragraph).tokens), margin: [0, 0, 0, 6] } as Content;
    case 'list': {
      const list = t as Tokens.List;
      const items = list.items.map((item) => {
        const parts = item.tokens.map(block).filter((c): c is Content => c !== null);
        return parts.length === 1 ? parts[0]! : { stack: parts };
      });
      return (
        list.ordered ? { ol: items, margin: [0, 0, 0, 6] } : { ul: items, margin: [0, 0, 0, 6] }
      ) as Content;
    }
    case 'text': {
      const text = t as Tokens.Text;
      return { text: text.tokens ? inline(text.tokens) : decode(text.text) } as Content;
    }
    case 'blockquote':
      return {
        stack: (t as Tokens.Blockquote).tokens.map(block).filter((c): c is Content => c !== null),
        italics: true,
        margin: [12, 0, 0, 6],
      } as Content;
    case 'code':
      return { text: (t as Tokens.Code).text, fontSize: 9, margin: [12, 0, 0, 6] } as Content;
    case 'hr':
      return {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 515, y2: 0, lineWidth: 0.5 }],
        margin: [0, 4, 0, 8],
      };
    case 'space':
      return null;
    default:
      return 'raw' in t && t.raw.trim()
        ? ({ text: decode(t.raw.trim()), margin: [0, 0, 0, 6] } as Content)
        : null;
  }
}

/** pdfmake content for a Markdown text. */
export function markdownContent(markdown: string): Content[] {
  return lexer(markdown)
    .map(block)
    .filter((c): c is Content => c !== null);
}

/** What a document's cover lines and PDF properties say about it. */
export interface DocumentFacts {
  /** The PDF's title property and the first line ("Acceptable Use Policy, version 2.0"). */
  title: string;
  /** Lines printed above the text: version, approver, approval date, content hash … */
  lines: string[];
  /** Repeated in the PDF's subject property, where a program reading the file finds it. */
  subject: string;
}

/** Renders a Markdown text as a PDF with a header block of facts; resolves to the file's bytes. */
export async function markdownPdf(markdown: string, facts: DocumentFacts): Promise<Buffer> {
  const doc: TDocumentDefinitions = {
    info: { title: facts.title, subject: facts.subject, creator: 'Vigil' },
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2 },
    content: [
      { text: facts.title, bold: true, fontSize: 9, color: '#555555' },
      ...facts.lines.map((line) => ({ text: line, fontSize: 9, color: '#555555' })),
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 515, y2: 0, lineWidth: 0.5 }], margin: [0, 6, 0, 12] },
      ...markdownContent(markdown),
    ],
    footer: (page: number, pages: number) => ({
      text: `${facts.title} · page ${page} of ${pages}`,
      fontSize: 8,
      color: '#777777',
      alignment: 'center',
    }),
  };
  return (await pdfMaker()).createPdf(doc).getBuffer();
}
