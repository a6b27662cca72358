import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three tiers: pure unit tests, integration tests against a real database, and browser tests.
export default defineConfig({
  test: {
    // One worker per core, not vitest's one fewer: a test file spends much of its time waiting on
    // PostgreSQL, the CLI it spawned or the browser, so on two cores two files at once finish the
    // suites in little more than half the time of one.
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/cli/src/**/*.unit.test.ts',
            'apps/web/src/**/*.test.ts',
            'tools/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/*/src/**/*.itest.ts', 'packages/*/src/**/*.itest.ts'],
          globalSetup: ['apps/server/src/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A page settles in well under a second on a quiet machine, but CI runs two walks at once on
          // two cores, each with its server, browser and PGlite; a one-second poll then fails steps
          // that are merely slow.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
