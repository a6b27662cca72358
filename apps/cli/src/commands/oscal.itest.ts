import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { oscalProblems } from '@vigil/core/oscal-testing';
import { schema } from '@vigil/db';
import { adoptControlLibrary, openEngagement } from '@vigil/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../admin/cli-actor.ts';
import {
  createWorkspace,
  initOrganization,
  OWNER,
  runCli,
  type Workspace,
  withDataDir,
} from '../test/cli-harness.ts';

// Each run of the binary takes seconds on a busy machine.
const TIMEOUT = 300_000;
const AT = '2026-07-01T00:00:00Z';

describe('vigil oscal export', () => {
  let ws: Workspace;

  beforeAll(async () => {
    ws = await createWorkspace();
    await initOrganization(ws.dataDir);
    await withDataDir(ws.dataDir, async ({ db }) => {
      const [org] = await db
        .select()
        .from(schema.organizations)
        .where(eq(schema.organizations.slug, OWNER.slug));
      await db.transaction(async (tx) => {
        await adoptControlLibrary(tx, cliActor(org!.id));
        await openEngagement(tx, cliActor(org!.id), {
          name: 'FY26 Type II',
          reportType: 'type2',
          windowStart: '2026-01-01',
          windowEnd: '2026-06-30',
          auditFirm: '',
        });
      });
    });
  }, TIMEOUT);
  afterAll(() => ws?.remove());

  it(
    'writes each model as valid OSCAL, the same bytes twice for a pinned time',
    async () => {
      // Every model is validated by the server's tests; here the command's own path for two of them.
      for (const model of ['ssp', 'poam']) {
        const r = await runCli(['oscal', 'export', model, '--org', OWNER.slug, '--at', AT], ws.dataDir);
        expect(r.code, r.stderr).toBe(0);
        expect({ model, problems: oscalProblems(JSON.parse(r.stdout)) }).toEqual({ model, problems: [] });
      }
      const out = join(ws.root, 'ar.json');
      const args = [
        'oscal',
        'export',
        'assessment-results',
        '--org',
        OWNER.slug,
        '--engagement',
        'FY26 Type II',
      ];
      const r = await runCli([...args, '--at', AT, '--out', out], ws.dataDir);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`Wrote the OSCAL assessment-results to ${out}`);
      const first = readFileSync(out, 'utf8');
      expect(oscalProblems(JSON.parse(first))).toEqual([]);
      const again = await runCli([...args, '--at', AT], ws.dataDir);
      expect(again.stdout).toBe(first);
    },
    TIMEOUT,
  );

  it(
    'refuses an unknown model and a missing engagement, naming the argument',
    async () => {
      const bad = await runCli(['oscal', 'export', 'report', '--org', OWNER.slug], ws.dataDir);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('<model>: "report" is not one of');
      const none = await runCli(['oscal', 'export', 'assessment-results', '--org', OWNER.slug], ws.dataDir);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('--engagement');
      const missing = await runCli(
        ['oscal', 'export', 'poam', '--org', OWNER.slug, '--engagement', 'Nope'],
        ws.dataDir,
      );
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('--engagement: no engagement "Nope"');
      const at = await runCli(
        ['oscal', 'export', 'ssp', '--org', OWNER.slug, '--at', 'yesterday'],
        ws.dataDir,
      );
      expect(at.code).toBe(2);
      expect(at.stderr).toContain('--at');
    },
    TIMEOUT,
  );
});
