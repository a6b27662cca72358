/**
 * The IAM credential report: a CSV (from `aws iam get-credential-report --query Content --output text |
 * base64 -d`) or the raw JSON response whose `Content` is that CSV in base64. Parsed as a stream, row
 * by row, so a report of any size stays within constant memory.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ImportError } from '@vigil/monitoring';
import { CsvError, parse } from 'csv-parse';
import {
  CREDENTIAL_REPORT_COLUMNS,
  type CredentialRow,
  normalizeCredentialRow,
  RowError,
} from './normalize-iam.ts';
import { decodeUtf8 } from './read-input.ts';

/** Longest single CSV record accepted; an unclosed quote would otherwise swallow the whole file. */
const MAX_RECORD_BYTES = 1024 * 1024;

/** Streams normalized rows out of credential report CSV bytes; bad input is an ImportError with its line. */
export async function* credentialReportRows(
  bytes: AsyncIterable<Buffer | Uint8Array> | Iterable<Uint8Array>,
  file: string,
): AsyncGenerator<CredentialRow> {
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    info: true,
    // We check the field count ourselves, after the header, to name the line.
    relax_column_count: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  const source = Readable.from(decodeUtf8(bytes, file));
  // Errors from either side end the iteration below; the promise itself only needs to be observed.
  pipeline(source, parser).catch(() => {});
  let columns: Map<string, number> | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!columns) {
        const header = record.map((c) => c.trim());
        const missing = CREDENTIAL_REPORT_COLUMNS.filter((c) => !header.includes(c));
        if (missing.length > 0) {
          const what =
            missing.length === CREDENTIAL_REPORT_COLUMNS.length ? 'not an IAM credential report: ' : '';
          throw new ImportError(
            file,
            'line 1',
            `${what}missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`,
          );
        }
        columns = new Map(header.map((c, i) => [c, i]));
        continue;
      }
      if (record.length !== columns.size) {
        throw new ImportError(
          file,
          `line ${info.lines}`,
          `expected ${columns.size} fields, found ${record.length}`,
        );
      }
      const row: Record<string, string> = {};
      for (const [name, i] of columns) row[name] = record[i] ?? '';
      try {
        yield normalizeCredentialRow(row);
      } catch (err) {
        if (err instanceof RowError) throw new ImportError(file, `line ${info.lines}`, err.message);
        throw err;
      }
    }
  } catch (err) {
    if (err instanceof ImportError) throw err;
    if (err instanceof CsvError) {
      const lines = (err as CsvError & { lines?: number }).lines;
      throw new ImportError(
        file,
        lines ? `line ${lines}` : null,
        `invalid CSV: ${err.message.replace(/ at line \d+$/, '')}`,
      );
    }
    throw new ImportError(file, null, `cannot read the file: ${(err as Error).message}`);
  } finally {
    source.destroy();
  }
  if (!columns) throw new ImportError(file, null, 'the file is empty');
}

/** Decodes the base64 `Content` of a `get-credential-report` JSON response (or SDK bytes) to CSV bytes. */
export function reportContentBytes(content: string | Uint8Array, file: string): Uint8Array {
  if (typeof content !== 'string') return content;
  const compact = content.replace(/\s+/g, '');
  // Buffer.from silently skips invalid characters, so validate first.
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new ImportError(file, '$.Content', 'not base64 text');
  }
  return Buffer.from(compact, 'base64');
}
