import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { initializePgliteDataDir } from './pglite-init.ts';

const roots: string[] = [];
function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'vigil-init-'));
  roots.push(root);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('creating an embedded database', () => {
  it('runs initdb in a child process and opens the result, keeping data across reopenings', async () => {
    const dataDir = join(workspace(), 'data');
    const first = await openDatabase({ kind: 'pglite', dataDir, command: 'vitest' });
    try {
      await first.db.execute(sql`create table kept (v text)`);
      await first.db.execute(sql`insert into kept values ('still here')`);
    } finally {
      await first.close();
    }
    expect(existsSync(join(dataDir, 'pgdata', 'PG_VERSION'))).toBe(true);
    // The staging directory was renamed into place, not left beside it.
    expect(readdirSync(dataDir).filter((f) => f.startsWith('.pgdata-init'))).toEqual([]);

    const second = await openDatabase({ kind: 'pglite', dataDir, command: 'vitest' });
    try {
      const result = await second.db.execute(sql`select v from kept`);
      expect((result as unknown as { rows: { v: string }[] }).rows).toEqual([{ v: 'still here' }]);
    } finally {
      await second.close();
    }
  });

  it('fills an empty pgdata directory left by an earlier version', async () => {
    const pgDir = join(workspace(), 'data', 'pgdata');
    mkdirSync(pgDir, { recursive: true });
    await initializePgliteDataDir(pgDir);
    expect(existsSync(join(pgDir, 'PG_VERSION'))).toBe(true);
  });

  it('leaves a directory that already holds files alone', async () => {
    const pgDir = join(workspace(), 'pgdata');
    mkdirSync(pgDir);
    writeFileSync(join(pgDir, 'unrelated'), 'x');
    await initializePgliteDataDir(pgDir);
    expect(readdirSync(pgDir)).toEqual(['unrelated']);
  });
});
