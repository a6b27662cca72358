import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

describe('the data directory lock', () => {
  const dirs: string[] = [];
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-lock-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second owner in the same process and can be taken again once released', () => {
    const dir = newDir();
    const release = lockDataDir(dir, 'first');
    expect(() => lockDataDir(dir, 'second')).toThrow(DataDirLockedError);
    release();
    expect(existsSync(join(dir, 'vigil.lock'))).toBe(false);
    lockDataDir(dir, 'third')();
  });

  it('keeps no exit listener for a lock it has released, however many it took', () => {
    const dir = newDir();
    const before = process.listenerCount('exit');
    for (let i = 0; i < 25; i++) lockDataDir(dir, `round ${i}`)();
    expect(process.listenerCount('exit')).toBe(before);
    const release = lockDataDir(dir, 'held');
    // A lock still held is released by the exit listener if the process ends without closing.
    expect(process.listenerCount('exit')).toBe(before + 1);
    release();
    release();
    expect(process.listenerCount('exit')).toBe(before);
  });
});
