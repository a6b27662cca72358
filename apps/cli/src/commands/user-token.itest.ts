import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schema } from '@vigil/db';
import { buildApp, openEvidenceStore } from '@vigil/server';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWorkspace,
  initOrganization,
  OWNER,
  runCli,
  type Workspace,
  withDataDir,
} from '../test/cli-harness.ts';

const TIMEOUT = 120_000;
const GOOD_PASSWORD = 'a long enough passphrase';

describe('vigil init, user and token', () => {
  let ws: Workspace;
  const cli = (args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}) =>
    runCli(args, ws.dataDir, opts);

  beforeAll(async () => {
    ws = await createWorkspace();
    await initOrganization(ws.dataDir);
  }, TIMEOUT);
  afterAll(() => ws?.remove());

  it(
    'refuses a second vigil init for a taken email or organization name',
    async () => {
      const base = ['init', '--name', 'Someone'];
      const sameEmail = await cli([...base, '--org', 'Other Co', '--email', OWNER.email], {
        env: { VIGIL_INIT_PASSWORD: GOOD_PASSWORD },
      });
      expect(sameEmail.code).toBe(1);
      expect(sameEmail.stderr).toBe(
        `error: --email: an account with ${OWNER.email} already exists; add it to an organization with \`vigil user add\`\n`,
      );
      const pwFile = join(ws.root, 'pw');
      writeFileSync(pwFile, `${GOOD_PASSWORD}\n`);
      const sameOrg = await cli([
        ...base,
        '--org',
        'acme cloud',
        '--email',
        'x@other.test',
        '--password-file',
        pwFile,
      ]);
      expect(sameOrg.code).toBe(1);
      expect(sameOrg.stderr).toContain(
        '--org: an organization named "Acme Cloud" already exists (slug acme-cloud)',
      );
      const noPassword = await cli([...base, '--org', 'Third', '--email', 'y@other.test']);
      expect(noPassword.code).toBe(2);
      expect(noPassword.stderr).toContain('--password-file, --password-stdin or VIGIL_INIT_PASSWORD');
    },
    TIMEOUT,
  );

  it(
    'rejects bad arguments with a message that names the option',
    async () => {
      const add = ['user', 'add', '--org', OWNER.slug, '--email', 'bob@acme.test', '--name', 'Bob'];
      const cases: [string[], string | undefined, RegExp][] = [
        [[...add, '--role', 'boss'], undefined, /option '--role <role>' argument 'boss' is invalid/],
        [
          [...add, '--role', 'member', '--password-stdin'],
          'short',
          /--password-stdin: the password must be at least 12 characters/,
        ],
        [
          ['user', 'add', '--email', 'bob@acme.test', '--role', 'member'],
          undefined,
          /required option '--org <slug>' not specified/,
        ],
        [[...add.slice(0, 4), '--email', 'not-an-email', '--role', 'member'], undefined, /--email: /],
        [
          ['token', 'create', '--org', OWNER.slug, '--email', OWNER.email, '--name', 'x', '--scope', 'admin'],
          undefined,
          /--scope <scope>/,
        ],
        [
          ['user', 'list', '--org', 'nope'],
          undefined,
          /--org: no organization with slug "nope"; organizations: acme-cloud/,
        ],
      ];
      for (const [args, input, message] of cases) {
        const r = await cli(args, input === undefined ? {} : { input });
        expect(r.code, args.join(' ')).not.toBe(0);
        expect(r.stderr).toMatch(message);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      }
    },
    TIMEOUT,
  );

  it(
    'adds, re-roles and removes members, protects the last owner, and audits every change as system:cli',
    async () => {
      const add = await cli(
        [
          'user',
          'add',
          '--org',
          OWNER.slug,
          '--email',
          'Ada@Acme.test',
          '--name',
          'Ada',
          '--role',
          'admin',
          '--password-stdin',
        ],
        { input: `${GOOD_PASSWORD}\n` },
      );
      expect(add.stdout).toBe('Created the account for ada@acme.test as admin of acme-cloud.\n');
      const again = await cli([
        'user',
        'add',
        '--org',
        OWNER.slug,
        '--email',
        'ada@acme.test',
        '--role',
        'viewer',
      ]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('--email: ada@acme.test is already a member (role admin)');

      const demoteLast = await cli([
        'user',
        'set-role',
        '--org',
        OWNER.slug,
        '--email',
        OWNER.email,
        '--role',
        'admin',
      ]);
      expect(demoteLast.code).toBe(1);
      expect(demoteLast.stderr).toBe('error: --role: the organization must keep at least one owner\n');
      const removeLast = await cli(['user', 'remove', '--org', OWNER.slug, '--email', OWNER.email]);
      expect(removeLast.code).toBe(1);
      expect(removeLast.stderr).toBe('error: --email: the organization must keep at least one owner\n');

      expect(
        (await cli(['user', 'set-role', '--org', OWNER.slug, '--email', 'ada@acme.test', '--role', 'owner']))
          .stdout,
      ).toBe('ada@acme.test is now owner (was admin).\n');
      const demote = await cli([
        'user',
        'set-role',
        '--org',
        OWNER.slug,
        '--email',
        OWNER.email,
        '--role',
        'member',
      ]);
      expect(demote.code, demote.stderr).toBe(0);
      const remove = await cli(['user', 'remove', '--org', OWNER.slug, '--email', OWNER.email]);
      expect(remove.stdout).toBe(
        `Removed ${OWNER.email} (member) from acme-cloud; their sessions and API tokens there have ended.\n`,
      );

      const list = await cli(['user', 'list', '--org', OWNER.slug, '--json']);
      expect(JSON.parse(list.stdout)).toEqual([
        expect.objectContaining({ email: 'ada@acme.test', name: 'Ada', role: 'owner' }),
      ]);

      const trail = await withDataDir(ws.dataDir, ({ db }) =>
        db.select().from(schema.auditEvents).orderBy(asc(schema.auditEvents.seq)),
      );
      expect(trail.map((e) => [e.action, e.actorType, e.actorLabel])).toEqual([
        ['organization.created', 'system', expect.any(String)],
        ['user.added', 'system', 'system:cli'],
        ['user.role_changed', 'system', 'system:cli'],
        ['user.role_changed', 'system', 'system:cli'],
        ['user.removed', 'system', 'system:cli'],
      ]);
      expect(trail[2]!.changes).toEqual({ email: 'ada@acme.test', role: { from: 'admin', to: 'owner' } });
      expect((await cli(['verify'])).code).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'issues a token that the API accepts, lists it without the secret, and revokes it',
    async () => {
      const create = await cli([
        'token',
        'create',
        '--org',
        OWNER.slug,
        '--email',
        'ada@acme.test',
        '--name',
        'CI upload',
        '--scope',
        'write',
        '--expires-days',
        '30',
      ]);
      expect(create.code, create.stderr).toBe(0);
      const token = create.stdout.trim();
      expect(token).toMatch(/^vgl_[\w-]{43}$/);
      expect(create.stderr).toMatch(
        /Created write token "CI upload" \(id [0-9a-f-]{36}\) for ada@acme\.test, expires \d{4}-\d\d-\d\d/,
      );

      const list = await cli(['token', 'list', '--org', OWNER.slug, '--json']);
      const [row] = JSON.parse(list.stdout);
      expect(row).toMatchObject({
        name: 'CI upload',
        user: 'ada@acme.test',
        scope: 'write',
        revokedAt: null,
        prefix: token.slice(0, 12),
      });
      expect(list.stdout).not.toContain(token);

      const whoAmI = async () =>
        withDataDir(ws.dataDir, async (database) => {
          const config = {
            host: '127.0.0.1',
            port: 0,
            trustProxy: false,
            logLevel: 'silent',
            sessionHours: 12,
            mailFrom: 'x',
            webDist: '/nonexistent',
          } as const;
          const masterKey = randomBytes(32);
          const app = await buildApp({
            database,
            db: database.db,
            config,
            masterKey,
            mailer: null,
            evidenceStore: await openEvidenceStore(
              { kind: 'fs', dir: join(ws.root, 'evidence'), maxBytes: 1024 * 1024 },
              masterKey,
            ),
          });
          try {
            return await app.inject({
              method: 'GET',
              url: '/api/auth/session',
              headers: { authorization: `Bearer ${token}` },
            });
          } finally {
            await app.close();
          }
        });
      expect((await whoAmI()).json().user).toMatchObject({ email: 'ada@acme.test' });

      const revoke = await cli(['token', 'revoke', row.id]);
      expect(revoke.stdout).toBe(`Revoked token "CI upload" (${token.slice(0, 12)}…).\n`);
      const refused = await whoAmI();
      // Depending on the route, a revoked token reads as "signed out" or as a 401; never as Ada.
      expect(refused.statusCode === 401 || refused.json().user === null, refused.body).toBe(true);
      expect((await cli(['token', 'revoke', row.id])).stdout).toMatch(/was already revoked on/);

      const viewer = [
        'user',
        'add',
        '--org',
        OWNER.slug,
        '--email',
        'vic@acme.test',
        '--name',
        'Vic',
        '--role',
        'viewer',
      ];
      expect((await cli([...viewer, '--password-stdin'], { input: GOOD_PASSWORD })).code).toBe(0);
      const forViewer = await cli([
        'token',
        'create',
        '--org',
        OWNER.slug,
        '--email',
        'vic@acme.test',
        '--name',
        'x',
        '--scope',
        'read',
      ]);
      expect(forViewer.code).toBe(1);
      expect(forViewer.stderr).toContain(
        '--email: vic@acme.test is viewer in acme-cloud, and that role cannot hold API tokens',
      );

      const actions = await withDataDir(ws.dataDir, ({ db }) =>
        db
          .select({ action: schema.auditEvents.action, entityId: schema.auditEvents.entityId })
          .from(schema.auditEvents)
          .where(eq(schema.auditEvents.entityType, 'api_token')),
      );
      expect(actions).toEqual([
        { action: 'token.created', entityId: row.id },
        { action: 'token.revoked', entityId: row.id },
      ]);
    },
    TIMEOUT,
  );
});
