/**
 * The import boundaries of biome.json, proved on probe files: each forbidden import makes
 * `npm run check` fail with the rule's words, and the allowed ones pass. All probes are linted
 * in one biome run, as `npm run check` would see them.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const biome = join(root, 'node_modules', '.bin', 'biome');
const tag = `boundary-probe-${process.pid}`;

/** Probe files: where each one sits decides which rules apply to it. */
const probes: Record<string, { path: string; source: string }> = {};
function probe(name: string, dir: string, source: string) {
  probes[name] = { path: `${dir}/${tag}-${name}.ts`, source };
}
const importAll = (from: string) => `import * as m from '${from}';\nexport default m;\n`;

probe('web-server', 'apps/web/src', importAll('@vigil/server'));
probe('web-server-deep', 'apps/web/src', importAll('@vigil/server/context'));
probe('web-db', 'apps/web/src', importAll('@vigil/db'));
probe('web-monitoring', 'apps/web/src', importAll('@vigil/monitoring'));
probe('web-node', 'apps/web/src', importAll('node:fs'));
probe(
  'web-ok',
  'apps/web/src',
  "import { controlRoutes } from '@vigil/api';\nimport { can } from '@vigil/core/permissions';\nexport default [controlRoutes, can];\n",
);
probe('cli-deep', 'apps/cli/src', importAll('@vigil/server/app'));
probe('cli-ok', 'apps/cli/src', importAll('@vigil/server'));
probe('core-http', 'packages/core/src', importAll('fastify'));
probe('core-db', 'packages/core/src', importAll('@vigil/db'));
probe('monitoring-sql', 'packages/monitoring/src', importAll('drizzle-orm'));
probe('catalog-react', 'packages/catalog/src', importAll('react'));
probe('api-core-root', 'packages/api/src', importAll('@vigil/core'));
probe('api-db', 'packages/api/src', importAll('@vigil/db'));
probe('platform-domain', 'apps/server/src/http', importAll('../evidence/index.ts'));
probe(
  'platform-domain-type',
  'apps/server/src/storage',
  "import type { MonitoringRegistry } from '../monitoring/index.ts';\nexport type R = MonitoringRegistry;\n",
);
probe('platform-ok', 'apps/server/src/audit', importAll('../storage/blob-store.ts'));
probe('domain-deep', 'apps/server/src/connectors', importAll('../monitoring/sweep.ts'));
probe(
  'domain-deep-nested',
  'apps/server/src/connectors/jobs',
  importAll('../../evidence/evidence-recorder.ts'),
);
probe('domain-index', 'apps/server/src/connectors', importAll('../monitoring/index.ts'));
probe('domain-index-nested', 'apps/server/src/connectors/jobs', importAll('../../monitoring/index.ts'));
probe(
  'domain-platform',
  'apps/server/src/controls',
  "import { serve } from '../http/serve.ts';\nimport { recordAudit } from '../audit/audit-recorder.ts';\nimport type { AppContext } from '../context.ts';\nexport type C = AppContext;\nexport default [serve, recordAudit];\n",
);
probe(
  'cycle-a',
  'packages/core/src',
  `import { b } from './${tag}-cycle-b.ts';\nexport const a = () => b;\n`,
);
probe(
  'cycle-b',
  'packages/core/src',
  `import { a } from './${tag}-cycle-a.ts';\nexport const b = () => a;\n`,
);

let output = '';
beforeAll(() => {
  for (const p of Object.values(probes)) writeFileSync(join(root, p.path), p.source);
  try {
    execFileSync(
      biome,
      ['lint', '--colors=off', '--max-diagnostics=100', ...Object.values(probes).map((p) => p.path)],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      },
    );
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
}, 120_000);
afterAll(() => {
  for (const p of Object.values(probes)) rmSync(join(root, p.path), { force: true });
});

/** The diagnostics biome printed for one probe: each starts with the file's path. */
function diagnostics(name: string): string {
  const path = probes[name]!.path;
  return output
    .split(/\n(?=\S+\.ts:\d+:\d+ )/)
    .filter((d) => d.startsWith(path))
    .join('\n');
}

describe('import boundaries', () => {
  it('keeps the web app on the contract: no server, database or Node modules', () => {
    for (const name of ['web-server', 'web-server-deep', 'web-db', 'web-monitoring']) {
      expect(diagnostics(name), name).toContain('only through the contract');
    }
    expect(diagnostics('web-node')).toContain('runs in the browser');
    expect(diagnostics('web-ok')).toBe('');
  });

  it('lets the CLI use the server only through its public entry', () => {
    expect(diagnostics('cli-deep')).toContain('public entry');
    expect(diagnostics('cli-ok')).toBe('');
  });

  it('keeps domain rules free of HTTP, SQL and React', () => {
    for (const name of ['core-http', 'core-db', 'monitoring-sql', 'catalog-react']) {
      expect(diagnostics(name), name).toContain('no HTTP, SQL or React');
    }
  });

  it('keeps the contract browser-safe', () => {
    expect(diagnostics('api-core-root')).toContain('node:crypto');
    expect(diagnostics('api-db')).toContain('shared with the browser');
  });

  it('keeps the platform rooms of the server below the domains, even for types', () => {
    for (const name of ['platform-domain', 'platform-domain-type']) {
      expect(diagnostics(name), name).toContain('sit below the domains');
    }
    expect(diagnostics('platform-ok')).toBe('');
  });

  it('lets a domain use another domain only through its index.ts, and the platform rooms freely', () => {
    for (const name of ['domain-deep', 'domain-deep-nested']) {
      expect(diagnostics(name), name).toContain('only through its public entry');
    }
    for (const name of ['domain-index', 'domain-index-nested', 'domain-platform']) {
      expect(diagnostics(name), name).toBe('');
    }
  });

  it('reports an import cycle', () => {
    expect(diagnostics('cycle-a')).toContain('noImportCycles');
  });
});
