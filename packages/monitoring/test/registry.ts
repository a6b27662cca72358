/**
 * Test-only monitoring fixtures (imported by tests, never by the app): a tiny resource type, two
 * checks and a JSON-lines importer, so sweeps can be tested before and apart from real connectors.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import {
  type CheckDefinition,
  defineCheck,
  defineResourceType,
  type FileImporter,
  fail,
  ImportError,
  need,
  pass,
  type Resource,
} from '../src/index.ts';

export const TestUser = defineResourceType({
  type: 'test.user',
  title: 'Test user',
  description: 'A user account in the test source.',
  attributes: z.object({ mfa: z.boolean().optional(), admin: z.boolean().default(false) }),
});

export const MFA_CHECK = defineCheck({
  id: 'test.user.mfa',
  title: 'Users have MFA',
  description: 'Every user signs in with a second factor.',
  resourceType: TestUser,
  severity: 'high',
  criteria: ['CC6.1'],
  controls: ['AC-02'],
  rationale: 'A second factor stops password reuse.',
  remediation: 'Enrol the user in MFA.',
  evaluate: (a) =>
    need(a.mfa, 'mfa') ? pass('MFA is on', 'mfa', true) : fail('MFA is off', 'mfa', true, false),
});

export const ADMIN_CHECK = defineCheck({
  id: 'test.user.not_admin',
  title: 'Users are not admins',
  description: 'Day-to-day accounts have no admin rights.',
  resourceType: TestUser,
  severity: 'low',
  criteria: ['CC6.3'],
  controls: ['AC-04'],
  rationale: 'Least privilege.',
  remediation: 'Remove the admin role.',
  evaluate: (a) => (a.admin ? fail('is an admin', 'admin', false, true) : pass('not an admin')),
});

export const TEST_CHECKS = [MFA_CHECK, ADMIN_CHECK] as unknown as CheckDefinition<unknown>[];

/** A test user resource. */
export const user = (id: string, attributes: { mfa?: boolean; admin?: boolean }): Resource => ({
  source: 'testsrc',
  type: 'test.user',
  externalId: id,
  name: id,
  attributes,
});

/** Reads `*.testusers` files: one JSON object per line, `{"id": "...", "mfa": true}`. */
export const TEST_IMPORTER: FileImporter = {
  id: 'test.users',
  source: 'testsrc',
  title: 'Test users (JSON lines)',
  description: 'One JSON object per line with id, mfa and admin.',
  produces: ['test.user'],
  detect: (head, fileName) => fileName.endsWith('.testusers') || head.startsWith('{"id"'),
  async *read(input) {
    const lines = createInterface({ input: createReadStream(input.path), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      let row: { id?: unknown; mfa?: unknown; admin?: unknown };
      try {
        row = JSON.parse(line);
      } catch {
        throw new ImportError(input.name, `line ${n}`, 'not valid JSON');
      }
      if (typeof row.id !== 'string') throw new ImportError(input.name, `line ${n}`, 'id: expected a string');
      yield user(row.id, { mfa: row.mfa, admin: row.admin } as { mfa?: boolean; admin?: boolean });
    }
  },
};

/** A registry of the test importer and checks, shaped like the server's monitoring registry. */
export const TEST_REGISTRY: { importers: FileImporter[]; checks: CheckDefinition<unknown>[] } = {
  importers: [TEST_IMPORTER],
  checks: TEST_CHECKS,
};
