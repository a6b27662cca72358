/**
 * Streaming CSV with named columns: csv-parse reads the UTF-8 chunks, the header is mapped to the
 * fields an importer needs, and every error names the file and the line.
 */
import { pipeline, Readable } from 'node:stream';
import { ImportError, type ImportInput } from '@vigil/monitoring';
import { CsvError, parse } from 'csv-parse';
import { utf8Chunks } from './utf8.ts';

/** One field an importer reads, with the header names it accepts (compared case- and space-insensitively). */
export interface ColumnSpec<F extends string = string> {
  field: F;
  headers: readonly string[];
  required?: boolean;
  /** The field in a customer's words, for messages ("work email"). */
  label?: string;
  /** Set when `headers` is the one column a person chose, which must then be present. */
  chosen?: boolean;
}

/** Specs with a person's chosen columns in place of the built-in header names. */
export function withChosenColumns<F extends string>(
  specs: readonly ColumnSpec<F>[],
  chosen: Readonly<Record<string, string>> | undefined,
): ColumnSpec<F>[] {
  if (!chosen) return [...specs];
  return specs.map((s) => (chosen[s.field] ? { ...s, headers: [chosen[s.field]!], chosen: true } : s));
}

/** The importer-facing description of CSV fields: what a person can point at columns of their own. */
export const columnsOf = (specs: readonly ColumnSpec[]) =>
  specs.map((s) => ({
    field: s.field,
    label: s.label ?? s.field,
    required: s.required ?? false,
    headers: s.headers,
  }));

/** One data row: its line and the mapped cells. */
export interface CsvRow<F extends string> {
  line: number;
  /** Trimmed cell per mapped field; empty cells are absent. */
  get(field: F): string | undefined;
  /** True when the file has a column for the field (an empty cell then means "none recorded"). */
  has(field: F): boolean;
}

const norm = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** Maps a header row to field indexes, or throws ImportError naming every missing required column. */
export function mapHeader<F extends string>(
  header: readonly string[],
  specs: readonly ColumnSpec<F>[],
  file: string,
  context: string,
): Map<F, number> {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(norm(h))) index.set(norm(h), i);
  });
  const out = new Map<F, number>();
  const missing: string[] = [];
  for (const spec of specs) {
    const found = spec.headers.map((h) => index.get(norm(h))).find((i) => i !== undefined);
    const what = spec.label ? ` for ${spec.label}` : '';
    if (found !== undefined) out.set(spec.field, found);
    // A column a person chose must be there, required field or not: a typo would silently drop it.
    else if (spec.chosen) missing.push(`"${spec.headers[0]}" (chosen${what})`);
    else if (spec.required) missing.push(`${spec.headers.map((h) => `"${h}"`).join(' or ')}${what}`);
  }
  if (missing.length > 0) {
    const shown = header
      .slice(0, 40)
      .map((h) => `"${h}"`)
      .join(', ');
    throw new ImportError(
      file,
      'line 1',
      `missing column ${missing.join('; missing column ')} (${context}); the header has ${shown}${header.length > 40 ? ', …' : ''}; choose the column that holds each field`,
    );
  }
  return out;
}

/** How to read the CSV and how to name it in errors. */
export interface CsvOptions {
  /** Text for error messages naming the expected layout, e.g. `preset bamboohr`. */
  context: string;
  delimiter?: string;
}

/** Streams the rows of a CSV export with its header mapped to `specs`. */
export async function* csvRows<F extends string>(
  input: ImportInput,
  specs: readonly ColumnSpec<F>[],
  opts: CsvOptions,
): AsyncGenerator<CsvRow<F>> {
  const parser = parse({
    bom: true,
    delimiter: opts.delimiter ?? ',',
    relax_column_count: false,
    skip_empty_lines: true,
    max_record_size: 1024 * 1024,
    info: true,
  });
  // pipeline (not pipe) so a read or UTF-8 error reaches the parser's iterator instead of escaping.
  pipeline(Readable.from(utf8Chunks(input)), parser, () => {});
  let columns: Map<F, number> | undefined;
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!columns) {
        columns = mapHeader(rec.record, withChosenColumns(specs, input.columns), input.name, opts.context);
        continue;
      }
      const cells = rec.record;
      const map = columns;
      yield {
        line: rec.info.lines,
        get(field: F) {
          const i = map.get(field);
          const v = i === undefined ? undefined : cells[i]?.trim();
          return v === '' ? undefined : v;
        },
        has: (field: F) => map.has(field),
      };
    }
  } catch (err) {
    if (err instanceof ImportError) throw err;
    if (err instanceof CsvError) {
      const lines = (err as CsvError & { lines?: number }).lines;
      throw new ImportError(
        input.name,
        lines ? `line ${lines}` : null,
        `malformed CSV: ${err.message.replace(/^Invalid[^:]*: /, '')}`,
      );
    }
    throw err;
  } finally {
    parser.destroy();
  }
  if (!columns)
    throw new ImportError(input.name, null, `is empty (expected a CSV with a header row; ${opts.context})`);
}
