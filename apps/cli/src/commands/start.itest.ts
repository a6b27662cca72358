import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collect,
  createWorkspace,
  runCli,
  runningUrl,
  spawnCli,
  type Workspace,
} from '../test/cli-harness.ts';

const TIMEOUT = 120_000;

describe('vigil start', () => {
  let ws: Workspace;
  let server: ChildProcess;
  let output: Promise<{ code: number | null; stdout: string }>;
  let url: string;

  beforeAll(async () => {
    ws = await createWorkspace();
    server = spawnCli(['start', '--port', '0'], ws.dataDir);
    const ready = runningUrl(server);
    output = collect(server);
    url = await ready;
  }, TIMEOUT);
  afterAll(() => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    ws?.remove();
  });

  it('serves on the given port and says where, which database, and that setup is next', async () => {
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    expect(await (await fetch(`${url}/api/setup`)).json()).toEqual({ needsSetup: true });
  });

  it(
    'turns away a second process on the same data directory, naming the server process',
    async () => {
      const r = await runCli(['verify'], ws.dataDir);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`is in use by process ${server.pid}`);
      expect(r.stderr).toContain('"vigil start"');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      const backup = await runCli(['backup', join(ws.root, 'b.tar.gz')], ws.dataDir);
      expect(backup.code).toBe(1);
      expect(backup.stderr).toContain(`process ${server.pid}`);
    },
    TIMEOUT,
  );

  it(
    'stops cleanly on SIGTERM and releases the data directory',
    async () => {
      server.kill('SIGTERM');
      const { code, stdout } = await output;
      expect(code).toBe(0);
      expect(stdout).toContain(`Database: PGlite data directory ${ws.dataDir}`);
      expect(stdout).toContain(`First run: open ${url} to create your organization`);
      expect(stdout).toContain('Received SIGTERM, stopping');
      expect(existsSync(join(ws.dataDir, 'vigil.lock'))).toBe(false);
      const after = await runCli(['verify'], ws.dataDir);
      expect(after.code, after.stderr).toBe(0);
    },
    TIMEOUT,
  );
});
