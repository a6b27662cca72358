/**
 * Access review benchmark: 5,000 people in the register, 5 Okta connectors with an account for each
 * of them (25,000 accounts), and the time to start a campaign over all five: read the accounts, match
 * each to its person, compute the flags and reviewers, hash the snapshot and store it.
 *
 *   node --import tsx bench/access-reviews/run.ts [--db pglite|postgres|both] [--people 5000] [--systems 5] [--runs 3]
 *
 * Each run starts a new campaign over the same data (the later ones also compute "new since the last
 * review" against the one before). Figures are in bench/README.md.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Database, openDatabase, schema } from '@vigil/db';
import { createCampaign, createOrganization, systemActor } from '@vigil/server';
import { sql } from 'drizzle-orm';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    people: { type: 'string', default: '5000' },
    systems: { type: 'string', default: '5' },
    runs: { type: 'string', default: '3' },
  },
});
const PEOPLE = Number(args.people);
const SYSTEMS = Number(args.systems);
const RUNS = Number(args.runs);
const PG_ADMIN = process.env.VIGIL_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

async function open(kind: 'pglite' | 'postgres') {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-reviews-'));
    const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data'), command: 'bench' });
    return { database, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `vigil_bench_reviews_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(PG_ADMIN);
  u.pathname = `/${name}`;
  const database: Database = await openDatabase({ kind: 'postgres', url: u.toString() });
  return {
    database,
    cleanup: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const email = (i: number) => `person${i}@bench.test`;

/** One Okta user as the importer stores it: a tenth are admins, some without MFA or long unused. */
function oktaUser(i: number, s: number) {
  const admin = i % 10 === 0;
  return {
    provider: 'okta',
    user_id: `00u${s}x${i}`,
    email: email(i),
    name: `Person ${i}`,
    status: i % 50 === 0 ? 'suspended' : 'active',
    provider_status: i % 50 === 0 ? 'SUSPENDED' : 'ACTIVE',
    enabled: i % 50 !== 0,
    mfa_enrolled: i % 7 !== 0,
    mfa_factors: i % 7 !== 0 ? ['token:software:totp'] : [],
    mfa_enforcement: 'policy',
    is_admin: admin,
    admin_roles: admin ? ['ORG_ADMIN'] : [],
    last_login_at: new Date(Date.now() - (i % 200) * 86_400_000).toISOString(),
    created_at: '2024-01-01T00:00:00.000Z',
  };
}

async function bench(kind: 'pglite' | 'postgres') {
  const { database, cleanup } = await open(kind);
  const { db } = database;
  try {
    await database.migrate();
    const { org, userId } = await db.transaction((tx) =>
      createOrganization(tx, systemActor('bench'), {
        organizationName: 'Bench',
        owner: { email: 'owner@bench.test', name: 'Owner', password: 'correct horse battery staple' },
      }),
    );
    const actor = { ...systemActor('bench'), orgId: org.id, role: 'owner' as const, userId };
    const seed0 = performance.now();
    for (let i = 0; i < PEOPLE; i += 1000) {
      await db.insert(schema.people).values(
        Array.from({ length: Math.min(1000, PEOPLE - i) }, (_, k) => ({
          orgId: org.id,
          email: email(i + k),
          name: `Person ${i + k}`,
          source: 'manual' as const,
          // A few leavers, so the terminated flag has work to do.
          ...((i + k) % 40 === 0 ? { status: 'terminated' as const, endDate: '2026-01-31' } : {}),
        })),
      );
    }
    const connectorIds: string[] = [];
    const now = new Date();
    for (let s = 0; s < SYSTEMS; s++) {
      const [c] = await db
        .insert(schema.connectors)
        .values({
          orgId: org.id,
          kind: 'okta.users',
          name: `Okta ${s + 1}`,
          lastStatus: 'ok',
          lastSuccessAt: now,
        })
        .returning();
      connectorIds.push(c!.id);
      for (let i = 0; i < PEOPLE; i += 1000) {
        await db.insert(schema.resources).values(
          Array.from({ length: Math.min(1000, PEOPLE - i) }, (_, k) => {
            const attributes = oktaUser(i + k, s);
            return {
              orgId: org.id,
              source: 'okta',
              connectorId: c!.id,
              type: 'identity.user',
              externalId: attributes.user_id,
              name: attributes.email,
              attributes,
              attributesHash: createHash('sha256').update(JSON.stringify(attributes)).digest('hex'),
              firstSeen: now,
              lastSeen: now,
            };
          }),
        );
      }
    }
    const seeded = ((performance.now() - seed0) / 1000).toFixed(1);
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      await db.transaction((tx) =>
        createCampaign(tx, actor, {
          name: `Bench review ${r + 1}`,
          dueDate: '2026-12-31',
          recurrence: 'quarterly',
          reviewerMode: 'system_owner',
          remediationDays: 14,
          start: true,
          systems: connectorIds.map((connectorId) => ({ connectorId, ownerUserId: userId })),
        }),
      );
      times.push(performance.now() - t0);
    }
    const [stored] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.accessReviewAccounts);
    console.log(
      `${kind}: seeded ${PEOPLE} people and ${PEOPLE * SYSTEMS} accounts in ${seeded} s; ` +
        `starting a campaign of ${PEOPLE * SYSTEMS} accounts: ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')} ` +
        `(${stored!.n} rows stored; load ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')})`,
    );
  } finally {
    await database.close();
    await cleanup();
  }
}

for (const kind of args.db === 'both'
  ? (['pglite', 'postgres'] as const)
  : [args.db as 'pglite' | 'postgres'])
  await bench(kind);
