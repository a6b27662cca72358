import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportError } from '@vigil/monitoring';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readAll, tempDir, tempFile } from './test/support.ts';

const csv = () => readFile(join(FIXTURES, 'credential-report.csv'), 'utf8');

/** Runs an importer on content and returns the ImportError it must throw. */
async function importError(id: string, name: string, content: string | Uint8Array): Promise<ImportError> {
  const path = await tempFile(name, content);
  const err = await readAll(id, path, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportError);
  return err as ImportError;
}

describe('bad CSV input names the file and the line', () => {
  it('a missing column is named', async () => {
    const text = (await csv()).replace(',mfa_active,', ',');
    const err = await importError('aws.credential_report', 'report.csv', text);
    expect(err.message).toBe('report.csv: line 1: missing column "mfa_active"');
  });

  it('a renamed column is reported as the missing original', async () => {
    const text = (await csv()).replace('password_last_used', 'PasswordLastUsed');
    expect((await importError('aws.credential_report', 'r.csv', text)).message).toBe(
      'r.csv: line 1: missing column "password_last_used"',
    );
  });

  it('a file of another kind says it is not a credential report', async () => {
    const err = await importError('aws.credential_report', 'users.csv', 'name,email\nann,ann@example.com\n');
    expect(err.message).toMatch(
      /^users.csv: line 1: not an IAM credential report: missing columns "user", "arn"/,
    );
  });

  it('a row with the wrong number of fields, a bad value and an unclosed quote give their line', async () => {
    const lines = (await csv()).split('\n');
    const short = [...lines.slice(0, 2), 'x,arn:aws:iam::123456789012:user/x,true', ...lines.slice(2)].join(
      '\n',
    );
    expect((await importError('aws.credential_report', 'a.csv', short)).message).toMatch(/^a.csv: line 3: /);
    const badValue = (await csv()).replace(
      ',false,true,2017-06-10T02:47:48',
      ',maybe,true,2017-06-10T02:47:48',
    );
    expect((await importError('aws.credential_report', 'b.csv', badValue)).message).toBe(
      'b.csv: line 3: column mfa_active: expected true or false, found "maybe"',
    );
    const quote = `${lines.slice(0, 3).join('\n')}\n"unterminated,${lines[3]}\n`;
    expect((await importError('aws.credential_report', 'c.csv', quote)).message).toMatch(
      /^c.csv: line \d+: invalid CSV: Quote Not Closed/,
    );
  });

  it('bytes that are not UTF-8 are reported on their line', async () => {
    const lines = (await csv()).split('\n');
    const bytes = Buffer.concat([
      Buffer.from(`${lines.slice(0, 2).join('\n')}\nbad`),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`\n${lines.slice(3).join('\n')}`),
    ]);
    expect((await importError('aws.credential_report', 'latin1.csv', bytes)).message).toBe(
      'latin1.csv: line 3: not valid UTF-8 text',
    );
  });

  it('an empty file, a missing file and a directory are clear errors', async () => {
    expect((await importError('aws.credential_report', 'empty.csv', '')).message).toBe(
      'empty.csv: the file is empty',
    );
    await expect(readAll('aws.credential_report', '/nonexistent/report.csv', 'report.csv')).rejects.toThrow(
      'report.csv: cannot read the file (ENOENT)',
    );
    await expect(readAll('aws.rds_instances', tempDir(), 'dir')).rejects.toThrow('dir: expected a file');
  });

  it('the JSON response form must carry base64 content', async () => {
    const err = await importError(
      'aws.credential_report',
      'r.json',
      JSON.stringify({ Content: 'not base64!', ReportFormat: 'text/csv' }),
    );
    expect(err.message).toBe('r.json: $.Content: not base64 text');
  });
});

describe('bad JSON input names the file and the line or JSON path', () => {
  it('a syntax error gives line and column', async () => {
    const err = await importError('aws.rds_instances', 'db.json', '{\n  "DBInstances": [\n    }\n');
    expect(err.location).toBe('line 3, column 5');
    expect(err.message).toMatch(/^db.json: line 3, column 5: invalid JSON/);
  });

  it('a truncated file says so, at its last line', async () => {
    const text = await readFile(join(FIXTURES, 'describe-security-groups.json'), 'utf8');
    const err = await importError('aws.security_groups', 'sg.json', text.slice(0, text.length / 2));
    expect(err.detail).toBe('the JSON ends early (truncated file?)');
    expect(err.location).toMatch(/^line \d+ \(end of file\)$/);
  });

  it('an unknown shape names the JSON path of the first mismatch', async () => {
    const doc = JSON.parse(await readFile(join(FIXTURES, 'describe-security-groups.json'), 'utf8'));
    delete doc.SecurityGroups[0].GroupId;
    const err = await importError('aws.security_groups', 'sg.json', JSON.stringify(doc));
    expect(err.message).toMatch(
      /^sg.json: \$\.SecurityGroups\[0\]\.GroupId: not a describe-security-groups response: /,
    );
    const wrong = await importError(
      'aws.security_groups',
      'x.json',
      await readFile(join(FIXTURES, 'describe-trails.json')),
    );
    expect(wrong.location).toBe('$.SecurityGroups');
  });

  it('non-UTF-8 JSON is refused with its line', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{\n"trailList": [],\n"x": "'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}'),
    ]);
    expect((await importError('aws.cloudtrail_trails', 't.json', bytes)).message).toBe(
      't.json: line 3: not valid UTF-8 text',
    );
  });

  it('a huge file is refused before it is read', async () => {
    const path = join(tempDir(), 'huge.json');
    const handle = await open(path, 'w');
    // Sparse: 200 MB on paper, nothing on disk.
    await handle.truncate(200 * 1024 * 1024);
    await handle.close();
    const started = Date.now();
    await expect(readAll('aws.rds_instances', path, 'huge.json')).rejects.toThrow(
      'huge.json: the file is 200.0 MiB; JSON exports over 100 MiB are refused',
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
