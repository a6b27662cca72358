/**
 * A population uploaded as CSV (a system Vigil does not read itself): the header names the id and
 * time columns, every other column is kept as an attribute so the hash covers what the auditor saw.
 * The whole file is checked before anything is returned, so an upload stores all of it or nothing.
 */
import { invalid } from './errors.ts';
import { parseCsv } from './lms-import.ts';
import { buildPopulation, type Population, type PopulationRowInput } from './sampling.ts';

export interface PopulationCsvColumns {
  /** The header of the column holding each item's unique id. */
  idColumn: string;
  /** The header of the column holding when each item happened. */
  timeColumn: string;
}

const norm = (h: string) => h.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Reads a CSV population. Errors name the file and line: a missing column, a repeated header, a
 * row with more cells than the header, an empty id, a time that is not an instant, a repeated id.
 */
export function populationFromCsv(fileName: string, text: string, columns: PopulationCsvColumns): Population {
  let records: { line: number; cells: string[] }[];
  try {
    records = parseCsv(text);
  } catch (err) {
    throw invalid('file', `${fileName}: malformed CSV: ${(err as Error).message}`);
  }
  const header = records.shift();
  if (!header) throw invalid('file', `${fileName}: line 1: the file is empty (expected a header row)`);
  const names = header.cells.map((h) => h.trim());
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    if (name === '') throw invalid('file', `${fileName}: line ${header.line}: column ${i + 1} has no name`);
    if (seen.has(norm(name)))
      throw invalid('file', `${fileName}: line ${header.line}: the column "${name}" appears twice`);
    seen.set(norm(name), i);
  });
  const find = (field: 'idColumn' | 'timeColumn') => {
    const i = seen.get(norm(columns[field]));
    if (i === undefined)
      throw invalid(
        field,
        `${fileName}: line ${header.line}: there is no column "${columns[field]}" (the columns are ${names.map((n) => `"${n}"`).join(', ')})`,
      );
    return i;
  };
  const idAt = find('idColumn');
  const timeAt = find('timeColumn');
  if (idAt === timeAt)
    throw invalid('timeColumn', `${fileName}: the id and the time must come from different columns`);

  const rows: PopulationRowInput[] = records.map((r) => {
    if (r.cells.length > names.length)
      throw invalid(
        'file',
        `${fileName}: line ${r.line}: ${r.cells.length} cells, but the header names ${names.length} columns`,
      );
    const attributes: Record<string, string> = {};
    names.forEach((name, i) => {
      if (i !== idAt && i !== timeAt) attributes[name] = r.cells[i] ?? '';
    });
    return { id: (r.cells[idAt] ?? '').trim(), occurredAt: (r.cells[timeAt] ?? '').trim(), attributes };
  });
  return buildPopulation(rows, (i) => `${fileName}: line ${records[i]!.line}`);
}
