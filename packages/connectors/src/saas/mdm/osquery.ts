/**
 * osquery and Fleet query results: `osqueryi --json` (a JSON array of rows) or `fleetctl query
 * --exit` (one `{"host": …, "rows": [...]}` JSON object per line), for the device query in the README.
 */
import { type FileImporter, ImportError, type ImportInput, type Resource } from '@vigil/monitoring';
import type { EndpointDeviceAttributes } from '@vigil/monitoring/resource-types/saas';
import { z } from 'zod';
import { jsonArrayItems, parseJsonText } from '../io/json.ts';
import { utf8Chunks } from '../io/utf8.ts';
import { parseAt } from '../io/validate.ts';
import { parseBool, ValueError } from '../io/values.ts';
import { platformOf } from './platform.ts';

// osquery prints every column as a string; numbers from some tools arrive as numbers.
const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const RowSchema = z.record(z.string(), Cell);
type Row = z.infer<typeof RowSchema>;
const FleetLineSchema = z.looseObject({ host: z.string(), rows: z.array(RowSchema) });

const str = (row: Row, ...names: string[]) => {
  for (const n of names) {
    const v = row[n];
    if (v !== undefined && v !== null && String(v).trim() !== '') return String(v).trim();
  }
  return undefined;
};

function flag(row: Row, file: string, at: string, ...names: string[]): boolean | undefined {
  const name = names.find((n) => str(row, n) !== undefined);
  if (!name) return undefined;
  try {
    return parseBool(str(row, name));
  } catch (err) {
    if (err instanceof ValueError) throw new ImportError(file, `${at}.${name}`, err.message);
    throw err;
  }
}

// The README query stamps each row with osquery's own clock, which is when the host answered.
function checkedIn(v: string | undefined, file: string, at: string): string | undefined {
  if (v === undefined) return undefined;
  const t = Date.parse(v.includes('T') ? v : `${v.replace(' ', 'T')}Z`);
  if (Number.isNaN(t)) throw new ImportError(file, at, `"${v}" is not a timestamp`);
  return new Date(t).toISOString();
}

/** Builds an `endpoint.device` from one result row of the README device query. */
export function normalizeOsqueryRow(
  row: Row,
  tool: 'osquery' | 'fleet',
  file: string,
  at: string,
  host?: string,
): Resource {
  const hostname = str(row, 'hostname', 'host_hostname', 'computer_name', 'host_display_name') ?? host;
  if (!hostname)
    throw new ImportError(file, at, 'row has no hostname column: run the device query from the README');
  // `alf.global_state` is 0 (off), 1 or 2 (on); the README query exposes it as firewall_enabled.
  const alf = str(row, 'global_state');
  const firewall = flag(row, file, at, 'firewall_enabled') ?? (alf === undefined ? undefined : alf !== '0');
  const encState = str(row, 'disk_encrypted', 'encrypted');
  const attributes: EndpointDeviceAttributes = {
    tool,
    hostname,
    serial: str(row, 'hardware_serial', 'serial'),
    platform: platformOf(str(row, 'platform', 'os_platform'), str(row, 'os_name', 'name')),
    os_version: str(row, 'os_version', 'version'),
    disk_encrypted: flag(row, file, at, 'disk_encrypted', 'encrypted'),
    disk_encryption_state: encState,
    firewall_enabled: firewall,
    screen_lock_enabled: flag(row, file, at, 'screen_lock_enabled', 'enabled'),
    last_check_in_at: checkedIn(str(row, 'checked_in_at'), file, `${at}.checked_in_at`),
  };
  const id = attributes.serial ?? hostname;
  return { source: tool, type: 'endpoint.device', externalId: id, name: hostname, attributes };
}

async function firstChar(input: ImportInput): Promise<string> {
  for await (const chunk of utf8Chunks(input)) {
    const m = /\S/.exec(chunk);
    if (m) return m[0];
  }
  throw new ImportError(input.name, null, 'is empty (expected osqueryi --json or fleetctl query output)');
}

async function* jsonLines(input: ImportInput): AsyncGenerator<{ text: string; line: number }> {
  let buf = '';
  let line = 0;
  for await (const chunk of utf8Chunks(input)) {
    buf += chunk;
    let nl = buf.indexOf('\n');
    while (nl >= 0) {
      line++;
      const text = buf.slice(0, nl).trim();
      buf = buf.slice(nl + 1);
      if (text) yield { text, line };
      nl = buf.indexOf('\n');
    }
    if (buf.length > 32 * 1024 ** 2)
      throw new ImportError(input.name, `line ${line + 1}`, 'line longer than 32 MiB');
  }
  if (buf.trim()) yield { text: buf.trim(), line: line + 1 };
}

async function* readOsquery(input: ImportInput): AsyncGenerator<Resource> {
  if ((await firstChar(input)) === '[') {
    for await (const item of jsonArrayItems(input)) {
      const row = parseAt(RowSchema, item.value, input.name, item.path, 'osquery result row');
      yield normalizeOsqueryRow(row, 'osquery', input.name, item.path);
    }
    return;
  }
  for await (const { text, line } of jsonLines(input)) {
    const value = parseJsonText(text, input.name, line);
    const rec = parseAt(FleetLineSchema, value, input.name, `line ${line}, $`, 'fleetctl query result');
    for (const [i, row] of rec.rows.entries()) {
      yield normalizeOsqueryRow(row, 'fleet', input.name, `line ${line}, $.rows[${i}]`, rec.host);
    }
  }
}

/** Imports osquery (`osqueryi --json`) or Fleet (`fleetctl query --exit`) results of the device query. */
export const osqueryDevicesImporter: FileImporter = {
  id: 'osquery.devices',
  source: 'osquery',
  title: 'osquery / Fleet device query results',
  description:
    'Output of the device query in the documentation, from `osqueryi --json` on one machine or ' +
    '`fleetctl query --exit --labels "All Hosts"` across a fleet (one JSON object per host and line).',
  produces: ['endpoint.device'],
  detect: (head) =>
    /"(hardware_serial|host_hostname)"/.test(head) && /"(disk_encrypted|encrypted)"/.test(head),
  read: readOsquery,
};
