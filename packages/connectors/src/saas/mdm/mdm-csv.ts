/** Jamf Pro (advanced computer search) and Microsoft Intune (All devices) CSV exports. */
import type { FileImporter, ImportInput, Resource } from '@vigil/monitoring';
import type { EndpointDeviceAttributes } from '@vigil/monitoring/resource-types/saas';
import { columnsOf, csvRows } from '../io/csv.ts';
import { cell, parseBool, parseTimestamp } from '../io/values.ts';
import { platformOf } from './platform.ts';

type JamfField =
  | 'name'
  | 'serial'
  | 'os_version'
  | 'last_check_in'
  | 'filevault'
  | 'firewall'
  | 'email'
  | 'user';
const JAMF_COLUMNS = [
  { field: 'name', label: 'computer name', headers: ['Computer Name'], required: true },
  { field: 'serial', label: 'serial number', headers: ['Serial Number'], required: true },
  {
    field: 'os_version',
    label: 'operating system version',
    headers: ['Operating System Version'],
    required: true,
  },
  { field: 'last_check_in', label: 'last check-in', headers: ['Last Check-in'], required: true },
  {
    field: 'filevault',
    label: 'disk encryption state',
    headers: ['FileVault 2 Partition Encryption State', 'FileVault 2 Status', 'FileVault Status'],
    required: true,
  },
  { field: 'firewall', label: 'firewall enabled', headers: ['Firewall Enabled'] },
  { field: 'email', label: 'user email', headers: ['Email Address'] },
  { field: 'user', label: 'user name', headers: ['Username', 'Full Name'] },
] as const;

// Only a finished encryption protects the disk; "Encrypting" is not there yet.
function fileVault(state: string | undefined): boolean | undefined {
  if (!state) return undefined;
  const s = state.toLowerCase();
  if (s === 'encrypted' || s === 'all partitions encrypted' || s === 'boot partitions encrypted') return true;
  if (s === 'unknown' || s === 'not available') return undefined;
  return false;
}

async function* readJamf(input: ImportInput): AsyncGenerator<Resource> {
  for await (const row of csvRows<JamfField>(input, JAMF_COLUMNS, {
    context: 'Jamf Pro advanced computer search export',
  })) {
    const name = row.get('name') ?? row.get('serial') ?? `line ${row.line}`;
    const state = row.get('filevault');
    const attributes: EndpointDeviceAttributes = {
      tool: 'jamf',
      hostname: name,
      serial: row.get('serial'),
      platform: 'macos',
      os_version: row.get('os_version'),
      disk_encrypted: fileVault(state),
      disk_encryption_state: state,
      firewall_enabled: cell(input.name, row.line, 'Firewall Enabled', () => parseBool(row.get('firewall'))),
      last_check_in_at: cell(input.name, row.line, 'Last Check-in', () =>
        parseTimestamp(row.get('last_check_in')),
      ),
      owner: row.get('email') ?? row.get('user'),
    };
    yield {
      source: 'jamf',
      type: 'endpoint.device',
      externalId: row.get('serial') ?? name,
      name,
      attributes,
    };
  }
}

/** Imports a Jamf Pro advanced computer search exported as CSV. */
export const jamfComputersImporter: FileImporter = {
  id: 'jamf.computers',
  source: 'jamf',
  title: 'Jamf Pro computers (advanced search CSV)',
  description:
    'Jamf Pro → Computers → Search Inventory (advanced search) with display fields Computer Name, ' +
    'Serial Number, Operating System Version, Last Check-in, FileVault 2 Partition Encryption State ' +
    '(optional: Firewall Enabled, Email Address), exported as CSV.',
  produces: ['endpoint.device'],
  detect: (head) => head.includes('Computer Name') && head.includes('Last Check-in'),
  columns: columnsOf(JAMF_COLUMNS),
  read: readJamf,
};

type IntuneField =
  | 'id'
  | 'name'
  | 'os'
  | 'os_version'
  | 'compliance'
  | 'last_check_in'
  | 'serial'
  | 'encrypted'
  | 'user';
const INTUNE_COLUMNS = [
  { field: 'id', label: 'device id', headers: ['Device ID', 'id'] },
  { field: 'name', label: 'device name', headers: ['Device name', 'deviceName'], required: true },
  { field: 'os', label: 'operating system', headers: ['OS', 'operatingSystem'], required: true },
  {
    field: 'os_version',
    label: 'operating system version',
    headers: ['OS version', 'osVersion'],
    required: true,
  },
  { field: 'compliance', label: 'compliance', headers: ['Compliance', 'complianceState'], required: true },
  {
    field: 'last_check_in',
    label: 'last check-in',
    headers: ['Last check-in', 'lastSyncDateTime'],
    required: true,
  },
  { field: 'serial', label: 'serial number', headers: ['Serial number', 'serialNumber'] },
  { field: 'encrypted', label: 'encrypted', headers: ['Encrypted', 'isEncrypted'] },
  {
    field: 'user',
    label: 'primary user',
    headers: ['Primary user UPN', 'userPrincipalName', 'Primary user email address'],
  },
] as const;

const COMPLIANCE: Record<string, EndpointDeviceAttributes['compliance_state']> = {
  compliant: 'compliant',
  noncompliant: 'noncompliant',
  'not compliant': 'noncompliant',
  ingraceperiod: 'in_grace_period',
  'in grace period': 'in_grace_period',
  'not evaluated': 'not_evaluated',
  notevaluated: 'not_evaluated',
  error: 'error',
  conflict: 'error',
  unknown: 'unknown',
  configmanager: 'unknown',
};

async function* readIntune(input: ImportInput): AsyncGenerator<Resource> {
  for await (const row of csvRows<IntuneField>(input, INTUNE_COLUMNS, {
    context: 'Intune "All devices" export',
  })) {
    const name = row.get('name')!;
    const compliance = row.get('compliance');
    const attributes: EndpointDeviceAttributes = {
      tool: 'intune',
      hostname: name,
      serial: row.get('serial'),
      platform: platformOf(row.get('os')),
      os_version: row.get('os_version'),
      disk_encrypted: cell(input.name, row.line, 'Encrypted', () => parseBool(row.get('encrypted'))),
      disk_encryption_state: row.get('encrypted'),
      last_check_in_at: cell(input.name, row.line, 'Last check-in', () =>
        parseTimestamp(row.get('last_check_in')),
      ),
      compliance_state: compliance ? (COMPLIANCE[compliance.toLowerCase()] ?? 'unknown') : undefined,
      owner: row.get('user'),
    };
    yield {
      source: 'intune',
      type: 'endpoint.device',
      externalId: row.get('id') ?? row.get('serial') ?? name,
      name,
      attributes,
    };
  }
}

/** Imports the Intune admin center "All devices" CSV export (or Graph managedDevices flattened to CSV). */
export const intuneDevicesImporter: FileImporter = {
  id: 'intune.devices',
  source: 'intune',
  title: 'Microsoft Intune devices (CSV export)',
  description:
    'Intune admin center → Devices → All devices → Export (all columns). Needs Device name, OS, OS version, ' +
    'Compliance and Last check-in; Encrypted and Serial number are used when present.',
  produces: ['endpoint.device'],
  detect: (head) => head.includes('Device name') && head.includes('Compliance'),
  columns: columnsOf(INTUNE_COLUMNS),
  read: readIntune,
};
