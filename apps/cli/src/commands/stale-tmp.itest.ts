/**
 * A backup, restore or first start killed halfway leaves its `.NAME.PID.tmp` file or staging folder
 * behind. The next backup, restore or start removes those whose process has ended, and never one a
 * running process is still writing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collect,
  createWorkspace,
  initOrganization,
  runCli,
  spawnCli,
  type Workspace,
} from '../test/cli-harness.ts';

const TIMEOUT = 120_000;

/** The id of a process that has run and ended: what a killed writer's temporary name carries. */
async function endedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((done) => child.on('exit', done));
  return child.pid!;
}

/** Leaves a killed writer's file and staging folder, and a running writer's (this test process), in `dir`. */
function leftovers(dir: string, name: string, dead: number) {
  const paths = {
    deadFile: join(dir, `.${name}.${dead}.tmp`),
    deadFolder: join(dir, `.${name}-staging.${dead}.tmp`),
    liveFile: join(dir, `.${name}.${process.pid}.tmp`),
    unrelated: join(dir, `${name}.${dead}.tmp`),
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(paths.deadFile, 'half a file');
  mkdirSync(paths.deadFolder);
  writeFileSync(join(paths.deadFolder, 'part'), 'half a folder');
  writeFileSync(paths.liveFile, 'still being written');
  writeFileSync(paths.unrelated, 'not a hidden temporary name');
  return paths;
}

describe('temporary files of killed commands', () => {
  let ws: Workspace;
  let dead: number;
  let backupFile: string;

  beforeAll(async () => {
    ws = await createWorkspace();
    await initOrganization(ws.dataDir);
    dead = await endedPid();
    backupFile = join(ws.root, 'backups', 'vigil-backup.tar.gz');
  }, TIMEOUT);
  afterAll(() => ws?.remove());

  it(
    'vigil backup removes a killed backup’s file from the backup folder, not a running one’s',
    async () => {
      const p = leftovers(join(ws.root, 'backups'), 'vigil-yesterday.tar.gz', dead);
      const r = await runCli(['backup', backupFile], ws.dataDir);
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(p.deadFile)).toBe(false);
      expect(existsSync(p.liveFile)).toBe(true);
      expect(existsSync(p.unrelated)).toBe(true);
      // Only files are taken from a folder the user chose: a folder of that name is left alone.
      expect(existsSync(p.deadFolder)).toBe(true);
      expect(existsSync(backupFile)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'vigil restore removes a killed restore’s staging from the data directory, not a running one’s',
    async () => {
      const p = leftovers(ws.dataDir, 'restore-2026-01-01', dead);
      const r = await runCli(['restore', '--force', backupFile], ws.dataDir);
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(p.deadFile)).toBe(false);
      expect(existsSync(p.deadFolder)).toBe(false);
      expect(existsSync(p.liveFile)).toBe(true);
      expect(existsSync(p.unrelated)).toBe(true);
      expect(readdirSync(ws.dataDir).filter((f) => f.startsWith('.') && f.endsWith(`.${dead}.tmp`))).toEqual(
        [],
      );
    },
    TIMEOUT,
  );

  it(
    'vigil start removes them from the data directory and beside the evidence folder',
    async () => {
      const inData = leftovers(ws.dataDir, 'master.key', dead);
      const evidenceParent = join(ws.root, 'store');
      const besideEvidence = leftovers(evidenceParent, 'evidence.restore-2026-01-01', dead);
      const foreign = join(evidenceParent, `.someone-else.${dead}.tmp`);
      writeFileSync(foreign, 'not ours');
      const env = { VIGIL_EVIDENCE_DIR: join(evidenceParent, 'evidence') };
      const server = spawnCli(['start', '--port', '0'], ws.dataDir, { env });
      const output = collect(server);
      await new Promise<void>((done, fail) => {
        let out = '';
        server.stdout!.on('data', (d) => {
          out += d;
          if (out.includes('Vigil is running at')) done();
        });
        server.on('exit', (code) => fail(new Error(`vigil start exited with ${code}`)));
      });
      server.kill('SIGTERM');
      const result = await output;
      expect(result.code, result.stderr).toBe(0);
      for (const p of [inData, besideEvidence]) {
        expect(existsSync(p.deadFile)).toBe(false);
        expect(existsSync(p.deadFolder)).toBe(false);
        expect(existsSync(p.liveFile)).toBe(true);
      }
      // Beside the evidence folder only the evidence folder's own staging names are Vigil's.
      expect(existsSync(foreign)).toBe(true);
    },
    TIMEOUT,
  );
});
