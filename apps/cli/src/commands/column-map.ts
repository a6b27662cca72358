/**
 * `--map column=field` and `--map-file mapping.json`: the columns of a person's own CSV export chosen
 * for the fields a CSV importer reads (a roster whose email column is "Mail": `--map Mail=email`).
 */
import { readFile } from 'node:fs/promises';
import type { FileImporter } from '@vigil/monitoring';
import { CliError } from '../output.ts';

/** The options of a command that reads CSV files. */
export interface MapOptions {
  map?: string[];
  mapFile?: string;
}

/** Column → field pairs from `--map` (repeatable) and `--map-file` (a JSON object of the same pairs). */
export async function readColumnMap(opts: MapOptions, exitCode: number): Promise<[string, string][]> {
  const pairs: [string, string][] = [];
  if (opts.mapFile) {
    let doc: unknown;
    try {
      doc = JSON.parse(await readFile(opts.mapFile, 'utf8'));
    } catch (err) {
      const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'invalid JSON';
      throw new CliError(`--map-file ${opts.mapFile}: ${why}`, exitCode);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
      throw new CliError(
        `--map-file ${opts.mapFile}: must be a JSON object of column name → field, e.g. {"Mail": "email"}`,
        exitCode,
      );
    }
    for (const [column, field] of Object.entries(doc)) {
      if (typeof field !== 'string' || !column.trim() || !field.trim())
        throw new CliError(`--map-file ${opts.mapFile}: "${column}" must name a field (text)`, exitCode);
      pairs.push([column.trim(), field.trim()]);
    }
  }
  for (const m of opts.map ?? []) {
    const at = m.lastIndexOf('=');
    if (at <= 0 || at === m.length - 1)
      throw new CliError(`--map ${m}: write it as column=field, e.g. --map "Mail=email"`, exitCode);
    pairs.push([m.slice(0, at).trim(), m.slice(at + 1).trim()]);
  }
  return pairs;
}

/** The field → column mapping for one importer, or an error naming the fields it reads. */
export function columnsFor(
  importer: FileImporter,
  pairs: readonly [string, string][],
  exitCode: number,
): Record<string, string> | undefined {
  if (pairs.length === 0) return undefined;
  const fields = importer.columns ?? [];
  if (fields.length === 0)
    throw new CliError(`--map: ${importer.id} does not read CSV columns; --map is for CSV imports`, exitCode);
  const out: Record<string, string> = {};
  for (const [column, field] of pairs) {
    if (!fields.some((f) => f.field === field)) {
      const known = fields.map((f) => `${f.field} (${f.label})`).join(', ');
      throw new CliError(
        `--map ${column}=${field}: ${importer.id} has no field ${field}; its fields: ${known}`,
        exitCode,
      );
    }
    if (out[field]) throw new CliError(`--map: field ${field} is given two columns`, exitCode);
    out[field] = column;
  }
  return out;
}
