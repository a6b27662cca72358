/** HRIS roster CSV importers: one per preset, plus a factory for an explicit column mapping. */
import { type FileImporter, ImportError, type ImportInput, type Resource } from '@vigil/monitoring';
import type { HrEmployeeAttributes } from '@vigil/monitoring/resource-types/saas';
import { z } from 'zod';
import { type ColumnSpec, columnsOf, csvRows } from '../io/csv.ts';
import { cell, type DateOrder, parseDate } from '../io/values.ts';
import { HR_PRESETS, type HrField, type HrPreset, normalizeHrStatus, REQUIRED_HR_FIELDS } from './presets.ts';

const FIELDS = [
  'email',
  'employee_id',
  'name',
  'first_name',
  'last_name',
  'status',
  'worker_type',
  'start_date',
  'termination_date',
  'manager',
  'department',
] as const satisfies readonly HrField[];

/** An explicit mapping from roster fields to the CSV's own header names. */
export const HrMappingSchema = z.strictObject({
  columns: z.strictObject({
    email: z.string().min(1),
    status: z.string().min(1),
    start_date: z.string().min(1),
    termination_date: z.string().min(1),
    employee_id: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
    first_name: z.string().min(1).optional(),
    last_name: z.string().min(1).optional(),
    worker_type: z.string().min(1).optional(),
    manager: z.string().min(1).optional(),
    department: z.string().min(1).optional(),
  }),
  date_order: z.enum(['mdy', 'dmy']).default('mdy'),
  /** Extra status words of this HRIS, e.g. `{ "terminated": ["Alumni"] }`. */
  status_values: z
    .strictObject({
      active: z.array(z.string()).optional(),
      leave: z.array(z.string()).optional(),
      terminated: z.array(z.string()).optional(),
    })
    .optional(),
});
/** The type `HrMappingSchema` accepts. */
export type HrMapping = z.input<typeof HrMappingSchema>;

interface RosterSpec {
  id: string;
  title: string;
  dateOrder: DateOrder;
  columns: Partial<Record<HrField, readonly string[]>>;
  statusValues?: Partial<Record<'active' | 'leave' | 'terminated', string[]>>;
}

/** The roster fields in a customer's words. */
const LABELS: Record<HrField, string> = {
  email: 'work email',
  employee_id: 'employee id',
  name: 'full name',
  first_name: 'first name',
  last_name: 'last name',
  status: 'employment status',
  worker_type: 'worker type',
  start_date: 'start date',
  termination_date: 'termination date',
  manager: 'manager',
  department: 'department',
};

// Every field, even one the preset has no name for, so a person can point it at a column.
function specs(spec: RosterSpec): ColumnSpec<HrField>[] {
  return FIELDS.map((f) => ({
    field: f,
    label: LABELS[f],
    headers: spec.columns[f] ?? [],
    required: REQUIRED_HR_FIELDS.includes(f),
  }));
}

const normHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .replace(/^"|"$/g, '')
    .trim()
    .replace(/\s+/g, ' ');

/** The header cells of a CSV's first line (quoted cells may hold commas). */
function headerCells(head: string): string[] {
  const line = head.split(/\r?\n/, 1)[0] ?? '';
  return (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((c) => normHeader(c.replace(/,$/, '')));
}

/**
 * How well a header fits a preset, or 0 when a required field has no column: each column the preset
 * names counts, twice more when spelled exactly as the vendor does (Personio's "Hire date" against
 * Gusto's "Hire Date").
 */
function presetScore(cells: readonly string[], columns: RosterSpec['columns']): number {
  const lower = new Set(cells.map((c) => c.toLowerCase()));
  const exact = new Set(cells);
  const fits = (f: HrField) => (columns[f] ?? []).some((h) => lower.has(h.toLowerCase()));
  if (!REQUIRED_HR_FIELDS.every(fits)) return 0;
  let score = 0;
  for (const names of Object.values(columns)) {
    if (names.some((h) => lower.has(h.toLowerCase()))) score += 1;
    if (names.some((h) => exact.has(h))) score += 2;
  }
  return score;
}

/** The preset whose names fit a CSV header best (the first of equals), or undefined. */
export function bestPreset(head: string): HrPreset | undefined {
  const cells = headerCells(head);
  let best: HrPreset | undefined;
  let bestScore = 0;
  for (const p of HR_PRESETS) {
    const score = presetScore(cells, p.columns);
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best;
}

async function* readRoster(input: ImportInput, spec: RosterSpec): AsyncGenerator<Resource> {
  const header = (f: HrField) => input.columns?.[f] ?? spec.columns[f]?.[0] ?? LABELS[f];
  const date = (line: number, f: HrField, v: string | undefined) =>
    cell(input.name, line, header(f), () => parseDate(v, spec.dateOrder));
  const seen = new Map<string, number>();
  // Everyone a manager cell may name (email, full name or employee id), and the cells to check once read.
  const known = new Set<string>();
  const managers: { line: number; value: string }[] = [];
  for await (const row of csvRows(input, specs(spec), { context: `preset ${spec.id}` })) {
    const email = row.get('email')?.toLowerCase();
    const employeeId = row.get('employee_id');
    const id = email ?? (employeeId ? `id:${employeeId}` : undefined);
    if (!id)
      throw new ImportError(
        input.name,
        `line ${row.line}`,
        `row has no "${header('email')}" and no employee id`,
      );
    // A repeated worker would silently overwrite the first; say so instead.
    const first = seen.get(id);
    if (first !== undefined) {
      const column = email ? header('email') : header('employee_id');
      throw new ImportError(
        input.name,
        `line ${row.line}`,
        `column "${column}": worker ${id} appears twice (first on line ${first})`,
      );
    }
    seen.set(id, row.line);
    const raw = row.get('status');
    const name =
      row.get('name') ??
      ([row.get('first_name'), row.get('last_name')].filter(Boolean).join(' ') || undefined);
    const attributes: HrEmployeeAttributes = {
      email,
      employee_id: employeeId,
      name,
      status: raw === undefined ? undefined : normalizeHrStatus(raw, spec.statusValues),
      raw_status: raw,
      worker_type: row.get('worker_type'),
      start_date: date(row.line, 'start_date', row.get('start_date')),
      termination_date: date(row.line, 'termination_date', row.get('termination_date')),
      // No column: nothing is known (the check reports missing input); an empty cell: no manager.
      manager: row.has('manager') ? (row.get('manager') ?? null) : undefined,
      department: row.get('department'),
    };
    const { start_date: start, termination_date: end } = attributes;
    if (start && end && end < start) {
      throw new ImportError(
        input.name,
        `line ${row.line}`,
        `column "${header('termination_date')}": ${end} is before the start date ${start}`,
      );
    }
    for (const k of [email, employeeId, name]) if (k) known.add(k.trim().toLowerCase());
    if (attributes.manager) managers.push({ line: row.line, value: attributes.manager });
    yield { source: 'hris', type: 'hr.employee', externalId: id, name: name ?? id, attributes };
  }
  // A manager who is nobody in the roster is a typo or a missing row; the register could not link them.
  const unknown = managers.find((m) => !known.has(m.value.trim().toLowerCase()));
  if (unknown) {
    throw new ImportError(
      input.name,
      `line ${unknown.line}`,
      `column "${header('manager')}": manager "${unknown.value}" is nobody in the roster (no row has that email, name or employee id)`,
    );
  }
}

function importer(spec: RosterSpec): FileImporter {
  return {
    id: `hr.roster.${spec.id}`,
    source: 'hris',
    title: `HRIS roster: ${spec.title}`,
    description:
      `A people report from ${spec.title}, exported as CSV. It needs a work email, ` +
      `employment status, start date and termination date per person (by default the columns ` +
      `${REQUIRED_HR_FIELDS.map((f) => `"${spec.columns[f]?.[0]}"`).join(', ')}); other names can be chosen per column.`,
    produces: ['hr.employee'],
    // Several presets share names ("Work Email", "Status"): only the best fit claims the file.
    detect: (head) => bestPreset(head)?.id === spec.id,
    columns: columnsOf(specs(spec)),
    read: (input) => readRoster(input, spec),
  };
}

const fromPreset = (p: HrPreset): RosterSpec => ({ ...p });

/** One importer per HRIS preset (`hr.roster.bamboohr`, `hr.roster.gusto`, … `hr.roster.vigil`). */
export const HR_ROSTER_IMPORTERS: FileImporter[] = HR_PRESETS.map((p) => importer(fromPreset(p)));

/** An importer for a roster whose headers are mapped explicitly (validated; throws ZodError when invalid). */
export function hrRosterImporter(mapping: HrMapping): FileImporter {
  const m = HrMappingSchema.parse(mapping);
  const columns: Partial<Record<HrField, readonly string[]>> = {};
  for (const [field, headerName] of Object.entries(m.columns)) {
    if (headerName) columns[field as HrField] = [headerName];
  }
  return importer({
    id: 'custom',
    title: 'mapped columns',
    dateOrder: m.date_order,
    columns,
    statusValues: m.status_values,
  });
}
