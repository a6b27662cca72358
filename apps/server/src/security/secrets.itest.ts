import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMasterKey, masterKeyFromEnv } from './secrets.ts';

const HEX = 'ab'.repeat(32);

describe('loadMasterKey', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'vigil-key-'));

  it('reads the key from the file VIGIL_MASTER_KEY_FILE names, trailing newline and all', () => {
    const d = dir();
    const file = join(d, 'secret');
    writeFileSync(file, `${HEX}\n`);
    const key = loadMasterKey({ VIGIL_MASTER_KEY_FILE: file }, join(d, 'data'));
    expect(key.toString('hex')).toBe(HEX);
    expect(masterKeyFromEnv({ VIGIL_MASTER_KEY_FILE: file })).toBe(true);
  });

  it('reads a base64 key from the file', () => {
    const d = dir();
    const file = join(d, 'secret');
    writeFileSync(file, Buffer.from(HEX, 'hex').toString('base64'));
    expect(loadMasterKey({ VIGIL_MASTER_KEY_FILE: file }, d).toString('hex')).toBe(HEX);
  });

  it('names the file when it is missing or holds no 32-byte key', () => {
    const d = dir();
    const missing = join(d, 'nope');
    expect(() => loadMasterKey({ VIGIL_MASTER_KEY_FILE: missing }, d)).toThrow(
      `VIGIL_MASTER_KEY_FILE: cannot read ${missing} (ENOENT)`,
    );
    const short = join(d, 'short');
    writeFileSync(short, 'abcd');
    expect(() => loadMasterKey({ VIGIL_MASTER_KEY_FILE: short }, d)).toThrow(
      `VIGIL_MASTER_KEY_FILE (${short}): must be 32 bytes`,
    );
  });

  it('refuses both the variable and the file, rather than guess which one is meant', () => {
    const d = dir();
    const file = join(d, 'secret');
    writeFileSync(file, HEX);
    expect(() => loadMasterKey({ VIGIL_MASTER_KEY: HEX, VIGIL_MASTER_KEY_FILE: file }, d)).toThrow(
      'set either VIGIL_MASTER_KEY or VIGIL_MASTER_KEY_FILE, not both',
    );
  });

  it('creates master.key in the data directory only when neither is set, and reads it back', () => {
    const d = dir();
    expect(masterKeyFromEnv({})).toBe(false);
    const first = loadMasterKey({}, d);
    expect(readFileSync(join(d, 'master.key'), 'utf8')).toBe(first.toString('hex'));
    expect(loadMasterKey({ VIGIL_MASTER_KEY_FILE: '' }, d).equals(first)).toBe(true);
  });
});
