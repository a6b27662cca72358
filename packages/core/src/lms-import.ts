/**
 * Reading a learning system's completion export (CSV): the header is mapped to the fields Vigil
 * needs, with a person's own column choices first (as the roster importer does), every row is
 * checked, and the first problem is reported naming the file, line and column. Nothing is returned
 * unless the whole file is good, so an import stores all of it or nothing.
 */

import { normaliseHeader as norm, resolveColumns } from './columns.ts';
import { isIsoDate } from './days.ts';
import { invalid, type VigilError } from './errors.ts';
import { cycleOf, type TrainingCycle } from './training.ts';

/** The fields of a completion export. */
export const LMS_FIELDS = ['email', 'course', 'completed_on', 'score'] as const;
export type LmsField = (typeof LMS_FIELDS)[number];

/** Each field in a customer's words, whether it is required, and the header names LMS exports use. */
export const LMS_COLUMNS: readonly {
  field: LmsField;
  label: string;
  required: boolean;
  headers: string[];
}[] = [
  {
    field: 'email',
    label: 'email',
    required: true,
    headers: ['User Email', 'Email', 'Email Address', 'Learner Email', 'User email address'],
  },
  {
    field: 'course',
    label: 'course',
    required: true,
    headers: ['Course Title', 'Course Name', 'Course', 'Training Name', 'Module', 'Content Title'],
  },
  {
    field: 'completed_on',
    label: 'completion date',
    required: true,
    headers: ['Completion Date', 'Completed Date', 'Date Completed', 'Completed On', 'Completed At'],
  },
  {
    field: 'score',
    label: 'score',
    required: false,
    headers: ['Score', 'Final Score', 'Grade', 'Score (%)'],
  },
];

/** How the file's dates are written when they are not YYYY-MM-DD: month first (US) or day first. */
export type LmsDateOrder = 'mdy' | 'dmy';

export interface LmsImportOptions {
  /** The file's own column chosen for a field (`{ email: "Learner" }`), over the usual names. */
  columns?: Partial<Record<LmsField, string>>;
  dateOrder?: LmsDateOrder;
  /** Completion dates after this day are refused. */
  today: string;
}

/** One completion as the file says it. */
export interface LmsRow {
  line: number;
  email: string;
  course: string;
  completedOn: string;
  score: number | null;
}

/** Parses CSV text into records with the line each starts on (RFC 4180: quotes, doubled quotes, newlines in quotes). */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  const src = text.replace(/^\uFEFF/, '');
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let any = false;
  const endRecord = () => {
    cells.push(cell);
    if (any || cells.length > 1 || cell.trim() !== '') out.push({ line: startLine, cells });
    cells = [];
    cell = '';
    any = false;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      quoted = true;
      any = true;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      any = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      startLine = line;
    } else cell += ch;
  }
  if (quoted) throw new Error(`line ${startLine}: a quoted cell is never closed`);
  if (cell !== '' || cells.length > 0 || any) endRecord();
  return out;
}

/** The date a cell holds, or an error text. Accepts YYYY-MM-DD (with a time), MM/DD/YYYY or DD/MM/YYYY per `order`. */
export function parseLmsDate(value: string, order: LmsDateOrder = 'mdy'): string | { error: string } {
  const s = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  let ymd: [number, number, number] | null = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  if (!ymd) {
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ ,T].*)?$/.exec(s);
    if (m) {
      const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      ymd = order === 'mdy' ? [y, a, b] : [y, b, a];
    }
  }
  const expected = `expected YYYY-MM-DD or ${order === 'mdy' ? 'MM/DD/YYYY' : 'DD/MM/YYYY'}`;
  if (!ymd) return { error: `"${value}" is not a date (${expected})` };
  const date = `${ymd[0]}-${String(ymd[1]).padStart(2, '0')}-${String(ymd[2]).padStart(2, '0')}`;
  if (!isIsoDate(date)) return { error: `"${value}" is not a date on the calendar (${expected})` };
  return date;
}

function fail(fileName: string, where: string, message: string): VigilError {
  return invalid('file', `${fileName}: ${where}: ${message}`);
}

/**
 * Reads a completion export. Throws a `validation_failed` error naming the file, line and column
 * for a missing column, an empty or unreadable cell, a date in the future or a repeated row.
 */
export function readLmsExport(fileName: string, text: string, opts: LmsImportOptions): LmsRow[] {
  let records: { line: number; cells: string[] }[];
  try {
    records = parseCsv(text);
  } catch (err) {
    throw fail(fileName, 'malformed CSV', (err as Error).message);
  }
  const header = records.shift();
  if (!header) throw fail(fileName, 'line 1', 'the file is empty (expected a header row and completions)');
  const at = resolveColumns(fileName, header.cells, LMS_COLUMNS, opts.columns);
  const rows: LmsRow[] = [];
  const seen = new Map<string, number>();
  for (const rec of records) {
    if (rec.cells.length !== header.cells.length) {
      throw fail(
        fileName,
        `line ${rec.line}`,
        `has ${rec.cells.length} cells where the header has ${header.cells.length}`,
      );
    }
    const get = (f: LmsField) => {
      const c = at.get(f);
      return c ? (rec.cells[c.index] ?? '').trim() : '';
    };
    const col = (f: LmsField) => `column "${at.get(f)!.name}"`;
    const where = (f: LmsField) => `line ${rec.line}, ${col(f)}`;
    const email = get('email').toLowerCase();
    if (!email) throw fail(fileName, where('email'), "is empty (expected the person's email)");
    if (!/^[^@\s]+@[^@\s]+$/.test(email))
      throw fail(fileName, where('email'), `"${get('email')}" is not an email address`);
    const course = get('course');
    if (!course) throw fail(fileName, where('course'), 'is empty (expected the course title)');
    const rawDate = get('completed_on');
    if (!rawDate) throw fail(fileName, where('completed_on'), 'is empty (expected the completion date)');
    const date = parseLmsDate(rawDate, opts.dateOrder);
    if (typeof date !== 'string') throw fail(fileName, where('completed_on'), date.error);
    if (date > opts.today) throw fail(fileName, where('completed_on'), `${date} is in the future`);
    let score: number | null = null;
    const rawScore = get('score');
    if (at.has('score') && rawScore) {
      const n = Number(rawScore.replace(/%$/, '').trim());
      if (!Number.isFinite(n) || n < 0 || n > 100) {
        throw fail(fileName, where('score'), `"${rawScore}" is not a score from 0 to 100`);
      }
      score = n;
    }
    const key = `${email}\u0000${norm(course)}\u0000${date}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw fail(fileName, `line ${rec.line}`, `repeats line ${first} (${email}, "${course}", ${date})`);
    }
    seen.set(key, rec.line);
    rows.push({ line: rec.line, email, course, completedOn: date, score });
  }
  if (rows.length === 0) throw fail(fileName, 'line 2', 'the file has a header but no completions');
  return rows;
}

/** A course as the import matches it: by title, case- and space-insensitively. */
export interface ImportCourse {
  id: string;
  title: string;
  cadenceMonths: number;
  cycleStart: string;
}

/** A completion ready to store: who, which course, which cycle. */
export interface ResolvedCompletion extends LmsRow {
  personId: string;
  courseId: string;
  cycle: TrainingCycle;
}

/**
 * Matches the rows to people (by email) and courses (by title) and gives each its cycle. Throws
 * naming the line for an unknown person or course, a completion before the course's first cycle,
 * or two completions of one person, course and cycle.
 */
export function resolveLmsRows(
  fileName: string,
  rows: readonly LmsRow[],
  peopleByEmail: ReadonlyMap<string, string>,
  courses: readonly ImportCourse[],
  columns: Partial<Record<LmsField, string>> = {},
): ResolvedCompletion[] {
  const byTitle = new Map(courses.map((c) => [norm(c.title), c]));
  const seen = new Map<string, number>();
  const name = (f: LmsField) => columns[f] ?? LMS_COLUMNS.find((c) => c.field === f)!.label;
  return rows.map((row) => {
    const personId = peopleByEmail.get(row.email);
    if (!personId) {
      throw fail(
        fileName,
        `line ${row.line}, ${name('email')}`,
        `nobody in the person register has the email ${row.email}`,
      );
    }
    const course = byTitle.get(norm(row.course));
    if (!course) {
      const known = courses.map((c) => `"${c.title}"`).join(', ') || 'none yet';
      throw fail(
        fileName,
        `line ${row.line}, ${name('course')}`,
        `no course is called "${row.course}" (courses: ${known})`,
      );
    }
    if (row.completedOn < course.cycleStart) {
      throw fail(
        fileName,
        `line ${row.line}, ${name('completed_on')}`,
        `${row.completedOn} is before the first cycle of "${course.title}" (which starts ${course.cycleStart})`,
      );
    }
    const cycle = cycleOf(course.cycleStart, course.cadenceMonths, row.completedOn);
    const key = `${personId}\u0000${course.id}\u0000${cycle.start}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw fail(
        fileName,
        `line ${row.line}`,
        `${row.email} completed "${course.title}" twice in the cycle ${cycle.start} to ${cycle.end} (lines ${first} and ${row.line})`,
      );
    }
    seen.set(key, row.line);
    return { ...row, personId, courseId: course.id, cycle };
  });
}
