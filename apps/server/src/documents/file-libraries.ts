/**
 * The spreadsheet, PDF and Word libraries, loaded on first use. Together they are about a thousand
 * modules and some 60 MiB that a command, a worker or a server which never writes such a file should
 * not pay for at start.
 */
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';

/** A new, empty Excel workbook. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}

/**
 * A workbook written row by row to `stream`, from the spreadsheet library's streaming writer alone:
 * half the library's memory (no reader, no CSV), for a file made where memory is counted.
 */
export async function streamingWorkbook(stream: Writable): Promise<ExcelJS.stream.xlsx.WorkbookWriter> {
  const { default: WorkbookWriter } = await import('exceljs/lib/stream/xlsx/workbook-writer.js');
  return new WorkbookWriter({ stream, useStyles: true });
}

/** The Word library. */
export function wordLibrary(): Promise<typeof import('docx')> {
  return import('docx');
}

/** The standard PDF fonts: built into the PDF library, so nothing is downloaded or read from disk. */
const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const STANDARD_NAMES = new Set(Object.values(HELVETICA));

type PdfMake = typeof import('pdfmake');
let pdfLibrary: Promise<PdfMake> | null = null;

/** The PDF library, set to the standard Helvetica fonts and allowed to read nothing else. */
export function pdfMaker(): Promise<PdfMake> {
  pdfLibrary ??= import('pdfmake').then((loaded) => {
    // A CommonJS module: its exports arrive as the default export.
    const pdfmake = (loaded as { default?: PdfMake }).default ?? loaded;
    pdfmake.setFonts({ Helvetica: HELVETICA });
    // Built-in font names only: a document cannot make the server fetch a URL or read a file.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path: string) => STANDARD_NAMES.has(path));
    return pdfmake;
  });
  return pdfLibrary;
}
