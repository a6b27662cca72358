import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collect, fixture, importError, onlyImportErrors, runCheck, tempFile } from '../test/helpers.ts';
import { intuneDevicesImporter, jamfComputersImporter } from './mdm-csv.ts';
import { osqueryDevicesImporter } from './osquery.ts';

const now = new Date('2025-06-01T12:00:00Z');
const byName = async (...args: Parameters<typeof collect>) =>
  new Map((await collect(...args)).map((r) => [r.name, r]));

describe('osquery.devices importer', () => {
  it('reads osqueryi --json output', async () => {
    const [d] = await collect(osqueryDevicesImporter, fixture('mdm/osqueryi-macos.json'));
    expect(d!.attributes).toEqual({
      tool: 'osquery',
      hostname: 'ada-mbp.local',
      serial: 'C02XK1ABJGH5',
      platform: 'macos',
      os_version: '14.5',
      disk_encrypted: true,
      disk_encryption_state: '1',
      firewall_enabled: true,
      screen_lock_enabled: true,
      last_check_in_at: '2025-05-31T08:12:44.000Z',
    });
    expect(runCheck('mdm.os_current', d!, now).status).toBe('pass');
  });

  it('reads fleetctl query output, one host per line', async () => {
    const d = await byName(osqueryDevicesImporter, fixture('mdm/fleetctl-query.jsonl'));
    expect([...d.keys()]).toEqual(['ada-mbp.local', 'build-01', 'grace-old-mac.local']);
    const old = d.get('grace-old-mac.local')!;
    expect(runCheck('mdm.disk_encryption', old, now)).toMatchObject({
      status: 'fail',
      attribute: 'disk_encrypted',
      expected: true,
    });
    expect(runCheck('mdm.os_current', old, now)).toMatchObject({ status: 'fail', actual: '12.7.4' });
    // A blank screen-lock column is an unknown, so the check errors instead of passing.
    expect(runCheck('mdm.screen_lock', d.get('build-01')!, now)).toMatchObject({
      status: 'error',
      attribute: 'screen_lock_enabled',
    });
    expect(runCheck('mdm.os_current', d.get('build-01')!, now).status).toBe('not_applicable');
  });

  it('names the line of a bad fleetctl record', async () => {
    const path = tempFile(
      '{"host":"a","rows":[{"hostname":"a","disk_encrypted":"1"}]}\n{"host":"b","rows":[{"hostname":"b","disk_encrypted":"maybe"}]}\n',
    );
    expect((await importError(osqueryDevicesImporter, path, 'fleet.jsonl')).message).toBe(
      'fleet.jsonl: line 2, $.rows[0].disk_encrypted: "maybe" is not a yes/no value',
    );
  });

  it('rejects rows of another query', async () => {
    const path = tempFile('[{"name":"python3","version":"3.12"}]');
    expect((await importError(osqueryDevicesImporter, path, 'rows.json')).message).toBe(
      'rows.json: $[0]: row has no hostname column: run the device query from the README',
    );
  });

  it('survives fuzzed input with only ImportErrors', async () => {
    const line =
      '{"host":"a","rows":[{"hostname":"a","disk_encrypted":"1","checked_in_at":"2025-01-01T00:00:00Z"}]}';
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc
            .tuple(fc.nat(line.length), fc.string({ maxLength: 4 }))
            .map(([at, s]) => `${line.slice(0, at)}${s}${line.slice(at)}\n${line}`),
        ),
        async (c) => onlyImportErrors(osqueryDevicesImporter, tempFile(c)),
      ),
      { numRuns: 200 },
    );
  });
});

describe('jamf.computers importer', () => {
  it('reads the advanced search export', async () => {
    const d = await byName(jamfComputersImporter, fixture('mdm/jamf-computers.csv'));
    expect(d.get('Ada MacBook Pro')!.attributes).toMatchObject({
      serial: 'C02XK1ABJGH5',
      disk_encrypted: true,
      firewall_enabled: true,
      last_check_in_at: '2025-05-31T08:10:02.000Z',
      owner: 'ada@example.com',
    });
    const imac = d.get('Design iMac')!;
    expect(runCheck('mdm.disk_encryption', imac, now)).toMatchObject({
      status: 'fail',
      actual: 'Encrypting',
    });
    expect(runCheck('mdm.checked_in_recently', imac, now)).toMatchObject({
      status: 'fail',
      actual: '2025-04-02T17:45:10.000Z',
    });
  });

  it('names a renamed column', async () => {
    const path = tempFile(
      'Computer Name,Serial Number,Operating System Version,Last Checkin,FileVault 2 Status\nA,S,14.5,2025-01-01 00:00:00,Encrypted\n',
    );
    expect((await importError(jamfComputersImporter, path, 'jamf.csv')).message).toMatch(
      /^jamf\.csv: line 1: missing column "Last Check-in" for last check-in \(Jamf Pro/,
    );
  });

  it('survives fuzzed input with only ImportErrors', async () => {
    const head =
      'Computer Name,Serial Number,Operating System Version,Last Check-in,FileVault 2 Partition Encryption State\n';
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string().map((s) => head + s),
          fc.uint8Array({ maxLength: 100 }),
          fc.string(),
        ),
        async (c) => onlyImportErrors(jamfComputersImporter, tempFile(c)),
      ),
      { numRuns: 200 },
    );
  });
});

describe('intune.devices importer', () => {
  it('reads the All devices export (with BOM)', async () => {
    const d = await byName(intuneDevicesImporter, fixture('mdm/intune-devices.csv'));
    expect(d.get('LT-ADA-01')!.attributes).toMatchObject({
      platform: 'windows',
      compliance_state: 'compliant',
      disk_encrypted: true,
    });
    const bob = d.get('LT-BOB-02')!;
    expect(runCheck('mdm.compliance_state', bob, now)).toMatchObject({
      status: 'fail',
      expected: 'compliant',
      actual: 'noncompliant',
    });
    expect(runCheck('mdm.os_current', bob, now)).toMatchObject({ status: 'fail', actual: '10.0.19044.4291' });
    expect(runCheck('mdm.os_current', d.get('LT-ADA-01')!, now).status).toBe('pass');
    expect(runCheck('mdm.compliance_state', d.get("Carol's iPhone")!, now).status).toBe('pass');
    expect(runCheck('mdm.checked_in_recently', d.get("Carol's iPhone")!, now).status).toBe('fail');
  });

  it('survives fuzzed input with only ImportErrors', async () => {
    const head = 'Device name,OS,OS version,Compliance,Last check-in,Encrypted\n';
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string().map((s) => head + s),
          fc.uint8Array({ maxLength: 100 }),
        ),
        async (c) => onlyImportErrors(intuneDevicesImporter, tempFile(c)),
      ),
      { numRuns: 200 },
    );
  });
});
