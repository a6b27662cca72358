/**
 * Finding the fields of an uploaded table in its header row: each field has the usual names a
 * tool exports, and the person uploading may name the file's own column for a field instead.
 * Shared by the importers that read a header row (training completions, auditors' request lists).
 */

import { invalid, type VigilError } from './errors.ts';

/** One field an importer reads: the words for it and the header names it usually has. */
export interface ColumnSpec<F extends string> {
  field: F;
  label: string;
  headers: readonly string[];
  required: boolean;
}

/** Where a field was found: its cell index and the header as the file spells it. */
export interface FoundColumn {
  index: number;
  name: string;
}

/** Header comparison ignores case, surrounding space and runs of inner space. */
export const normaliseHeader = (h: string) => h.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Finds each field's column in `header`, preferring the column `chosen` names for it over the usual
 * names; the first of repeated headers wins. Throws a `validation_failed` error on `file` naming the
 * file, line 1, every missing column (a chosen one by its name, a required one by its usual names)
 * and the header the file has.
 */
export function resolveColumns<F extends string>(
  fileName: string,
  header: readonly string[],
  specs: readonly ColumnSpec<F>[],
  chosen: Partial<Record<F, string>> = {},
): Map<F, FoundColumn> {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(normaliseHeader(h))) index.set(normaliseHeader(h), i);
  });
  const at = new Map<F, FoundColumn>();
  const missing: string[] = [];
  for (const col of specs) {
    const pick = chosen[col.field]?.trim();
    const names = pick ? [pick] : col.headers;
    const found = names.find((n) => index.has(normaliseHeader(n)));
    if (found !== undefined) {
      const i = index.get(normaliseHeader(found))!;
      at.set(col.field, { index: i, name: header[i]!.trim() });
    } else if (pick) missing.push(`"${pick}" (chosen for ${col.label})`);
    else if (col.required)
      missing.push(
        `${col.label} (usually ${col.headers
          .slice(0, 3)
          .map((h) => `"${h}"`)
          .join(' or ')})`,
      );
  }
  if (missing.length > 0) {
    const has = header.map((h) => `"${h.trim()}"`).join(', ');
    throw missingColumns(
      fileName,
      `missing column ${missing.join('; missing column ')}; the header has ${has}; choose the column that holds each field`,
    );
  }
  return at;
}

function missingColumns(fileName: string, message: string): VigilError {
  return invalid('file', `${fileName}: line 1: ${message}`);
}
