/** Cell and field parsers shared by the saas importers: booleans, dates and timestamps as exports write them. */
import { ImportError } from '@vigil/monitoring';

/** Thrown by the parsers below; the importer adds the file and line. */
export class ValueError extends Error {}

const TRUE = new Set(['true', 'yes', 'y', '1', 'on', 'enabled', 'enrolled', 'enforced']);
const FALSE = new Set(['false', 'no', 'n', '0', 'off', 'disabled', 'not enrolled', 'not enforced']);

/** `True`/`yes`/`1`/`on` → true, the opposites → false, empty → undefined, anything else throws. */
export function parseBool(v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  const s = v.trim().toLowerCase();
  if (s === '') return undefined;
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  throw new ValueError(`"${v}" is not a yes/no value`);
}

/** How to read `03/04/2024`: month first (US) or day first. */
export type DateOrder = 'mdy' | 'dmy';

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number, raw: string): string {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) {
    throw new ValueError(`"${raw}" is not a valid date`);
  }
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Parses a calendar date to `YYYY-MM-DD`: ISO, `YYYY/MM/DD`, and day-first or month-first numeric
 * dates (`order` decides `03/04/2024`), plus a trailing time which is dropped.
 */
export function parseDate(v: string | undefined, order: DateOrder = 'mdy'): string | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  const s = v.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]), s);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[T ,].*)?$/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === 'mdy' ? ymd(Number(m[3]), a, b, s) : ymd(Number(m[3]), b, a, s);
  }
  throw new ValueError(
    `"${v}" is not a date (expected YYYY-MM-DD or ${order === 'mdy' ? 'MM/DD/YYYY' : 'DD.MM.YYYY'})`,
  );
}

/**
 * Parses a timestamp to ISO-8601 UTC. Accepts ISO with or without a zone, and `YYYY/MM/DD hh:mm:ss`
 * or `MM/DD/YYYY hh:mm[:ss] [AM|PM]`; a timestamp without a zone is read as UTC.
 */
export function parseTimestamp(v: string | undefined): string | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  const s = v.trim();
  let m =
    /^(\d{4})[-/](\d{2})[-/](\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC)?$/i.exec(
      s,
    );
  if (m) {
    const zone = m[7] && m[7].toUpperCase() !== 'UTC' ? m[7] : 'Z';
    const iso = `${m[1]}-${m[2]}-${m[3]}T${pad(Number(m[4]))}:${m[5]}:${m[6] ?? '00'}${zone}`;
    const t = Date.parse(iso);
    if (Number.isNaN(t)) throw new ValueError(`"${v}" is not a valid timestamp`);
    return new Date(t).toISOString();
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?$/i.exec(s);
  if (m) {
    let h = Number(m[4]);
    if (m[7]) h = (h % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0);
    const day = ymd(Number(m[3]), Number(m[1]), Number(m[2]), s);
    return new Date(`${day}T${pad(h)}:${m[5]}:${m[6] ?? '00'}Z`).toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return `${parseDate(s)}T00:00:00.000Z`;
  throw new ValueError(`"${v}" is not a timestamp (expected ISO-8601 or YYYY-MM-DD hh:mm:ss)`);
}

/** Runs a cell parser and turns its ValueError into an ImportError naming file, line and column. */
export function cell<T>(file: string, line: number, column: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof ValueError)
      throw new ImportError(file, `line ${line}`, `column "${column}": ${err.message}`);
    throw err;
  }
}
