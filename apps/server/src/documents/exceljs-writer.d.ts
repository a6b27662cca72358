// The spreadsheet library's streaming writer, imported alone (see file-libraries.ts); its types are
// the ones the library publishes for the same class.
declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  import type ExcelJS from 'exceljs';

  const WorkbookWriter: typeof ExcelJS.stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}
